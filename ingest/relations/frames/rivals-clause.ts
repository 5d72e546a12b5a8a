import type { Unit } from '../pattern';
import { isModifier, isOblique } from '../syntax';
import { entsAt, isOrgAt as isOrg, wordOrNullAt as wordAt } from './clause';
import { governedByVerb } from '../rival-object-cues';
import { enabledSubject } from './rivals-enabled-subject';
import { placedSubject } from './rivals-placed-subject';
import { awardedWinner } from './rivals-award-dative';
import { objectBeforeSecondVerb } from './rivals-coordinated-verb';

/** Where the parties of a rivalry stand in the trigger's clause: the subject before it, the rivals after it. */

// the rival readers' name for clause.ts's word reader that gives null, not '', for a name
export { wordAt };

/** Punctuation that closes a clause in both directions. */
export const CLAUSE_STOPS = new Set([';', ':', '.', '!', '?', '«', '»', '"', '“', '”', '(', ')']);
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
export const LIST_JOIN = /^(,|et|and|&)$/u;

/** What follows the English preposition "on" ("said on Tuesday", "on the deal"), never the French pronoun. */
const AFTER_ENGLISH_ON = /^(the|its|their|his|her|this|that|these|those|\p{Lu}\p{L}*|\p{N}+)$/u;

/** Dashes that end a wire dateline ("PARIS (Reuters) -", "HOUSTON--"). */
const DASH = /^[-–—]$/u;
/** A capitalised place word of a dateline ("HOUSTON"). */
const DATELINE_WORD = /^\p{Lu}{2,}$/u;

/**
 * The dash at `k` closes a wire dateline: it follows the agency's bracket, another dash or a capitalised place.
 * The dateline is no part of the clause, and the agency in its bracket is nobody's subject.
 */
function datelineDash(units: Unit[], k: number): boolean {
  if (!DASH.test(wordAt(units, k) ?? '')) return false;
  const before = units[k - 1];
  if (before?.kind !== 'tok') return false;
  const w = before.token.text;
  return w === ')' || DASH.test(w) || DATELINE_WORD.test(w);
}

