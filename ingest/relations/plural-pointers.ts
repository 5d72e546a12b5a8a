import type { Token } from '../tokens';
import { LIST_NOUNS, PLURAL_ANAPHOR_NOUNS, PLURAL_FOUNDER_WORDS } from './anaphor-words';

/**
 * Pointers at several companies at once: "Both compete with X", "Toutes deux …", "Their biggest rival, X",
 * "Leurs concurrents", "the combined company" after a merger (its parties, for rivalry).
 */

/** Possessives of several owners: with a list or pair named just before, the rivals or backers are theirs. */
export const PLURAL_POSSESSIVES = new Set(['their', 'leurs', 'leur']);
/** Words "Both" opens a phrase with rather than a verb ("Both of them", "Both the buyer and …"). */
const NOT_A_VERB_AFTER_BOTH = new Set(['of', 'the', 'a', 'an', 'sides', 'parties', 'deals', 'and']);
/** "Tous deux", "toutes deux", "toutes les deux": French "both" before the verb. */
const FR_BOTH_OPENERS = new Set(['tous', 'toutes']);

/**
 * Tokens of a sentence-opening "Both" before its verb ("Both compete with X", "Both are backed by Y"),
 * "Tous deux" / "Toutes les deux" or "L'un comme l'autre", else 0. "Both companies" is the pair phrase, read elsewhere.
 */
export function bothSubjectLength(tokens: Token[], i: number): number {
  if (i !== 0) return 0;
  const t = tokens[0];
  const next = tokens[1];
  if (!next || next.kind !== 'word') return 0;
  if (t.lower === 'both')
    return next.text === next.lower &&
      !NOT_A_VERB_AFTER_BOTH.has(next.lower) &&
      !PLURAL_ANAPHOR_NOUNS.has(next.lower)
      ? 1
      : 0;
  const eachOther = eachAndOtherLength(tokens);
  if (eachOther > 0) return eachOther;
  if (!FR_BOTH_OPENERS.has(t.lower)) return 0;
  if (next.lower === 'deux') return 2;
  return next.lower === 'les' && tokens[2]?.lower === 'deux' ? 3 : 0;
}

/** "L'un comme l'autre", "L'une et l'autre": French "both" spelt as each of the two. */
const ONE_WORDS = new Set(['un', 'une']);
const EACH_AND_OTHER_JOINS = new Set(['comme', 'et']);

/** Tokens of a sentence-opening "L'un comme l'autre" / "L'une et l'autre" before its verb, else 0. */
function eachAndOtherLength(tokens: Token[]): number {
  const w = (k: number) => tokens[k]?.lower ?? '';
  const ok =
    w(0) === "l'" &&
    ONE_WORDS.has(w(1)) &&
    EACH_AND_OTHER_JOINS.has(w(2)) &&
    w(3) === "l'" &&
    w(4) === 'autre' &&
    tokens[5]?.kind === 'word';
  return ok ? 5 : 0;
}

/** "the combined company", "le nouvel ensemble", "the merged group", "l'entité fusionnée": what a merger makes. */
const COMBINED_ADJECTIVES = new Set(['combined', 'merged', 'enlarged', 'nouvel', 'nouveau', 'nouvelle']);
const COMBINED_PARTICIPLES = new Set(['fusionné', 'fusionnée', 'combiné', 'combinée', 'élargi']);
const COMBINED_NOUNS = new Set([
  'company',
  'group',
  'entity',
  'firm',
  'business',
  'ensemble',
  'entité',
  'groupe',
  'société',
  'entreprise',
]);
const COMBINED_DETERMINERS = new Set(['the', 'le', 'la', "l'"]);
/** The words at `i` without which `combinedPhraseLength` reads nothing (units-screen.ts skips it elsewhere). */
export const COMBINED_PAIR_START_WORDS: ReadonlySet<string> = COMBINED_DETERMINERS;

/** Tokens of a phrase naming the company a merger makes, starting at `i`, else 0. */
export function combinedPhraseLength(tokens: Token[], i: number): number {
  if (!COMBINED_DETERMINERS.has(tokens[i].lower)) return 0;
  const a = tokens[i + 1]?.lower ?? '';
  const b = tokens[i + 2]?.lower ?? '';
  if (COMBINED_ADJECTIVES.has(a) && COMBINED_NOUNS.has(b)) return 3;
  return COMBINED_NOUNS.has(a) && COMBINED_PARTICIPLES.has(b) ? 3 : 0;
}

