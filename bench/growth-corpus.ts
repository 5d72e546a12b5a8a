import type { ArticleInput } from '../ingest/types';
import { DEFAULT_RECOMBINE_SEED, findCompanyCores, recombineArticles } from './recombine';

/**
 * The growth run's articles, step by step. Each step ends on the same probe stories: the first size's step
 * ends on real stories that name a company, every later step on those very stories with their company
 * names swapped for new ones. The timed window at each size (its last articles) then holds the same texts
 * but for the names, so the cost per article at 1k, 10k and 100k compares the graph's size and nothing
 * else. Before, each window held other stories (the 100k one, recombined, ~17 % shorter on average), and
 * per-article and per-word readings disagreed for that reason alone.
 */

/** Seed of the probe's recombination at each size: this plus the size, so every size's names are others. */
const PROBE_SEED = DEFAULT_RECOMBINE_SEED + 7;

export interface GrowthStep {
  /** The graph's size once this step is stored, in articles. */
  size: number;
  /** All articles of the step, in order, the probe last. */
  articles: ArticleInput[];
  /** How many articles at the end of the step are the probe. */
  probe: number;
}

/**
 * Steps that take an empty graph through `sizes` (ascending, deduplicated here), each step's last
 * `min(probeSize, step length)` articles being the probe. Real stories fill the steps first, in order;
 * recombinations of them top the corpus up past its end. Deterministic for given inputs.
 */
export function growthSteps(
  real: readonly ArticleInput[],
  sizes: readonly number[],
  probeSize: number,
): GrowthStep[] {
  const ordered = [...new Set(sizes)].filter((s) => s > 0).sort((a, b) => a - b);
  const probeSources: ArticleInput[] = [];
  const others: ArticleInput[] = [];
  for (const article of real) {
    if (probeSources.length < probeSize && findCompanyCores(article.text).length > 0)
      probeSources.push(article);
    else others.push(article);
  }
  const fillerNeeded = ordered.length === 0 ? 0 : ordered[ordered.length - 1];
  const filler =
    others.length >= fillerNeeded
      ? others
      : [...others, ...recombineArticles(real, fillerNeeded - others.length)];
  let nextFiller = 0;
  let previous = 0;
  const steps: GrowthStep[] = [];
  for (const size of ordered) {
    const length = size - previous;
    const probe = Math.min(probeSize, length, probeSources.length);
    const sources = probeSources.slice(0, probe);
    const probeArticles =
      steps.length === 0
        ? sources
        : recombineArticles(sources, probe, { seed: PROBE_SEED + size }).map((article) => ({
            ...article,
            // recombineArticles names its output "<file>~r<i>"; every size's probe would reuse those.
            file: `${article.file}~probe${size}`,
          }));
    const fill = filler.slice(nextFiller, nextFiller + length - probeArticles.length);
    nextFiller += fill.length;
    steps.push({ size, articles: [...fill, ...probeArticles], probe: probeArticles.length });
    previous = size;
  }
  return steps;
}
