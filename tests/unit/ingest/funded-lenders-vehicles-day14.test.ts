import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day fourteen, FUNDED: a lender or a grant body as the subject of a verb of lending, the borrower named after the
 * verb or after "à / to", pointed at, or left to the article (`frames/funded-lender-verbs.ts`); the vehicle named
 * right after "via son fonds", "au travers de son véhicule", "through its fund" or a bare "through" after an
 * investment (`frames/funded-folded-vehicle.ts`), which puts in its parent's money, never its own size.
 */

/** A headline and a lead about the company raising, then the sentence read: the FUNDED facts with their amounts. */
function inArticle(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-10' }), 'FUNDED')
    .map((r) => `${pair(r)} ${r.amount ?? '-'}`)
    .sort();
}

/** The rules of the two readers tested. */
function rulesOf(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-10' }), 'FUNDED').map(
    (r) => r.rule,
  );
}

const FR_TITLE = 'Forges de Loire lève 10 millions d’euros';
const FR_LEAD =
  "La PME stéphanoise Forges de Loire a bouclé un tour de table de 10 millions d'euros mené par Loire Capital.";
const EN_TITLE = 'Lumen Dental raises €12m';
const EN_LEAD =
  'Lumen Dental, a Dublin group of dental clinics, raised €12 million in a round led by Emerald Growth.';

describe('a lender told by a verb of lending, borrower left to the article or pointed at', () => {
  test.each([
    ["Bpifrance apporte un prêt de 3 millions d'euros.", 'Bpifrance -> Forges de Loire 3000000'],
    [
      "La Région Occitanie accorde pour sa part une avance remboursable de 2 millions d'euros à la société.",
      'Région Occitanie -> Forges de Loire 2000000',
    ],
    [
      "Le Crédit Agricole Loire Haute-Loire a également consenti un prêt de 4 millions d'euros.",
      'Crédit Agricole Loire Haute-Loire -> Forges de Loire 4000000',
    ],
    [
      "La Banque européenne d'investissement (BEI) apporte 20 millions d'euros sous forme de dette venture.",
      "Banque européenne d'investissement -> Forges de Loire 20000000",
    ],
    [
      "Un pool de banques mené par la Banque Rhodanienne fournit en outre un crédit de 6 millions d'euros.",
      'Banque Rhodanienne -> Forges de Loire 6000000',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(inArticle(FR_TITLE, FR_LEAD, sentence)).toContain(want);
  });

  test.each([
    [
      'Separately, Bank of Ireland has extended the group a €20 million revolving credit facility.',
      'Bank of Ireland -> Lumen Dental 20000000',
    ],
    [
      'The European Investment Bank is lending the company a further €15 million.',
      'European Investment Bank -> Lumen Dental 15000000',
    ],
    [
      'The European Investment Bank separately provided the company with €15m in venture debt.',
      'European Investment Bank -> Lumen Dental 15000000',
    ],
    [
      'Allied Irish Banks also granted the company a €5 million loan.',
      'Allied Irish Banks -> Lumen Dental 5000000',
    ],
  ])('en: %s', (sentence, want) => {
    expect(inArticle(EN_TITLE, EN_LEAD, sentence)).toContain(want);
  });
});

describe('a lender told by a verb of lending, borrower named', () => {
  test.each([
    "La Banque Populaire du Sud accordera en outre un prêt de 25 millions d'euros à Transports Ferrand.",
    "La Banque Populaire du Sud a accordé à Transports Ferrand un prêt de 25 millions d'euros.",
  ])('fr: %s', (sentence) => {
    expect(inArticle(FR_TITLE, FR_LEAD, sentence)).toContain(
      'Banque Populaire du Sud -> Transports Ferrand 25000000',
    );
  });

  test('en: the named borrower after the verb', () => {
    const got = inArticle(
      EN_TITLE,
      EN_LEAD,
      'Bank of Ireland also granted Dentix Holdings a €20 million loan.',
    );
    expect(got).toContain('Bank of Ireland -> Dentix Holdings 20000000');
    expect(got).not.toContain('Bank of Ireland -> Lumen Dental 20000000');
  });
});

describe('no lending: a denial, a trade, no money, a new company or a purchase', () => {
  test.each([
    "Bpifrance n'accordera pas de prêt à la société.",
    'La banque Crédit Rural accorde des prêts aux agriculteurs de la région.',
    "La Région Occitanie accorde une avance remboursable de 2 millions d'euros à la nouvelle société issue de la fusion.",
    "Pour accompagner la reprise, Bpifrance apportera un prêt de 12 millions d'euros au site.",
    'Le groupe Valmy apporte son expertise industrielle.',
  ])('fr: %s', (sentence) => {
    expect(
      rulesOf(FR_TITLE, FR_LEAD, sentence).filter((r) => r.startsWith('any.funded.lender-verb')),
    ).toEqual([]);
  });

  test.each([
    'Bank of Ireland did not extend a loan to the company.',
    'Acme Bank provides loans to small firms.',
    'Acme Bank provided the company with dental software.',
  ])('en: %s', (sentence) => {
    expect(
      rulesOf(EN_TITLE, EN_LEAD, sentence).filter((r) => r.startsWith('any.funded.lender-verb')),
    ).toEqual([]);
  });
});

describe('the vehicle named right after the connector', () => {
  test.each([
    'Le tour de table est mené par Loire Capital, avec la participation de Bpifrance, via son fonds Industrie de Demain.',
    "Le tour de table est mené par Loire Capital, aux côtés de Bpifrance, qui investit par l'intermédiaire de son fonds Industrie de Demain.",
    "Bpifrance participe également à l'opération au travers de son fonds Industrie de Demain.",
  ])('fr: %s', (sentence) => {
    const got = inArticle(FR_TITLE, FR_LEAD, sentence);
    expect(got.some((p) => p.startsWith('Industrie de Demain -> Forges de Loire'))).toBe(true);
    expect(got.some((p) => p.startsWith('Industrie de Demain -> Bpifrance'))).toBe(false);
  });

  test.each([
    [
      'Emerald Growth wrote its cheque through Emerald Growth Fund II, a €400 million vehicle.',
      'Emerald Growth Fund II -> Lumen Dental -',
    ],
    [
      'Emerald Growth is investing through its fund Emerald Growth Fund II.',
      'Emerald Growth Fund II -> Lumen Dental 12000000',
    ],
    [
      'Emerald Growth is investing through Emerald Growth Fund II, which closed at €700 million last year.',
      'Emerald Growth Fund II -> Lumen Dental -',
    ],
  ])('en: %s', (sentence, want) => {
    expect(inArticle(EN_TITLE, EN_LEAD, sentence)).toContain(want);
  });

  test.each([
    'Lumen Dental raised a further €3 million through crowdfunding platform Crowdcube.',
    'Lumen Dental sells its aligners through distributor Medline.',
    'The market is led by Dentsply, through its unit Dentsply Ireland, and by Straumann.',
  ])('no vehicle: %s', (sentence) => {
    expect(rulesOf(EN_TITLE, EN_LEAD, sentence)).not.toContain('any.funded.through-folded-vehicle');
  });
});
