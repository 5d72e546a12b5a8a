/**
 * LEADS of a head named by "run/led/dirigé/piloté by" and a possessive title longer than two words, with the name
 * apposed, in a post kept or still to come ("X will be run by its chief operating officer, P", "X restera piloté par
 * son directeur général par intérim, P"), and of a pronoun before a French future of staying ("Elle restera
 * présidente de la société"). Sentences written for these tests (ana2, day fourteen b).
 */
import { facts, pair, run } from './helpers';

function pairs(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

const BUY_EN = 'Calder Bank bought Tallis Payments in 2024. ';
const BUY_FR = 'Medivia rachète Orthalis. ';

describe('a possessive title apposed to the agent of a heading participle', () => {
  it.each([
    [
      `${BUY_EN}Tallis Payments will be run by its chief operating officer, Priya Shah, once Osei moves up.`,
      'Priya Shah -> Tallis Payments',
    ],
    [
      `${BUY_EN}Tallis Payments will continue to be led by its chief executive officer, Priya Shah.`,
      'Priya Shah -> Tallis Payments',
    ],
    [
      `${BUY_EN}Tallis Payments is run by its chief operating officer, Priya Shah.`,
      'Priya Shah -> Tallis Payments',
    ],
    [
      `${BUY_FR}D'ici là, Orthalis restera piloté par son directeur général par intérim, Bruno Catala, nommé en mars.`,
      'Bruno Catala -> Orthalis',
    ],
    [
      `${BUY_FR}Orthalis est piloté par son directeur général par intérim, Bruno Catala.`,
      'Bruno Catala -> Orthalis',
    ],
    [
      `${BUY_FR}Orthalis sera piloté par son directeur général délégué, Bruno Catala.`,
      'Bruno Catala -> Orthalis',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  it.each([
    // a post held then, not now
    `${BUY_EN}Tallis Payments was then run by its chief operating officer, Priya Shah.`,
    // a company still to be formed, named by no name
    `${BUY_EN}The new company will be run by its chief operating officer, Priya Shah.`,
  ])('no head of Tallis Payments: %s', (text) => {
    expect(pairs(text)).not.toContain('Priya Shah -> Tallis Payments');
    expect(pairs(text)).not.toContain('Priya Shah -> Calder Bank');
  });
});

describe('a pronoun before a French future of staying in a leader post', () => {
  const FOUNDED = 'Mathilde Gorin a fondé Horizon Dunes en 2009. ';
  it.each([
    "Elle restera présidente de la société au moins jusqu'en 2028.",
    "Elle restera présidente d'Horizon Dunes.",
    'Elle demeurera présidente de la société.',
  ])('%s', (sentence) => {
    expect(pairs(`Sélénia Vacances rachète Horizon Dunes. ${FOUNDED}${sentence}`)).toContain(
      'Mathilde Gorin -> Horizon Dunes',
    );
  });

  it.each([
    // a future post, not a kept one
    "Elle sera présidente d'Horizon Dunes.",
    // the pronoun disagrees with the only person named
    "Il restera directeur général de l'entreprise.",
  ])('no head: %s', (sentence) => {
    expect(pairs(`Sélénia Vacances rachète Horizon Dunes. ${FOUNDED}${sentence}`)).toEqual([]);
  });
});
