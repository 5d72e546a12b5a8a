import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/**
 * A name told as where a party sits is a place, whatever the entity pass made of it: "an offshore investment firm
 * headquartered in Curacao, Netherlands Antilles", "a Dallas-based concern incorporated in Delaware", "une
 * société basée à Monaco". No relation has a party there (the FUNDED readers took "investment firm … in Curacao"
 * for an investment in Curacao), so a reading that puts one in a role is dropped.
 */

/** Participles that place a company: the next name after "in" / "à" is its seat. */
const SEATED =
  /^(headquartered|based|located|incorporated|registered|domiciled|situated|basé|basée|basés|basées|implanté|implantée|installé|installée|située|situé|domicilié|domiciliée|établi|établie)$/u;
const AT = /^(in|at|à|en|au)$/u;
/** Units between a seat and one more place of its list ("in Curacao, Netherlands Antilles"). */
const LIST_LINK = /^(,|and|et)$/u;

const word = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);

/** Entities the sentence names as a party's seat. */
export function seatNames(units: readonly Unit[]): Set<number> {
  const seats = new Set<number>();
  for (let i = 2; i < units.length; i++) {
    if (!AT.test(word(units[i - 1]) ?? '') || !SEATED.test(word(units[i - 2]) ?? '')) continue;
    // the seat and the places of its list ("Curacao, Netherlands Antilles")
    for (let k = i; k < units.length; k += 2) {
      const u = units[k];
      if (u.kind !== 'ent') break;
      for (const e of u.ents) seats.add(e);
      if (!LIST_LINK.test(word(units[k + 1]) ?? '')) break;
    }
  }
  return seats;
}

/** Whether a party the reading captured is only named as a seat in this sentence. */
export function partyIsSeat(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  const parties = roles.flatMap((r) => caps[r] ?? []);
  if (parties.length === 0) return false;
  const seats = seatNames(units);
  if (seats.size === 0) return false;
  // a name also used elsewhere in the sentence as a party is not only a seat
  return parties.some((e) => seats.has(e) && mentions(units, e) === 1);
}

function mentions(units: readonly Unit[], e: number): number {
  let n = 0;
  for (const u of units) if (u.kind === 'ent' && u.ents.includes(e)) n++;
  return n;
}
