/**
 * Precision, day twenty-three: look-alikes read as facts. Sentences written for these tests (dev-gold-23 en-727 /
 * en-729 / fr-730, dev-gold-21 fr-660, dev-gold-22 fr-673 and the day's dev-gold-24 fr-755 / en-758 show the shapes).
 * - rival-former.ts: a rivalry told only as past ("once counted … among its rivals", "former rival", "autrefois
 *   concurrent de") is no COMPETES_WITH.
 * - leader-kin-guard.ts: "présidente de X et petite-fille de P" gives X's title to no relative.
 * - values/held-stake.ts: a party's own shareholder told in an aside ("which is 40% owned by K", "détenu à 30 % par
 *   B", "qui détient 25 % de S") does not make the party's takeover a minority purchase.
 * - frames/rivals-client-list.ts: customers listed with their weight in a company's sales are no rivals.
 * - deal-own-units-merger.ts: two units of one owner put together are no MERGED_WITH.
 */
import { facts, madePairs, run, typedDealPairs } from './helpers';
import { withoutOutsideHoldings } from '../../../ingest/values/held-stake';

const PUBLISHED = '2026-11-24';

const rivals = (text: string): string[] => madePairs(text, PUBLISHED, 'COMPETES_WITH');
const leaders = (text: string): string[] => madePairs(text, PUBLISHED, 'LEADS');
const mergers = (text: string): string[] => facts(run(text, PUBLISHED), 'MERGED_WITH').map((r) => r.type);

describe('a rivalry told only as past gives no COMPETES_WITH', () => {
  it.each([
    'Halvard Systems once counted Quintel among its main rivals, but Quintel left the radar business in 2019.',
    'Vale Chill, once seen as a challenger to Coldstream in the Midlands, left the storage business last year.',
    'Torvane, a former rival of Ostler Pumps, now makes only valves.',
    'Brixel was once a competitor of Dunmore Paints before it sold its coatings arm.',
    'Autrefois concurrent direct de Vitrafix, Opaline ne fabrique plus que des miroirs.',
    'Jadis rivale de Vitrafix, la société Opaline ne fabrique plus que des miroirs.',
    "Clarmont, l'ancien concurrent de Vitrafix, a été racheté par Saint-Gobain.",
  ])('%s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it('keeps a rivalry whose "once" is the conjunction or whose "former" qualifies another noun', () => {
    expect(rivals('Once the deal closes, Kenmore will compete with Tesco and Asda.')).toEqual([
      'Asda -> Kenmore',
      'Kenmore -> Tesco',
    ]);
    expect(rivals('Kenmore competes with Tesco, its former partner, and with Asda.')).toEqual([
      'Asda -> Kenmore',
      'Kenmore -> Tesco',
    ]);
  });

  it('keeps the other facts of the sentence', () => {
    expect(
      typedDealPairs("Clarmont, l'ancien concurrent de Vitrafix, a été racheté par Saint-Gobain.", PUBLISHED),
    ).toEqual(['ACQUIRED Saint-Gobain -> Clarmont']);
  });
});

describe("a title told before a kinship noun is not the relative's", () => {
  it.each([
    [
      "« Nous voulons rester indépendants », explique Sophie Lambert, présidente de Fromagerie Lambert et petite-fille de Jules Lambert, qui avait créé l'entreprise en 1948.",
      ['Sophie Lambert -> Fromagerie Lambert'],
    ],
    [
      'Claire Dumont, directrice générale des Chocolats Dumont et fille de Henri Dumont, a présenté les résultats.',
      ['Claire Dumont -> Chocolats Dumont'],
    ],
    [
      '"We will stay independent," said Emma Hart, chief executive of Hart Biscuits and granddaughter of Walter Hart, who founded the company in 1921.',
      ['Emma Hart -> Hart Biscuits'],
    ],
    [
      'Paul Rinaldi, managing director of Rinaldi Marble and son of Carlo Rinaldi, said the quarry would stay open.',
      ['Paul Rinaldi -> Rinaldi Marble'],
    ],
    [
      'Laura Weiss, chairwoman of Weiss Optik and widow of Karl Weiss, opened the new plant.',
      ['Laura Weiss -> Weiss Optik'],
    ],
  ])('%s', (text, heads) => {
    expect(leaders(text)).toEqual(heads);
  });

  it('keeps a title told of the person it is apposed to', () => {
    expect(leaders('Henri Dumont, président de Chocolats Dumont, a présenté les résultats.')).toEqual([
      'Henri Dumont -> Chocolats Dumont',
    ]);
  });
});

