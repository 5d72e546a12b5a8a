import type { Token } from '../tokens';
import { countedNamesFollow } from './counted-names-follow';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { PERSON_TITLES } from '../entities/lexicon-roles';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { NATIONALITIES } from '../entities/lexicon-common';
import {
  AFTER_LATTER,
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  CLITIC_FACT_VERB,
  CLITIC_VERB_HELPERS,
  FR_OBJECT_CLITICS,
  LATTER_PHRASES,
  TRADE_NOUNS,
  FR_VERBS_AFTER_SUBJECT,
  LIST_DEMONSTRATIVES,
  LIST_NOUNS,
  PAIR_OPENERS,
  PLURAL_ANAPHOR_NOUNS,
  RIVAL_NOUNS,
  SMALL_NUMBERS,
} from './anaphor-words';
import { definiteListLength } from './plural-pointers';
import { allCountedLength } from './anaphora-all-counted';
import { isArticleBeforeName } from './name-article';
import { isVerbNotOrigin } from './origin-or-verb';
export { absorbCuePhrase } from './cue-phrase';

/** Phrase shapes units.ts looks for before it turns words into a pointer at a company or drops them. */

/** Words that may qualify a rival noun after a possessive ("its main rivals", "ses principaux concurrents"). */
const MAX_RIVAL_QUALIFIERS = 2;
/** "other" words a stopword list holds but that qualify a rival noun like any adjective. */
const OTHER_QUALIFIER = /^(autres|other)$/u;
export function rivalNounAt(tokens: Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_RIVAL_QUALIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (RIVAL_NOUNS.has(t.lower) && t.lower !== 'leader' && t.lower !== 'leaders' && t.lower !== 'numéro')
      return true;
    // "ses autres concurrents", "its other rivals": a stopword that still qualifies the rival noun
    if (OTHER_QUALIFIER.test(t.lower)) continue;
    if (t.kind !== 'word' || t.text !== t.lower || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower))
      return false;
  }
  return false;
}

/** The words at `i` without which `pairPhraseLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const PAIR_PHRASE_START_WORDS: ReadonlySet<string> = new Set([
  ...['the', 'les', 'ces', 'these', 'those'],
  ...PAIR_OPENERS,
]);

/** Tokens of "the two companies", "les deux sociétés", "both companies" starting at `i`, else 0. */
export function pairPhraseLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  const k = /^(the|les|ces|these|those)$/.test(t.lower) ? i + 1 : i;
  if (!PAIR_OPENERS.has(tokens[k]?.lower ?? '') || !PLURAL_ANAPHOR_NOUNS.has(tokens[k + 1]?.lower ?? ''))
    return 0;
  // "a racheté deux fabricants, le nantais A et le vendéen B": a bare count announces names, it points nowhere
  if (k === i && tokens[k].lower !== 'both' && countedNamesFollow(tokens, k + 2)) return 0;
  return k + 2 - i;
}

/** The words at `i` without which `honorificLength` reads nothing (units-screen.ts skips it elsewhere). */
export const HONORIFIC_START_WORDS: ReadonlySet<string> = PERSON_TITLES;

/** Tokens of an honorific ("Dr.", "Mme", "Lady") standing right before a person's name, else 0. */
export function honorificLength(tokens: Token[], mentions: Mention[], index: EntityIndex, i: number): number {
  if (!PERSON_TITLES.has(tokens[i].lower)) return 0;
  const dot = tokens[i + 1]?.text === '.' ? 1 : 0;
  const named = mentions.find((x) => x.from === i + 1 + dot);
  return named && index.entities[named.entity].type === 'Person' ? 1 + dot : 0;
}

/**
 * The pronoun at `i` is the subject of the sentence's main clause: it opens the sentence or follows a fronted
 * phrase that named nobody ("Il y a deux ans, elle a racheté …", "In 2021, it bought …").
 */
export function opensMainClause(tokens: Token[], units: Unit[], i: number): boolean {
  if (i === 0) return true;
  // "Mais il reste loin …", "Yet it has kept growing", "Et elle vise …": a conjunction opening the sentence links it
  // to the one before and leaves the pronoun the main clause's subject
  if (i <= MAX_OPENING_CONJUNCTIONS && tokens.slice(0, i).every((t) => OPENING_CONJUNCTIONS.has(t.lower)))
    return true;
  // a fronted date needs no comma: "In 2023 it acquired …", "En 2021 elle a racheté …", "Earlier this year it …"
  const before = tokens[i - 1];
  const closesFronted = before.text === ',' || YEAR_RE.test(before.text) || closesFrontedTime(tokens, i);
  return closesFronted && !units.some((u) => u.kind === 'ent');
}

/** Conjunctions and linking adverbs that may open a sentence before its subject pronoun. */
const OPENING_CONJUNCTIONS = new Set(
  'mais et or pourtant puis ensuite cependant toutefois but and yet so still then however'.split(' '),
);
/** "And yet it …": at most two of them. */
const MAX_OPENING_CONJUNCTIONS = 2;

