/**
 * Plural pointers (ana2, day eleven): "les deux voyagistes", "ces deux poids lourds", "the two developers",
 * "Ensemble, ils", "Together they", "the pair", "les deux associés", "Ils ont créé" stand for the group the text
 * last told as a group — a pair told as a subject keeps its place over the objects its sentence lists.
 * Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

describe('a plural noun phrase stands for the pair told before, whatever the trade noun', () => {
  const frMerger =
    'Les voyagistes Solstice Tours et Kairos Voyages fusionnent. Solstice Tours emploie 900 personnes. ';
  const enMerger = 'Nordhavn Wind and Castlerock Renewables agreed to merge. Nordhavn Wind is Danish. ';
  it.each([
    [frMerger + 'Les deux voyagistes affrontent Héliades Travel.', 'Héliades Travel'],
    [frMerger + 'Ces deux poids lourds affrontent Héliades Travel.', 'Héliades Travel'],
    [frMerger + 'Ensemble, ils affrontent Héliades Travel.', 'Héliades Travel'],
    [
      'Les voyagistes Solstice Tours et Kairos Voyages fusionnent. Les deux voyagistes sont présents en Asie, où ils affrontent Héliades Travel.',
      'Héliades Travel',
    ],
    [enMerger + 'The two developers compete with Orsted.', 'Orsted'],
    [enMerger + 'Together they compete with Orsted.', 'Orsted'],
  ])('reads "%s"', (text, rival) => {
    const got = pairs(text, 'COMPETES_WITH').join(' | ');
    const [a, b] = text.startsWith('Nordhavn')
      ? ['Nordhavn Wind', 'Castlerock Renewables']
      : ['Solstice Tours', 'Kairos Voyages'];
    expect(got).toMatch(new RegExp(`(${a} -> ${rival}|${rival} -> ${a})`));
    expect(got).toMatch(new RegExp(`(${b} -> ${rival}|${rival} -> ${b})`));
  });

  it('keeps the subject pair over the objects its own sentence listed', () => {
    const text =
      'Lactalpes et Val de Saône Lait ont annoncé leur fusion. Lactalpes emploie 900 personnes. ' +
      'Les deux coopératives affrontent Sodiaal et Lactalis. Les deux coopératives se disputent aussi avec Savencia.';
    const got = pairs(text, 'COMPETES_WITH');
    expect(got).not.toContain('Lactalis -> Sodiaal');
    expect(got.join(' | ')).not.toMatch(/Sodiaal -> Savencia|Savencia -> Sodiaal/);
  });

  it('reads no pointer when the names follow the phrase ("les deux développeurs de centrales A et B")', () => {
    const text =
      'Le marché est dominé par Helios Power et Vensolis. Les deux développeurs de centrales solaires Solvéo et Heliantha ont signé un accord de fusion.';
    expect(pairs(text, 'MERGED_WITH')).toEqual(['Heliantha -> Solvéo']);
  });

  it('does not take a plural pronoun after a sentence naming people for the companies', () => {
    const text =
      'Nordhavn Wind and Castlerock Renewables agreed to merge. Analysts at Berenberg, led by Tom Hale, welcomed it. They compete with Orsted.';
    expect(pairs(text, 'COMPETES_WITH').join(' | ')).not.toMatch(/Castlerock Renewables/);
  });
});

describe('a plural pointer at people stands for the people named together before', () => {
  const fr = 'Cardiosense conçoit des patchs. Claire Vasseur et Idriss Benali se sont rencontrés en 2016. ';
  const en = 'Ledgerly makes software. Priya Natarajan and Owen Brady met at Barclays. ';
  it.each([
    [fr + 'Deux ans plus tard, les deux associés fondaient Cardiosense.', 'Cardiosense'],
    [fr + 'En 2018, les deux ingénieurs créent Cardiosense.', 'Cardiosense'],
    [en + 'In 2017 the two founders started Ledgerly.', 'Ledgerly'],
    [en + 'The pair set up Ledgerly in 2017.', 'Ledgerly'],
    [en + 'They founded Ledgerly in 2017.', 'Ledgerly'],
    [
      'Kairos Voyages est un voyagiste. Nikos Papadakis et Hélène Brun étaient guides à Athènes. Ils ont créé Kairos Voyages en 2004.',
      'Kairos Voyages',
    ],
  ])('reads "%s"', (text, company) => {
    const got = pairs(text, 'FOUNDED');
    expect(got).toHaveLength(2);
    expect(got.every((p) => p.endsWith(`-> ${company}`))).toBe(true);
  });

  it('gives an indefinite count no antecedent ("fondée par deux ingénieurs de Grenoble")', () => {
    const text = fr + 'Cardiosense a été fondée par deux ingénieurs de Grenoble.';
    expect(pairs(text, 'FOUNDED')).toEqual([]);
  });

  it('gives a person noun no company pair ("les deux associés" after a merger of two companies)', () => {
    const text =
      'Cardiosense conçoit des patchs. Pulsia et Rythmo ont fusionné. Les deux associés créent Vitalis.';
    expect(pairs(text, 'FOUNDED')).toEqual([]);
  });
});
