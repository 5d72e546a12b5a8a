import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';

/**
 * "rachète la société savoyarde Les Délices du Chablais", "le fabricant La Fromagerie Perrin": a name that opens on
 * its own capitalised article keeps that article out of its mention, so the article stands between a cue and the
 * name. Read as the name's first word, the cue is the name's, not a pointer at another company.
 */
const CAPITAL_ARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'Les', "L'", 'L’']);

/** Token `k`, not opening the sentence, is a capitalised article right before a name. */
export function isArticleBeforeName(tokens: Token[], mentions: Mention[], k: number): boolean {
  return k > 0 && CAPITAL_ARTICLES.has(tokens[k]?.text ?? '') && mentions.some((x) => x.from === k + 1);
}

/** The unit is a capitalised article (the last unit before a name being placed). */
export function isCapitalArticleUnit(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && CAPITAL_ARTICLES.has(u.token.text);
}
