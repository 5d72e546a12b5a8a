/**
 * Day thirteen, anaphora: a pointer that receives a stake, an investment or a loan ("took a stake in it", "invested in
 * the company", "une participation dans la société", "au capital de l'entreprise") is never the clause's own
 * subject; and a seat told after a name ("basé à Montpellier", "based in Leeds") is an origin later pointers read.
 * Variants of the class in both languages and near-misses. Sentences written for these tests.
 */
import { articleUnits } from './article-units';
import { madePairs } from './helpers';

const funded = (text: string) => madePairs(text, '2026-03-01', 'FUNDED');
const acquired = (text: string) => madePairs(text, '2026-03-01', 'ACQUIRED');

describe('the receiver of money pointed at after the investor is the company before it', () => {
  it.each([
    [
      'The Columbus-based retailer Fenwick Foods grows fast. Private equity firm Larchmont Capital took a 35% stake in it in 2022.',
      'Larchmont Capital -> Fenwick Foods',
    ],
    [
      'Fenwick Foods grows fast. Larchmont Capital invested $20 million in the company in 2022.',
      'Larchmont Capital -> Fenwick Foods',
    ],
    [
      'Fenwick Foods has been on a buying spree since Larchmont Capital took a minority stake in the company in 2022.',
      'Larchmont Capital -> Fenwick Foods',
    ],
    [
      'Cardiolys fabrique des défibrillateurs. Bpifrance a pris une participation de 10 % dans la société en 2021.',
      'Bpifrance -> Cardiolys',
    ],
    [
      "Cardiolys fabrique des défibrillateurs. Bpifrance est entrée au capital de l'entreprise en 2021.",
      'Bpifrance -> Cardiolys',
    ],
    [
      "Cardiolys fabrique des défibrillateurs. Le fonds Kima Ventures, qui soutient aussi Alan, a investi 5 millions d'euros dans la start-up.",
      'Kima Ventures -> Cardiolys',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(funded(text)).toContain(expected);
  });

  it('points "in it" at the company before the investor', () => {
    const units = articleUnits(
      'Fenwick Foods grows. Since then Larchmont Capital took a 35% stake in it, and Fenwick Foods opened stores.',
    );
    expect(units[1]).toContain('stake in [*Fenwick Foods]');
  });
});

describe('no receiver pointer outside a money phrase, nor the investor itself', () => {
  it.each([
    // no money word before the preposition: "it" is no company here
    'Fenwick Foods grows. Larchmont Capital said the market believed in it.',
    // the only company the text names is the investor: nothing to point at
    'Larchmont Capital invested $20 million in the company in 2022.',
  ])('reads no stake in "%s"', (text) => {
    expect(funded(text)).toEqual([]);
  });

  it('keeps a merger pointer out of the money class', () => {
    expect(acquired('Fenwick Foods grows. Larchmont Capital merged its stores into the company.')).toEqual(
      [],
    );
  });
});

describe('a seat told after a name ("basé à", "based in") is an origin a later pointer picks', () => {
  it.each([
    [
      "Hélior, basé à Montpellier, exploite des parcs. Ventis exploite des parcs. Le groupe montpelliérain avait levé 40 millions d'euros auprès du fonds Mirova Transition.",
      '[*Hélior]',
    ],
    [
      "Ventis, implantée à Rennes, exploite des parcs. Hélior exploite des parcs. L'entreprise rennaise a levé 10 millions d'euros auprès de Mirova Transition.",
      '[*Ventis]',
    ],
    [
      "Callexia, dont le siège est à Orléans, emploie 1 400 personnes. Altimea emploie 900 personnes. Le groupe orléanais a levé 10 millions d'euros auprès de Capza.",
      '[*Callexia]',
    ],
    [
      'Fenwick Foods, based in Columbus, runs 120 stores. Aldano runs 30 stores. The Columbus-based company raised $10 million from Larchmont Capital.',
      '[*Fenwick Foods]',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(articleUnits(text)[2]).toContain(expected);
  });

  it('gives no origin to either of two companies told the same seat', () => {
    const text =
      "Hélior, basé à Montpellier, exploite des parcs. Ventis, basé à Montpellier, exploite des parcs. Le groupe montpelliérain a levé 10 millions d'euros auprès de Mirova Transition.";
    // the origin reading does not fire: the demonym stays a word, "le groupe" alone takes the article's company
    expect(articleUnits(text)[2]).not.toContain('[*Ventis]');
    expect(articleUnits(text)[2]).toContain('] montpelliérain');
  });
});
