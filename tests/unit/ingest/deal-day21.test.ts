/**
 * Deal, day twenty-one: which entity a deal verb links. Sentences written for these tests (dev-gold-21 en-650,
 * en-661, dev-gold-20 en-642, dev-gold-8 en-451, dev-gold-7 fr-310 and dev-gold-22 show the shapes).
 * - deal-role-apposition.ts: a party named in apposition after a possessive role ("to its partner, Z", "à son
 *   partenaire historique, le japonais Z", "auprès de son actionnaire, Z") is the party the preposition brings in.
 * - deal-apposed-subject-head.ts: a company named inside the subject's apposition ("X, the group owned by Y, agreed
 *   to buy Z", "X, spun out of Y, bought Z") is not the buyer; the head is.
 * - values/company-collapse.ts: "collapsed" with a company for subject, or before a company noun, is no deal called off.
 * - deal-time-transparent.ts: a time phrase before a share's figure ("a cédé en juin 60 % de sa filiale Y à Z").
 * - sentence-orgs.ts (frontedAgentPhrase): "Conseillé par la banque d'affaires A, l'acquéreur …" has its subject
 *   after the comma, not the adviser.
 */
import { facts, madePairs, run, scoredFactsAfterLead } from './helpers';

const PUBLISHED = '2026-11-20';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const sellerOf = (text: string): (string | null)[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED').map((r) => r.seller);

describe('a party named after a possessive role and a comma is the party', () => {
  it.each([
    [
      'Brantley Foods sold its 51% stake in Corvo Dairy to its longtime partner, Danish cooperative Aldermoor, last year.',
      ['Aldermoor -> Corvo Dairy'],
    ],
    [
      'Pelham Steel agreed to sell its coatings unit, Pelham Surfaces, to its joint-venture partner, Japanese trading house Kinoshita Corp, for 80 million dollars.',
      ['Kinoshita Corp -> Pelham Surfaces'],
    ],
    [
      "Le groupe Vernier a cédé l'an dernier sa filiale Ouest Emballages à son partenaire historique, le belge Dumont Packaging.",
      ['Dumont Packaging -> Ouest Emballages'],
    ],
    [
      "Le groupe Vernier a cédé sa filiale Ouest Emballages à son partenaire de longue date, Dumont Packaging, pour 40 millions d'euros.",
      ['Dumont Packaging -> Ouest Emballages'],
    ],
  ])('%s', (text, deals) => {
    expect(made(text)).toEqual(deals);
  });

  it('names the seller the buyer bought from', () => {
    expect(
      sellerOf(
        'Alvon Pharma bought Serrat Labs from its largest shareholder, Swiss fund Morland Capital, in March.',
      ),
    ).toEqual(['Morland Capital']);
    expect(
      sellerOf(
        'Le fonds Orsane Capital a pris le contrôle de Biscuits Lemaître auprès de son actionnaire historique, la coopérative Triskalia Ouest.',
      ),
    ).toEqual(['Triskalia Ouest']);
  });

  it('does not read the seller as an investor in the buyer', () => {
    const funded = facts(
      run(
        'Le fonds Orsane Capital a pris le contrôle de Biscuits Lemaître auprès de son actionnaire historique, la coopérative Triskalia Ouest.',
        PUBLISHED,
      ),
      'FUNDED',
    );
    expect(funded).toEqual([]);
  });

  it.each([
    // an adviser is no role a deal's party is named by
    ['Pelham Steel agreed to sell Pelham Surfaces to its lawyers, Kinoshita Corp.'],
    ['Le groupe Vernier a cédé sa filiale Ouest Emballages à son avocat, le cabinet Dumont Associés.'],
    // no name after the role: the buyer stays unknown
    [
      'Pelham Steel agreed to sell its coatings unit, Pelham Surfaces, to its partner, which has not been named.',
    ],
  ])('near miss: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe("a company inside the subject's apposition is not the buyer", () => {
  it.each([
    [
      'Harbourvet, the veterinary group owned by private equity firm Ashgrove Partners, has agreed to buy smaller rival Vetwell for about 310 million pounds.',
      'Harbourvet -> Vetwell',
    ],
    [
      'Brixa Tools, spun out of German engineering group Kaltner AG in 2015, bought Holtz Werk in 2021.',
      'Brixa Tools -> Holtz Werk',
    ],
    [
      'Ferlac Industrie, le groupe détenu depuis 2019 par le fonds Ardenne Capital, a racheté Valvex.',
      'Ferlac Industrie -> Valvex',
    ],
  ])('%s', (text, deal) => {
    const pairs = made(text);
    expect(pairs).toContain(deal);
    expect(pairs.filter((p) => p.endsWith(deal.split(' -> ')[1]))).toEqual([deal]);
  });

  it('near miss: a company that is the subject of its own clause keeps the verb', () => {
    expect(made('Brixa Tools said Tarrant Equity, its owner, had agreed to buy Holtz Werk.')).toEqual([
      'Tarrant Equity -> Holtz Werk',
    ]);
  });
});

describe('a company that collapsed is no deal called off', () => {
  it.each([
    [
      'Fastway Charging collapsed in January, and its 300 sites were bought by ChargeHub in February.',
      'ChargeHub -> Fastway Charging',
    ],
    [
      'Voltway Energy bought 420 charging sites from PlugPoint Networks, three weeks after the loss-making rival collapsed under its debts.',
      'Voltway Energy -> PlugPoint Networks',
    ],
    [
      'Last year Vantair bought collapsed regional airline Skyhop for 40 million dollars.',
      'Vantair -> Skyhop',
    ],
    [
      'Gaufrettes Normandes a été placé en liquidation en septembre, et ses deux usines ont été reprises par Maison Lacombe.',
      'Maison Lacombe -> Gaufrettes Normandes',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toContain(deal);
  });

  it.each([
    ['Kessler agreed to buy Halden Marine in March, but the deal collapsed over price.'],
    [
      'A 2023 agreement to sell Halden Marine to Kessler Spedition, a German competitor, collapsed after regulators opened an investigation.',
    ],
    ['A proposed tie-up between Halvern Mills and Durand Bakeries collapsed in March over price.'],
  ])('near miss: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a time phrase before the figure of a share sold', () => {
  it('reads the sale past the time phrase', () => {
    expect(
      made(
        "Valmonde avait déjà cédé en juin 60 % de sa filiale italienne Valmonde Italia à l'assureur Generali.",
      ),
    ).toEqual(['Generali -> Valmonde Italia']);
  });
});

describe('a fronted adviser is not the subject of the clause after it', () => {
  const title = 'Ferrand Technologies rachète Kessler Armaturen';
  const lead = "Ferrand Technologies a annoncé mardi le rachat de l'allemand Kessler Armaturen.";
  it.each([
    "Conseillé par la banque d'affaires Lazard, l'acquéreur financera l'opération par une augmentation de capital souscrite par son actionnaire de référence, Siparex.",
    "Conseillé par la banque d'affaires Lazard, l'acquéreur financera l'opération par une augmentation de capital souscrite par le fonds Siparex.",
  ])('%s', (sentence) => {
    expect(scoredFactsAfterLead('FUNDED', sentence, title, lead)).toEqual([
      'Siparex -> Ferrand Technologies',
    ]);
  });

  it('near miss: the agent of a fronted phrase with a named subject after it', () => {
    expect(
      scoredFactsAfterLead(
        'FUNDED',
        'Soutenu par le fonds Siparex, Kessler Armaturen a levé 10 millions d’euros.',
        title,
        lead,
      ),
    ).not.toContain('Siparex -> Ferrand Technologies');
  });
});
