import type { Unit } from './pattern';
import {
  APPOSITION_OPENERS,
  DETERMINERS,
  GAP_STOPS,
  INDEFINITE,
  INSTRUMENT_PREPOSITIONS,
  OWNER_WORDS,
  PARENT_NOUNS,
  PLAIN_WORDS,
  PREPOSITIONS,
  ROLE_AFTER,
  STAFF_AFTER,
  TELLING_VERBS,
  TIE_NOUNS,
} from './syntax-words';
import { possessorInApposition } from './apposed-possessor';
import { isAbbreviationDot } from './abbreviation-dot';
import { opensParticipleIncise } from './participle-apposition';
import { namesContractCustomer } from './contract-modifier';
import { namesOwnedBeforeApposedOwner, namesOwnedBrand } from './owner-modifier';
export { GAP_STOPS, STRICT_GAP_STOPS, SUBJECT_BLOCKING } from './syntax-words';

/** What a name or a punctuation mark is doing in its sentence, as far as rule gaps and parties care. */

/** The name is the one told something ("told the Commission it …"), never the one acting in what is told. */
export function isAddressee(units: Unit[], i: number): boolean {
  return isOblique(units, i, TELLING_VERBS);
}

/** The name is the object of a preposition ("from X", "auprès de X"). */
export function isOblique(units: Unit[], i: number, set: Set<string> = PREPOSITIONS): boolean {
  let prev = units[i - 1];
  if (prev?.kind === 'tok' && DETERMINERS.has(prev.token.lower)) prev = units[i - 2];
  return prev?.kind === 'tok' && set.has(prev.token.lower);
}

/** "…into SB Holding Corp, which acquired…": the name is the subject of the relative clause it opens. */
export function opensRelative(units: Unit[], i: number): boolean {
  const a = units[i + 1];
  const b = units[i + 2];
  return (
    a?.kind === 'tok' &&
    a.token.text === ',' &&
    b?.kind === 'tok' &&
    /^(which|who|qui|lequel|laquelle)$/.test(b.token.lower)
  );
}

/** Prepositions that bring in a party of their own, so a parent noun's "of/de" further back no longer governs. */
const OTHER_GOVERNORS = /^(to|by|from|with|for|à|au|aux|par|pour|avec|auprès|chez)$/;

/** Words that open a list of members; a name after one is a member, not a modifier of the noun before. */
const LIST_OPENERS = /^(including|dont|notamment|parmi|such|among)$/;

/** "a Y Combinator graduate", "Marwick Foods chief executive P", "a unit of Hoshino Corp": a name that only
 * qualifies another word is no party. */
export function isModifier(units: Unit[], i: number, titled: boolean, possessorWanted = false): boolean {
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!titled && next?.kind === 'tok' && ROLE_AFTER.has(next.token.lower)) return true;
  if (next?.kind === 'tok' && STAFF_AFTER.has(next.token.lower)) return true;
  if (!titled && !possessorWanted && (possessorOfName(units, i) || possessivePointerOfTie(units, i)))
    return true;
  if (!titled && !possessorWanted && possessorInApposition(units, i)) return true;
  if (placeBeforeNoun(units, i) || isInstrument(units, i)) return true;
  // "X wins Volvo cell contract, agrees to buy Y": the customer qualifies the contract
  if (!titled && namesContractCustomer(units, i)) return true;
  // "was bought by Zara owner Inditex": the brand names its owner, the name after the noun
  if (namesOwnedBrand(units, i)) return true;
  // "racheté par le propriétaire de la marque X, le groupe Y": the owner is named after the comma
  if (namesOwnedBeforeApposedOwner(units, i)) return true;
  // "Quantis, a unit of Hoshino Corp, acquired …": the parent named in an apposition is no party
  if (next?.kind === 'tok' && next.token.text !== ',' && next.token.text !== '.')
    return isIndefiniteModifier(prev, next);
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const u = units[k];
    const b = units[k - 1];
    // "a group of angel investors including P": a list opener ends the noun the name may modify
    if (u.kind !== 'tok' || u.token.text === ',' || LIST_OPENERS.test(u.token.lower)) break;
    // "sa division de plastiques au fonds X": another preposition governs the name, not the parent noun's "de"
    if (OTHER_GOVERNORS.test(u.token.lower)) break;
    if (/^(of|de|du|d')$/.test(u.token.lower) && b?.kind === 'tok' && PARENT_NOUNS.has(b.token.lower))
      return !kindOfParent(units, k, i) && !unnamedUnitAsAgent(units, k - 1);
  }
  return false;
}

/**
 * "sold Y to an affiliate of First Boston", "acquired by a unit of X", "cédé à une filiale de X": a unit the text
 * never names, in the buyer's slot, is its parent's deal, so the parent is the party (a named unit keeps it).
 */
