import { GROWTH_SETTLE_TOLERANCE, hasSettled } from '../../../bench/growth-settle';

const rounds = (...values: number[]) => values.map((usPerWord) => ({ usPerWord }));

describe('hasSettled', () => {
  it('needs two rounds to compare', () => {
    expect(hasSettled([], 0.1)).toBe(false);
    expect(hasSettled(rounds(20), 0.1)).toBe(false);
  });

  it('is settled only when the last round is within the tolerance of the one before it', () => {
    expect(hasSettled(rounds(45, 39), 0.1)).toBe(false);
    expect(hasSettled(rounds(45, 39, 33, 19, 18.5), 0.1)).toBe(true);
    expect(hasSettled(rounds(20, 19, 25), 0.1)).toBe(false);
    expect(hasSettled(rounds(20, 21.9), 0.1)).toBe(true);
    expect(hasSettled(rounds(20, 22.1), 0.1)).toBe(false);
  });

  it('has a tolerance tighter than the ±20 % flatness target it protects', () => {
    expect(GROWTH_SETTLE_TOLERANCE).toBeLessThan(0.2);
  });
});
