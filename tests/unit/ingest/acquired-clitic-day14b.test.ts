/**
 * Deal, day fourteen round two. Sentences written for these tests.
 * - frames/acquired-clitic-sale.ts: a company sold or bought told by an object pronoun ("l'a cédée", "sold it"),
 *   its name opening the same sentence before a clause break (fr-535's "Arvéa Industries a elle-même changé de
 *   mains : le fonds S l'a cédée en 2025 à B").
 * - deal-time-inserts.ts `fr.acquired.active-verb-after-date`: a dated insert between a buying verb and a business
 *   named with its owner (fr-534's "a racheté en 2022 les centres de dialyse de Y").
 * - gapped-objects.ts: one reader for a second object with its own time phrase.
 */
import { madePairs } from './helpers';
import { pairsByRule } from './frames-test-helpers';

const PUBLISHED = '2026-06-10';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('an object pronoun standing for the sentence’s opening company', () => {
  it.each([
    `${LEAD_FR}Halvio Systems a elle-même changé de mains l'an dernier : le fonds Ciclad Partners l'a cédée en 2025 à Oréus Capital.`,
    `${LEAD_FR}Halvio Systems a changé de propriétaire en 2024 ; Ciclad Partners l'avait finalement revendue à Oréus Capital.`,
    `${LEAD_EN}Halvio Systems changed hands in 2021, when Ciclad Partners sold it to Oreus Capital.`,
    `${LEAD_EN}Halvio Systems changed owners in 2024; Ciclad Partners sold it to Oreus Capital for $80 million.`,
  ])('sale: %s', (text) => {
    const buyer = text.includes('Oréus') ? 'Oréus Capital' : 'Oreus Capital';
    expect(made(text)).toContain(`${buyer} -> Halvio Systems`);
  });

  it.each([
    `${LEAD_EN}Halvio Systems changed hands again in 2024: Oreus Capital bought it from Ciclad Partners.`,
    `${LEAD_FR}Halvio Systems a de nouveau changé de propriétaire : Oréus Capital l'a rachetée en 2024 à Ciclad Partners.`,
  ])('purchase: %s', (text) => {
    expect(made(text).some((p) => p.endsWith('-> Halvio Systems') && /Capital/.test(p))).toBe(true);
  });

  it.each([
    // negated
    `${LEAD_FR}Halvio Systems a changé de mains : le fonds Ciclad Partners ne l'a pas cédée à Oréus Capital.`,
    // "it" is a product sold to customers, not the company
    `${LEAD_EN}Halvio Systems designs the Vega radar; Ciclad Partners sold it to retailers.`,
    // no clause break: the two names are one subject
    `${LEAD_EN}Halvio Systems and Ciclad Partners sold it to Oreus Capital.`,
  ])('no sale read: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-clitic-object')).toEqual([]);
  });
});

describe('a dated insert before a business named with its owner', () => {
  const LEAD = 'Vivalia exploite des cliniques. ';
  it.each([
    `${LEAD}Vivalia avait racheté en 2022 les centres de dialyse de Néphrocare, filiale du groupe Kessler.`,
    `${LEAD}Vivalia a repris fin 2023 l'activité d'emballage du groupe Néphrocare.`,
    `${LEAD}Vivalia a acquis en mai 2024 les trois usines alsaciennes de Néphrocare.`,
  ])('%s', (text) => {
    expect(made(text)).toContain('Vivalia -> Néphrocare');
  });

  it('a rumour is no purchase', () => {
    const text = `${LEAD}Vivalia pourrait racheter en 2027 les centres de dialyse de Néphrocare.`;
    expect(made(text)).toEqual([]);
  });
});

describe('one reader for gapped second objects, with the time phrase closing the clause', () => {
  it.each([
    'Aerovane Inc makes drones. Aerovane bought Navicore in 2019, and Aeris Labs earlier this year.',
    'Aerovane Inc makes drones. Aerovane bought Navicore from Skyhold in late 2023 and Aeris Labs in March 2025.',
    'Aerovane SAS fabrique des drones. Aerovane a racheté Navicore fin 2023 et Aeris Labs en mars 2025.',
    'Aerovane SAS fabrique des drones. Aerovane a avalé Navicore, spécialiste lyonnais des capteurs, puis Aeris Labs en 2025.',
  ])('%s', (text) => {
    expect(made(text)).toContain(
      `${text.startsWith('Aerovane Inc') ? 'Aerovane Inc' : 'Aerovane SAS'} -> Aeris Labs`,
    );
  });

  it.each([
    // a time phrase followed by a verb: a clause of its own
    'Aerovane Inc makes drones. Aerovane bought Navicore in 2019, and Aeris Labs in 2021 raised money from it.',
    'Aerovane SAS fabrique des drones. Aerovane a racheté Navicore en 2019, et Aeris Labs en 2021 a levé des fonds.',
  ])('no second purchase: %s', (text) => {
    expect([
      ...pairsByRule(text, 'ACQUIRED', 'en.acquired.gapped-object'),
      ...pairsByRule(text, 'ACQUIRED', 'fr.acquired.gapped-object'),
    ]).toEqual([]);
  });
});