function unnamedUnitAsAgent(units: Unit[], noun: number): boolean {
  const det = units[noun - 1];
  const prep = units[noun - 2];
  return (
    det?.kind === 'tok' &&
    /^(a|an|un|une)$/u.test(det.token.lower) &&
    prep?.kind === 'tok' &&
    /^(to|by|à|par)$/u.test(prep.token.lower)
  );
}

/**
 * "le groupe de logiciels comptables X": a bare French "de" before a plain noun names the kind of group, so the
 * name after it is the group itself, not its parent ("filiale du groupe X", "unit of X" keep their parent).
 */
function kindOfParent(units: Unit[], de: number, name: number): boolean {
  const at = units[de];
  const next = units[de + 1];
  return (
    at?.kind === 'tok' &&
    at.token.lower === 'de' &&
    de + 1 < name &&
    next?.kind === 'tok' &&
    /^\p{Ll}/u.test(next.token.text) &&
    !DETERMINERS.has(next.token.lower) &&
    !PARENT_NOUNS.has(next.token.lower)
  );
}

/** Plain words allowed between "X's" and the name it qualifies ("X's Dutch rival Y"). */
const MAX_WORDS_AFTER_POSSESSOR = 3;

/** "acquired by Brightpath's rival Foundever": the possessor only tells whose rival the buyer is. */
function possessorOfName(units: Unit[], i: number): boolean {
  const mark = units[i + 1];
  if (mark?.kind !== 'tok' || (mark.token.lower !== "'s" && mark.token.lower !== "'")) return false;
  let tie = false;
  for (let k = i + 2; k < units.length && k <= i + 2 + MAX_WORDS_AFTER_POSSESSOR; k++) {
    const u = units[k];
    if (u.kind === 'ent') return tie;
    if (u.token.kind !== 'word') return false;
    if (TIE_NOUNS.has(u.token.lower)) tie = true;
  }
  return false;
}

/**
 * "Its main competitor, Porcelaine Nord, was bought by Y": a possessive pointer before a tie noun only says whose
 * rival (client, parent…) the next name is; that name, not the pointer, is the clause's party.
 */
function possessivePointerOfTie(units: Unit[], i: number): boolean {
  const owner = units[i];
  if (owner?.kind !== 'ent' || !owner.anaphor || owner.ents.length !== 1) return false;
  let tie = false;
  for (let k = i + 1; k < units.length && k <= i + 1 + MAX_WORDS_AFTER_POSSESSOR; k++) {
    const u = units[k];
    if (u.kind === 'ent') return tie;
    if (u.token.text === ',' && tie) return units[k + 1]?.kind === 'ent';
    if (u.token.kind !== 'word' || /^\p{Lu}/u.test(u.token.text)) return false;
    if (TIE_NOUNS.has(u.token.lower)) tie = true;
  }
  return false;
}

/** "X, through its Y unit, offered to buy Z": the unit is the means X acts through, the deal is X's. */
function isInstrument(units: Unit[], i: number): boolean {
  let prev = units[i - 1];
  if (prev?.kind === 'tok' && OWNER_WORDS.has(prev.token.lower)) prev = units[i - 2];
  return prev?.kind === 'tok' && INSTRUMENT_PREPOSITIONS.has(prev.token.lower);
}

/**
 * "a Providence, R.I., surgeon", "an Anaheim, Calif., company": a town with its state between a determiner and a
 * common noun only says where the person or firm is from; neither the town nor the state is a party.
 */
export function placeBeforeNoun(units: Unit[], i: number): boolean {
  return townBeforeNoun(units, i) || (wordIs(units, i - 1, ',') && townBeforeNoun(units, i - 2));
}

function townBeforeNoun(units: Unit[], i: number): boolean {
  const det = units[i - 1];
  if (det?.kind !== 'tok' || !DETERMINERS.has(det.token.lower) || !wordIs(units, i + 1, ',')) return false;
  const town = units[i];
  if (town?.kind === 'tok' && !/^\p{Lu}/u.test(town.token.text)) return false;
  let k = stateAbbreviationEnd(units, i + 2);
  if (k < 0) return false;
  if (wordIs(units, k, ',')) k++;
  const noun = units[k];
  return (
    noun?.kind === 'tok' &&
    noun.token.kind === 'word' &&
    /^\p{Ll}/u.test(noun.token.text) &&
    !PLAIN_WORDS.has(noun.token.lower)
  );
}

/** Longest state or province abbreviation read as a name of its own ("R.I.", "N.Y."), in characters. */
const MAX_STATE_NAME_CHARS = 6;

