import { facts, run } from './helpers';

/**
 * A verb of rivalry whose rival is its direct object, with the market or place set first in a phrase longer than
 * the verb's few lead words ("affronte sur le marché français l'allemand B"): the object after the phrase is the
 * rival (frames/rivals-setting-object.ts).
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a setting phrase between a transitive verb of rivalry and its object', () => {
  it.each([
    "Voltanis affronte sur le marché français l'allemand Kraftspeicher, qui a remporté l'essentiel des appels d'offres.",
    "Voltanis affronte sur le marché européen des batteries stationnaires l'allemand Kraftspeicher.",
    'Voltanis concurrence dans la distribution en ligne le groupe allemand Kraftspeicher.',
    "Voltanis devance sur le segment des parcs raccordés au réseau l'allemand Kraftspeicher.",
    'Voltanis trails in the European storage market the German group Kraftspeicher.',
  ])('%s', (text) => {
    expect(has(text, 'Voltanis', 'Kraftspeicher')).toBe(true);
  });

  it('reads every member of the object list', () => {
    const text =
      "Voltanis affronte sur le marché français l'allemand Kraftspeicher et le britannique GridVault, qui ont remporté l'essentiel des appels d'offres.";
    expect(has(text, 'Voltanis', 'Kraftspeicher')).toBe(true);
    expect(has(text, 'Voltanis', 'GridVault')).toBe(true);
  });

  it.each([
    "Voltanis n'affronte pas sur le marché français l'allemand Kraftspeicher.",
    'Voltanis affronte sur le marché français des vents contraires, selon Kraftspeicher.',
    "Voltanis affronte sur le marché français l'allemand Kraftspeicher en justice pour une affaire de brevets.",
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Voltanis', 'Kraftspeicher')).toBe(false);
  });
});
