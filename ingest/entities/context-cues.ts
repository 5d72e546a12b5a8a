import type { Token } from '../tokens';
import { isAllCaps } from '../tokens';
import { GENERIC_ACRONYMS, NATIONALITIES, PLACES } from './lexicon-common';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/**
 * Cues around a name that say it is an organisation, or no name at all, each a class of phrasing met in trade
 * press rather than any one text: who backs a company, what a merged company will be called, which agency filed a
 * dispatch, a run of acronyms; and the words that only look like names (an opening adverb, an adjective
 * before a noun; a family is read by family-names.ts).
 */

/** The tail split off a backer compound by the tokenizer ("Sequoia-led" → "Sequoia" + "-led"). */
const BACKER_TAIL_RE = /^-(backed|owned|led|funded|financed|controlled)$/;

/** "the SoftBank-backed startup": the name before the compound tail backs or owns something. */
export function backerCompoundAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return next !== undefined && BACKER_TAIL_RE.test(next.lower);
}

const DASHES = new Set(['-', '–', '—']);

const CLOSING = new Map([
  ['(', ')'],
  ['/', '/'],
]);

/**
 * "PARIS, 15 septembre (Reuters) -", "AMSTERDAM, July 9 /PRNewswire/ --": the bracketed name before the dash of a
 * dateline is a news agency or wire service.
 */
export function datelineSource(tokens: Token[], from: number, to: number): boolean {
  const open = tokens[from - 1];
  const close = tokens[to];
  const dash = tokens[to + 1];
  if (!open || !close || !dash || !DASHES.has(dash.text)) return false;
  return CLOSING.get(open.text) === close.text;
}

/** Participles that give a new company its name ("un ensemble baptisé X"). */
const NAMING_PARTICIPLES = new Set([
  'baptisé',
  'baptisée',
  'baptisés',
  'baptisées',
  'dénommé',
  'dénommée',
  'rebaptisé',
  'rebaptisée',
]);
/** English naming verbs, counted only after "be" ("to be called X", "will be named X"). */
const NAMING_VERBS_EN = new Set(['called', 'named', 'renamed', 'rebranded']);
const BE = new Set(['be', 'been']);

/** Nouns of a new business that a naming verb may name ("the combined company, to be called X"). */
const NAMED_THINGS = new Set([
  ...ORG_CUES_FR,
  ...ORG_CUES_EN,
  'ensemble',
  'entité',
  'entity',
  'combined',
  'venture',
  'coentreprise',
]);
/** How far before the naming verb the named noun may stand, in tokens. */
const NAMED_THING_LOOKBACK_TOKENS = 8;

/**
 * "un nouvel acteur baptisé X", "the combined company, to be called X": a naming verb right before the name, with
 * a business noun shortly before it (places and characters are renamed too: "la ville, rebaptisée X").
 */
export function namingCueBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  let verb = -1;
  if (NAMING_PARTICIPLES.has(prev.lower)) verb = from - 1;
  else if (NAMING_VERBS_EN.has(prev.lower) && tokens[from - 2] && BE.has(tokens[from - 2].lower))
    verb = from - 2;
  return verb >= 0 && businessNounBefore(tokens, verb);
}

/** A noun of a new business shortly before the naming word at `verb` ("the combined company, to be called"). */
export function businessNounBefore(tokens: Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - NAMED_THING_LOOKBACK_TOKENS; i--) {
    if (NAMED_THINGS.has(tokens[i].lower) && tokens[i].text === tokens[i].lower) return true;
  }
  return false;
}

/** A naming participle at `i`: the noun before it is described, not the name after it ("l'acteur baptisé X"). */
export function isNamingParticiple(t: Token | undefined): boolean {
  return !!t && NAMING_PARTICIPLES.has(t.lower);
}

/** Longest word of an acronym run, in letters. */
const MAX_RUN_ACRONYM_LETTERS = 6;
/** Most words in a run of acronyms read as one name ("CMA CGM"). */
const MAX_ACRONYM_RUN_WORDS = 3;

/**
 * "CMA CGM": two or three all-caps words inside a sentence. At the start of a sentence such a run is as often
 * a dateline ("NEW YORK, …"), so it is left to other evidence there.
 */