const YEAR_RE = /^(19|20)\d\d$/;
/** Last words of a fronted time phrase with no comma after it: "Last month it", "Two years ago it", "In May it". */
const TIME_PHRASE_ENDS = new Set([
  ...'year month week quarter summer spring autumn winter ago later since'.split(' '),
  ...'january february march april may june july august september october november december'.split(' '),
]);
/** Words that open such a phrase: only a phrase that opens the sentence is fronted. */
const TIME_PHRASE_OPENERS = new Set('earlier later last this in two three four five since'.split(' '));
/** Most words in a fronted time phrase ("Earlier this year", "Two years ago"). */
const MAX_TIME_PHRASE_WORDS = 3;

function closesFrontedTime(tokens: Token[], i: number): boolean {
  if (i > MAX_TIME_PHRASE_WORDS || !TIME_PHRASE_ENDS.has(tokens[i - 1].lower)) return false;
  return TIME_PHRASE_OPENERS.has(tokens[0].lower) && tokens.slice(0, i).every((t) => t.kind === 'word');
}

/** Tokens of "ces trois acteurs", "these players", "ce trio" starting at `i`, else 0. */
export function listPhraseLength(tokens: Token[], i: number): number {
  if (!LIST_DEMONSTRATIVES.has(tokens[i].lower))
    return definiteListLength(tokens, i) || allCountedLength(tokens, i);
  const k = SMALL_NUMBERS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return LIST_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 - i : 0;
}

/** Most lower-case words ("le groupe japonais Hanaki") between a cue noun and the name it introduces. */
const MAX_WORDS_BEFORE_NAME = 2;
/**
 * Most words when the qualifier is a complement ("l'opérateur de fibre X", "le cabinet de chasse de têtes X",
 * "le spécialiste nantais des produits apéritifs X"): each "de/des/du" brings its noun with it.
 */
const MAX_WORDS_BEFORE_NAME_WITH_COMPLEMENT = 5;
/** French links that open a noun complement inside a descriptor ("opérateur de fibre"). */
const FR_COMPLEMENT_LINKS = new Set(['de', "d'", 'des', 'du']);

/**
 * A name starts at `from` or after a few lower-case words: the cue noun before introduces it. Only French puts
 * qualifiers after the noun ("le groupe japonais Hanaki"); in English ("the company acquired X") and in French
 * before a verb ("la société rachète X") a word between is the verb of a clause whose subject the noun phrase is.
 */
export function namedSoon(tokens: Token[], mentions: Mention[], from: number, english: boolean): boolean {
  let maxWords = english ? 0 : MAX_WORDS_BEFORE_NAME;
  for (let k = from; k <= from + maxWords && k < tokens.length; k++) {
    if (mentions.some((x) => x.from === k) || isArticleBeforeName(tokens, mentions, k)) return true;
    const t = tokens[k];
    if (!english && FR_COMPLEMENT_LINKS.has(t.lower) && isPlainWord(tokens[k + 1])) {
      // a lower-case noun must follow: "le groupe de X" names the owner, not the group
      maxWords = MAX_WORDS_BEFORE_NAME_WITH_COMPLEMENT;
      continue;
    }
    if (!isPlainWord(t)) return false;
    if (FR_VERBS_AFTER_SUBJECT.has(t.lower)) return false;
  }
  return false;
}

/** A lower-case content word: no name, no function word, no punctuation. */
function isPlainWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  return !FR_STOPWORDS.has(t.lower) && !EN_STOPWORDS.has(t.lower);
}

/** Words that make "le nouveau groupe" a company born of the deal, not one named earlier. */
const NEW_ENTITY_ADJECTIVES = new Set(['nouveau', 'nouvel', 'nouvelle', 'futur', 'future']);

/**
 * A descriptive word inside an anaphor ("combined", "Paris-based", "jeune", "the Stockholm company"), not a
 * function word; `isName`: a name starts at it, so the phrase is that name's cue instead.
 */
