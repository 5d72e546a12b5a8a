import type { Token } from '../tokens';
import { REGIONAL_ADJECTIVES } from '../entities/regional-adjectives';
import { FR_VERBS_AFTER_SUBJECT } from './anaphor-words';

/**
 * "L'éditeur croise le fer avec …", "Le fabricant domine le marché", "Le groupe décline toute offre": a present
 * verb after a trade noun may end like a place adjective ("-oise", "-ine", "-ais"), and the descriptor reader then
 * swallowed it as the company's origin, so no rule saw the verb. A word with such an ending is a verb, not an
 * origin, when the next word opens its object or a complement: a determiner that is no object clitic ("un",
 * "toute", "sa", "deux", a figure), a preposition of a verb's complement, or an article before a word that is no
 * verb ("le fer", "le marché"; "le grossiste niortais l'a racheté" keeps its clitic). Known place adjectives stay
 * origins whatever follows.
 */

/** Words that open an object or complement and never stand as a clitic before a verb. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'un',
  'une',
  'toute',
  'toutes',
  'tout',
  'tous',
  'sa',
  'son',
  'ses',
  'leur',
  'leurs',
  'ce',
  'cet',
  'cette',
  'ces',
  'deux',
  'trois',
  'plusieurs',
  'avec',
  'contre',
  'désormais',
  'déjà',
  'toujours',
  'également',
]);
/** Articles that may also be object clitics ("le grossiste niortais l'a racheté"). */
const ARTICLE_OR_CLITIC: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'l’']);
/** Words after a clitic: auxiliaries and helpers of the verb it stands before. */
const AFTER_CLITIC: ReadonlySet<string> = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'aurait',
  'auraient',
  'avons',
  'va',
  'vont',
  'doit',
  'doivent',
  'est',
  'sont',
  'était',
  'fait',
  'font',
  'y',
  'en',
]);
const FIGURE = /^\d/;

/** The origin-looking word at `k` is a verb: the word after it opens an object or a complement. */
export function isVerbNotOrigin(tokens: Token[], k: number): boolean {
  const word = tokens[k];
  if (!word || REGIONAL_ADJECTIVES.has(word.lower)) return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (OBJECT_OPENERS.has(next.lower) || FIGURE.test(next.text)) return true;
  if (!ARTICLE_OR_CLITIC.has(next.lower)) return false;
  const after = tokens[k + 2];
  // "le fer", "le marché": an article before a plain word that is no verb opens the object
  return (
    !!after &&
    after.kind === 'word' &&
    after.text === after.lower &&
    !AFTER_CLITIC.has(after.lower) &&
    !FR_VERBS_AFTER_SUBJECT.has(after.lower)
  );
}
