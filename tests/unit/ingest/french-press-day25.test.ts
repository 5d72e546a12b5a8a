/**
 * Day twenty-five, French press: readers of how French trade press writes, each checked on sentences written for
 * these tests (no gold file holds them).
 * - deal-price-insert.ts: a price ("pour 12 millions d'euros") and a reflexive "s'offrir" take the inserts a dated
 *   deal verb takes, so a described object ("le grossiste toulousain Y") stays in reach.
 * - anaphora-impersonal.ts: "il s'est offert Y" has a company subject; only "il s'agit", "il s'avère" are impersonal.
 * - fr/capital-entries.ts: "Y voit entrer à son capital X", "l'entrée au capital, à hauteur de 15 %, du fonds X",
 *   "X a pris 15 % de son capital", "A et B ont pris ensemble 15 % du capital de Y" are minority funding.
 * - fr/round-fronted-lead.ts: "Mené par A, le tour de table associe B et C": A leads the round, B and C join it.
 * English has no such constructions (a price after the object, "it bought", "X took a stake in Y" are read by the
 * plain rules), so the tests are French only.
 */
import { madePairs, run, typedPair } from './helpers';

const PUBLISHED = '2026-11-26';

function acquired(text: string): string[] {
  return madePairs(text, PUBLISHED, 'ACQUIRED');
}

function funded(text: string): string[] {
  return madePairs(text, PUBLISHED, 'FUNDED');
}

const OPENING = 'Métallor, fabricant normand de pièces forgées, emploie 300 salariés à Caen. ';

describe('a price between a French deal verb and its object is stepped over', () => {
  it.each([
    [
      "Le groupe Ardéval avait racheté pour 12 millions d'euros le grossiste toulousain Pyrène Distribution.",
      'Ardéval -> Pyrène Distribution',
    ],
    [
      'Le groupe Ardéval a repris pour environ 4,2 M€ la biscuiterie lorraine Délices de Metz.',
      'Ardéval -> Délices de Metz',
    ],
    [
      "La société Cimalp a racheté l'an dernier pour près de 30 millions d'euros le spécialiste grenoblois des câbles Filtrex.",
      'Cimalp -> Filtrex',
    ],
    [
      'Le groupe Ardéval a acquis pour un montant non communiqué le distributeur belge Hovaert.',
      'Ardéval -> Hovaert',
    ],
  ])('%s', (text, expected) => {
    expect(acquired(text)).toContain(expected);
  });

  it('keeps the price as the amount', () => {
    const rel = run(
      "Le groupe Ardéval avait racheté pour 12 millions d'euros le grossiste toulousain Pyrène Distribution.",
      PUBLISHED,
    ).relations.find((r) => r.type === 'ACQUIRED');
    expect(rel?.amount).toBe(12000000);
  });

  it('reads no price in a count or a share after "pour" ("pour 40 % du capital")', () => {
    expect(acquired('Le groupe Ardéval a payé pour 40 % du capital la coopérative des Landes.')).toEqual([]);
  });
});

describe('"s\'offrir" reaches a described object like "racheter"', () => {
  it.each([
    [
      "La société Cimalp s'est offert en mars le spécialiste nantais des pompes doseuses Hydralis.",
      'Cimalp -> Hydralis',
    ],
    [
      "Le groupe Ardéval s'est offert le fabricant de couteaux thiernois Coutellerie Vidal.",
      'Ardéval -> Coutellerie Vidal',
    ],
    ["Le groupe Ardéval s'était offert l'an dernier pour 8 M€ le savoyard Alpitech.", 'Ardéval -> Alpitech'],
  ])('%s', (text, expected) => {
    expect(acquired(text)).toContain(expected);
  });

  it('reads no purchase in a thing offered ("s\'est offert une campagne de publicité")', () => {
    expect(
      acquired("Le groupe Ardéval s'est offert une campagne de publicité dans le quotidien Ouest-France."),
    ).toEqual([]);
  });
});

describe('"il s\'est offert" has a company subject; "il s\'agit" stays impersonal', () => {
  it.each([
    [
      `${OPENING}Deux ans plus tard, il s'est offert le fabricant Delval Outillage pour 4 M€.`,
      'Métallor -> Delval Outillage',
    ],
    [`${OPENING}Il s'est offert en 2022 la fonderie Brévent.`, 'Métallor -> Brévent'],
    [
      `${OPENING}Le groupe n'en est pas à son premier achat : il s'est offert en 2022 la fonderie Brévent.`,
      'Métallor -> Brévent',
    ],
  ])('%s', (text, expected) => {
    expect(acquired(text)).toContain(expected);
  });

  it('reads nothing from "il s\'agit de sa troisième acquisition"', () => {
    expect(acquired(`${OPENING}Il s'agit de sa troisième acquisition depuis 2020, après Brévent.`)).toEqual(
      [],
    );
  });
});

