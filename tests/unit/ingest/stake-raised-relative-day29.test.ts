/**
 * Day twenty-nine, deals (second round): a holding taken and then raised, the raise told in a relative clause on the
 * holding ("une participation de 20 % dans Y, qu'il a portée à 65 %", "a 20 percent stake in Y, which it raised to
 * 58 percent") (stake-raised-relative.ts): the entry stays a funding, the figure after "à/to" says whether the
 * holding became control (ACQUIRED) or is still a minority (FUNDED). Near misses: a raise to a minority figure, a
 * raise only planned, and a relative that raises nothing. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED ') || f.startsWith('FUNDED '));
}

function stakeOf(text: string, type: 'ACQUIRED' | 'FUNDED'): number | null | undefined {
  return relationsOf(text).find((r) => r.type === type)?.stake;
}

describe('a holding raised in a relative clause', () => {
  const fr =
    "Le torréfacteur Caféora avait pris en 2022 une participation de 25 % dans le négociant nantais Grains d'Orient, qu'il a portée à 70 % en mars dernier.";

  it('French: « qu’il a portée à 70 % » is control, the entry a funding', () => {
    const found = deals(fr);
    expect(found).toContain("ACQUIRED Caféora -> Grains d'Orient");
    expect(found).toContain("FUNDED Caféora -> Grains d'Orient");
    expect(stakeOf(fr, 'ACQUIRED')).toBe(70);
    expect(stakeOf(fr, 'FUNDED')).toBe(25);
  });

  it('English: "which it raised to 60 percent" is control, the entry a funding', () => {
    const en =
      'Pallister Foods took a 15 percent stake in Danish dairy Kvist Mejeri in 2020, which it raised to 60 percent last year.';
    const found = deals(en);
    expect(found).toContain('ACQUIRED Pallister Foods -> Kvist Mejeri');
    expect(found).toContain('FUNDED Pallister Foods -> Kvist Mejeri');
    expect(stakeOf(en, 'ACQUIRED')).toBe(60);
  });

  it('French near miss: a raise to a minority figure stays a funding', () => {
    const found = deals(
      "Caféora détient depuis 2019 une participation minoritaire de 12 % dans Grains d'Orient, qu'il avait relevée à 30 % en 2023.",
    );
    expect(found).toContain("FUNDED Caféora -> Grains d'Orient");
    expect(found).not.toContain("ACQUIRED Caféora -> Grains d'Orient");
  });

  it('English near miss: "which it has since increased to 25 percent" stays a funding', () => {
    const found = deals(
      'Pallister Foods took a 10 percent stake in Kvist Mejeri in 2021, which it has since increased to 25 percent.',
    );
    expect(found).toContain('FUNDED Pallister Foods -> Kvist Mejeri');
    expect(found).not.toContain('ACQUIRED Pallister Foods -> Kvist Mejeri');
  });

  it('English near miss: a raise only planned is no control', () => {
    const found = deals(
      'Pallister Foods holds a 20 percent stake in Kvist Mejeri, which it plans to raise to 51 percent next year.',
    );
    expect(found).not.toContain('ACQUIRED Pallister Foods -> Kvist Mejeri');
  });

  it('English near miss: a relative about the price raises nothing', () => {
    const found = deals(
      'Pallister Foods took a 20 percent stake in Kvist Mejeri, which it valued at 58 million dollars.',
    );
    expect(found).not.toContain('ACQUIRED Pallister Foods -> Kvist Mejeri');
  });
});
