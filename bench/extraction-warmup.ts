import type { ArticleInput } from '../ingest/types';
import { DEFAULT_RECOMBINE_SEED, recombineArticles } from './recombine';
import { countWords } from './reuters';

/** The warm-up's recombination seed: not the growth corpus's nor its warm-up's, so its texts are others. */
export const WARMUP_SEED = DEFAULT_RECOMBINE_SEED + 2;

/** Stories drawn per story the corpus's average length says is needed: recombined stories run shorter. */
const WARMUP_STORY_MARGIN = 1.5;

/**
 * Stories for the untimed warm-up: recombinations of the corpus (same kinds of text, other names and so other
 * texts), so that neither mode's timed run reads a text it has already seen.
 */
export function warmupArticles(corpus: readonly ArticleInput[], words: number): ArticleInput[] {
  if (words <= 0 || corpus.length === 0) return [];
  const averageWords = corpus.reduce((sum, a) => sum + countWords(a.text), 0) / corpus.length;
  for (let count = Math.ceil((words / Math.max(1, averageWords)) * WARMUP_STORY_MARGIN); ; count *= 2) {
    const out: ArticleInput[] = [];
    let total = 0;
    for (const article of recombineArticles(corpus, count, { seed: WARMUP_SEED })) {
      out.push(article);
      total += countWords(article.text);
      if (total >= words) return out;
    }
  }
}
