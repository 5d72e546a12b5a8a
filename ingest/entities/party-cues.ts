import type { Token } from '../tokens';
import { NATIONALITIES } from './lexicon-common';
import { PERSON_NOUNS } from './lexicon-people';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN } from './lexicon-words';
import { countryPossessiveBefore } from './country-possessive';

/**
 * Weak cues from the slot a name fills in a deal, funding or rivalry phrase, for names with no evidence of their
 * own. Trade press names a party right after "face à", "accompagné par", "backed by", "a loan from", and introduces
 * a company with a descriptor ("l'entrepositaire alsacien X", "Dutch installer X", "US-based X"). Like the
 * business-verb cues, these only type a name once the article-level pass has ruled out a person's surname, and
 * only in a sentence that speaks of business (the caller checks that).
 */

/** Participles whose agent after "par"/"by" is a backer, a lead investor or a buyer. */
const PARTY_PARTICIPLES = new Set([
  'accompagné',
  'accompagnée',
  'accompagnés',
  'rejoint',
  'rejointe',
  'emmené',
  'emmenée',
  'soutenu',
  'soutenue',
  'financé',
  'financée',
  'détenu',
  'détenue',
  'contrôlé',
  'contrôlée',
  'repris',
  'reprise',
  'backed',
  'financed',
  'funded',
  'joined',
  'owned',
  'bought',
  'acquired',
  'over',
]);
const AGENT_WORDS = new Set(['par', 'by']);
/** Funding nouns whose source follows "from"/"de la part de" ("a term loan from X", "a round from X"). */
const FUNDING_NOUNS = new Set([
  'loan',
  'loans',
  'round',
  'funding',
  'financing',
  'investment',
  'backing',
  'money',
  'facility',
  'capital',
]);
/** Most words between the funding noun and "from" ("a loan of €5m from"), in tokens. */
const MAX_FUNDING_NOUN_GAP_TOKENS = 4;

/** "accompagné par X", "backed by X", "taken over by X": the agent of a backing or takeover participle. */
function agentOfParty(tokens: Token[], from: number): boolean {
  const by = tokens[from - 1];
  const verb = tokens[from - 2];
  return !!by && !!verb && AGENT_WORDS.has(by.lower) && PARTY_PARTICIPLES.has(verb.lower);
}

/** Words of a market, which sport and war lack ("le premier tour", "la bataille" pass the plain business test). */
const MARKET_WORDS = new Set([
  'marché',
  'marchés',
  'clients',
  'concurrents',
  'concurrence',
  'offres',
  'contrats',
  'parts',
  'secteur',
  'linéaires',
  'éditeurs',
  'opérateurs',
]);

/** Verbs whose object is a firm hired for a deal ("has hired X to run the process", "a mandaté X"). */
const HIRING_VERBS = new Set(['hired', 'retained', 'mandated', 'mandaté', 'mandatée', 'mandatés']);

function hiredFirm(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return !!prev && HIRING_VERBS.has(prev.lower);
}

/** Adverbs French sets between "face" and "à" ("face notamment à X"). */
const FACING_ADVERBS = new Set([
  'notamment',
  'surtout',
  'aussi',
  'principalement',
  'également',
  'directement',
]);

/** "face à X": a rival, in a sentence about a market (elsewhere it faces teams and players far more often). */
function facing(tokens: Token[], from: number): boolean {
  const a = tokens[from - 1];
  // "face notamment à X", "face surtout à X": one adverb may stand between the noun and its preposition
  const face = FACING_ADVERBS.has(tokens[from - 2]?.lower ?? '') ? tokens[from - 3] : tokens[from - 2];
  if (!a || !face || a.lower !== 'à' || face.lower !== 'face') return false;
  // company nouns are no help here: "marque" is also the verb of a goal scored ("il marque face à X")
  return tokens.some((t) => t.text === t.lower && MARKET_WORDS.has(t.lower));
}

