/**
 * Deal, day fourteen round two: more shapes of ACQUIRED. Sentences written for these tests.
 * - deal-time-inserts.ts `fr.acquired.active-verb-after-court` (and, since day 27, deal-court-insert.ts for the plain
 *   active verb): the court of a takeover between verb and object
 *   (fr-535's "a repris à la barre du tribunal de commerce de Tours les actifs de Y").
 * - deal-taken-private.ts: a buyout told as taking a company private, from the company's side (en-535).
 * - en/deals.ts `en.acquired.active-verb`: "buying" qualifying a noun ("a buying spree") has no object (en-527).
 * - frames/acquired.ts: a pointer subject named in an apposition ("Its main rival, Y, was bought by X", en-539).
 */
import { madePairs } from './helpers';
import { pairsByRule } from './frames-test-helpers';

const PUBLISHED = '2026-06-10';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('a takeover court between the verb and its object', () => {
  const LEAD = 'Arvéa Industries fabrique des radars. ';
  it.each([
    `${LEAD}En 2023, Arvéa Industries avait déjà repris à la barre du tribunal de commerce de Tours les actifs de Mécatour, alors en redressement judiciaire.`,
    `${LEAD}Arvéa Industries reprend à la barre du tribunal de commerce de Nanterre l'activité de Mécatour.`,
    `${LEAD}Arvéa Industries a racheté en 2023 à la barre du tribunal les usines de Mécatour.`,
  ])('%s', (text) => {
    // since day 27 the plain active-verb rule steps over the court phrase itself (deal-court-insert.ts), so the
    // pair no longer depends on which of the two rules reads it
    expect(made(text)).toEqual(['Arvéa Industries -> Mécatour']);
  });

  it('a bid that failed is no purchase', () => {
    const text = `${LEAD}Arvéa Industries n'a pas repris à la barre du tribunal les actifs de Mécatour.`;
    expect(made(text)).toEqual([]);
  });
});

describe('taken private by a buyer', () => {
  it.each([
    'Sunvista Holidays sells trips. Sunvista Holidays, which was taken private by Crestline Equity in 2021, financed the deal.',
    'Sunvista Holidays sells trips. Sunvista Holidays was taken private in 2021 by Crestline Equity.',
    'Sunvista Holidays vend des voyages. Crestline Equity a retiré Sunvista Holidays de la cote en 2021.',
    'Sunvista Holidays vend des voyages. Sunvista Holidays, retirée de la cote en 2021 par Crestline Equity, finance le rachat.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Crestline Equity -> Sunvista Holidays']);
  });

  it('a plan is no purchase', () => {
    const text =
      'Sunvista Holidays sells trips. Crestline Equity is considering taking Sunvista Holidays private.';
    expect(made(text)).toEqual([]);
  });
});

describe('"buying" qualifying a noun', () => {
  it.each([
    'Corvane Health runs clinics. Corvane Health has been on a buying spree since Oakfield Capital took control of it in 2021.',
    'Corvane Health runs clinics. Corvane Health went on a buying binge after Oakfield Capital backed it.',
  ])('%s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', 'en.acquired.active-verb')).toEqual([]);
  });

  it('a verb still reads', () => {
    const text = 'Corvane Health runs clinics. Corvane Health is buying Oakfield Imaging for $40 million.';
    expect(pairsByRule(text, 'ACQUIRED', 'en.acquired.active-verb')).toEqual([
      'Corvane Health -> Oakfield Imaging',
    ]);
  });
});

describe('a pointer subject named in an apposition', () => {
  it.each([
    'Paysona runs payroll software. Its main rival in the Iberian market, Nominix, was bought by Visma last year.',
    'Paysona gère la paie. Son principal concurrent en Espagne, Nominix, a été racheté par Visma en 2025.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Visma -> Nominix']);
  });
});

describe('a present "vend/sells" of goods to customers (frames/acquired-sales.ts)', () => {
  it.each([
    "Méthavallée produit du biogaz. Créée en 2017, l'entreprise exploite quatre sites et revend son gaz à GRDF et à Engie.",
    'Méthavallée produit du biogaz. Méthavallée vend sa production à Engie.',
    'Halvex makes valves. Halvex sells its output to Siemens.',
  ])('no deal: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-sale')).toEqual([]);
  });

  it.each([
    'Méthavallée produit du biogaz. Méthavallée vend sa filiale belge à Engie.',
    'Méthavallée produit du biogaz. Méthavallée revend ses deux usines normandes à Engie.',
    'Méthavallée produit du biogaz. Méthavallée cède son activité de méthanisation à Engie.',
  ])('a business or an asset: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-sale')).toEqual(['Engie -> Méthavallée']);
  });
});