/** "on" at `k` is the English preposition: a date, a name or a determiner follows it. */
function englishOn(units: Unit[], k: number): boolean {
  const next = units[k + 1];
  if (wordAt(units, k) !== 'on' || next === undefined) return false;
  return next.kind === 'ent' || AFTER_ENGLISH_ON.test(next.token.text);
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

export function isStop(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'tok' && CLAUSE_STOPS.has(u.token.text);
}

/** Verbs of telling whose object is the listener ("told Reuters", "told the Financial Times"). */
const TELLING_VERB = /^(told|tells|tell|telling|informed|informs|briefed)$/u;

/** The name at `i` is the listener of a verb of telling, with or without "the" ("told Reuters", "told the FT"). */
function toldListener(units: Unit[], i: number): boolean {
  const verb = wordAt(units, i - 1) === 'the' ? i - 2 : i - 1;
  return TELLING_VERB.test(wordAt(units, verb) ?? '');
}

/** A name only qualifying a word or standing after a preposition ("selon X", "a unit of X") is no subject. */
function canBeSubject(units: Unit[], i: number): boolean {
  return (
    isOrg(units, i) &&
    typed(units, i) &&
    !isOblique(units, i) &&
    !joinedToOblique(units, i) &&
    !isModifier(units, i, false) &&
    // "He told Reuters that … competition from B": the listener of a verb of telling is its object, not a party
    !toldListener(units, i) &&
    // "la Direction générale de l'armement (DGA)": a bracketed name is an alias or an aside
    !(wordAt(units, i - 1) === '(' && wordAt(units, i + 1) === ')')
  );
}

/**
 * "Avec A et B, X veut tenir tête à Y": a name joined by "et/and" to one after a preposition shares its role; the
 * first may be a product the text does not hold as a company ("Avec Payflo et Bloomr").
 */
function joinedToOblique(units: Unit[], i: number): boolean {
  if (!/^(et|and|ou|or|&)$/u.test(wordAt(units, i - 1) ?? '')) return false;
  const prev = units[i - 2];
  const named = isOrg(units, i - 2) || (prev?.kind === 'tok' && /^\p{Lu}/u.test(prev.token.text));
  return named && (isOblique(units, i - 2) || joinedToOblique(units, i - 2));
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

/** Coordinators after which a verb may go on with the subject of the clause before ("…, but overtook B"). */
const SHARING_COORDINATOR = /^(but|mais)$/u;
/** Plain words between such a coordinator and the trigger ("but later overtook", "mais a depuis dépassé"). */
const SHARED_SUBJECT_GAP_WORDS = 2;

/** The clause from `from` opens on "but"/"mais" and reaches the trigger after a few plain lower-case words. */
function sharesSubject(units: Unit[], from: number, trigger: number): boolean {
  if (!SHARING_COORDINATOR.test(wordAt(units, from - 1) ?? '') || trigger - from > SHARED_SUBJECT_GAP_WORDS)
    return false;
  for (let k = from; k < trigger; k++) {
    const u = units[k];
    if (u.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
  }
  return true;
}

/** Words that may stand before a sentence's opening subject ("The", "Le", a quote). */
const BEFORE_OPENING_SUBJECT = /^(the|le|la|l'|les|«|"|“)$/u;

/**
 * The subject of the clause before `coordinator` when it opens the sentence ("X trails A in Brazil, but overtook
 * B"): the names after it in that clause are the first verb's objects. Only a sentence-opening subject is taken,
 * as a first name found later may itself be an object ("It bought A in 2020, but overtook B").
 */
function openingSubject(units: Unit[], coordinator: number): number[] | null {
  for (let k = coordinator - 1; k >= 0; k--) {
    const w = wordAt(units, k);
    if ((isStop(units, k) && !isQuote(units, k)) || (w !== null && SUBORDINATORS.test(w))) return null;
  }
  let k = 0;
  while (k < coordinator && BEFORE_OPENING_SUBJECT.test(wordAt(units, k) ?? '')) k++;
  return k < coordinator && canBeSubject(units, k) ? subjectList(units, k, coordinator) : null;
}

/**
 * The units of the organisations that are the subject of the clause holding unit `trigger`, or null.
 * "X, the Lyon company, affronte Y": X; "A rachète B, qui affronte C": B (the relative's antecedent);
 * "A a racheté B et affronte C": null (B could be the subject as well as an object). `objectsBetween`: names between
 * the subject and the trigger are objects (a contest's client), never a reason to refuse.
 */
export function clauseSubject(units: Unit[], trigger: number, objectsBetween = false): number[] | null {
  // "permet au groupe de dépasser A", "help Y compete with A": the enabled company contests
  const enabled = enabledSubject(units, trigger);
  if (enabled !== undefined) return Array.isArray(enabled) ? enabled : null;
  // "The Helder deal puts Corvane in closer competition with A": the placed company contests, not the deal's name
  const placed = placedSubject(units, trigger);
  if (placed !== null) return placed;
  let from = 0;
  for (let k = trigger - 1; k >= 0; k--) {
    if (datelineDash(units, k)) {
      from = k + 1;
      break;
    }
    // "A (AA), which …", "le contrat de la Direction générale de l'armement (DGA), face à B": a bracket is stepped
    // over whole, its opening bracket too (an aside, not a clause boundary)
    if (wordAt(units, k) === ')') {
      const open = openingParen(units, k);
      if (open < k) {
        k = open;
        continue;
      }
    }
    const w = wordAt(units, k);
    // a quotation does not hide its speaker's subject: 'the company is now "the clear number one, ahead of Y"'
    if ((isStop(units, k) && !isQuote(units, k)) || (w !== null && SUBORDINATORS.test(w))) {
      from = k + 1;
      break;
    }
    // "un client qu'elle disputait à B", "a contract that it won from B": after a noun the word opens an object
    // relative, whose subject is not its antecedent
    if (w !== null && objectRelative(units, k)) return null;
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
    // "talonne A et devance B", "Après avoir racheté A, B devance C": a name a verb governs is its object
    if (canBeSubject(units, k) && !governedByVerb(units, from, k)) {
      first = k;
      break;
    }
  }
  // "…, où il concurrence Y": an unresolved pronoun opening the clause stands for the main clause's subject
  if (first < 0 && from > 0 && REFERRING.test(wordAt(units, from) ?? ''))
    return clauseSubject(units, from - 1);
  // "X trails A in Brazil, but overtook B": a verb right after "but" shares the subject of the clause before
  if (first < 0)
    return from > 0 && sharesSubject(units, from, trigger) ? openingSubject(units, from - 1) : null;
  // "La DGA a attribué à A le marché … face à B": the client awards, the winner contests
  const winner = awardedWinner(units, first, trigger);
  if (winner >= 0) return [winner];
  const list = subjectList(units, first, trigger);
  const last = list[list.length - 1];
  // "A said it would help them compete with B", "Ensemble, nous pourrons rivaliser": someone else acts
  for (let k = first + 1; k < trigger; k++)
    if (PRONOUN_SUBJECT.test(wordAt(units, k) ?? '') && !englishOn(units, k)) return null;
  // another plain name between the subject and the trigger may be the object of an earlier verb, unless the
  // trigger says so itself ("won a contract from A, beating B": A is the client)
  if (objectsBetween) return list;
  const own = new Set(list.flatMap((i) => entsAt(units, i)));
  for (let k = last + 1; k < trigger; k++) {
    if (!canBeSubject(units, k) || ownPointer(units[k], own)) continue;
    const enclosed = commaBetween(units, last, k) && commaBetween(units, k, trigger);
    // "A passe devant B et devient numéro deux derrière C": B is the first verb's object, A the subject of both
    if (!enclosed && !objectBeforeSecondVerb(units, k)) return null;
  }
  return list;
}

/** Determiners that open the noun an object relative's "que/that" follows ("un client qu'elle …"). */
const NOUN_DETERMINER = /^(un|une|le|la|les|des|ce|cet|cette|a|an|the|this)$/u;
/**
 * Things two rivals contest, after which "que/that" opens an object relative; after other nouns "that it …" is often
 * a clause told about the subject ("the news that it will compete with B"), which keeps its reading.
 */
const CONTESTED_NOUN =
  /^(client|clients|clientèle|contrat|contrats|marché|marchés|compte|comptes|appel|customer|customers|contract|contracts|account|accounts|deal|tender|order|market)$/u;

/**
 * "que/qu'/that" right after a determined noun of a contested thing and before a subject pronoun ("un client
 * qu'elle disputait", "the contract that it won"): an object relative whose subject is the pronoun, not the noun.
 */
function objectRelative(units: Unit[], k: number): boolean {
  if (!COMPLEMENTIZER.test(wordAt(units, k) ?? '') || !REFERRING.test(wordAt(units, k + 1) ?? ''))
    return false;
  const noun = units[k - 1];
  if (noun?.kind !== 'tok' || !CONTESTED_NOUN.test(noun.token.text)) return false;
  return NOUN_DETERMINER.test(wordAt(units, k - 2) ?? '');
}

/** "X said it had agreed to buy rival Y": a pointer back at the subject itself is no other party in the way. */
function ownPointer(u: Unit, own: ReadonlySet<number>): boolean {
  return u.kind === 'ent' && u.anaphor === true && u.ents.length > 0 && u.ents.every((e) => own.has(e));
}
