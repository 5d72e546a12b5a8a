/** Graph sizes of a full run, in articles. */
export const FULL_GROWTH_SIZES = [1000, 10_000, 100_000];
/** Graph sizes of a --quick smoke run, in articles. */
export const QUICK_GROWTH_SIZES = [200, 1000];
