/**
 * Deal, day fifteen round two. Sentences written for these tests.
 * - fr/deals.ts `fr.acquired.cedes-control`, en/deals.ts `en.acquired.hands-control`: control handed over told
 *   from the seller's side ("S avait cédé en 2019 le contrôle de Y au fonds B", "S handed control of Y to B").
 * - fr/deals.ts `fr.acquired.takes-control`: any tense and a time phrase ("prenait le contrôle de", "a pris en
 *   2023 le contrôle de").
 * - frames/acquired-chains.ts: a later object chained by "et"/"and" when a determiner opens it ("racheté en 2024
 *   le néerlandais A et le polonais B").
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-06-10';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('control handed over, told from the seller', () => {
  it.each([
    `${LEAD_FR}Le fonds Ciclad Partners avait cédé en 2019 le contrôle de Halvio Systems au fonds Oréus Capital.`,
    `${LEAD_FR}Ciclad Partners a cédé le contrôle de Halvio Systems à Oréus Capital l'an dernier.`,
    `${LEAD_FR}En 2021, Ciclad Partners a transféré le contrôle exclusif de Halvio Systems au groupe Oréus Capital.`,
  ])('fr: %s', (text) => {
    expect(made(text)).toContain('Oréus Capital -> Halvio Systems');
  });

  it.each([
    `${LEAD_EN}Ciclad Partners handed control of Halvio Systems to Oreus Capital in 2019.`,
    `${LEAD_EN}In 2019 Ciclad Partners ceded control of Halvio Systems to Oreus Capital.`,
    `${LEAD_EN}Ciclad Partners has handed control of Halvio Systems to Oreus Capital.`,
  ])('en: %s', (text) => {
    expect(made(text)).toContain('Oreus Capital -> Halvio Systems');
  });

  it.each([
    `${LEAD_FR}Ciclad Partners a refusé de céder le contrôle de Halvio Systems à Oréus Capital.`,
    `${LEAD_EN}Ciclad Partners refused to hand control of Halvio Systems to Oreus Capital.`,
  ])('a refusal is no deal: %s', (text) => {
    expect(made(text).filter((p) => p.startsWith('Or'))).toEqual([]);
  });
});

describe('control taken in any tense', () => {
  it.each([
    `${LEAD_FR}En 2024, Oréus Capital prenait le contrôle de Halvio Systems.`,
    `${LEAD_FR}Oréus Capital a pris en 2023 le contrôle de Halvio Systems.`,
    `${LEAD_FR}Oréus Capital prendront le contrôle de Halvio Systems.`,
  ])('%s', (text) => {
    expect(made(text)).toContain('Oréus Capital -> Halvio Systems');
  });
});

describe('a later object chained by a conjunction and a determiner', () => {
  it.each([
    `${LEAD_FR}Halvio Systems avait déjà racheté en 2024 le néerlandais Delikaat Winkels et le polonais Smakosz Foods.`,
    `${LEAD_FR}Halvio Systems avait déjà racheté l'italien Delikaat Winkels en 2023 et l'allemand Smakosz Foods l'an dernier.`,
    `${LEAD_EN}Halvio Systems bought Delikaat Winkels in 2023 and the smaller Smakosz Foods last year.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(
      expect.arrayContaining(['Halvio Systems -> Delikaat Winkels', 'Halvio Systems -> Smakosz Foods']),
    );
  });

  it.each([
    `${LEAD_FR}Halvio Systems a racheté Delikaat Winkels en 2023 et le fonds Smakosz Capital a investi dans Ovalis.`,
    `${LEAD_EN}Halvio Systems bought Delikaat Winkels in 2023 and the investor Smakosz Capital has backed Ovalis.`,
  ])('a name with its own verb is no object: %s', (text) => {
    expect(made(text)).not.toContain('Halvio Systems -> Smakosz Capital');
  });
});
