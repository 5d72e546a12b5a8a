/**
 * LEADS told by a verb of heading with an adverb before its object ("Elle dirige désormais la biscuiterie", "il
 * préside toujours son conseil de surveillance", "now chairs its board") and by the chair of a company's own board
 * told through a possessive (ana2, day twelve b). A past or negated chair, another body ("its investment
 * committee"), and a singular verb after a list of founders keep the older readings. Sentences written for these
 * tests.
 */
import { facts, pair, run } from './helpers';

function pairs(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

describe('an adverb between a verb of heading and its object', () => {
  it.each([
    [
      'La Biscuiterie Mahé est rachetée par Norelia. Sa fille, Morgane Mahé, a rejoint la société en 2018. Elle dirige désormais la biscuiterie aux côtés de son père.',
      'Morgane Mahé -> Biscuiterie Mahé',
    ],
    [
      'Norelia rachète la société Ty Billig. Sophie Martin dirige toujours la société Ty Billig.',
      'Sophie Martin -> Ty Billig',
    ],
    [
      'Norelia rachète la société Ty Billig. Sophie Martin pilote actuellement la société Ty Billig.',
      'Sophie Martin -> Ty Billig',
    ],
    [
      'Norelia rachète la société Ty Billig. Sophie Martin préside également la société Ty Billig.',
      'Sophie Martin -> Ty Billig',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  it('a singular verb after two founders tells of the nearest one alone', () => {
    const text =
      "Hydréa lève 5 millions d'euros auprès de Bpifrance. Hydréa a été créé en 2019 par deux anciens officiers de marine, Antoine Giraud et Solène Perrin, qui dirige aujourd'hui l'entreprise.";
    expect(pairs(text)).toContain('Solène Perrin -> Hydréa');
    expect(pairs(text)).not.toContain('Antoine Giraud -> Hydréa');
  });

  it('a plural verb keeps both heads', () => {
    const text =
      "Hydréa lève 5 millions d'euros auprès de Bpifrance. Antoine Giraud et Solène Perrin dirigent aujourd'hui l'entreprise.";
    expect(pairs(text)).toEqual(
      expect.arrayContaining(['Antoine Giraud -> Hydréa', 'Solène Perrin -> Hydréa']),
    );
  });
});

describe("the chair of a company's own board told by a possessive", () => {
  it.each([
    [
      "Norelia rachète la Biscuiterie Mahé. Le fondateur de la biscuiterie, Pierre-Yves Mahé, reste aux commandes. Il a créé l'entreprise en 1987, et il préside toujours son conseil de surveillance.",
      'Pierre-Yves Mahé -> Biscuiterie Mahé',
    ],
    [
      "Vigilis lève 5 millions d'euros auprès de Seventure. Olivier Mercadier, ancien patron de l'intégrateur Norsys Conseil, préside son conseil d'administration depuis 2023.",
      'Olivier Mercadier -> Vigilis',
    ],
    [
      "Haulwise raised $20 million from Accel. The company's founder, Rajiv Menon, stepped down as chief executive in 2023 and now chairs its board.",
      'Rajiv Menon -> Haulwise',
    ],
    [
      "Haulwise raised $20 million from Accel. The company's founder, Rajiv Menon, still chairs its board.",
      'Rajiv Menon -> Haulwise',
    ],
    [
      'Vigilis lève 5 millions auprès de Seventure. Olivier Mercadier préside aussi son directoire.',
      'Olivier Mercadier -> Vigilis',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  it.each([
    [
      "Haulwise raised $20 million from Accel. The company's founder, Rajiv Menon, no longer chairs its board.",
    ],
    [
      "Haulwise raised $20 million from Accel. The company's founder, Rajiv Menon, chaired its board until 2020.",
    ],
    [
      'Haulwise raised $20 million from Accel. Sarah Jones, a partner at Accel, chairs its investment committee.',
    ],
    [
      "Vigilis lève 5 millions d'euros auprès de Seventure. Olivier Mercadier ne préside plus son conseil d'administration.",
    ],
  ])('no head: %s', (text) => {
    expect(pairs(text).filter((p) => p.endsWith('Haulwise') || p.endsWith('Vigilis'))).toEqual([]);
  });
});
