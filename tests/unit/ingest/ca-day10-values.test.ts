import { toldAsEarlier } from '../../../ingest/values/deal-date';
import { findMoney } from '../../../ingest/values/money';
import { isPaymentLead } from '../../../ingest/values/price-lead';
import { restatesDealPrice } from '../../../ingest/values/restated-price';
import { facts, pair, run } from './helpers';

const deals = (text: string, published: string | null = null) => facts(run(text, published), 'ACQUIRED');
const money = (s: string) => findMoney(s, 0, 'en').map((m) => [m.text, m.amount, m.currency]);

describe('ISO currency codes written before the figure', () => {
  it.each([
    ['is acquiring Swiss rival Voxalis AG for CHF 180 million.', 'CHF 180 million', 180e6, 'CHF'],
    ['agreed to pay EUR 1.2bn in cash', 'EUR 1.2bn', 1.2e9, 'EUR'],
    ['sold the unit for SEK 300m on Friday', 'SEK 300m', 300e6, 'SEK'],
    ['valued at USD 2,500,000', 'USD 2,500,000', 2.5e6, 'USD'],
    ['pour NOK 45 millions', 'NOK 45 millions', 45e6, 'NOK'],
  ])('reads "%s"', (sentence, text, amount, currency) => {
    expect(money(sentence)).toEqual([[text, amount, currency]]);
  });

  it('reads no lower-case code, and no price per share', () => {
    expect(money('the eur 50 million tranche')).toEqual([]);
    expect(money('an offer of USD 12.50 a share')).toEqual([]);
  });

  it('gives a deal its price in such a code', () => {
    const found = deals('Connectra Inc is acquiring Swiss rival Voxalis AG for CHF 180 million.');
    expect(found.map(pair)).toEqual(['Connectra Inc -> Voxalis AG']);
    expect([found[0].amount, found[0].currency]).toEqual([180e6, 'CHF']);
  });
});

describe('reported speech is the news, not history', () => {
  it.each([
    'Northstar Services said it had agreed to sell its billing unit, Northstar Health, to Crestmoor Equity.',
    'Arvena also said on Monday that it had agreed to acquire Corrib Pharma for 85 mln euros.',
    'Calder said the company had completed the sale of Pawline Inc to Redcastle Partners.',
    "Le groupe a indiqué qu'il avait signé un accord pour racheter Verdalys.",
  ])('"%s" tells no earlier deal', (sentence) => {
    expect(toldAsEarlier(sentence)).toBe(false);
  });

  it.each([
    'Harwell had bought Linden Farms from the Albright family.',
    'Harwell said it had previously bought Linden Farms.',
    'Le groupe avait racheté Croc’Animo.',
  ])('"%s" still tells an earlier deal', (sentence) => {
    expect(toldAsEarlier(sentence)).toBe(true);
  });

  it('dates a deal told in reported speech by the story', () => {
    const found = deals(
      'Continental Freight said it had completed the sale of its Redline Warehousing subsidiary to Ashby-Kent Logistics Inc for 19 mln dlrs.',
      '2026-03-18',
    );
    expect(found.map(pair)).toEqual(['Ashby-Kent Logistics Inc -> Redline Warehousing']);
    expect(found[0].date).toBe('2026-03');
  });
});

describe('a later sentence that tells the deal again with its price, or who pays what', () => {
  it.each([
    'Hollis takes a 75% stake for about £30 million.',
    "Voltacycle rachète 70 % du capital pour 22 millions d'euros.",
    "Trans-Alpes a officialisé le rachat de 100 % du capital pour 16 millions d'euros.",
    "Selon deux sources, le britannique débourse environ 210 millions d'euros.",
    'Cadenza is paying £92 million, according to a stock exchange announcement.',
    "Duval Industrie empoche 42 millions d'euros.",
  ])('"%s" talks about the price', (sentence) => {
    expect(restatesDealPrice(sentence)).toBe(true);
  });

  it.each([
    "Valmy Industrie prend 30 % pour 40 millions d'euros.",
    'In 2024 it paid 58 mln dlrs for Sunfield Creamery.',
    "Le groupe avait racheté Croc'Animo pour 12 millions d'euros.",
    'The company won a contract for $50 million from the Navy.',
  ])('"%s" lends no price', (sentence) => {
    expect(restatesDealPrice(sentence)).toBe(false);
  });

  it('takes the price from such a sentence', () => {
    const en = deals(
      'Hollis Brewing Co has snapped up Tinker Ales. Hollis takes a 75% stake for about £30 million.',
    );
    expect(en.map(pair)).toEqual(['Hollis Brewing Co -> Tinker Ales']);
    expect(en[0].amount).toBe(30e6);
    const fr = deals(
      "Le fabricant Voltacycle prend le contrôle de la société Kuo Energy. Voltacycle rachète 70 % du capital pour 22 millions d'euros.",
    );
    expect(fr.map(pair)).toEqual(['Voltacycle -> Kuo Energy']);
    expect(fr[0].amount).toBe(22e6);
  });

  it('does not take the price of a minority stake told next', () => {
    const found = deals(
      "Régénéra s'offre le belge Plastiflex. Régénéra change de dimension. Le groupe Valmy Industrie prend 30 % de Régénéra pour 40 millions d'euros.",
    );
    expect(found.find((r) => r.target === 'Plastiflex')?.amount ?? null).toBeNull();
  });
});