export function isAcronymRun(tokens: Token[], from: number, to: number, initial: boolean): boolean {
  const n = to - from;
  if (initial || n < 2 || n > MAX_ACRONYM_RUN_WORDS) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    if (!isAllCaps(t) || letters.length > MAX_RUN_ACRONYM_LETTERS) return false;
    if (GENERIC_ACRONYMS.has(t.lower) || PLACES.has(t.lower)) return false;
  }
  return true;
}

/**
 * Words after an opening participle of a French sentence ("Créé en 1998", "Interrogé, un porte-parole", "Dirigée
 * depuis 2021 par P").
 */
const AFTER_OPENING_PARTICIPLE = new Set([',', 'en', 'par', 'à', 'dans', 'il', 'le', 'la', 'depuis']);
/** Relative pronouns after "X," that make X the noun they qualify, not an opening participle. */
const RELATIVE_AFTER_NAME = new Set(['qui', 'dont', 'que', "qu'"]);
/** French and English ordinals ("Troisième", "Deuxièmement" is caught as an adverb). */
const ORDINAL_RE = /^(premi[eè]re?|seconde?|\p{L}+i[eè]me|first|second|third|fourth|fifth)$/u;
/** Sentence adverbs that open a clause with a comma and are no name. */
const OPENING_ADVERBS = new Set([
  'ensemble',
  'enfin',
  'ainsi',
  'désormais',
  'ensuite',
  'surtout',
  'bref',
  'reste',
  'together',
  'meanwhile',
  'still',
  'instead',
  'elsewhere',
  'likewise',
  'separately',
  'similarly',
  'overall',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'otherwise',
  'besides',
  'additionally',
]);
/** "Réunis, ils …", "Unies, elles …": a plural participle set off by a comma, then the subject it describes. */
const PLURAL_PARTICIPLE_RE = /\p{L}{2}(is|ies|us|ues|its|ites|és|ées)$/u;
const SUBJECT_AFTER_PARTICIPLE = new Set(['ils', 'elles', 'nous', 'vous', 'les', 'tous', 'toutes']);
/** Shortest French adverb in "-ment" dropped at the start of a sentence, in letters. */
const MIN_ADVERB_LETTERS = 7;

/**
 * "Séparément, …", "Créé en 1998 …": a capitalised first word that is a French adverb or past participle, not a
 * name.
 */
export function isOpeningWord(tokens: Token[], from: number, to: number, initial: boolean): boolean {
  if (!initial || to - from !== 1) return false;
  const w = tokens[from].lower;
  if (w.length >= MIN_ADVERB_LETTERS && w.endsWith('ment')) return true;
  const next = tokens[to];
  // "Troisième, X perd du terrain", "Ensemble, nous …": an ordinal or a sentence adverb set off by a comma
  if (next && next.text === ',' && (ORDINAL_RE.test(w) || OPENING_ADVERBS.has(w))) return true;
  const subject = tokens[to + 1];
  if (
    next &&
    next.text === ',' &&
    PLURAL_PARTICIPLE_RE.test(w) &&
    subject &&
    SUBJECT_AFTER_PARTICIPLE.has(subject.lower)
  )
    return true;
  if (!/(é|ée|és|ées)$/u.test(w) || !next || !AFTER_OPENING_PARTICIPLE.has(next.lower)) return false;
  // "Lemarié, qui emploie 340 salariés, …": a relative clause needs a noun before it; an opening participle
  // ("Interrogé, le porte-parole …") is followed by its subject, never by "qui"
  return !(next.text === ',' && RELATIVE_AFTER_NAME.has(subject?.lower ?? ''));
}

/** Endings of English nationality adjectives ("Malaysian", "Israeli", "Danish", "Japanese"). */
const NATIONALITY_ADJECTIVE_RE = /(ian|ean|ese|ish|i)$/u;
/** Adjectives of a region that the nationality endings miss ("a Nordic provider", "the Baltic operator"). */
const REGION_ADJECTIVES = new Set([
  'nordic',
  'baltic',
  'arctic',
  'adriatic',
  'celtic',
  'slavic',
  'hispanic',
  'pacific',
]);
/** Nouns of an area after a capitalised adjective ("the Nordic region", "la zone DACH" reads the other way). */
const AREA_NOUNS = new Set(['region', 'régions', 'région', 'area', 'market', 'markets', 'zone']);

