import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { readDealObjectFounder } from './frames/founders-deal-object';

/**
 * "Y, which bought Z from the company's founder, P", "X sold its stake in Z back to its founder, P", "X a racheté Z
 * au fondateur de l'entreprise, P": the founder named in the seller's (or a sale's buyer's) group after a deal's
 * object founded that object. The subject readings take "the company's founder" or the founder's title for the
 * sentence's subject; a FOUNDED or LEADS match giving that person another company is refused, and the deal-object
 * reader (frame.founded.deal-object-founder) names the right one.
 */

const OWN_RULE = 'frame.founded.deal-object-founder';
/** Founder nouns the reader stands on: a sentence without any is not read at all. */
const FOUNDER_WORD = /^(fond|cofond|co-fond|créat|found|co-found|cofound)/;

/** The deal-object readings of a sentence, read once per sentence whatever the number of matches asking. */
const readings = new WeakMap<Unit[], Captures[]>();

function dealObjectFounders(units: Unit[]): Captures[] {
  let known = readings.get(units);
  if (known === undefined) {
    const hasFounderWord = units.some((u) => u.kind === 'tok' && FOUNDER_WORD.test(u.token.lower));
    known = hasFounderWord ? readDealObjectFounder(units) : [];
    readings.set(units, known);
  }
  return known;
}

/** A FOUNDED or LEADS match giving the deal object's named founder a company other than that object. */
export function founderOfDealObjectElsewhere(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if ((rule.type !== 'FOUNDED' && rule.type !== 'LEADS') || rule.id === OWN_RULE) return false;
  if (!rule.source || !rule.target) return false;
  const people = caps[rule.source] ?? [];
  const targets = caps[rule.target] ?? [];
  if (people.length === 0 || targets.length === 0) return false;
  return dealObjectFounders(units).some(
    (r) => r.p.some((e) => people.includes(e)) && !r.org.some((e) => targets.includes(e)),
  );
}