describe('paying words before an amount told apart', () => {
  const before = (sentence: string, amount: string) => sentence.slice(0, sentence.indexOf(amount));
  it.each([
    ['Cadenza is paying £92 million, or 17 times earnings.', '£92'],
    ['Hoekstra paid about 60 million pounds, according to The Grocer.', '60'],
    ["Selon nos informations, l'acquéreur déboursera environ 180 millions d'euros.", '180'],
    ["Deux sources l'évaluent à environ 60 millions d'euros.", '60'],
    ["L'acquisition, d'un montant de 65 millions d'euros, est financée par un crédit.", '65'],
  ])('reads "%s"', (sentence, amount) => {
    expect(isPaymentLead(before(sentence, amount))).toBe(true);
  });

  it('lends a payment told far away to the news deal, not to a deal recalled as history', () => {
    const text =
      'Halbrook Corp said it agreed to acquire Temsco Industries Inc. Temsco makes valves. It has plants in Ohio. ' +
      'Temsco employs 900 people. Halbrook is paying about 212 mln dlrs, a spokesman said.';
    expect(deals(text)[0].amount).toBe(212e6);
    const recalled = deals(
      'It is the third purchase for Halbrook Corp, after it bought Temsco Industries Inc. Temsco makes valves. ' +
        'It has plants in Ohio. Temsco employs 900 people. Halbrook is paying about 212 mln dlrs, a spokesman said.',
    );
    expect(recalled.find((r) => r.target === 'Temsco Industries Inc')?.amount ?? null).toBeNull();
  });
});

describe("a date of another event of a party is not the deal's", () => {
  const dateOf = (text: string, published: string, target: string) =>
    deals(text, published).find((r) => r.target === target)?.date ?? null;

  it.each([
    [
      'Connectra Inc, known as Telenexus until it rebranded last year, is acquiring Swiss rival Voxalis AG for CHF 180 million.',
      'Voxalis AG',
    ],
    [
      'Founded by brothers Rafael and Diego Moreno in 2018, Cartwheel Logistics has agreed to buy Pallet Express Inc.',
      'Pallet Express Inc',
    ],
    [
      'Le groupe Lemoine & Fils reprend la société Armoric Textiles, placée en redressement judiciaire en janvier.',
      'Armoric Textiles',
    ],
  ])('"%s" takes the story\'s date', (text, target) => {
    expect(dateOf(text, '2026-05-14', target)).toBe('2026-05');
  });

  it('dates a completed deal by its closing, not by the announcement told in an aside', () => {
    expect(
      dateOf(
        'Marlow Freight said the acquisition of Polish trucking firm Sokol Logistics, announced in March, closed on Friday.',
        '2026-07-04',
        'Sokol Logistics',
      ),
    ).toBe('2026-07-03');
    expect(
      dateOf(
        "Le groupe Nexalog a finalisé jeudi l'acquisition de l'éditeur Quadrasoft, annoncée en janvier, pour 64 millions d'euros.",
        '2026-03-27',
        'Quadrasoft',
      ),
    ).toBe('2026-03-26');
  });

  it('keeps the day a company announced its own deal, and a founding told with the deal year apart', () => {
    expect(
      dateOf(
        "PARIS, 15 septembre (Reuters) - Maréchal Industries SCA a annoncé lundi avoir racheté la société Terravia SE pour 64 millions d'euros.",
        '2022-09-15',
        'Terravia SE',
      ),
    ).toBe('2022-09-12');
    expect(
      dateOf('Acme Corp, founded by Jo Lee in 1990, bought Beta Inc in 2024.', '2026-05-14', 'Beta Inc'),
    ).toBe('2024');
  });
});