/**
 * The unit after a state or province abbreviation at `i` ("R.I.", "N.J.", "Calif .", "Ill .", "NY"), or -1: the
 * dotted or short capitalised shape of a place's qualifier, not a company's name ("the Commission, Lee said").
 */
function stateAbbreviationEnd(units: Unit[], i: number): number {
  const u = units[i];
  if (u?.kind === 'ent') {
    if (u.end - u.start > MAX_STATE_NAME_CHARS) return -1;
    if (wordIs(units, i + 1, ',')) return i + 1;
    return wordIs(units, i + 1, '.') && wordIs(units, i + 2, ',') ? i + 2 : -1;
  }
  if (u?.kind !== 'tok') return -1;
  const text = u.token.text;
  if (/^(?:\p{Lu}\.){2,3}$/u.test(text) || /^\p{Lu}{2}$/u.test(text)) return i + 1;
  if (/^\p{Lu}\p{Ll}{1,4}$/u.test(text) && wordIs(units, i + 1, '.')) return i + 2;
  // a state spelt out ("a Dayton, Ohio, dentist") stands between two commas
  return /^\p{Lu}\p{Ll}+$/u.test(text) && wordIs(units, i + 1, ',') ? i + 1 : -1;
}

function wordIs(units: Unit[], i: number, text: string): boolean {
  const u = units[i];
  return u?.kind === 'tok' && u.token.text === text;
}

function isIndefiniteModifier(prev: Unit | undefined, next: Unit | undefined): boolean {
  return (
    prev?.kind === 'tok' &&
    INDEFINITE.has(prev.token.lower) &&
    next?.kind === 'tok' &&
    next.token.kind === 'word'
  );
}

/**
 * Longest apposition stepped over by a loose gap, in units: French trade press runs asides past sixteen words ("Le
 * Groupe X, l'ex-Y devenu en 2019 un holding familial présent dans la maroquinerie et la chaussure, est présidé par P").
 */
const MAX_APPOSITION_UNITS = 20;
/**
 * Longest relative clause stepped over the same way: a fund's own fund-raising told before its verb runs longer ("X,
 * qui a bouclé en juin la levée de son deuxième fonds à 180 millions d'euros auprès d'assureurs et de la Banque des
 * Territoires, compte déjà dans son portefeuille A et B").
 */
const MAX_RELATIVE_APPOSITION_UNITS = 26;
/** Relative pronouns opening such a clause. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['qui', 'which', 'who']);

/** Index of the ")" closing the bracket opened at `open`, or -1 when it is too far. */
export function closingParen(units: Unit[], open: number): number {
  for (let n = open + 1; n < units.length && n - open <= MAX_APPOSITION_UNITS; n++) {
    const x = units[n];
    if (x.kind === 'tok' && x.token.text === ')') return n;
  }
  return -1;
}

/**
 * "Kindred Paws, the pet-food maker it bought in 2021, to B": the description after the comma was read as a pointer
 * to the very name before it, so its words are folded into that name's unit; it opens an apposition all the same.
 */
function restatesNameBefore(units: Unit[], i: number): boolean {
  const name = units[i - 1];
  const pointer = units[i + 1];
  return (
    name?.kind === 'ent' &&
    !name.anaphor &&
    pointer?.kind === 'ent' &&
    pointer.anaphor &&
    pointer.ents.length === name.ents.length &&
    pointer.ents.every((e) => name.ents.includes(e))
  );
}

/** Index of the comma closing an apposition opened at `i` (a comma), or -1. */
export function appositionEnd(units: Unit[], i: number): number {
  const first = units[i + 1];
  const opener =
    first?.kind === 'tok' &&
    (APPOSITION_OPENERS.has(first.token.lower) ||
      (first.token.text === first.token.lower && opensParticipleIncise(first.token.lower)));
  if (!restatesNameBefore(units, i) && !opener) return -1;
  const relative = first?.kind === 'tok' && RELATIVE_OPENERS.has(first.token.lower);
  const longest = relative ? MAX_RELATIVE_APPOSITION_UNITS : MAX_APPOSITION_UNITS;
  for (let j = i + 2; j < units.length && j - i <= longest; j++) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (u.token.text === ',') return j;
    if (GAP_STOPS.has(u.token.text) && !isAbbreviationDot(units, j)) return -1;
  }
  return -1;
}

/** Most joining words read between two list members ("A, et B"). */
const MAX_LIST_JOIN_WORDS = 2;

/** The index after the joining words (", et", "and") that start at `from`; `from` itself when there are none. */
export function afterListJoin(units: Unit[], from: number, joins: ReadonlySet<string>): number {
  let k = from;
  while (k - from < MAX_LIST_JOIN_WORDS) {
    const u = units[k];
    if (u?.kind !== 'tok' || !joins.has(u.token.lower)) break;
    k++;
  }
  return k;
}
