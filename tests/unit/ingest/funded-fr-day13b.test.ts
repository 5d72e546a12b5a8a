import { extractArticle } from '../../../ingest/extract';
import { facts, fundedAfterHydreaLead, pair } from './helpers';

/**
 * Day thirteen (b), French FUNDED: joiners of a round after a relative pronoun with a reflexive verb ("à laquelle se
 * joignent A et B"), grants and repayable advances with their giver, a lender whose acronym in brackets stands before
 * its verb, business angels named after their group's verb, list members carrying a craft noun ("et de
 * l'électronicien B"), and a holder selling out of the purchase the article is about when the buyer has made others.
 */

const funded = fundedAfterHydreaLead;

describe('joiners after a relative pronoun with a reflexive verb', () => {
  test.each([
    "Norval Capital mène l'opération, à laquelle se joignent le family office Ovalie Patrimoine et Definvest.",
    'Le fonds Norval Capital conduit le tour de table, auquel se sont associés Ovalie Patrimoine et Definvest.',
    "Norval Capital pilote la levée, à laquelle s'ajoutent également Definvest et Ovalie Patrimoine.",
  ])('%s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Ovalie Patrimoine -> Hydréa');
    expect(got).toContain('Definvest -> Hydréa');
  });

  test('a verb of opposing is no joining', () => {
    const got = funded(
      "Norval Capital pilote la levée, à laquelle s'opposent Definvest et Ovalie Patrimoine.",
    );
    expect(got).not.toContain('Definvest -> Hydréa');
    expect(got).not.toContain('Ovalie Patrimoine -> Hydréa');
  });
});

describe('grants and repayable advances with their giver', () => {
  test.each([
    "La société compte aussi sur une subvention de 2 millions d'euros de la Région Sud, obtenue en mars.",
    "Elle a aussi obtenu un prêt d'innovation de Bpifrance et une subvention de la Région Sud.",
    "La société bénéficie en outre de subventions de 1 million d'euros de la Région Sud.",
    "La société bénéficie d'une avance remboursable de 1 million d'euros de la Région Sud.",
  ])('%s', (sentence) => {
    expect(funded(sentence)).toContain('Région Sud -> Hydréa');
  });

  test('a grant voted to another company named after it does not go to the article company', () => {
    expect(
      funded("La Région Sud a voté une subvention de 2 millions d'euros à la société Nervia."),
    ).not.toContain('Région Sud -> Hydréa');
  });

  test('a lead over a rival ("avance") is no advance of money', () => {
    expect(funded('Hydréa a creusé son avance de deux ans sur Norval Capital.')).toEqual([]);
  });
});

describe("a lender's acronym in brackets before its verb", () => {
  test.each([
    [
      "La Banque européenne d'investissement (BEI) complète le financement par un prêt de 6 millions d'euros.",
      "Banque européenne d'investissement",
    ],
    [
      "Le Crédit Agricole Alpes Provence (CAAP) complète le tour avec une ligne de crédit de 2 millions d'euros.",
      'Crédit Agricole Alpes Provence',
    ],
    [
      "La Caisse d'épargne Côte d'Azur (CECAZ) boucle le financement avec un prêt de 3 millions d'euros.",
      "Caisse d'épargne Côte d'Azur",
    ],
  ])('%s', (sentence, lender) => {
    expect(funded(sentence)).toContain(`${lender} -> Hydréa`);
  });

  test('completing something else than the financing with no loan is no lending', () => {
    expect(
      funded("La Banque européenne d'investissement (BEI) complète son équipe par un recrutement."),
    ).toEqual([]);
  });
});

describe('business angels named after their group joins', () => {
  test.each([
    [
      "Plusieurs business angels complètent l'opération, parmi lesquels Julien Mercadier, le fondateur du comparateur Voyagio, et l'ancienne dirigeante hôtelière Nadia Benali.",
      ['Julien Mercadier -> Hydréa', 'Nadia Benali -> Hydréa'],
    ],
    [
      "Des business angels se joignent au tour, dont l'entrepreneur Paul Durand et Claire Martin.",
      ['Claire Martin -> Hydréa', 'Paul Durand -> Hydréa'],
    ],
    [
      'Plusieurs business angels accompagnent la levée, notamment Paul Durand, ancien patron de Fnac, et Claire Martin.',
      ['Claire Martin -> Hydréa', 'Paul Durand -> Hydréa'],
    ],
  ])('%s', (sentence, pairs) => {
    const got = funded(sentence);
    for (const p of pairs) expect(got).toContain(p);
  });

  test('angels who refused to follow fund nothing', () => {
    expect(
      funded('Plusieurs business angels ont refusé de suivre, parmi lesquels Paul Durand.'),
    ).not.toContain('Paul Durand -> Hydréa');
  });
});

describe('list members carrying a craft or sector noun', () => {
  test.each([
    [
      "Norval Capital figure déjà au capital du motoriste Turbolys et de l'électronicien Hexaradar.",
      'Norval Capital -> Hexaradar',
    ],
    [
      'Norval Capital détient également des participations dans le conserveur Armorix et dans la laiterie Lactavia.',
      'Norval Capital -> Lactavia',
    ],
    [
      'Norval Capital figure déjà au capital de Turbolys et du chaudronnier Inoxa.',
      'Norval Capital -> Inoxa',
    ],
  ])('%s', (sentence, pairTold) => {
    expect(funded(sentence)).toContain(pairTold);
  });
});

describe('a holder selling out sells out of the purchase the article is about', () => {
  /** A purchase article whose buyer has made other purchases before. */
  function bought(sentence: string): string[] {
    const title = 'Nutrivia met la main sur le breton Armorine';
    const text = `${title}\n\nLe fabricant lyonnais Nutrivia a annoncé mardi le rachat de la société bretonne Armorine pour 64 millions d'euros.\n\nEn 2022, Nutrivia avait racheté le groupe Alimex, puis le portugais Racao Douro l'année suivante.\n\n${sentence}`;
    return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
      .map(pair)
      .sort();
  }

  test.each([
    "Le fonds régional Breizh Invest, entré au capital en 2018, cède l'intégralité de ses titres.",
    'Le fonds régional Breizh Invest, entré au capital en 2018, vend sa participation.',
    "Le fonds régional Breizh Invest, entré au capital en 2018, cédera l'ensemble de ses parts.",
  ])('%s', (sentence) => {
    const got = bought(sentence);
    expect(got).toContain('Breizh Invest -> Armorine');
    expect(got).not.toContain('Breizh Invest -> Nutrivia');
  });

  test('a holder pushing the buyer to sell something is no seller of the company bought', () => {
    const title = 'Corvane buys Danish startup Helix Dermal for $85 million';
    const text = `${title}\n\nCorvane Medical said on Monday it would buy Danish startup Helix Dermal for $85 million.\n\nIn 2023, Corvane Medical bought Pellow Medical for $40 million.\n\nCorvane has been under pressure from activist investor Trellis Capital, which built a 6% stake last year and has pushed the company to sell its orthopaedics division.`;
    const got = facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED').map(pair);
    expect(got).not.toContain('Trellis Capital -> Helix Dermal');
  });
});
