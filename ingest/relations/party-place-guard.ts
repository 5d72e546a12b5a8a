import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { isCapitalised } from '../tokens';
import { SITE_WORDS } from '../entities/site-places';

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
/** A preposition that names a place with no seat word before it ("its three projects near Dundee"). */
const NEAR = /^(near)$/u;
/** Units between a seat and one more place of its list ("in Curacao, Netherlands Antilles"). */
const LIST_LINK = /^(,|and|et)$/u;
/** Links after a place no entity took: a comma there may open the sentence's subject ("basée à Lyon, X …"). */
const CLOSING_LINK = /^(and|et)$/u;
/** Most capitalised words of a place no entity took ("à Saint Jean Pied", "in Salt Lake City"). */
const MAX_PLACE_WORDS = 3;

const word = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);

/**
 * Index after the list member at `k` (its entities added to `seats`), with whether an entity filled it, or -1
 * when no place stands there. A known town is no entity ("à Annecy et à Rumilly"), so its words are skipped.
 */
function afterMember(units: readonly Unit[], k: number, seats: Set<number>): [number, boolean] {
  const u = units[k];
  if (u?.kind === 'ent') {
    for (const e of u.ents) seats.add(e);
    return [k + 1, true];
  }
  let j = k;
  while (j < units.length && j - k < MAX_PLACE_WORDS) {
    const t = units[j];
    if (t.kind !== 'tok' || !isCapitalised(t.token)) break;
    j++;
  }
  return [j > k ? j : -1, false];
}

/** Entities the sentence names as a party's seat. */
export function seatNames(units: readonly Unit[]): Set<number> {
  const seats = new Set<number>();
  for (let i = 1; i < units.length; i++) {
    const prep = word(units[i - 1]) ?? '';
    const seated = NEAR.test(prep) || (AT.test(prep) && SEATED.test(word(units[i - 2]) ?? ''));
    if (!seated && !(AT.test(prep) && SITE_WORDS.has(word(units[i - 2]) ?? ''))) continue;
    // the seat and the places of its list ("Curacao, Netherlands Antilles", "à Annecy et à Rumilly"); after a
    // site noun the first place is the entity pass's to type (site-places.ts keeps "a plant in Ecuador", where
    // wire copy holds the buyer only through it), the later members of its list are read here
    let k = i;
    while (k < units.length) {
      const [next, named] = afterMember(units, k, seated || k > i ? seats : new Set<number>());
      if (next < 0 || !(named ? LIST_LINK : CLOSING_LINK).test(word(units[next]) ?? '')) break;
      k = next + 1;
      // "à A et à B", "in A and in B": the preposition repeated before the next place
      if (AT.test(word(units[k]) ?? '')) k++;
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
