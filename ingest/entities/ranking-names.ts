import type { Token } from '../tokens';

/**
 * Rankings and awards are not organisations (GOLD-FORMAT counts companies, funds, public bodies and people):
 * "au classement Technologies Fast 50", "ranked 12th in this year's Technology Fast 50", "the Fast Track 100
 * ranking", "won a King's Award for Enterprise", "distinguée aux Trophées de l'agroalimentaire".
 */

/** Nouns right before a ranking's name of several words ("le classement Technologies Fast 50"). */
const RANKING_NOUNS_BEFORE = new Set(['classement', 'palmarès']);
/** Nouns right after a ranking's name ("the X ranking"). */
const RANKING_NOUNS_AFTER = new Set(['ranking', 'rankings', 'classement']);
/**
 * Words of a sentence that tells a rank: with them a name closed by a number is a ranking ("ranked 12th in the Fast
 * 50"), where elsewhere it may be a firm ("Channel 4", "Studio 71").
 */
const RANK_WORDS = new Set([
  'ranked',
  'ranks',
  'ranking',
  'rankings',
  'list',
  'league',
  'classement',
  'palmarès',
  'classé',
  'classée',
]);
/** Nouns of a prize named after its giver's possessive ("King's Award", "Queen's Prize"). */
const PRIZE_NOUNS = new Set(['award', 'awards', 'prize', 'trophy', 'medal']);
/** Heads of a French prize-giving's name ("les Trophées de l'export", "les Victoires de la musique"). */
const PRIZE_HEADS = new Set(['trophées', 'trophée', 'victoires']);

/** Whether the name [from, to) names a ranking or an award. */
export function isRankingOrAwardName(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to];
  // "le classement Ipsos des marques": one word after the noun is the pollster that publishes the ranking
  if (prev && RANKING_NOUNS_BEFORE.has(prev.lower) && to - from > 1) return true;
  if (next && RANKING_NOUNS_AFTER.has(next.lower)) return true;
  if (PRIZE_HEADS.has(tokens[from].lower)) return true;
  if (next?.lower === "'s" && PRIZE_NOUNS.has(tokens[to + 1]?.lower ?? '')) return true;
  return to - from > 1 && tokens[to - 1].kind === 'number' && tokens.some((t) => RANK_WORDS.has(t.lower));
}
