import type { Unit } from '../pattern';
import type { Trigger } from './acquired-triggers';
import { isOrgAt, isStrongStop, wordAt } from './clause';
import { quantifierEnd, timePhraseEnd } from './counted-list-spans';

/**
 * Purchases counted, then named: "picked up two smaller operators, A in 2021 and B in 2023", "has bought three
 * rivals since 2019: A, B and C", "a racheté deux concurrents, A en 2021 et le lyonnais B en 2023". The count and
 * its plain noun only announce the list; the names after the comma or colon are what the verb bought, each with
 * its own date and descriptor.
 */

/** Count words that open the announcing noun phrase. */
const COUNTS =
  /^(two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)$/;
/** Most plain words of the noun phrase after the count ("smaller regional operators"), with a time phrase. */
const MAX_NOUN_WORDS = 5;
/** Upper-case nouns of a kind of company ("deux PME", "three SMEs"). */
const COMMON_ACRONYMS = /^(PME|ETI|TPE|SMEs?)$/;
/** Words that put a seller in the counted phrase ("two machines from suppliers, including A"): goods, no list. */
const SELLER_WORDS = /^(from|auprès|chez)$/;
/** Punctuation that opens the list. */
const LIST_OPENERS = /^(,|:)$/;
/** Words of a member's own time phrase ("in 2021", "last year", "l'an dernier", "en 2023"). */
const TIME_WORDS =
  /^(in|en|last|year|l'an|an|dernier|passé|the|following|previous|suivante|since|depuis|\d{4})$/;
/** Relative pronouns: a clause of its own, never a member's descriptor ("A, which sold B"). */
const RELATIVES = /^(which|who|whom|whose|that|qui|que|qu'|dont|lequel|laquelle)$/;
/** Words that join the next member ("A en 2017 puis B deux ans plus tard"). */
const JOINS = /^(,|and|et|puis|then|ensuite)$/;
/** Most words between a join and the next member's name (a determiner and a descriptor). */
const MAX_DESCRIPTOR_WORDS = 6;
/** What may follow a member's name: the list goes on, a time phrase, a price, or the sentence ends. */
const AFTER_MEMBER = /^(,|and|et|puis|then|\.|;|for|pour|in|en|last|since|depuis|l'an)$/;

/** The units after the member at `at`, past its time phrase, or the index of the next word. */
function pastTimePhrase(units: Unit[], at: number): number {
  let k = at + 1;
  while (k < units.length && units[k].kind === 'tok' && TIME_WORDS.test(wordAt(units, k))) k++;
  return k;
}

/** Plain words of a business named by its owner ("warehouse business of B") after a label name. */
const MAX_BUSINESS_WORDS = 4;

/**
 * "the Antwerp warehouse business of B": a name labelling the business (a place read as a name) is no member;
 * the owner after "of/de" is, by the gold format's reading of a business of an organisation. -1 when none.
 */
function ownerOfBusiness(units: Unit[], label: number): number {
  for (let k = label + 1; k < units.length && k - label <= MAX_BUSINESS_WORDS + 1; k++) {
    if (units[k].kind === 'ent') return -1;
    if (/^(of|de|du|d')$/.test(wordAt(units, k))) return isOrgAt(units, k + 1) ? k + 1 : -1;
    if (isStrongStop(units, k)) return -1;
  }
  return -1;
}

/** The next member after the join at `k`, or -1. */
function nextMember(units: Unit[], k: number): number {
  let at = k;
  while (JOINS.test(wordAt(units, at))) at++;
  // "et, l'an dernier, le vendéen B": the member's own date may come first, set off by commas
  at = timePhraseEnd(units, at);
  while (JOINS.test(wordAt(units, at))) at++;
  for (let seen = 0; at < units.length && seen <= MAX_DESCRIPTOR_WORDS; at++, seen++) {
    const u = units[at];
    // a place in the descriptor is stepped over ("the Antwerp warehouse business of B")
    if (u.kind === 'ent') {
      if (isOrgAt(units, at)) return endsMember(units, at) ? at : ownerOfBusiness(units, at);
      if (u.persons) return -1;
      continue;
    }
    if (isStrongStop(units, at) || u.token.kind !== 'word' || RELATIVES.test(wordAt(units, at))) return -1;
  }
  return -1;
}

/** A member is a name the list may end on: no verb of its own follows it ("and B invested"). */
function endsMember(units: Unit[], at: number): boolean {
  return (
    at + 1 >= units.length ||
    AFTER_MEMBER.test(wordAt(units, at + 1)) ||
    timePhraseEnd(units, at + 1) > at + 1
  );
}

/**
 * The organisations of a counted list right after the verb ending at `end`, first one first; empty when none.
 * `crossing` is the preposition a verb or noun brings its object in with ("mis la main sur", "le rachat de"),
 * which may follow a time phrase ("mis la main en juin sur").
 */
export function countedListObjects(units: Unit[], end: number, crossing?: RegExp): number[] {
  let k = end + 1;
  if (crossing) {
    k = timePhraseEnd(units, k);
    if (!crossing.test(wordAt(units, k))) return [];
    k++;
  }
  const quantified = quantifierEnd(units, k);
  if (quantified < 0 && (units[k]?.kind !== 'tok' || !COUNTS.test(wordAt(units, k)))) return [];
  k = quantified >= 0 ? quantified + 1 : k + 1;
  // the phrase is plain words ("deux concurrents", "smaller regional operators"); its time phrase is free
  for (let words = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent') return [];
    if (LIST_OPENERS.test(u.token.lower)) break;
    const timed = timePhraseEnd(units, k);
    if (timed > k) {
      k = timed - 1;
      continue;
    }
    // anything but plain words is not such a count
    if (u.token.text !== u.token.lower && u.token.kind === 'word' && !COMMON_ACRONYMS.test(u.token.text))
      return [];
    if (SELLER_WORDS.test(u.token.lower) || ++words > MAX_NOUN_WORDS) return [];
  }
  if (!LIST_OPENERS.test(wordAt(units, k))) return [];
  // the first member may have its descriptor too ("two acquisitions, Polish trucker A in 2022 and …")
  const first = isOrgAt(units, k + 1) ? k + 1 : nextMember(units, k + 1);
  if (first < 0 || !endsMember(units, first)) return [];
  const members = [first];
  for (let at = first; ;) {
    const after = timePhraseEnd(units, pastTimePhrase(units, at));
    if (!JOINS.test(wordAt(units, after))) break;
    const next = nextMember(units, after);
    if (next < 0 || !endsMember(units, next)) break;
    members.push(next);
    at = next;
  }
  return members;
}

/** The preposition a verb's counted list follows ("mis la main sur deux …", "s'est emparé de deux …"). */
export function listPreposition(t: Trigger): RegExp | undefined {
  if (t.objectAfterSur) return /^sur$/;
  return t.objectAfterDe ? /^(de|d')$/ : undefined;
}
