import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day twenty-two, FUNDED: who bought a company's new paper, read past the words of measure or time between the
 * participle and its agent ("souscrites en totalité par A", "bought mainly by A", "placed mainly with A",
 * "placées auprès de A": `frames/issue-taker-agent.ts`, `frames/funded-subscribers.ts`); the buyers of bonds are no
 * buyers of the company (`deal-paper-buyer.ts`); purchases told as the subject and paid for with a loan give the
 * loan to their one buyer, never to a company named nearby (`frames/funded-en-deal-loan-payer.ts`,
 * `frames/funded-deal-loans.ts`).
 */

const EN_LEAD = 'Corvane Systems, a Texas maker of sensors, reported higher sales.';
const FR_LEAD = 'Lorvane, fabricant nantais de capteurs, accélère.';

function pairsOf(text: string, type: string): string[] {
  return facts(extractArticle({ file: 'test', text, published: '2026-11-28' }), type)
    .map(pair)
    .sort();
}
const en = (sentence: string, type = 'FUNDED'): string[] => pairsOf(`${EN_LEAD} ${sentence}`, type);
const fr = (sentence: string, type = 'FUNDED'): string[] => pairsOf(`${FR_LEAD} ${sentence}`, type);

describe('the takers of new paper, past words of measure or time before the agent', () => {
  test.each([
    [
      'Corvane Systems sold 200 million dollars of seven-year notes on Thursday, bought mainly by Pimco and BlackRock.',
      ['BlackRock -> Corvane Systems', 'Pimco -> Corvane Systems'],
    ],
    [
      'Corvane Systems sold 80 million pounds of senior notes, placed mainly with Legal & General and Aviva Investors.',
      ['Aviva Investors -> Corvane Systems', 'Legal & General -> Corvane Systems'],
    ],
    [
      'The company raised 40 million dollars through convertible notes subscribed in full by Oakridge Capital.',
      ['Oakridge Capital -> Corvane Systems'],
    ],
    [
      'Corvane Systems sold 90 million dollars of notes, bought in 2025 by Pimco.',
      ['Pimco -> Corvane Systems'],
    ],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toEqual(expect.arrayContaining(want));
  });

  test.each([
    [
      "Lorvane a émis 12 millions d'euros d'obligations convertibles, souscrites en totalité par Arkéa Capital.",
      ['Arkéa Capital -> Lorvane'],
    ],
    [
      "L'entreprise a lancé un emprunt obligataire de 20 millions d'euros, souscrit pour moitié par Swen Capital Partners.",
      ['Swen Capital Partners -> Lorvane'],
    ],
    [
      "Dans la foulée, Lorvane a placé 30 millions d'euros d'obligations, achetées principalement par Amundi et CNP Assurances.",
      ['Amundi -> Lorvane', 'CNP Assurances -> Lorvane'],
    ],
    [
      'Les obligations ont été placées auprès de Groupama Asset Management.',
      ['Groupama Asset Management -> Lorvane'],
    ],
    [
      'Lorvane a émis des obligations convertibles, souscrites en 2024 par Arkéa Capital.',
      ['Arkéa Capital -> Lorvane'],
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toEqual(expect.arrayContaining(want));
  });

  test.each([
    // a plant bought is no paper: its buyer lends nothing
    ['Corvane Systems sold its plant in Austin, bought mainly by Halvern Industries.', 'Halvern Industries'],
    // "placed" as the company's own verb, with its cash: no agent of a participle
    ['Corvane Systems sold notes last year and placed its cash with Northern Trust.', 'Northern Trust'],
  ])('en, no taker: %s', (sentence, giver) => {
    expect(en(sentence).filter((p) => p.startsWith(`${giver} ->`))).toEqual([]);
  });

  test('fr, no taker: a plant bought', () => {
    const got = fr('Lorvane a cédé son usine de Cholet, achetée principalement par Groupe Brunet.');
    expect(got.filter((p) => p.startsWith('Groupe Brunet ->'))).toEqual([]);
  });
});

describe('the buyers of bonds are no buyers of the company', () => {
  test('en: bonds bought mainly by two investors', () => {
    const sentence =
      'Corvane Systems sold 200 million dollars of seven-year notes on Thursday, bought mainly by Pimco and BlackRock.';
    expect(en(sentence, 'ACQUIRED')).toEqual([]);
  });

  test('fr: obligations achetées par deux assureurs', () => {
    const sentence =
      "Dans la foulée, Lorvane a vendu 30 millions d'euros d'obligations, achetées principalement par Amundi et CNP Assurances.";
    expect(fr(sentence, 'ACQUIRED')).toEqual([]);
  });

  test('en, near miss: a plant bought after a comma is still told as a purchase', () => {
    const sentence = 'Corvane Systems sold its Texas plant last year, bought by Halvern Industries.';
    expect(en(sentence, 'ACQUIRED')).toEqual(['Halvern Industries -> Corvane Systems']);
  });
});

describe('purchases told as the subject and paid for with a loan: the loan goes to their buyer', () => {
  test.each([
    [
      'Halvern Industries bought Corlan Group in 2021 and Dexa Tools a year later. Both acquisitions were financed with loans from HSBC, which also advises rival Maxor.',
      'HSBC',
    ],
    [
      'Corlan Group makes valves. Halvern Industries bought Corlan Group in 2021 and Dexa Tools a year later. Both acquisitions were financed with loans from HSBC.',
      'HSBC',
    ],
    [
      'Maxor, a rival of Halvern, grew fast. Halvern Industries bought Corlan Group in 2021 and Dexa Tools a year later. Both deals were funded with loans from HSBC.',
      'HSBC',
    ],
    [
      'Halvern Industries bought Corlan Group in 2021. The purchases were partly funded with a term loan from Barclays.',
      'Barclays',
    ],
  ])('en: %s', (text, lender) => {
    const got = pairsOf(text, 'FUNDED').filter((p) => p.startsWith(`${lender} ->`));
    expect(got).toEqual([`${lender} -> Halvern Industries`]);
  });

  test('fr: les deux rachats financés par un prêt', () => {
    const text =
      "Groupe Vernat a racheté Solmetal en 2021 puis Arvix en 2023. Les deux rachats ont été financés par un prêt de 20 millions d'euros accordé par le Crédit Agricole.";
    expect(pairsOf(text, 'FUNDED')).toEqual(['Crédit Agricole -> Groupe Vernat']);
  });
});

describe('a stake sized but not placed, in the round the article tells (en)', () => {
  const round = (sentence: string): string[] =>
    pairsOf(
      `Kestrix raises 40 million euros\n\nKestrix, a Dublin logistics software start-up, has raised 40 million euros in a round led by Lakestar.\n\n${sentence}`,
      'FUNDED',
    );

  test.each([
    [
      'Regional lender Nordbank took a stake of about 5% as part of a payments partnership.',
      'Nordbank -> Kestrix',
    ],
    ['Insurer Talvane Mutual has also taken a 3% stake.', 'Talvane Mutual -> Kestrix'],
    [
      'Carmaker Orvik Motors joined as a new strategic investor, its first bet on a software supplier.',
      'Orvik Motors -> Kestrix',
    ],
  ])('%s', (sentence, want) => {
    expect(round(sentence)).toContain(want);
  });

  test.each([
    // placed in another company: not the round's
    ['Regional lender Nordbank took a stake of about 5% in Brightlane.', 'Nordbank -> Kestrix'],
    ['Orvik Motors took a stake of 12% in its supplier Brightlane last year.', 'Orvik Motors -> Kestrix'],
  ])('near miss: %s', (sentence, unwanted) => {
    expect(round(sentence)).not.toContain(unwanted);
  });
});
