import type { Unit } from '../pattern';
import { isModifier, isOblique } from '../syntax';

/** Where the parties of a rivalry stand in the trigger's clause: the subject before it, the rivals after it. */

/** The lower-case word of a unit, or null for a name. */
export function wordAt(units: Unit[], i: number): string | null {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** Punctuation that closes a clause in both directions. */
const CLAUSE_STOPS = new Set([';', ':', '.', '!', '?', '«', '»', '"', '“', '”', '(', ')']);
/** Words opening a new clause with its own subject ("…, where it competes with Y": the subject comes after). */
const SUBORDINATORS =
  /^(while|whereas|where|although|though|because|when|if|tandis|alors|où|car|lorsque|quand|si|but|mais|puis|then)$/u;
/** Relative pronouns whose antecedent is the subject of the relative clause ("B, qui affronte C"). */
const SUBJECT_RELATIVE = /^(qui|which|who|lequel|laquelle|lesquels|lesquelles)$/u;
/** Relative pronouns whose antecedent is not the clause's subject: the reading is refused. */
const OTHER_RELATIVE = /^(dont|whose|que|qu'|whom)$/u;
/** "que"/"that" after a verb open a reported clause with its own subject. */
const COMPLEMENTIZER = /^(que|qu'|that)$/u;
/** Pronouns opening a clause that stand for the subject before them. */
const REFERRING = /^(il|elle|it|they|ils|elles)$/u;
/** A pronoun left unresolved between a name and the trigger: the trigger's subject is someone else. */
const PRONOUN_SUBJECT = /^(nous|we|je|j'|i|they|them|ils|elles|eux|vous|you|us|on)$/u;
const LIST_JOIN = /^(,|et|and|&)$/u;

function isOrg(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

/** The index of the "(" opening the bracket that closes at `close`, or `close` when there is none. */
function openingParen(units: Unit[], close: number): number {
  for (let k = close - 1; k >= 0; k--) if (wordAt(units, k) === '(') return k;
  return close;
}

function isQuote(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'tok' && /^[«»"“”]$/u.test(u.token.text);
}

function isStop(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'tok' && CLAUSE_STOPS.has(u.token.text);
}

/** A name only qualifying a word or standing after a preposition ("selon X", "a unit of X") is no subject. */
function canBeSubject(units: Unit[], i: number): boolean {
  return isOrg(units, i) && typed(units, i) && !isOblique(units, i) && !isModifier(units, i, false);
}

/** Not a lone capitalised opening word taken for a name ("Absent des terrains, il …", "Candidate à …"). */
export function typed(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.word === undefined;
}

/** The subject list starting at unit `i`: "A, B et C affrontent …" (returns the units' indexes). */
function subjectList(units: Unit[], i: number, end: number): number[] {
  const got = [i];
  let k = i + 1;
  for (;;) {
    let j = k;
    while (j < end && j - k < 2 && LIST_JOIN.test(wordAt(units, j) ?? '')) j++;
    if (j === k || j >= end || !isOrg(units, j)) return got;
    got.push(j);
    k = j + 1;
  }
}

/** A comma stands in the units strictly between `from` and `to`. */
function commaBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (wordAt(units, k) === ',') return true;
  return false;
}

/**
 * The units of the organisations that are the subject of the clause holding unit `trigger`, or null.
 * "X, the Lyon company, affronte Y": X; "A rachète B, qui affronte C": B (the relative's antecedent);
 * "A a racheté B et affronte C": null (B could be the subject as well as an object).
 */
export function clauseSubject(units: Unit[], trigger: number): number[] | null {
  let from = 0;
  for (let k = trigger - 1; k >= 0; k--) {
    // "A (AA), which …": a bracket is stepped over whole
    if (wordAt(units, k) === ')') k = openingParen(units, k);
    const w = wordAt(units, k);
    // a quotation does not hide its speaker's subject: 'the company is now "the clear number one, ahead of Y"'
    if ((isStop(units, k) && !isQuote(units, k)) || (w !== null && SUBORDINATORS.test(w))) {
      from = k + 1;
      break;
    }
    // "dit que X devance Y", "said that X trails Y": after a verb the word opens the clause
    if (
      w !== null &&
      COMPLEMENTIZER.test(w) &&
      units[k - 1]?.kind === 'tok' &&
      wordAt(units, k - 1) !== ','
    ) {
      from = k + 1;
      break;
    }
    if (w !== null && OTHER_RELATIVE.test(w) && !commaBetween(units, k, trigger)) return null;
    if (w !== null && SUBJECT_RELATIVE.test(w) && !commaBetween(units, k, trigger)) {
      const ante = wordAt(units, k - 1) === ',' ? k - 2 : k - 1;
      if (isOrg(units, ante)) return [ante];
      // "X in Boston, which competes with Y": the place only says where X is
      const placed = ante - 2;
      return /^(in|à|at)$/u.test(wordAt(units, ante - 1) ?? '') && isOrg(units, placed) ? [placed] : null;
    }
  }
  let first = -1;
  for (let k = from; k < trigger; k++) {
    if (canBeSubject(units, k)) {
      first = k;
      break;
    }
  }
  // "…, où il concurrence Y": an unresolved pronoun opening the clause stands for the main clause's subject
  if (first < 0)
    return from > 0 && REFERRING.test(wordAt(units, from) ?? '') ? clauseSubject(units, from - 1) : null;
  const list = subjectList(units, first, trigger);
  const last = list[list.length - 1];
  // "A said it would help them compete with B", "Ensemble, nous pourrons rivaliser": someone else acts
  for (let k = first + 1; k < trigger; k++) if (PRONOUN_SUBJECT.test(wordAt(units, k) ?? '')) return null;
  // another plain name between the subject and the trigger may be the object of an earlier verb
  for (let k = last + 1; k < trigger; k++) {
    if (!canBeSubject(units, k)) continue;
    const enclosed = commaBetween(units, last, k) && commaBetween(units, k, trigger);
    if (!enclosed) return null;
  }
  return list;
}

/** Nouns of what a name may hold rather than be a rival in: "the X offer", "Y's contract", clients, backers. */
const NOT_RIVAL_NOUN_WORDS = [
  'clients?|customers?|clientèle|partenaires?|partners?|partenariats?|partnerships?|alliances?|alliés?|allies',
  'fournisseurs?|suppliers?|distributeurs?|distributors?|investisseurs?|investors?|actionnaires?|shareholders?',
  'backers?|conseils?|conseillé|conseillée|advisers?|advisors?|advised|avocats?|lawyers?|filiales?|subsidiary',
  'subsidiaries|marques?|contrats?|contracts?|accords?|agreements?|deals?|commandes?|orders?|licences?|licenses?',
  "joint-venture|tender|tenders|appel|appels|d'offres|offres|offers?|bids?|opa|rachats?|acquisitions?|acquis",
  'acquired|mergers?|fusions?|rapprochement|combinations?|takeovers?',
].join('|');
const NOT_RIVAL_NOUNS = new RegExp(`^(${NOT_RIVAL_NOUN_WORDS})$`, 'u');
/** Words before a name that make it no rival: those nouns, and prepositions of another role ("between", "by"). */
export const NOT_RIVALS = new RegExp(
  `^(${NOT_RIVAL_NOUN_WORDS}|entre|between|pour|for|by|par|behalf|compte)$`,
  'u',
);
/** Connectors that carry a list of rivals on ("as well as", "ainsi que", "mais aussi"). */
const CONTINUERS =
  /^(,|et|and|&|ou|or|as|well|ainsi|que|qu'|mais|but|also|aussi|with|avec|à|au|aux|face|against|contre|to|de|d'|du|des|of|the|le|la|les|l'|a|an|un|une|its|son|sa|ses)$/u;
/** Most plain words read before a member ("the German vendor B", "la gamme végétale de B"). */
export const MAX_DESCRIPTOR_WORDS = 6;

/** A member of a list of rivals starts at `k` after a few descriptor words; its index, or -1. */
function memberAfter(units: Unit[], k: number, end: number): number {
  let words = 0;
  for (let j = k; j < end && words <= MAX_DESCRIPTOR_WORDS; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      // "Majorel's successor B": the possessor only says whose successor B is
      const owned = ownedAfter(units, j);
      if (owned >= 0) return owned;
      // "the X offer", "Y's bid": the name only says whose offer it is
      const after = wordAt(units, afterPossessed(units, j) === j + 1 ? j + 1 : j + 2);
      if (after !== null && NOT_RIVAL_NOUNS.test(after)) return -1;
      return u.orgs && typed(units, j) && !isModifier(units, j, false) ? j : -1;
    }
    if (CLAUSE_STOPS.has(u.token.text) || NOT_RIVALS.test(u.token.lower)) return -1;
    if (u.token.kind !== 'word' && u.token.text !== ',') return -1;
    if (u.token.text === ',' && words > 0) return -1;
    words++;
  }
  return -1;
}

/** Words that join two members of a list; the conjunctions among them close a list ("A, B et C"). */
const JOINS = /^(,|et|and|&|ou|or|ainsi|well|aussi|also)$/u;
const CONJUNCTIONS = /^(et|and|&|ou|or|ainsi|well|aussi|also)$/u;

/** The list without its last members joined by a bare comma only. */
function settled(got: number[], pending: number): number[] {
  return got.slice(0, got.length - pending);
}

/** Plain words read between a possessor and the name it owns ("A's gaming unit B"); more is no naming. */
const MAX_POSSESSED_WORDS = 3;

/** "A's successor B": B, the name the possessor's words lead to, or -1 ("A's outsourcing arm": A itself). */
function ownedAfter(units: Unit[], i: number): number {
  if (!/^('s|')$/u.test(wordAt(units, i + 1) ?? '')) return -1;
  for (let k = i + 2; k < units.length && k <= i + 2 + MAX_POSSESSED_WORDS; k++) {
    const u = units[k];
    // "B's Nordic business": a name followed by a plain noun only qualifies it
    if (u.kind === 'ent') return u.orgs && k > i + 2 && !plainWordAt(units, k + 1) ? k : -1;
    if (u.token.kind !== 'word' || CONTINUERS.test(u.token.lower)) return -1;
  }
  return -1;
}

function plainWordAt(units: Unit[], i: number): boolean {
  const u = units[i];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    u.token.text === u.token.lower &&
    !CONTINUERS.test(u.token.lower)
  );
}

/** The unit after a member and the words it possesses ("A's gaming division"). */
function afterPossessed(units: Unit[], i: number): number {
  if (!/^('s|')$/u.test(wordAt(units, i + 1) ?? '')) return i + 1;
  let k = i + 2;
  while (k <= i + 1 + MAX_POSSESSED_WORDS) {
    const u = units[k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || CONTINUERS.test(u.token.lower)) break;
    k++;
  }
  return k;
}

/** The comma closing a side remark after a member (", qui lui dispute le segment,", ", né de …,"), or -1. */
function sideRemarkEnd(units: Unit[], comma: number, end: number): number {
  const first = units[comma + 1];
  if (first?.kind !== 'tok' || first.token.kind !== 'word' || first.token.text !== first.token.lower)
    return -1;
  for (let j = comma + 2; j < end; j++) {
    const u = units[j];
    if (u.kind === 'tok' && u.token.text === ',') return j;
    if (u.kind === 'tok' && CLAUSE_STOPS.has(u.token.text)) return -1;
  }
  return -1;
}

/**
 * The rivals after a trigger: the first organisation after at most `lead` plain words, then every member joined
 * by a comma, a conjunction or a connector, with descriptors ("et la gamme de B", "as well as the German B").
 * Returns unit indexes; empty when the first name is not reached or a word says they are no rivals.
 */
export function rivalsAfter(units: Unit[], from: number, lead: number, stepRemarks = true): number[] {
  let end = units.length;
  // "affronte des poids lourds : A et B": a colon may open the list the lead words announce
  const colon = units.findIndex(
    (u, k) => k >= from && k <= from + lead && u.kind === 'tok' && u.token.text === ':',
  );
  if (colon >= 0) {
    from = colon + 1;
    lead = Math.max(0, lead - 1);
  }
  for (let k = from; k < units.length; k++) {
    if (isStop(units, k)) {
      end = k;
      break;
    }
  }
  const first = memberAfter(units, from, Math.min(end, from + lead + 1));
  if (first < 0) return [];
  const got = [first];
  let pending = 0;
  let k = afterPossessed(units, first);
  for (;;) {
    if (stepRemarks && wordAt(units, k) === ',' && !LIST_JOIN.test(wordAt(units, k + 1) ?? '')) {
      const close = sideRemarkEnd(units, k, end);
      // the remark is only stepped over when the list goes on after it ("…, et C")
      if (close > 0 && /^(et|and|mais|but|ainsi|as)$/u.test(wordAt(units, close + 1) ?? '')) k = close;
    }
    let j = k;
    while (j < end && CONTINUERS.test(wordAt(units, j) ?? '') && j - k <= MAX_DESCRIPTOR_WORDS) j++;
    if (j === k) return settled(got, pending);
    const joins = units.slice(k, j).map((u) => (u.kind === 'tok' ? u.token.lower : ''));
    if (!joins.some((w) => JOINS.test(w))) return settled(got, pending);
    const next = memberAfter(units, j, end);
    if (next < 0) return settled(got, pending);
    // "Face à A, B mise …": a member after a bare comma may open the next clause, until a conjunction follows
    if (joins.some((w) => CONJUNCTIONS.test(w))) pending = 0;
    else pending++;
    got.push(next);
    k = afterPossessed(units, next);
  }
}