/**
 * "It bought Malaysian operator X", "the Nordic region": a capitalised word that qualifies the lower-case noun
 * after it (a business noun for a nationality-shaped word, or an area noun) is an adjective, not a name.
 */
export function isQualifierOfNoun(
  tokens: Token[],
  from: number,
  to: number,
  isCueNoun: (w: string) => boolean,
): boolean {
  if (to - from !== 1) return false;
  const next = tokens[to];
  if (!next || next.kind !== 'word' || next.text !== next.lower) return false;
  if (AREA_NOUNS.has(next.lower)) return true;
  const w = tokens[from].lower;
  return isCueNoun(next.lower) && (NATIONALITY_ADJECTIVE_RE.test(w) || REGION_ADJECTIVES.has(w));
}

/** French demonym endings ("lyonnais", "marseillaise", "québécois", "parisienne"). */
const DEMONYM_RE = /(ais|aise|ois|oise|ien|ienne|ain|aine)$/u;
const DEMONYM_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);

/**
 * "le français Vocaly", "du lyonnais Telvio": French business writing puts a lower-case nationality or demonym after
 * the article in place of "le groupe". Sports and biographies write the same of players ("le brésilien X"), so the
 * sentence must also speak of a business (a lower-case business noun anywhere in it).
 */
export function demonymBefore(tokens: Token[], from: number, isCueNoun: (w: string) => boolean): boolean {
  const adj = tokens[from - 1];
  const art = tokens[from - 2];
  if (!adj || !art || adj.kind !== 'word' || !DEMONYM_ARTICLES.has(art.lower)) return false;
  const lowerAdj = adj.text === adj.lower;
  if (!(NATIONALITIES.has(adj.lower) || DEMONYM_RE.test(adj.lower))) return false;
  // "du Nantais X" is capitalised like a person's origin, so it needs the business noun just as much
  if (!lowerAdj && !DEMONYM_RE.test(adj.lower)) return false;
  return speaksOfBusiness(tokens, isCueNoun);
}

/** The sentence speaks of a business: a lower-case business noun or a word of a change of owner anywhere in it. */
export function speaksOfBusiness(tokens: Token[], isCueNoun: (w: string) => boolean): boolean {
  return tokens.some((t, i) => t.text === t.lower && (isCueNoun(t.lower) || isDealWord(tokens, i)));
}

/** "sous le contrôle de": control alone is also a ball's or a referee's. */
function isDealWord(tokens: Token[], i: number): boolean {
  if (tokens[i].lower === 'contrôle') return tokens[i - 2]?.lower === 'sous';
  return DEMONYM_DEAL_WORDS.has(tokens[i].lower);
}

/** Words of a change of owner that make a sentence speak of companies as surely as a business noun ("passé sous le
 * contrôle du danois X", "tombé dans l'escarcelle du suédois Y"); players are transferred, never taken over. */
const DEMONYM_DEAL_WORDS = new Set([
  'contrôle',
  'escarcelle',
  'giron',
  'rachat',
  'racheté',
  'rachetée',
  'rachète',
  'absorbé',
  'absorbée',
  'actionnaire',
  'filiale',
]);

/** Newsroom words that sign wire copy in brackets ("(Wire) -", "(Rédaction Paris)"): a credit, not a source name. */
const NEWSROOM_WORDS = new Set([
  'wire',
  'wires',
  'dépêche',
  'dépêches',
  'rédaction',
  'newsroom',
  'staff',
  'desk',
]);

/** "(Dépêche) –", "(Rédaction Paris)": a bracketed credit that opens with a newsroom word. */
export function isNewsroomCredit(tokens: Token[], from: number, to: number): boolean {
  const open = tokens[from - 1];
  const close = tokens[to];
  if (!open || !close || open.text !== '(' || close.text !== ')') return false;
  return NEWSROOM_WORDS.has(tokens[from].lower);
}

/** "I'm", "I've": an English first person, capitalised by rule. */
export function isFirstPersonContraction(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && /^i['’](m|ve|ll|d)$/u.test(tokens[from].lower);
}