/** "a new term loan from X", "raised a round of €5m from X". */
function fundingSource(tokens: Token[], from: number): boolean {
  const fromWord = tokens[from - 1];
  if (!fromWord || fromWord.lower !== 'from') return false;
  for (let i = from - 2, n = 0; i >= 0 && n < MAX_FUNDING_NOUN_GAP_TOKENS; i--, n++) {
    const t = tokens[i];
    if (t.kind === 'punct') return false;
    if (FUNDING_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** French demonyms and regional adjectives ("alsacien", "savoyard", "nantaise", "breton"). */
const FR_DEMONYM_RE = /(ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|on|onne|in|ine)$/u;
const FR_DESCRIPTOR_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au', 'un', 'une']);
/** Agent-noun endings of English trade descriptors ("installer", "operator", "specialist"). */
const EN_AGENT_NOUN_RE = /(er|or|ist)$/u;
/** Heads of a trade descriptor that are neither agent nouns nor company nouns ("trading house", "fashion brand"); a
 * nationality must still open the descriptor. */
const EN_TRADE_HEADS = new Set([
  'house',
  'brand',
  'label',
  'studio',
  'chain',
  'outfit',
  'platform',
  'app',
  'tool',
]);
/** Longest hyphenated or plain descriptor run in English ("heat-pump installer"), in words. */
const MAX_EN_DESCRIPTOR_WORDS = 3;

/** Agent-noun endings of trade descriptors ("entrepositaire", "messager", "transporteur", "courtier", "spécialiste"). */
const DESCRIPTOR_NOUN_RE = /(aire|eur|ier|iste|ger|ant)$/u;

function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || ROLE_WORDS.has(lower) || PERSON_TITLES.has(lower);
}

/** "l'entrepositaire alsacien X", "le messager savoyard X": article, lower-case noun, demonym, name. */
export function frenchDescriptor(tokens: Token[], from: number): boolean {
  const adj = tokens[from - 1];
  const noun = tokens[from - 2];
  const art = tokens[from - 3];
  if (!adj || !noun || !art || !FR_DESCRIPTOR_ARTICLES.has(art.lower)) return false;
  if (adj.text !== adj.lower || noun.text !== noun.lower || noun.kind !== 'word') return false;
  if (!DESCRIPTOR_NOUN_RE.test(noun.lower) || isPersonNoun(noun.lower)) return false;
  return NATIONALITIES.has(adj.lower) || FR_DEMONYM_RE.test(adj.lower);
}

/** "Dutch heat-pump installer X", "US-based X": a nationality or a "-based" qualifier, lower-case words, name. */
export function englishDescriptor(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (/^\p{Lu}[\p{L}.]*-(based|headquartered)$/u.test(prev.text)) return true;
  // the word before the name is the descriptor itself: an agent noun or a company noun ("installer", "firm")
  const head =
    EN_AGENT_NOUN_RE.test(prev.lower) || ORG_CUES_EN.has(prev.lower) || EN_TRADE_HEADS.has(prev.lower);
  if (prev.text !== prev.lower || !head) return false;
  for (let i = from - 1, n = 0; i >= 0 && n <= MAX_EN_DESCRIPTOR_WORDS; i--, n++) {
    const t = tokens[i];
    if (t.kind !== 'word' || EN_STOPWORDS.has(t.lower) || FR_STOPWORDS.has(t.lower)) return false;
    if (t.text !== t.lower) return n > 0 && NATIONALITIES.has(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  }
  return false;
}

/** Nouns of what a company sells or owns, whose owner follows "de" ("la gamme végétale de X", "les marques de X"). */
const OWNED_THINGS_FR = new Set([
  'gamme',
  'gammes',
  'marque',
  'marques',
  'filiale',
  'filiales',
  'enseigne',
  'enseignes',
]);
const OF_FR = new Set(['de', 'du', "d'"]);

/** "la gamme végétale de X": a product range or brand, maybe one lower-case adjective, then "de" and the name. */
function ownerOfProducts(tokens: Token[], from: number): boolean {
  const de = tokens[from - 1];
  if (!de || !OF_FR.has(de.lower)) return false;
  const near = tokens[from - 2];
  const far = tokens[from - 3];
  if (near && OWNED_THINGS_FR.has(near.lower)) return true;
  return !!near && !!far && near.text === near.lower && OWNED_THINGS_FR.has(far.lower);
}

/** Nouns of a market's big player, right before its name ("grocery giant X", "oil major X", "le géant X"). */
const GIANT_NOUNS = new Set(['giant', 'giants', 'major', 'heavyweight', 'géant', 'mastodonte']);
const FR_GIANT_DETERMINERS = new Set(['le', 'du', 'au', 'un', "l'"]);

/**
 * "Swedish grocery giant X", "oil major X", "le géant X", "du géant américain X": a big player of a market is a
 * company; French puts the noun after its article, English after the market's words.
 */
function giantBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (GIANT_NOUNS.has(prev.lower) && prev.text === prev.lower) {
    const before = tokens[from - 2];
    if (!before) return false;
    return (
      FR_GIANT_DETERMINERS.has(before.lower) || (before.kind === 'word' && !EN_STOPWORDS.has(before.lower))
    );
  }
  // "le géant américain X": one demonym between the French noun and the name
  const noun = tokens[from - 2];
  const art = tokens[from - 3];
  return (
    !!noun &&
    !!art &&
    noun.lower === 'géant' &&
    FR_GIANT_DETERMINERS.has(art.lower) &&
    prev.text === prev.lower &&
    (NATIONALITIES.has(prev.lower) || FR_DEMONYM_RE.test(prev.lower))
  );
}

/** Any of the party-slot or descriptor cues before the name starting at `from`. */
export function partyCueBefore(tokens: Token[], from: number): boolean {
  return (
    agentOfParty(tokens, from) ||
    facing(tokens, from) ||
    hiredFirm(tokens, from) ||
    ownerOfProducts(tokens, from) ||
    fundingSource(tokens, from) ||
    frenchDescriptor(tokens, from) ||
    englishDescriptor(tokens, from) ||
    giantBefore(tokens, from) ||
    countryPossessiveBefore(tokens, from)
  );
}
