import type { RuleSpec } from '../rule';
import { FOUND_VERB } from '../people-words';

/**
 * Founders described by their former employer, in the shapes the plain rules stop at (the employer's name breaks
 * their gaps): "X, the brainchild of former Y executive P, …", "Fondée par trois chercheurs de Y, dont P, X …". The
 * employer is never the company founded. Pattern specs spread into FOUNDED_RULES (../founded.ts) and, for the
 * founder named with a head's title, LEADS_RULES (../leads.ts).
 */

/** Nouns of a company's staff after its name ("former Y executive", "ex-Y engineers"). */
const STAFF =
  '(executive|executives|engineer|engineers|banker|bankers|manager|managers|partner|partners|director|directors|employee|employees|researcher|researchers|staffer|staffers|veteran|veterans|cadre|cadres|ingénieur|ingénieurs|ingénieure|ingénieures)';

/** A count of founders told before one of them is named ("par trois chercheurs de Y, dont P"). */
const COUNT = '(deux|trois|quatre|cinq|two|three|four|five)';
/** "Fondée en 2019 par trois chercheurs de Y, dont son directeur général P, X exploite …": one founder of a count. */
const ONE_OF_COUNTED_FOUNDERS = `${FOUND_VERB} ~3 (par|by) ${COUNT} ~3 ?@employer , (dont|including) ~4 %p , @org`;

export const FORMER_STAFF_LEADS_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.titled-one-of-counted-founders',
    type: 'LEADS',
    pattern: ONE_OF_COUNTED_FOUNDERS,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    // the title stands before the person, after "dont": "dont son actuel directeur général P"
    checkRole: true,
    roleBefore: true,
  },
];

export const FORMER_STAFF_FOUNDED_SPECS: RuleSpec[] = [
  {
    id: 'any.founded.brainchild-former-staff',
    type: 'FOUNDED',
    // "X, the brainchild of former Y executive P, closed a fund": P founded X, Y is where P worked before
    pattern: `@org , ~4! (brainchild|brainchildren) of ?(two|three|the) (former|ex-|ancien|anciens) @employer ${STAFF} %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.one-of-counted-founders',
    type: 'FOUNDED',
    pattern: ONE_OF_COUNTED_FOUNDERS,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