/** Words of rivalry: the merging parties stand for the company they make only for its rivals. */
const RIVALRY_WORD = /^(compet|rival|concurren|affront|challeng|vies$|face$|résist|tête$|pace$)/;

export function tellsRivalry(tokens: Token[]): boolean {
  return tokens.some((t) => RIVALRY_WORD.test(t.lower));
}

/** Words of a merger between two companies named together. */
const MERGER_WORD =
  /^(merger|merge|merging|merged|fusion|fusionner|fusionnent|fusionneront|fusionnaient|rapprochement)$/;

export function tellsMerger(tokens: Token[]): boolean {
  return tokens.some((t) => MERGER_WORD.test(t.lower));
}

const LIST_DEFINITES = new Set(['the', 'le', 'les']);
/** The words at `i` without which `definiteListLength` reads nothing (units-screen.ts skips it elsewhere). */
export const DEFINITE_LIST_START_WORDS: ReadonlySet<string> = LIST_DEFINITES;
/** Counts only a list has: "the two …" is the pair phrase, "the players" alone may be anyone. */
const GROUP_COUNTS = new Set(['trois', 'quatre', 'cinq', 'three', 'four', 'five']);
const GROUP_NOUNS = new Set(['trio', 'quatuor']);

/** "The trio", "les trois enseignes", "the three giants": a definite article before a count of the last list. */
export function definiteListLength(tokens: Token[], i: number): number {
  if (!LIST_DEFINITES.has(tokens[i].lower)) return 0;
  const next = tokens[i + 1]?.lower ?? '';
  if (GROUP_NOUNS.has(next)) return 2;
  return GROUP_COUNTS.has(next) && LIST_NOUNS.has(tokens[i + 2]?.lower ?? '') ? 3 : 0;
}

/** Plural trade nouns a counted pair phrase may be built on besides the pointer nouns ("les deux voyagistes"). */
export const MORE_PAIR_ORG_NOUNS = new Set([
  'voyagistes',
  'croisiéristes',
  'lines',
  'airlines',
  'compagnies',
  'constructeurs',
  'carmakers',
  'automakers',
  'équipementiers',
  'industriels',
  'laiteries',
  'brasseurs',
  'brewers',
  'producteurs',
  'producers',
  'developers',
  'développeurs',
  'hôteliers',
  'hoteliers',
  'logisticiens',
  'spécialistes',
  'specialists',
  'vendors',
  'providers',
  'suppliers',
  'fournisseurs',
  'prestataires',
  'medtechs',
  'insurtechs',
  'néobanques',
  'neobanks',
  'scale-ups',
  'scaleups',
  'maisons',
  'houses',
  'titres',
  'journaux',
  'newspapers',
  'broadcasters',
  'exploitants',
  'courtiers',
  'brokers',
  'négociants',
  'traders',
  'énergéticiens',
  'pétroliers',
  'drugmakers',
  'chipmakers',
  'miners',
]);
/** Two-word plural nouns of companies: "ces deux poids lourds", "les deux jeunes pousses". */
export const PAIR_ORG_COMPOUNDS = new Map([
  ['poids', 'lourds'],
  ['jeunes', 'pousses'],
  ['grands', 'groupes'],
]);
/** Plural nouns only people are: "les deux associés", "the two founders", "les deux ingénieures". */
export const PAIR_PERSON_NOUNS = new Set([
  ...PLURAL_FOUNDER_WORDS,
  'associés',
  'associées',
  'frères',
  'sœurs',
  'soeurs',
  'brothers',
  'sisters',
  'entrepreneurs',
  'entrepreneuses',
  'ingénieurs',
  'ingénieures',
  'engineers',
  'éleveurs',
  'agriculteurs',
  'farmers',
  'chercheurs',
  'chercheuses',
  'researchers',
  'scientists',
  'scientifiques',
  'médecins',
  'doctors',
  'amis',
  'amies',
  'friends',
  'anciens',
  'anciennes',
  'dirigeants',
  'dirigeantes',
  'executives',
  'hommes',
  'femmes',
  'men',
  'women',
  'graduates',
  'diplômés',
  'diplômées',
]);
/** Nouns of two people with no count: "the pair", "le duo", "le tandem". */
export const PAIR_ALONE = new Set(['pair', 'duo', 'tandem', 'twosome', 'binôme']);
const PAIR_DETERMINERS = new Set(['les', 'ces', 'the', 'these', 'those', 'nos', 'our', 'le', 'ce', 'this']);
/** The words at `i` without which `pluralPhraseAt` reads nothing (units-screen.ts skips it elsewhere). */
export const PLURAL_PHRASE_START_WORDS: ReadonlySet<string> = new Set([...PAIR_DETERMINERS, 'both']);
const PAIR_COUNTS = new Map([
  ['deux', 2],
  ['two', 2],
  ['both', 2],
  ['trois', 3],
  ['three', 3],
]);
/** Founders need no count: "the co-founders", "les cofondateurs" are all of them. */
const UNCOUNTED_PERSON_NOUNS = new Set([
  'fondateurs',
  'cofondateurs',
  'co-fondateurs',
  'founders',
  'co-founders',
  'cofounders',
]);

