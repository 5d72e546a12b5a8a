import type { Token } from '../tokens';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { INSTITUTION_HEADS, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { isNameToken } from './name-joins';
import { frenchDescriptor } from './party-cues';
import { isWorldGivenName } from './person-given-names';

/**
 * French names that carry their own article and a "de" complement: "La Maison du Souvenir", "L'Écho des Causses",
 * "La Voix de l'Ouest", and after a trade descriptor "le loueur lorrain Wagons de l'Est". French capitalises an
 * article only at a sentence's start or as part of a title, so a capital article before a capitalised noun opens
 * one name, which keeps its article and takes its complement instead of being cut into two nouns.
 */

const CAPITAL_ARTICLES = new Set(['La', 'Le', 'Les', "L'", 'L’']);
const OPENING_QUOTES = new Set(['"', '“', '«', '‘']);
const FRENCH_OF = new Set(['de', 'du', 'des', "d'", 'd’']);
/** Lower-case articles between "de" and the complement's noun ("de l'Ouest", "de la Loire"). */
const COMPLEMENT_ARTICLES = new Set(["l'", 'l’', 'la']);
/** Most capitalised words between the article and its "de" ("La Petite Maison de …"). */
const MAX_TITLE_WORDS_BEFORE_OF = 3;
/** Most capitalised words a descriptor-introduced name has before its "de" ("Wagons de l'Est"). */
const MAX_DESCRIBED_WORDS_BEFORE_OF = 2;

/** The run opens with a capital article and a capitalised noun that is no title of a person ("Le Président"). */
export function opensWithTitleArticle(tokens: Token[], runFrom: number): boolean {
  const art = tokens[runFrom];
  const noun = tokens[runFrom + 1];
  if (!art || !noun || !CAPITAL_ARTICLES.has(art.text) || !isNameToken(noun)) return false;
  // « Les Trois Jours du Condor », "La Maison d'Âpre-Vent": a quoted title is a work's, not a firm's
  if (OPENING_QUOTES.has(tokens[runFrom - 1]?.text ?? '')) return false;
  const l = noun.lower.replace(/\.$/, '');
  return !ROLE_WORDS.has(l) && !PERSON_TITLES.has(l) && !isWorldGivenName(l);
}

/** Tokens the complement at `i` takes: "du Souvenir" (2 → 1 particle), "de l'Ouest" (2), none (0). */
function complementLength(tokens: Token[], i: number): number {
  const of = tokens[i];
  if (!of || of.text !== of.lower || !FRENCH_OF.has(of.lower)) return 0;
  const next = tokens[i + 1];
  if (!next) return 0;
  // "Les Vergers de Margaux": a given name alone is the complement; one followed by a surname is a person
  if (isNameToken(next))
    return isWorldGivenName(next.lower) && !!tokens[i + 2] && isNameToken(tokens[i + 2]) ? 0 : 1;
  const noun = tokens[i + 2];
  return of.lower === 'de' && COMPLEMENT_ARTICLES.has(next.lower) && !!noun && isNameToken(noun) ? 2 : 0;
}

/**
 * How many tokens a run [runFrom, i) takes at `i` as the complement of a titled or described French name: the
 * particle (and a lower-case article after "de"), never the complement's noun itself, which the run then takes as
 * any capitalised word.
 */
export function titledComplementJoin(tokens: Token[], runFrom: number, i: number): number {
  const words = i - runFrom;
  const taken = complementLength(tokens, i);
  if (taken === 0) return 0;
  // the article may stand inside the run when a capitalised word opens the sentence ("Selon L'Écho des …")
  for (let k = i - 2; k >= runFrom && i - k <= MAX_TITLE_WORDS_BEFORE_OF + 1; k--)
    if (opensWithTitleArticle(tokens, k)) return taken;
  // "le fabricant lyonnais X de Villeurbanne" says where; "le loueur lorrain Wagons de l'Est" names a firm
  const noun = tokens[i + taken];
  if (words > MAX_DESCRIBED_WORDS_BEFORE_OF || !frenchDescriptor(tokens, runFrom)) return 0;
  return taken === 2 || !PLACES.has(noun.lower) ? taken : 0;
}

/** Elided capital articles a titled name keeps in its shown form (keys fold every opening article away). */
const ELIDED_CAPITAL_ARTICLES = new Set(["L'", 'L’']);

/**
 * A titled name keeps its elided capital article ("L'Écho des Causses" is not "Écho des Causses"); an institution is
 * named without it ("l'Union d'Afrique du Sud"), whatever case the sentence gives the article. "La", "Le" and "Les"
 * go as before: keys fold them away, and "Les" is what tells a plural team from a company.
 */
export function keepsTitleArticle(tokens: Token[], from: number, to: number): boolean {
  if (!ELIDED_CAPITAL_ARTICLES.has(tokens[from].text) || !opensWithTitleArticle(tokens, from)) return false;
  const head = tokens[from + 1].lower;
  if (INSTITUTION_HEADS.has(head) || ORG_HEAD_WORDS.has(head)) return false;
  for (let k = from + 2; k < to - 1; k++) if (complementLength(tokens, k) > 0) return true;
  return false;
}
