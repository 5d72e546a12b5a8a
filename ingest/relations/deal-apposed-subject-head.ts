import type { Captures, Unit } from './pattern';
import { capturedAt, MATCH_START } from './pattern';
import type { Rule } from './rule';

/**
 * "Harbourvet, the veterinary group owned by private equity firm Ashgrove Partners, has agreed to buy Vetwell",
 * "Marstrand, spun out of Swedish industrial group Tessin AB in 2004, bought Udito Più", "Calcéa, issue de la
 * scission du groupe Valmy, a racheté Biolis": a company named inside the subject's apposition describes the
 * subject (its owner, its parent, where it came from); the verb after the closing comma is the subject's. A rule's
 * loose gap reaches the verb from the inner name as well as from the head, so the nearer, wrong one wins. This is
 * clause structure, not wording: whatever the apposition says, its names are not the clause's subject.
 */

/** Deal types whose first party is the subject of the verb after the apposition. */
const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
/** Most words an apposition may hold on either side of the inner name ("the veterinary group owned by …"). */
const MAX_APPOSITION_SIDE_WORDS = 8;
/** Words that make the head a noun's complement ("le rival de A, B, …"), so the apposition names the subject. */
export const NOUN_COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'd’',
  "d'",
  'of',
  'à',
  'au',
  'aux',
  'to',
  'with',
  'avec',
]);
/** A sentence-opening word that makes the comma after the head a list or an address, not an apposition. */
const LIST_JOINS = new Set(['and', 'or', 'et', 'ou', '&']);

export function isComma(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && u.token.text === ',';
}

/** Index of the comma opening the apposition that holds the unit at `a`, with some words before `a`, or -1. */
function openingComma(units: Unit[], a: number): number {
  let words = 0;
  for (let k = a - 1; k >= 0 && a - k <= MAX_APPOSITION_SIDE_WORDS + 1; k--) {
    const u = units[k];
    // a descriptor read as a pointer back to the head ("the veterinary group") is one of the apposition's words
    if (u.kind === 'ent') {
      if (!u.anaphor) return -1;
      words++;
      continue;
    }
    if (isComma(u)) return words > 0 ? k : -1;
    if (LIST_JOINS.has(u.token.lower)) return -1;
    words++;
  }
  return -1;
}

/** Index of the comma closing that apposition after `a`, with no other name or list word on the way, or -1. */
function closingComma(units: Unit[], a: number): number {
  for (let k = a + 1; k < units.length && k - a <= MAX_APPOSITION_SIDE_WORDS + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (isComma(u)) return k;
    if (LIST_JOINS.has(u.token.lower)) return -1;
  }
  return -1;
}

/**
 * A match whose first-told party stands inside the apposition of the sentence's first company, with the second party
 * after the apposition, takes that company instead: the inner name is no party of the deal.
 */
export function apposedSubjectHead(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.read || !rule.source || !DEAL_TYPES.has(rule.type)) return caps;
  if (rule.topicTarget) return apposedTopicSubjectHead(rule.source, caps, units);
  if (!rule.target) return caps;
  // the subject is whichever party comes first: the buyer of "X bought Y", the raiser of "X raised money from Y"
  const sourceFirst = capturedAt(caps, rule.source) <= capturedAt(caps, rule.target);
  const [inner, other] = sourceFirst ? [rule.source, rule.target] : [rule.target, rule.source];
  const a = capturedAt(caps, inner);
  const t = capturedAt(caps, other);
  if (a < 0 || t <= a || units[a]?.kind !== 'ent') return caps;
  const open = openingComma(units, a);
  if (open < 1) return caps;
  const head = units[open - 1];
  if (head.kind !== 'ent' || !head.orgs) return caps;
  // "Le principal concurrent de A, le parisien B, a été racheté": A complements a noun, B is the subject
  const beforeHead = units[open - 2];
  if (beforeHead?.kind === 'tok' && NOUN_COMPLEMENT_WORDS.has(beforeHead.token.lower)) return caps;
  // the head opens the clause: no company named before it ("A said B, a unit of C, bought …" is another shape)
  if (units.slice(0, open - 1).some((u) => u.kind === 'ent' && u.orgs)) return caps;
  const close = closingComma(units, a);
  if (close < 0 || t <= close) return caps;
  if (head.ents.some((e) => caps[other].includes(e))) return caps;
  return { ...caps, [inner]: [...head.ents], [`#${inner}`]: [open - 1] };
}

/**
 * The same for a funding rule whose company is the article's (no second party named): "Atlantique Ventures, le fonds
 * de la coopérative Coop Atlantique, fait son entrée au capital" — the match opens on the inner name and goes on after
 * the closing comma, so the verb is the head's.
 */
function apposedTopicSubjectHead(source: string, caps: Captures, units: Unit[]): Captures {
  const a = capturedAt(caps, source);
  if (a < 0 || caps[MATCH_START]?.[0] !== a || units[a]?.kind !== 'ent') return caps;
  const open = openingComma(units, a);
  if (open < 1 || closingComma(units, a) < 0) return caps;
  const head = units[open - 1];
  if (head.kind !== 'ent' || !head.orgs) return caps;
  const beforeHead = units[open - 2];
  if (beforeHead?.kind === 'tok' && NOUN_COMPLEMENT_WORDS.has(beforeHead.token.lower)) return caps;
  if (units.slice(0, open - 1).some((u) => u.kind === 'ent' && u.orgs)) return caps;
  return { ...caps, [source]: [...head.ents], [`#${source}`]: [open - 1] };
}
