import { facts, run } from './helpers';

/**
 * "A took a stake in / bought C's rival B": a rival noun owned by a possessive names the possessor's rival, not
 * the subject's (competes.ts any.competes.rival-object).
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe("a rival owned by another company's possessive", () => {
  it.each([
    "Separately, Polish media group Prasa Holding took a 10% stake in Kredyto's rival Sklepfin in December.",
    "Prasa Holding bought Kredyto's rival Sklepfin last year.",
    "Prasa Holding has agreed to buy Kredyto's rival Sklepfin for $40 million.",
  ])("is the possessor's rival only: %s", (text) => {
    expect(has(text, 'Prasa Holding', 'Sklepfin')).toBe(false);
    expect(has(text, 'Kredyto', 'Sklepfin')).toBe(true);
  });

  it.each([
    'Prasa Holding bought Dutch rival Sklepfin last year.',
    'Prasa Holding agreed to buy its smaller rival Sklepfin.',
  ])("an unowned rival stays the subject's: %s", (text) => {
    expect(has(text, 'Prasa Holding', 'Sklepfin')).toBe(true);
  });
});
