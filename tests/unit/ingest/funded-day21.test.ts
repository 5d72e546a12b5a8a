import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day twenty-one, FUNDED: the lead of one part of a round, the part's noun standing where the round's would, with
 * its kind and often its own amount in apposition (`frames/funded-round-part-lead.ts`); the givers of each share of
 * one financing in a clause without a finite verb ("le solde étant versé par B", "complété par 8 M€ apportés par
 * B", "with A providing half": `frames/funded-share-givers.ts`).
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentence read. */
function funded(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-05-13' }), 'FUNDED')
    .map(pair)
    .sort();
}

const FR_TITLE = 'Voltanis boucle un financement de 60 millions d’euros';
const FR_LEAD =
  "La start-up grenobloise Voltanis a bouclé un financement de 60 millions d'euros, mêlant capital et dette.";
const EN_TITLE = 'Voltaris secures 60 million pounds';
const EN_LEAD = 'Voltaris, a British battery start-up, has secured 60 million pounds in equity and debt.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('the lead of one part of a round', () => {
  test.each([
    [
      "Le volet en capital, de 40 millions d'euros, est mené par le fonds britannique Kestrel Climate Partners.",
      'Kestrel Climate Partners -> Voltanis',
    ],
    [
      'La tranche en fonds propres a été pilotée par Kestrel Climate Partners.',
      'Kestrel Climate Partners -> Voltanis',
    ],
    [
      "Le volet en capital, de 35 millions d'euros, est emmené par le fonds d'infrastructure Sillon Infra, rejoint par Armavia Ventures.",
      'Sillon Infra -> Voltanis',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toContain(want);
  });

  test.each([
    [
      'The equity portion, worth 40 million pounds, was led by Kestrel Climate Partners.',
      'Kestrel Climate Partners -> Voltaris',
    ],
    [
      'The equity component was led by London fund Kestrel Climate Partners.',
      'Kestrel Climate Partners -> Voltaris',
    ],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toContain(want);
  });

  it('marks the part’s leader as the round’s lead', () => {
    const text = `${FR_TITLE}\n\n${FR_LEAD}\n\nLe volet en capital, de 40 millions d'euros, est mené par le fonds britannique Kestrel Climate Partners.`;
    const got = facts(
      extractArticle({ file: 'test', text, title: FR_TITLE, published: '2026-05-13' }),
      'FUNDED',
    );
    expect(got.find((r) => r.source === 'Kestrel Climate Partners')?.lead).toBe(true);
  });

  test.each([
    ['Le volet social du plan est mené par Kestrel Climate Partners.', 'fr'],
    ["Le volet industriel, de 40 millions d'euros, est piloté par Kestrel Climate Partners.", 'fr'],
    ['The integration part of the plan was led by Kestrel Climate Partners.', 'en'],
  ])('near miss, a part that is no money: %s', (sentence, lang) => {
    const got = lang === 'en' ? en(sentence) : fr(sentence);
    expect(got.filter((p) => p.startsWith('Kestrel'))).toEqual([]);
  });
});

describe('the giver of a share of one financing, in a clause without a finite verb', () => {
  test.each([
    [
      "Voltanis reçoit 8 millions d'euros du fonds Elaia, le solde étant versé par le cimentier Calcarys.",
      'Calcarys -> Voltanis',
    ],
    [
      "L'usine a été financée par un prêt de 25 millions d'euros du Crédit Agricole Alpes, complété par 8 millions d'euros apportés par Bpifrance.",
      'Bpifrance -> Voltanis',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toContain(want);
  });

  test.each([
    [
      'The company said it had secured the money, with the Scottish National Investment Bank providing half.',
      'Scottish National Investment Bank -> Voltaris',
    ],
    [
      'The round closed on Monday, with Par Equity putting up $9 million of the total.',
      'Par Equity -> Voltaris',
    ],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toContain(want);
  });

  test.each([
    [
      "Le prix atteint 80 millions d'euros, le solde étant versé par le cimentier Calcarys en 2027.",
      'fr',
      'Calcarys',
    ],
    ['The plant opened on Monday, with Siemens providing the turbines.', 'en', 'Siemens'],
    ['The price is $80 million, with Calloway Freight providing half in cash.', 'en', 'Calloway'],
  ])('near miss, a price paid or goods supplied: %s', (sentence, lang, giver) => {
    const got = lang === 'en' ? en(sentence) : fr(sentence);
    expect(got.filter((p) => p.startsWith(giver))).toEqual([]);
  });
});
