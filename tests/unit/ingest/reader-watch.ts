import type { Token } from '../../../ingest/tokens';

/** True when a reader's answer means it read something: a company, a true, or a length above 0. */
const readSomething = (fn: string, r: unknown): boolean =>
  r !== null && r !== false && !(r === 0 && /Length$/.test(fn));

/**
 * Spies on the reader `fn` of `mod` (its tokens first, the token index at argument `at`) and returns the list it
 * fills with every place the reader read something, so a test can check each was one of its declared start words.
 * Call `jest.restoreAllMocks()` after the test.
 */
export function watchReads(
  mod: Record<string, unknown>,
  fn: string,
  at: number,
): { tokens: Token[]; i: number }[] {
  const seen: { tokens: Token[]; i: number }[] = [];
  const original = mod[fn] as (...a: unknown[]) => unknown;
  jest
    .spyOn(mod as Record<string, (...a: unknown[]) => unknown>, fn)
    .mockImplementation((...a: unknown[]) => {
      const r = original(...a);
      if (readSomething(fn, r)) seen.push({ tokens: a[0] as Token[], i: a[at] as number });
      return r;
    });
  return seen;
}
