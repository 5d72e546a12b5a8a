/**
 * Plural phrases with no pair coordinated before (ana2, day twelve): a phrase in apposition to the list its own
 * sentence just gave ("A et B, deux marques qui se disputent …", "A and B, two platforms that …") is that list,
 * not the last deal's two parties. Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

/** A deal sentence first: its two parties are what the older guess took "deux marques" for. */
const FR_DEAL = 'Norelia a racheté la crêperie Ty Billig en 2024. ';
const EN_DEAL = 'Kestrel Group bought Zentra Labs in 2024. ';

describe('a plural phrase apposed to a list is that list', () => {
  it.each([
    [
      FR_DEAL +
        'Sur le marché de la galette, la Biscuiterie Mahé affronte La Trinitaine et Saint Michel, deux marques qui se disputent les rayons.',
      ['Norelia', 'Ty Billig'],
    ],
    [
      FR_DEAL +
        'Kusmi Tea affronte Mariage Frères et Dammann Frères, deux enseignes qui se disputent les salons de thé.',
      ['Norelia', 'Ty Billig'],
    ],
    [
      EN_DEAL +
        'Carebridge competes with Doctolib and Accurx, two platforms that fight over the same public tenders.',
      ['Kestrel Group', 'Zentra Labs'],
    ],
    [
      EN_DEAL +
        'Wanderly trails Generator and Selina, two chains that compete for the same backpackers in Lisbon.',
      ['Kestrel Group', 'Zentra Labs'],
    ],
  ])('"%s" gives the deal parties no rivals', (text, [buyer, target]) => {
    const got = pairs(text, 'COMPETES_WITH').join(' | ');
    expect(got).not.toContain(buyer);
    expect(got).not.toContain(target);
  });

  it('the apposed pair rivals each other when the phrase says so', () => {
    const text =
      FR_DEAL +
      'Sur le marché de la galette, la Biscuiterie Mahé affronte La Trinitaine et Saint Michel, deux marques qui se disputent les rayons.';
    const got = pairs(text, 'COMPETES_WITH').join(' | ');
    expect(got).toMatch(/Saint Michel -> (La )?Trinitaine|(La )?Trinitaine -> Saint Michel/);
  });
});

describe('"L\'un comme l\'autre" and a pronoun after "lequel" / "which" stand for the pair told before', () => {
  const frPair =
    'Transports Vauclair et Logimer ont annoncé leur fusion. Sandrine Vauclair dirige Transports Vauclair. ';
  const enPair = 'Carebridge and Medisync agreed to merge. Priya Nair runs Carebridge. ';
  it.each([
    [frPair + "L'un comme l'autre concurrencent Delanchy."],
    [frPair + "L'une et l'autre affrontent Delanchy sur la grande distribution."],
    [
      frPair +
        "L'un comme l'autre misent sur le e-commerce, un marché sur lequel ils concurrencent déjà Delanchy.",
    ],
    [
      frPair +
        'Les deux entreprises visent le e-commerce, une activité dans laquelle elles affrontent Delanchy.',
    ],
    [enPair + 'Both companies sell to pharmacies, a market in which they compete with Delanchy.'],
  ])('"%s"', (text) => {
    const got = pairs(text, 'COMPETES_WITH').join(' | ');
    const [a, b] = text.startsWith('Carebridge')
      ? ['Carebridge', 'Medisync']
      : ['Transports Vauclair', 'Logimer'];
    expect(got).toMatch(new RegExp(`${a} -> Delanchy|Delanchy -> ${a}`));
    expect(got).toMatch(new RegExp(`${b} -> Delanchy|Delanchy -> ${b}`));
  });

  it('a pronoun after "lequel" in a sentence about one company points at no pair', () => {
    const text =
      'Transports Vauclair et Logimer ont annoncé leur fusion. Sandrine Vauclair dirige Transports Vauclair. ' +
      'Transports Vauclair mise sur le e-commerce, un marché sur lequel ils concurrencent déjà Delanchy.';
    expect(pairs(text, 'COMPETES_WITH').join(' | ')).not.toMatch(/Logimer/);
  });
});

describe('an opening "Both" / "L\'un comme l\'autre" is the pair told as subject, not the rivals listed since', () => {
  it.each([
    [
      'Transports Vauclair et Logimer fusionnent. Ensemble, elles affronteront Stef et Olano. ' +
        "L'un comme l'autre concurrencent déjà Delanchy.",
      ['Transports Vauclair', 'Logimer'],
      ['Stef', 'Olano'],
    ],
    [
      'Carebridge and Medisync agreed to merge. Carebridge is based in Leeds. Together they will take on Doctolib and Accurx. Both compete with Delanchy.',
      ['Carebridge', 'Medisync'],
      ['Doctolib', 'Accurx'],
    ],
  ])('"%s"', (text, pairNames, rivals) => {
    const got = pairs(text, 'COMPETES_WITH').filter((p) => p.includes('Delanchy'));
    for (const n of pairNames)
      expect(got.join(' | ')).toMatch(new RegExp(`${n} -> Delanchy|Delanchy -> ${n}`));
    for (const r of rivals)
      expect(got.join(' | ')).not.toMatch(new RegExp(`${r} -> Delanchy|Delanchy -> ${r}`));
  });
});
