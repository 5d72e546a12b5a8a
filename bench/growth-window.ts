/**
 * Every growth step ends on this many probe stories (growth-corpus.ts); the marginal cost at size N is
 * timed over them (steady state: from a batch write settling to the step's last one), so it describes the
 * graph at N rather than the whole step.
 */
export const GROWTH_WINDOW_ARTICLES = 1000;

export interface BatchSettle {
  /** Articles of the step stored so far. */
  done: number;
  /** Milliseconds since the step started. */
  atMs: number;
}

/**
 * Time per article from the latest batch settle that still leaves at least `window` articles before the
 * last settle (else the first settle: a short step's whole steady part) to that last settle. The step's
 * start is never a window edge, so the pipeline's fill (first batch extracted with nothing to overlap) is
 * left out of every size alike. `from`: the step's articles stored before the window (the window's articles
 * are the step's `from` … `from + articles`). Null with fewer than two settles.
 */
export function lastWindowMsPerArticle(
  settles: readonly BatchSettle[],
  window: number,
): { msPerArticle: number; articles: number; from: number } | null {
  if (settles.length < 2) return null;
  const end = settles[settles.length - 1];
  const eligible = settles.filter((s) => s !== end && end.done - s.done >= window);
  const start = eligible.length > 0 ? eligible[eligible.length - 1] : settles[0];
  const articles = end.done - start.done;
  return articles > 0
    ? { msPerArticle: (end.atMs - start.atMs) / articles, articles, from: start.done }
    : null;
}
