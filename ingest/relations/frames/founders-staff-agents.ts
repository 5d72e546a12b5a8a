import type { RuleSpec } from '../rule';
import { FOUND_VERB } from '../people-words';

/**
 * Founders named after a plural noun of former staff that carries their old employer as a modifier: "X was set up
 * in 2012 by two former Terma engineers, P and Q", "X was founded by three ex-Google researchers, P, Q and R". The
 * employer's name stops the gaps of any.founded.by and set-up-by; it is no party here (a modifier of the staff
 * noun). French puts the employer after the noun ("deux anciens ingénieurs de Thales, P et Q"), which the passive
 * frames read already. Pattern specs spread into FOUNDED_RULES (../founded.ts).
 */

/** Plural nouns of people who worked somewhere. */
const STAFF_PLURAL =
  '(engineers|bankers|executives|employees|staffers|veterans|alumni|colleagues|researchers|scientists|managers|consultants|developers|traders|designers|students|partners|officers|pilots|doctors)';
/**
 * The first word after "by": a count or "former" ("two former", "three ex-Google", "former"); the gap after it steps
 * over the employer's name, a modifier of the staff noun.
 */
const COUNT = '(two|three|four|five|a|several|former|ex|ex-|ex-\\S+)';

export const STAFF_AGENT_FOUNDER_SPECS: RuleSpec[] = [
  {
    id: 'en.founded.by-former-staff',
    type: 'FOUNDED',
    pattern: `@org ~8 (${FOUND_VERB.slice(1, -1)}|set) ?up ~4 by ${COUNT} ~3 ${STAFF_PLURAL} , %%p`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.75,
  },
];