describe("a party's own shareholder does not make its takeover a minority purchase", () => {
  it.each([
    [
      'Harwell Foods, which is 40% owned by Kerry Group, bought the Irish bakery Brennan Loaves last month.',
      ['ACQUIRED Harwell Foods -> Brennan Loaves', 'FUNDED Kerry Group -> Harwell Foods'],
    ],
    [
      'Harwell Foods, 40%-owned by Kerry Group, agreed to buy Brennan Loaves for 80 million euros.',
      ['ACQUIRED Harwell Foods -> Brennan Loaves', 'FUNDED Kerry Group -> Harwell Foods'],
    ],
    [
      'Kerry Group, which owns 40% of Harwell Foods, bought Brennan Loaves last month.',
      ['ACQUIRED Kerry Group -> Brennan Loaves', 'FUNDED Kerry Group -> Harwell Foods'],
    ],
    [
      "Le groupe Arvel, détenu à 30 % par Bpifrance, a racheté le fabricant de pompes Sodimat pour 45 millions d'euros.",
      ['ACQUIRED Arvel -> Sodimat', 'FUNDED Bpifrance -> Arvel'],
    ],
    [
      'Le groupe Arvel, qui détient 25 % de Sodimat, a racheté Pompes Guinard.',
      ['ACQUIRED Arvel -> Pompes Guinard', 'FUNDED Arvel -> Sodimat'],
    ],
  ])('%s', (text, deals) => {
    expect(typedDealPairs(text, PUBLISHED)).toEqual(deals);
  });

  it("still reads the deal's own minority share", () => {
    expect(
      typedDealPairs(
        'Harwell Foods, which is 40% owned by Kerry Group, bought 20% of Brennan Loaves last month.',
        PUBLISHED,
      ),
    ).toEqual(['FUNDED Harwell Foods -> Brennan Loaves', 'FUNDED Kerry Group -> Harwell Foods']);
  });

  it('blanks a holding only when its holder is none of the parties', () => {
    const text = 'Harwell, which is 40% owned by Kerry Group, bought Brennan.';
    expect(withoutOutsideHoldings(text, ['Harwell', 'Brennan'])).not.toContain('40%');
    expect(withoutOutsideHoldings(text, ['Kerry Group', 'Harwell'])).toBe(text);
    expect(withoutOutsideHoldings(text, [])).toBe(text);
  });
});

describe("customers listed with their weight in a company's sales are no rivals", () => {
  it.each([
    "Its customers include Tesco, Sainsbury's and Asda, which together account for a third of sales.",
    "Parmi ses clients figurent Carrefour, Auchan et Système U, qui pèsent ensemble près d'un tiers des 610 millions d'euros de chiffre d'affaires.",
  ])('%s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it('still pairs companies holding a market together', () => {
    expect(rivals('Analysts said rivals Tesco and Asda together hold half of the market.')).toEqual([
      'Asda -> Tesco',
    ]);
    expect(rivals('Carrefour, Auchan et Système U détiennent à eux trois 55 % du marché.')).toHaveLength(3);
  });
});

describe('two units of one owner put together are no merger', () => {
  it.each([
    'The two units, Norhaven Havvind and Norhaven Sol, will be combined into a single renewables division from January.',
    'Its subsidiaries Arden Pumps and Arden Valves will merge on January 1.',
    'Ses deux filiales régionales, Transports Morel et Morel Logistique, vont fusionner au 1er janvier.',
  ])('%s', (text) => {
    expect(mergers(text)).toEqual([]);
  });

  it('keeps a merger of two companies announced by a noun of companies', () => {
    expect(mergers('The two companies, Brandel Foods and Kornmaat, agreed to merge.')).toEqual([
      'MERGED_WITH',
    ]);
    expect(mergers('Les deux groupes, Norelec et Voltaria, ont annoncé leur fusion.')).toEqual([
      'MERGED_WITH',
    ]);
  });
});
