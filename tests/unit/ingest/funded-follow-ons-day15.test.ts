import { extractArticle } from '../../../ingest/extract';
import { facts, pair, scoredFactsAfterLead } from './helpers';

/**
 * Day fifteen, FUNDED: existing holders putting money in again ("remet au pot", "réinvestit … dans Y", "rolled over
 * its stake", "also returned"), a round that "drew" a newcomer (`frames/funded-follow-ons.ts`); a lender with the
 * borrower before the loan (`frames/funded-fr-lender-dative.ts`); "Y also counts A among its investors" (no longer
 * read as a name qualifying the next, `clause-guards.ts`); "Convertible notes … subscribed by A and by B" (a
 * sentence-initial issue word is no issuer, `frames/funded-subscribers.ts`); "Y ouvre son capital au fonds A" (no
 * fund of its own, `frames/funded-misread.ts`).
 */

const FR_TITLE = 'Forges de Loire lève 10 millions d’euros';
const FR_LEAD =
  "La PME stéphanoise Forges de Loire a bouclé un tour de table de 10 millions d'euros mené par Loire Capital.";
const EN_TITLE = 'Lumen Dental raises €12m';
const EN_LEAD =
  'Lumen Dental, a Dublin group of dental clinics, raised €12 million in a round led by Emerald Growth.';

/** The FUNDED facts of the last sentence (scored statuses only), after a headline and a lead on the raise. */
function fundedIn(sentence: string, fr: boolean): string[] {
  return fr
    ? scoredFactsAfterLead('FUNDED', sentence, FR_TITLE, FR_LEAD)
    : scoredFactsAfterLead('FUNDED', sentence, EN_TITLE, EN_LEAD);
}

describe('holders putting money in again (French)', () => {
  test.each([
    [
      'Le groupe Vendôme Participations a également remis au pot.',
      ['Vendôme Participations -> Forges de Loire'],
    ],
    [
      'Sofiprotéol et Unigrains remettent eux aussi au pot.',
      ['Sofiprotéol -> Forges de Loire', 'Unigrains -> Forges de Loire'],
    ],
    [
      'Ses investisseurs historiques, Kurma Santé et le business angel Thierry Aubin, remettent au pot.',
      ['Kurma Santé -> Forges de Loire', 'Thierry Aubin -> Forges de Loire'],
    ],
    [
      "L'investisseur historique de la société, Irdi Capital, remet également au pot aux côtés des nouveaux entrants.",
      ['Irdi Capital -> Forges de Loire'],
    ],
    [
      'Quant à Thierry Aubin, il réinvestit une partie du produit de la vente dans Forges de Loire.',
      ['Thierry Aubin -> Forges de Loire'],
    ],
    [
      "Le fondateur Thierry Aubin réinvestira 2 millions d'euros au capital de Forges de Loire.",
      ['Thierry Aubin -> Forges de Loire'],
    ],
  ])('%s', (sentence, expected) => {
    expect(fundedIn(sentence, true)).toEqual(expected);
  });

  test.each([
    "Selon Les Echos, Siparex pourrait remettre au pot l'an prochain.",
    'Siparex ne remet pas au pot.',
  ])('no scored funding: %s', (sentence) => {
    expect(fundedIn(sentence, true)).toEqual([]);
  });
});

describe('a lender with the borrower before the loan (French)', () => {
  test.each([
    [
      "Le Crédit Agricole Loire a en outre accordé à Forges de Loire un prêt de 5 millions d'euros.",
      ['Crédit Agricole Loire -> Forges de Loire'],
    ],
    [
      "La Caisse d'Epargne Loire et Bpifrance ont accordé à Forges de Loire une ligne de crédit de 8 millions d'euros.",
      ['Bpifrance -> Forges de Loire', "Caisse d'Epargne Loire -> Forges de Loire"],
    ],
  ])('%s', (sentence, expected) => {
    expect(fundedIn(sentence, true)).toEqual(expected);
  });

  test('a payment delay is no loan', () => {
    expect(
      fundedIn('Le Crédit Agricole Loire a accordé à Forges de Loire un délai de paiement.', true),
    ).toEqual([]);
  });
});

describe('holders putting money in again, rounds drawing investors (English)', () => {
  test.each([
    [
      'Existing backers Northzone and Seedcamp also returned.',
      ['Northzone -> Lumen Dental', 'Seedcamp -> Lumen Dental'],
    ],
    ['Seed investor Fuel Ventures rolled over its stake.', ['Fuel Ventures -> Lumen Dental']],
    [
      'Northzone and Seedcamp rolled over their existing holdings.',
      ['Northzone -> Lumen Dental', 'Seedcamp -> Lumen Dental'],
    ],
    [
      'The round also drew Oakfield Partners and Mercia Ventures.',
      ['Mercia Ventures -> Lumen Dental', 'Oakfield Partners -> Lumen Dental'],
    ],
    [
      'The financing attracted Oakfield Partners, the family office of the Byrne family.',
      ['Oakfield Partners -> Lumen Dental'],
    ],
    [
      'Founder Aoife Byrne will reinvest part of the proceeds in Lumen Dental.',
      ['Aoife Byrne -> Lumen Dental'],
    ],
    [
      'Lumen Dental also counts Oakfield Partners among its investors.',
      ['Oakfield Partners -> Lumen Dental'],
    ],
    ['The company counts Oakfield Partners among its backers.', ['Oakfield Partners -> Lumen Dental']],
    [
      'Convertible notes worth a further €1.5 million were subscribed by Oakfield Partners and by angel investor Aoife Byrne.',
      ['Aoife Byrne -> Lumen Dental', 'Oakfield Partners -> Lumen Dental'],
    ],
  ])('%s', (sentence, expected) => {
    expect(fundedIn(sentence, false)).toEqual(expected);
  });

  test.each([
    "The round brings Lumen Dental's total funding to €30 million.",
    'The company returned to profit last year.',
    'The deal attracted scrutiny from Oakfield Partners.',
    'Oakfield Partners returned to the market with a new fund.',
  ])('no funding: %s', (sentence) => {
    expect(fundedIn(sentence, false)).toEqual([]);
  });
});

describe('a company opening its capital to a fund', () => {
  test('the headline does not make the fund a vehicle of the company', () => {
    const title = 'Aéromécanique Dufresne ouvre son capital au fonds Definvest';
    const text = `${title}\n\nLe fonds Definvest prend une participation minoritaire de 20 % dans Aéromécanique Dufresne.`;
    const got = facts(extractArticle({ file: 'test', text, title, published: '2026-05-20' }), 'FUNDED').map(
      pair,
    );
    expect(got).toEqual(['Definvest -> Aéromécanique Dufresne']);
  });
});
