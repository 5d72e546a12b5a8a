import { facts, run } from './helpers';

/**
 * A pointer subject followed by an aside naming the company to come ("The combined group, to be called Nordpay,
 * will compete with S") is that company, not the merging parties (frames/rivals-named-subject.ts).
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const MERGER_EN = 'Payrix and Clearvik agreed to merge on Monday.\n\n';

describe('the named company to come competes, not the merging parties', () => {
  it.each([
    `${MERGER_EN}The combined group, to be called Nordpay, will compete with market leader Tessera Pay.`,
    `${MERGER_EN}The new company, to be named Nordpay, will compete with Tessera Pay in card processing.`,
    `${MERGER_EN}The merged group, to be renamed Nordpay, will compete directly with Tessera Pay.`,
    'Payrix et Clearvik ont annoncé leur fusion.\n\nLe nouvel ensemble, baptisé Nordpay, affrontera Tessera Pay.',
  ])('%s', (text) => {
    expect(has(text, 'Nordpay', 'Tessera Pay')).toBe(true);
    expect(has(text, 'Payrix', 'Tessera Pay')).toBe(false);
    expect(has(text, 'Clearvik', 'Tessera Pay')).toBe(false);
  });

  it('an aside naming no company to come leaves the subject as it was', () => {
    const text = `${MERGER_EN}The combined group, based in Oslo, will compete with Tessera Pay.`;
    expect(has(text, 'Nordpay', 'Tessera Pay')).toBe(false);
  });
});
