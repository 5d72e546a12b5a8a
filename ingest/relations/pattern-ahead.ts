import type { Unit } from './pattern';
import { closingParen, STRICT_GAP_STOPS } from './syntax';
import { NATIONALITIES } from '../entities/lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { ANAPHOR_NOUNS, FR_VERBS_AFTER_SUBJECT, TRADE_NOUNS } from './anaphor-words';
import { OTHER_DEAL_VERB } from './frames/funded-clause';

/**
 * Look-ahead in the rule language (see pattern.ts `compile`): what must or must not follow a capture, read without
 * taking it, so a rule can tell a company ("invested in Acme") from a name that only qualifies the noun after it
 * ("invested in U.S. Treasury securities").
 */
export interface AheadElement {
  t: 'ahead';
  /** "!>": the match is refused when the words follow. */
  refuse: boolean;
  /** How many units on the words may start. */
  window: number;
  /** One regex per word, in order ("to_(buy|acquire)"). */
  words: RegExp[];
}

/** How many units a look-ahead without "{N}" may start at: only the one right after. */
const DEFAULT_AHEAD_WINDOW_UNITS = 1;

/**
 * Words a look-ahead window does not cross: they end the noun phrase after a capture, so what follows them is
 * another phrase ("competes with X in the bond market": "market" is not what X qualifies). Determiners are crossed:
 * after a verb they open its object ("completed the disposition").
 */
const AHEAD_PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...STRICT_GAP_STOPS,
  // the words that join a list end the phrase too ("X and other producers")
  ',',
  'et',
  'and',
  'ou',
  'or',
  '&',
  'de',
  "d'",
  'du',
  'des',
  'in',
  'into',
  'on',
  'of',
  'as',
  'over',
  'under',
  'since',
  'after',
  'before',
  'through',
  'outside',
  'against',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'sur',
  'dans',
  'en',
  'est',
  'sont',
  'ont',
  'sera',
]);

/**
 * A look-ahead element ("!>{3}(producers|makers)", ">to_(buy|acquire)"), or null when `part` is none. It looks at
 * what follows a capture without taking it, so a rule can tell a company ("invested in Acme") from a name that only
 * qualifies the noun after it ("invested in U.S. Treasury securities").
 */
export function parseAhead(part: string): AheadElement | null {
  const m = /^(!?)>(?:\{(\d+)\})?(.+)$/u.exec(part);
  if (!m) return null;
  const window = m[2] === undefined ? DEFAULT_AHEAD_WINDOW_UNITS : parseInt(m[2], 10);
  if (window < 1) throw new PatternSyntaxError(`look-ahead window below 1 in "${part}"`);
  const words = m[3].split('_').map((w) => new RegExp(`^(?:${w})$`, 'u'));
  return { t: 'ahead', refuse: m[1] === '!', window, words };
}

export class PatternSyntaxError extends Error {
  readonly code = 'RELATIONS_PATTERN_SYNTAX';
}

/** The lower-case word a unit stands for as plain text, or null for a name. */
function plainWord(u: Unit | undefined): string | null {
  if (u?.kind !== 'tok') return null;
  return u.token.lower;
}

/** Whether the look-ahead's words follow `ui`, starting within its window after plain lower-case words only. */
export function aheadFound(el: AheadElement, units: Unit[], from: number): boolean {
  // wire copy marks a name "<Acme Corp>": the closing bracket is the name's own, not what follows it
  const ui = plainWord(units[from]) === '>' ? from + 1 : from;
  for (let k = 0; k < el.window; k++) {
    if (
      el.words.every((re, w) => {
        const word = plainWord(units[ui + k + w]);
        return word !== null && re.test(word);
      })
    )
      return true;
    // only a run of lower-case words ("luxury car") may stand between the capture and the looked-for word
    const u = units[ui + k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    if (AHEAD_PHRASE_ENDS.has(u.token.lower)) return false;
  }
  return false;
}

/*
 * What a list member may carry besides its name, read by the list step of pattern.ts: "auprès de A, de l'assureur
 * mutualiste B et du fonds régional C", "from A, the Canadian pension fund B and existing backer C", "la Banque
 * publique d'investissement (Bpifrance) et du Crédit Agricole". The list step asks only after a list join, so the
 * words stand between a comma or conjunction and a name.
 */

/** Most units of a parenthesis after a member that the list steps over ("(Bpifrance)", "(CDC SA)"). */
const MAX_MEMBER_PARENTHESIS_UNITS = 3;
/** Most words of a member's descriptor: a determiner, adjectives, one noun and its complement ("de gestion"). */
const MAX_MEMBER_DESCRIPTOR_WORDS = 6;

/** Determiners and possessives that may open a member ("the", "l'", "son", "its"). */
const MEMBER_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'le',
  'la',
  "l'",
  'les',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);
/**
 * Nouns that name another tie to the list's parties rather than what the member is: "A and its rival B", "A et sa
 * filiale B", "A, client de B" put B in no list with A.
 */
