/**
 * Deal, day fifteen: a plant or a site bought, told with its place (deal-placed-asset.ts). The place is no party;
 * the owner named after it sells the asset, which GOLD-FORMAT counts as the owner. Sentences written for these
 * tests (dev-gold-16 fr-552, en-553 and dev-gold-14 fr-517 show the shapes).
 */
import { facts, madePairs, run } from './helpers';

const PUBLISHED = '2026-06-10';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('the place of an asset bought is no party, its owner is', () => {
  it.each([
    'Vantor Aerospace makes drones. In 2022 Vantor Aerospace bought the Preston factory of Leyland Precision.',
    'Vantor Aerospace makes drones. Vantor Aerospace has agreed to acquire the Derby plant of Leyland Precision for £40 million.',
    'Vantor Aerospace makes drones. Last year Vantor Aerospace purchased the Swindon site of Leyland Precision.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Vantor Aerospace -> Leyland Precision']);
  });

  it.each([
    "Pyrhéa exploite des centrales. Pyrhéa a racheté l'usine hydroélectrique de Castillon du groupe Valmont Industrie en 2024.",
    "Pyrhéa exploite des centrales. En 2023, Pyrhéa a repris l'usine de Saint-Malo du groupe Valmont Industrie.",
    "Pyrhéa exploite des centrales. Pyrhéa rachète le site de Bourges de l'américain Valmont Industrie.",
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Pyrhéa -> Valmont Industrie']);
  });

  it('the owner sells the asset', () => {
    const text =
      'Vantor Aerospace makes drones. In 2022 Vantor Aerospace bought the Preston factory of Leyland Precision.';
    const deal = facts(run(text, PUBLISHED), 'ACQUIRED')[0];
    expect(deal?.seller).toBe('Leyland Precision');
  });
});

describe('no purchase of the owner', () => {
  it('a sentence that denies taking the company over', () => {
    const text =
      "Hydrelis exploite des centrales. L'an dernier, Hydrelis avait racheté l'usine de Belfort de l'américain Cumberland Power, sans reprendre la société ni ses autres sites.";
    expect(made(text)).toEqual([]);
  });

  it('a plant bought without the company, in English', () => {
    const text =
      'Vantor Aerospace makes drones. Vantor Aerospace bought the Preston factory of Leyland Precision without acquiring the company.';
    expect(made(text)).toEqual([]);
  });

  it('talks are no purchase', () => {
    const text =
      'Vantor Aerospace makes drones. Vantor Aerospace is in talks to buy the Preston factory of Leyland Precision.';
    expect(made(text)).toEqual([]);
  });

  it('a company bought with its plant named after it keeps its target', () => {
    const text =
      'Vantor Aerospace makes drones. Vantor Aerospace bought Leyland Precision, which runs a plant in Preston.';
    expect(made(text)).toEqual(['Vantor Aerospace -> Leyland Precision']);
  });
});
