import type { Token } from '../tokens';
import { PERSON_NOUNS } from './lexicon-people';

/**
 * Frames that only people fill, read for names whose given name the lexicon lacks ("la nomination de X au poste
 * de présidente", "X, ingénieure passée par …"): an appointment to a post, and an occupation noun apposed after a
 * comma. Companies are appointed as advisers too, so the post words must follow the name itself.
 */

/** "au poste de", "at the post of": a post a person is appointed to, right after the name. */
function postAfter(tokens: Token[], to: number): boolean {
  const [a, b, c] = [tokens[to], tokens[to + 1], tokens[to + 2]];
  if (!a || !b || !c) return false;
  const of = c.lower === 'de' || c.lower === "d'";
  return a.lower === 'au' && (b.lower === 'poste' || b.lower === 'fauteuil') && of;
}

/** Masculine forms a French feminine occupation noun is folded to before the lexicon is asked. */
function masculineForms(lower: string): string[] {
  const out = [lower];
  if (lower.endsWith('eure')) out.push(lower.slice(0, -1));
  if (lower.endsWith('trice')) out.push(lower.slice(0, -5) + 'teur');
  if (lower.endsWith('ère')) out.push(lower.slice(0, -3) + 'er');
  if (lower.endsWith('ienne')) out.push(lower.slice(0, -2));
  if (lower.endsWith('e')) out.push(lower.slice(0, -1));
  return out;
}

/**
 * Words the lexicon holds that a company fills as well after a comma ("X, auteur du jeu", "X, producteur de"),
 * and the French possessive "son" that spells the English kin noun ("X, son principal concurrent").
 */
const NOT_PERSON_AFTER_COMMA = new Set([
  'son',
  'auteur',
  'autrice',
  'créateur',
  'créatrice',
  'producteur',
  'éditeur',
]);

/** "X, ingénieure passée par …", "X, avocate": a comma then an occupation noun of people after the name. */
function occupationAfterComma(tokens: Token[], to: number): boolean {
  const comma = tokens[to];
  const noun = tokens[to + 1];
  if (!comma || comma.text !== ',' || !noun || noun.kind !== 'word' || noun.text !== noun.lower) return false;
  const forms = masculineForms(noun.lower);
  return !forms.some((w) => NOT_PERSON_AFTER_COMMA.has(w)) && forms.some((w) => PERSON_NOUNS.has(w));
}

/** True when the name [from, to) fills a slot only a person fills: a post right after it, or an occupation. */
export function personFrameAround(tokens: Token[], to: number): boolean {
  return postAfter(tokens, to) || occupationAfterComma(tokens, to);
}