/** A phrase pointing at several companies or people: its tokens, their kind and how many it counts (0: any). */
export interface PluralPhrase {
  length: number;
  kind: 'orgs' | 'persons' | 'either';
  count: number;
  /** "ces", "these", "those": the group just named, wherever it stood. */
  demonstrative: boolean;
}
const DEMONSTRATIVES = new Set(['ces', 'these', 'those', 'ce', 'this']);

/** Words between a pair phrase and the names it introduces: "les deux développeurs de centrales solaires A et B". */
const COMPLEMENT_LINKS = new Set(['de', 'des', 'du', "d'", 'of']);
/** Most words of such a complement. */
const MAX_COMPLEMENT_WORDS = 5;

/**
 * "les deux fondateurs, A et B", "the two leaders of the market, A and B", "les deux développeurs de centrales
 * solaires A et B": the names follow, the phrase points nowhere.
 */
function namesFollow(tokens: Token[], k: number): boolean {
  const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text !== t.lower;
  if (capital(tokens[k]) || tokens[k]?.text === ':') return true;
  let complement = false;
  for (let j = k; j < k + MAX_COMPLEMENT_WORDS && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ':') return capital(tokens[j + 1]);
    if (COMPLEMENT_LINKS.has(t.lower)) complement = true;
    else if (capital(t)) return complement;
  }
  return false;
}

/**
 * "les deux voyagistes", "ces deux poids lourds", "both lines", "the two founders", "les cofondateurs", "the
 * pair", "le duo" at `i`, else null. Pointer nouns the older pair reader knows ("les deux sociétés") are read
 * too, so one reader picks the group for them all.
 */
export function pluralPhraseAt(tokens: Token[], i: number): PluralPhrase | null {
  const w = (k: number) => tokens[k]?.lower ?? '';
  const k = PAIR_DETERMINERS.has(w(i)) ? i + 1 : i;
  const count = PAIR_COUNTS.get(w(k)) ?? 0;
  const head = count > 0 ? k + 1 : k;
  // an indefinite count is news ("fondée par deux ingénieurs"): only a determiner or "both" points back
  if (k === i && w(i) !== 'both') return null;
  const noun = w(head);
  const demonstrative = DEMONSTRATIVES.has(w(i));
  let phrase: PluralPhrase | null = null;
  if (count > 0 && PAIR_ORG_COMPOUNDS.get(noun) === w(head + 1))
    phrase = { length: head + 2 - i, kind: 'orgs', count, demonstrative };
  else if (count > 0 && (MORE_PAIR_ORG_NOUNS.has(noun) || PLURAL_ANAPHOR_NOUNS.has(noun)))
    phrase = { length: head + 1 - i, kind: 'orgs', count, demonstrative };
  else if (PAIR_PERSON_NOUNS.has(noun) && (count > 0 || UNCOUNTED_PERSON_NOUNS.has(noun)))
    phrase = { length: head + 1 - i, kind: 'persons', count, demonstrative };
  else if (count === 0 && PAIR_ALONE.has(noun) && /^(the|le|ce|this)$/.test(w(i)))
    phrase = { length: head + 1 - i, kind: 'either', count: 2, demonstrative };
  if (phrase === null || namesFollow(tokens, i + phrase.length)) return null;
  return phrase;
}