const OTHER_TIE_NOUNS: ReadonlySet<string> = new Set(
  `concurrent concurrents rival rivals rivaux competitor competitors partenaire partner partners client clients
  customer customers cofondateur fondateur founder co-founder unit subsidiary subsidiaries affiliate parent
  filiale filiales owner leader leaders numéro magazine journal newspaper agence agences agency`
    .trim()
    .split(/\s+/),
);
/** Nouns of what an investor is that the cue lists lack ("existing backer", "the angel investor"). */
const EXTRA_MEMBER_NOUNS: ReadonlySet<string> = new Set(
  `backer backers investisseurs shareholders actionnaires arm office manager gestionnaire assureurs banques
  mutualiste pension angel angels`
    .trim()
    .split(/\s+/),
);

function isMemberNoun(word: string): boolean {
  if (OTHER_TIE_NOUNS.has(word)) return false;
  return (
    ORG_CUES_FR.has(word) ||
    ORG_CUES_EN.has(word) ||
    TRADE_NOUNS.has(word) ||
    ANAPHOR_NOUNS.has(word) ||
    EXTRA_MEMBER_NOUNS.has(word)
  );
}

/** Most units of a relative clause after a member that the list steps over to a repeated preposition. */
const MAX_MEMBER_RELATIVE_UNITS = 14;
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'qui', 'dont']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'et']);
/** Punctuation that ends a sentence or a clause more firmly than a comma. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '.', '(', ')', '«', '»', '"']);

/**
 * "backed by A, which holds a 22 per cent stake, and by B": a member's relative clause is stepped over when the list
 * goes on with the conjunction and the preposition said again; the index of the clause's closing comma, else `from`.
 */
export function afterMemberRelative(units: Unit[], from: number, preposition: RegExp): number {
  const comma = units[from];
  const opener = plainWordOf(units[from + 1]);
  if (comma?.kind !== 'tok' || comma.token.text !== ',' || opener === null || !RELATIVE_OPENERS.has(opener))
    return from;
  for (let k = from + 2; k < units.length && k - from <= MAX_MEMBER_RELATIVE_UNITS; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    if (CLAUSE_ENDS.has(u.token.text)) return from;
    if (u.token.text !== ',') continue;
    const and = plainWordOf(units[k + 1]);
    const again = plainWordOf(units[k + 2]);
    return and !== null && CONJUNCTIONS.has(and) && again !== null && preposition.test(again) ? k : from;
  }
  return from;
}

/** The index after a short parenthesis right after a member (its acronym), else `from`. */
export function afterMemberParenthesis(units: Unit[], from: number): number {
  const open = units[from];
  if (open?.kind !== 'tok' || open.token.text !== '(') return from;
  const close = closingParen(units, from);
  return close > from + 1 && close - from - 1 <= MAX_MEMBER_PARENTHESIS_UNITS ? close + 1 : from;
}

/**
 * The index of the name after a member's descriptor starting at `from` ("l'assureur mutualiste", "the Singaporean
 * state investor", "existing backer", "l'américain"), else `from`. A descriptor holds a noun of what a company is;
 * an origin word alone serves as that noun after a determiner ("l'italien X"). A verb, a preposition or a noun of
 * another tie (rival, client, filiale) ends it.
 */
export function afterMemberDescriptor(units: Unit[], from: number): number {
  let k = from;
  let noun = false;
  const first = plainWordOf(units[k]);
  const determined = first !== null && MEMBER_DETERMINERS.has(first);
  if (determined) k++;
  while (k - from < MAX_MEMBER_DESCRIPTOR_WORDS) {
    const u = units[k];
    // the units already hold the name's cue noun when it stood right before it ("existing investors X")
    if (u?.kind === 'ent') return (noun || absorbedCue(units, k)) && k > from ? k : from;
    if (u?.kind !== 'tok' || u.token.kind !== 'word') return from;
    const word = u.token.lower;
    const origin = NATIONALITIES.has(word);
    // only an origin word may be capitalised ("the Singaporean state investor")
    if (u.token.text !== word && !origin) return from;
    if (OTHER_TIE_NOUNS.has(word) || FR_VERBS_AFTER_SUBJECT.has(word) || OTHER_DEAL_VERB.test(word))
      return from;
    // "la société de gestion X", "le fonds d'investissement X": a noun's complement
    if (noun && (word === 'de' || word === "d'") && plainWordOf(units[k + 1]) !== null) {
      k += 2;
      continue;
    }
    if (STRICT_GAP_STOPS.has(word) || FR_STOPWORDS.has(word) || EN_STOPWORDS.has(word)) return from;
    if (isMemberNoun(word) || (origin && determined)) noun = true;
    k++;
  }
  return from;
}

function plainWordOf(u: Unit | undefined): string | null {
  return u?.kind === 'tok' && u.token.kind === 'word' ? u.token.lower : null;
}

/** Most characters between a word and the name after it that are only spacing. */
const MAX_SPACING_CHARS = 1;

/** The name unit at `k` starts later than the word before it ends by more than a space: a cue noun was folded in. */
function absorbedCue(units: Unit[], k: number): boolean {
  const before = units[k - 1];
  const name = units[k];
  if (before?.kind !== 'tok' || name?.kind !== 'ent') return false;
  return name.start - before.token.end > MAX_SPACING_CHARS;
}