export function isAnaphorAdjective(t: Token, isName: boolean): boolean {
  if (t.kind !== 'word' || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
  // "le nouveau groupe" after a merger is the company the merger makes, none of the companies named before it
  if (NEW_ENTITY_ADJECTIVES.has(t.lower)) return false;
  // "the Stockholm company": a capitalised word no name starts at is a place or origin used as an adjective
  return t.text === t.lower || /-based$/i.test(t.text) || !isName;
}

/** "le nouveau groupe", "la future société": a pointer at the company a deal creates. */
export function isNewEntityPhrase(t: Token, next: Token | undefined, third: Token | undefined): boolean {
  return (
    ANAPHOR_DETERMINERS.has(t.lower) &&
    next !== undefined &&
    NEW_ENTITY_ADJECTIVES.has(next.lower) &&
    third !== undefined &&
    ANAPHOR_NOUNS.has(third.lower)
  );
}

/** Most auxiliaries and adverbs between an object clitic and its verb ("l'avait déjà rachetée"). */
const MAX_CLITIC_HELPERS = 3;
/** Nouns that look like a fact verb after "la/le/l'" ("la reprise de", "l'acquisition", "le vendeur"). */
const INFINITIVE = /(er|ir|re)$/;
const NOUN_ENDINGS = /(tion|sion|ment|ise|ence|ance|ien|eur|euse|at|age|ité|ure|i)s?$/;

/** The words at `i` without which `cliticVerbLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const CLITIC_VERB_START_WORDS: ReadonlySet<string> = FR_OBJECT_CLITICS;

/**
 * Tokens after an object clitic at `i` up to its verb ("l'|avait|rachetée", "nous|accompagne") when that verb
 * is a deal, funding or rivalry verb, else 0. Without an auxiliary the word must not read as a noun
 * ("la reprise de X" is no clitic).
 */
export function cliticVerbLength(tokens: Token[], i: number): number {
  if (!FR_OBJECT_CLITICS.has(tokens[i].lower)) return 0;
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_CLITIC_HELPERS && CLITIC_VERB_HELPERS.has(tokens[k].lower)) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.text !== verb.lower || !CLITIC_FACT_VERB.test(verb.lower))
    return 0;
  if (k === i + 1 && NOUN_ENDINGS.test(verb.lower)) return 0;
  // "qui voulait nous racheter": an infinitive hangs on a wish or a plan, no deal done
  if (INFINITIVE.test(verb.lower)) return 0;
  return k - i;
}

// "ce dernier préside toujours", "the latter still chairs": an adverb of now before a post kept (day twenty-eight)
const LATTER_ADVERBS = new Set([
  'also',
  'aussi',
  'already',
  'déjà',
  'then',
  'later',
  'itself',
  'still',
  'toujours',
  'now',
]);

/** The words at `i` without which `latterPhrase` reads nothing (pointer-screen.ts skips it elsewhere). */
export const LATTER_PHRASE_START_WORDS: ReadonlySet<string> = new Set(
  [...LATTER_PHRASES.keys()].map((phrase) => phrase.split(' ')[0]),
);

/**
 * "ce dernier", "cette dernière", "the latter", "the former" at `i` used as a pronoun: which end of the earlier
 * names it takes, or null. A noun after it makes it an adjective ("ce dernier trimestre", "the former Sitel").
 */
export function latterPhrase(tokens: Token[], i: number): 'last' | 'first' | null {
  const which = LATTER_PHRASES.get(`${tokens[i].lower} ${tokens[i + 1]?.lower ?? ''}`);
  if (which === undefined) return null;
  // "the latter also backed", "ce dernier avait déjà racheté": an adverb may stand before the verb
  const after = LATTER_ADVERBS.has(tokens[i + 2]?.lower ?? '') ? tokens[i + 3] : tokens[i + 2];
  if (after === undefined || after.kind === 'punct') return which;
  const verb =
    AFTER_LATTER.has(after.lower) || CLITIC_FACT_VERB.test(after.lower) || /^[a-z]+ed$/.test(after.text);
  return verb ? which : null;
}

/** A word telling where a company is from: "niortais", "haut-savoyard", "Swedish", "Paris-based". */
function isOriginWord(tokens: Token[], k: number, named: boolean): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || named) return false;
  if (NATIONALITIES.has(t.lower) || /-based$/i.test(t.text)) return true;
  // "l'éditeur croise le fer", "le fabricant domine le marché": a verb ending like a place adjective
  return (
    t.text === t.lower &&
    ORIGIN_SUFFIX.test(t.lower) &&
    !FR_STOPWORDS.has(t.lower) &&
    !isVerbNotOrigin(tokens, k)
  );
}
const ORIGIN_SUFFIX = /(ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|in|ine|on|onne)$/;

/** The words at `i` without which `descriptorPhraseLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const DESCRIPTOR_PHRASE_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

/**
 * Tokens of a descriptor with no name at `i` — "le grossiste niortais", "l'industriel haut-savoyard", "the
 * Swedish insurer", "the Paris-based lender" — else 0. A trade noun with an origin stands for a company told
 * of before; without the origin ("le distributeur") it may be any other party.
 */
export function descriptorPhraseLength(tokens: Token[], mentions: Mention[], i: number): number {
  if (!ANAPHOR_DETERMINERS.has(tokens[i].lower)) return 0;
  const named = (k: number) => mentions.some((x) => x.from === k);
  const noun = (k: number) => TRADE_NOUNS.has(tokens[k]?.lower ?? '') && !named(k);
  let end = 0;
  if (noun(i + 1) && isOriginWord(tokens, i + 2, named(i + 2)))
    end = isOriginWord(tokens, i + 3, named(i + 3)) ? i + 4 : i + 3;
  else if (isOriginWord(tokens, i + 1, named(i + 1)) && noun(i + 2)) end = i + 3;
  if (end === 0 || namedSoon(tokens, mentions, end, tokens[i].lower === 'the')) return 0;
  return end - i;
}
