import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { ADJACENT_ORG_CUES, EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/** How far before a bracketed acronym a capitalised word makes it the abbreviation of a name, in tokens. */
const BRACKET_NAME_LOOKBACK_TOKENS = 8;
const COUNTING_DETERMINERS = new Set(['les', 'un', 'une', 'des', 'ces', 'deux', 'trois', 'plusieurs']);

/** "(EPO)" right after "l'érythropoïétine": the brackets abbreviate a lower-case noun phrase. */
function abbreviatesCommonNoun(tokens: Token[], at: number): boolean {
  const open = tokens[at - 1];
  const close = tokens[at + 1];
  const before = tokens[at - 2];
  if (!open || open.text !== '(' || !close || close.text !== ')') return false;
  if (!before || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text)) return false;
  for (let i = at - 2, n = 0; i > 0 && n < BRACKET_NAME_LOOKBACK_TOKENS; i--, n++) {
    if (tokens[i].kind === 'punct') break;
    if (isCapitalised(tokens[i])) return false;
  }
  return true;
}

/**
 * Contexts in which an all-caps word is a code or the abbreviation of a common noun rather than an
 * organisation: "le vol STS-61", "l'érythropoïétine (EPO)".
 */
export function isNonNameAcronym(tokens: Token[], at: number): boolean {
  if (/^\p{Lu}+-\d+$/u.test(tokens[at].text)) return true;
  const prev = tokens[at - 1];
  // "les DVD", "un EP": a plural or indefinite determiner counts copies of a thing
  if (prev && COUNTING_DETERMINERS.has(prev.lower)) return true;
  // "le serveur HTTP", "le protocole XMPP": a common noun right before makes the capitals its modifier
  if (
    prev &&
    prev.kind === 'word' &&
    /^\p{Ll}{4,}$/u.test(prev.text) &&
    !isFunctionWord(prev.lower) &&
    !isCueNoun(prev.lower)
  )
    return true;
  // "XMPP (Extensible Messaging…)": an expansion follows a technical term
  const next = tokens[at + 1];
  if (next && next.text === '(') return true;
  return abbreviatesCommonNoun(tokens, at);
}

function isFunctionWord(lower: string): boolean {
  return FR_STOPWORDS.has(lower) || EN_STOPWORDS.has(lower);
}

function isCueNoun(lower: string): boolean {
  return ORG_CUES_FR.has(lower) || ORG_CUES_EN.has(lower) || ADJACENT_ORG_CUES.has(lower);
}
