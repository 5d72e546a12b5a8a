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

/**
 * A founder described by a past occupation between "par/by" and the name, long enough to break the plain rules' gap:
 * "fondée par l'ancien pilote de l'armée de l'air P", "le fonds fondé par l'ancien ministre de l'Agriculture P",
 * "fondé par l'ancien ingénieur de Y P", "founded by former Air Force pilot P". The description opens on "ancien /
 * former / ex" (a past post, no fact of its own) and holds no other person, clause or list.
 */
const DESCRIBED_FOUNDER = `(par|by) ?(l'|le|la|un|une|a|the) (ancien|ancienne|former|ex) ~5^(et|and|qui|who|dont|including|,) ?@employer ~4^(et|and|qui|who|dont|including|,) %%p`;

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
    id: 'any.founded.by-former-described',
    type: 'FOUNDED',
    // "Lumeo, fondé par l'ancien ingénieur de Soltéa P, veut …", "X was founded by former Air Force pilot P"
    pattern: `@org ~8 ${FOUND_VERB} ~3 ${DESCRIBED_FOUNDER}`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.fronted-former-described',
    type: 'FOUNDED',
    // "Fondée en 2019 par l'ancien pilote de l'armée de l'air P, X a nommé …"
    pattern: `${FOUND_VERB} ~3 ${DESCRIBED_FOUNDER} , @org`,
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