describe('an investor let into a capital, or arriving in it, funds the company', () => {
  it.each([
    [
      `${OPENING}La société voit par ailleurs entrer à son capital le fonds régional Normandie Participations.`,
      'Normandie Participations -> Métallor',
    ],
    [
      `${OPENING}Métallor a fait entrer à son capital en mars le fonds Seine Croissance, à hauteur de 6 millions d'euros.`,
      'Seine Croissance -> Métallor',
    ],
    [
      `${OPENING}Le plan sera financé par l'entrée au capital, à hauteur de 15 %, du fonds régional Normandie Participations.`,
      'Normandie Participations -> Métallor',
    ],
    [
      `${OPENING}L'opération marque la montée au capital du chantier cherbourgeois Naval Cotentin.`,
      'Naval Cotentin -> Métallor',
    ],
  ])('%s', (text, expected) => {
    expect(funded(text)).toContain(expected);
  });

  it('reads no arrival that did not happen ("Un temps évoquée, l\'entrée au capital de X n\'a pas abouti")', () => {
    const text = `${OPENING}Un temps évoquée, l'entrée au capital du groupe espagnol Marbella Resorts n'a finalement pas abouti.`;
    expect(funded(text)).toEqual([]);
  });

  it('reads the company, not the investor, in "son entrée au capital de Y"', () => {
    expect(funded(`${OPENING}Arkéa a annoncé son entrée au capital de Brévent.`)).toEqual([
      'Arkéa -> Brévent',
    ]);
  });
});

describe('a minority share of a capital funds its company', () => {
  it.each([
    [
      `${OPENING}Le fonds Seine Croissance a pris 15 % de son capital en 2022.`,
      'Seine Croissance -> Métallor',
    ],
    [
      `${OPENING}Le fonds Seine Croissance, qui avait pris 15 % du capital en 2017, s'est retiré l'an dernier.`,
      'Seine Croissance -> Métallor',
    ],
    [
      `${OPENING}En décembre, Arkéa et le fonds Seine Croissance ont pris ensemble 20 % du capital de Brévent pour 9 millions d'euros.`,
      'Seine Croissance -> Brévent',
    ],
  ])('%s', (text, expected) => {
    expect(funded(text)).toContain(expected);
  });

  it('reads a majority share as no funding ("a pris 70 % du capital")', () => {
    expect(funded(`${OPENING}Le fonds Seine Croissance a pris 70 % du capital en 2022.`)).toEqual([]);
  });

  it('gives a second verb after "et" its clause subject, not the first verb\'s object', () => {
    const text = `${OPENING}Il avait déjà repris en 2023 le belge Sterilab et pris 25 % du capital de la start-up Kinetix Robotics.`;
    expect(run(text, PUBLISHED).relations.map(typedPair)).not.toContain(
      'FUNDED Sterilab -> Kinetix Robotics',
    );
  });
});

describe("a fronted lead and the members a round gathers fund the round's company", () => {
  it.each([
    [
      `${OPENING}Mené par Normandie Capital, le tour de table associe Arkéa, le fonds Seine Croissance et des business angels.`,
      ['Arkéa -> Métallor', 'Normandie Capital -> Métallor', 'Seine Croissance -> Métallor'],
    ],
    [
      `${OPENING}Emmenée par Eurazeo, la levée de fonds réunit aussi Siparex.`,
      ['Eurazeo -> Métallor', 'Siparex -> Métallor'],
    ],
    [
      `${OPENING}Conduit par le fonds Elaia, ce nouveau tour rassemble Kima Ventures et Serena.`,
      ['Elaia -> Métallor', 'Kima Ventures -> Métallor', 'Serena -> Métallor'],
    ],
  ])('%s', (text, expected) => {
    expect(funded(text)).toEqual(expect.arrayContaining(expected));
  });

  it('marks the fronted agent as the lead', () => {
    const text = `${OPENING}Emmenée par Eurazeo, la levée de fonds réunit aussi Siparex.`;
    const lead = run(text, PUBLISHED).relations.find((r) => r.type === 'FUNDED' && r.source === 'Eurazeo');
    expect(lead?.lead).toBe(true);
  });

  it.each([
    `${OPENING}Menée par Claire Dubois, l'équipe de direction réunit trois anciens de Thales.`,
    `${OPENING}Le conseil de surveillance réunit Arkéa et Siparex chaque trimestre.`,
  ])('reads no round in "%s"', (text) => {
    expect(funded(text)).toEqual([]);
  });
});
