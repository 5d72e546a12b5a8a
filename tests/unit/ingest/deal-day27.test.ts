/**
 * Day twenty-seven (deals): a purchase agreed with the seller told with a dative "lui" ("s'est entendu avec B pour
 * lui racheter sa filiale Y"); a court phrase between a takeover verb and what is taken over ("a repris, à la barre
 * du tribunal de commerce de Brest, la conserverie Y"), also in a second verb sharing the subject; "avant de" + an
 * infinitive shares the subject, so the first object is no buyer; a merger of plural names ("la fusion, en 1998,
 * des Ateliers A et de la Société B"); two bodies coordinated after "et de l'" stay two names; a unit named as the
 * buyer's means ("through its subsidiary Z", "par l'intermédiaire de sa filiale Z") buys too, and such a purchase is
 * no fund's vehicle; "la société" after a fund is the company the fund backs. Near misses with each. Sentences
 * written for these tests.
 */
import { run, typedPair } from './helpers';

function typed(text: string, type: string): string[] {
  return run(text, '2026-11-20')
    .relations.filter((r) => r.type === type)
    .map(typedPair);
}

function sellerOf(text: string, target: string): string | null | undefined {
  return run(text, '2026-11-20').relations.find((r) => r.type === 'ACQUIRED' && r.target === target)?.seller;
}

function entityNames(text: string): string[] {
  return run(text, '2026-11-20').entities.map((e) => e.name);
}

describe('a purchase agreed with the seller, who stands as "lui" before the verb (French only)', () => {
  it.each([
    [
      "Le groupe coopératif Valdorge s'est entendu lundi avec l'allemand Brauhaus Keller pour lui racheter sa filiale alsacienne de bières, Brasserie du Kochersberg, pour 21 millions d'euros.",
      'ACQUIRED Valdorge -> Brasserie du Kochersberg',
      'Brauhaus Keller',
    ],
    [
      'Le groupe Orvanel a signé un accord avec le suédois Nordkem AB pour lui reprendre sa division de colles, Arvor Adhésifs.',
      'ACQUIRED Orvanel -> Arvor Adhésifs',
      'Nordkem AB',
    ],
  ])('%s', (text, wanted, seller) => {
    expect(typed(text, 'ACQUIRED')).toContain(wanted);
    const target = wanted.split(' -> ')[1];
    expect(sellerOf(text, target)).toBe(seller);
  });

  it('a sale to the partner is no purchase by the subject', () => {
    const text =
      "Le groupe Valdorge s'est entendu avec l'allemand Brauhaus Keller pour lui vendre sa filiale de bières, Brasserie du Kochersberg.";
    expect(typed(text, 'ACQUIRED')).not.toContain('ACQUIRED Valdorge -> Brasserie du Kochersberg');
  });

  it('shares bought from the partner name no company', () => {
    const text = "Le groupe Valdorge s'est entendu avec le fonds Alcyon Capital pour lui racheter ses parts.";
    expect(typed(text, 'ACQUIRED')).toEqual([]);
  });
});

describe('a court phrase between a takeover verb and its object is read past (French)', () => {
  it.each([
    [
      'Le groupe Kerlivec a repris, à la barre du tribunal de commerce de Brest, la conserverie Belle-Île Marée.',
      'ACQUIRED Kerlivec -> Belle-Île Marée',
    ],
    [
      'Le groupe Fontanel a racheté en juin devant le tribunal de commerce de Nancy le fabricant de meubles Ébénia.',
      'ACQUIRED Fontanel -> Ébénia',
    ],
    [
      "Le groupe Dauvergne a racheté en 2021 l'imprimeur Papeteries Lorin, puis a repris l'an dernier, à la barre du tribunal de commerce de Tours, la reliure Atelier Massot.",
      'ACQUIRED Dauvergne -> Atelier Massot',
    ],
    [
      'Le groupe Dauvergne a racheté en 2021 le cartonnier Cartonnages Vidal, avant de reprendre en mai, devant le tribunal de commerce de Blois, le façonnier Pliages Renaud.',
      'ACQUIRED Dauvergne -> Pliages Renaud',
    ],
  ])('%s', (text, wanted) => {
    expect(typed(text, 'ACQUIRED')).toContain(wanted);
  });

  it('a court phrase after a verb that is no deal makes no purchase', () => {
    const text =
      'Le groupe Kerlivec a assigné, devant le tribunal de commerce de Brest, la conserverie Belle-Île Marée.';
    expect(typed(text, 'ACQUIRED')).toEqual([]);
  });

  it('the object of the first verb does not buy what "avant de" takes over', () => {
    const text =
      "Le groupe Dauvergne est un imprimeur. Il s'est offert en 2020 le relieur Les Ateliers Gaspard, avant de reprendre en mars la cartonnerie Pliages Renaud.";
    expect(typed(text, 'ACQUIRED')).not.toContain('ACQUIRED Ateliers Gaspard -> Pliages Renaud');
  });
});

describe('"Dirigée depuis 2021 par P, la coopérative …": the opening participle is no name (French)', () => {
  it('the pointer after the phrase is the company the story is about, which P heads', () => {
    const text =
      'La coopérative bretonne Arvélia a racheté la fromagerie Bel Air. Dirigée depuis 2021 par Anne Kerhervé, la coopérative a acquis en 2022 le yaourtier Laiterie de Kervignac.';
    expect(typed(text, 'ACQUIRED')).toContain('ACQUIRED Arvélia -> Laiterie de Kervignac');
    expect(typed(text, 'LEADS')).toEqual(['LEADS Anne Kerhervé -> Arvélia']);
  });
});

describe('mergers of plural names and coordinated bodies (French)', () => {
  it('"la fusion, en 1998, des A et de la B" merges A and B', () => {
    const text =
      'Le groupe Ravel est né de la fusion, en 1998, des Établissements Morand Frères et de la Société dauphinoise de chaudronnerie.';
    const merged = typed(text, 'MERGED_WITH').map((m) => m.replace('MERGED_WITH ', '').split(' -> ').sort());
    expect(merged).toEqual([['Société dauphinoise de chaudronnerie', 'Établissements Morand Frères']]);
  });

  it('"la fusion des activités de A et de B" joins businesses, not a plural name', () => {
    const text = 'Le projet prévoit la fusion des activités de Dravenne et de Solmont dans une coentreprise.';
    expect(typed(text, 'MERGED_WITH')).not.toContain('MERGED_WITH Dravenne -> Solmont');
    expect(typed(text, 'MERGED_WITH')).not.toContain('MERGED_WITH Solmont -> Dravenne');
  });

  it('"la Coopérative des X et de l\'Union Y" are two bodies, with a regional adjective kept', () => {
    const text =
      "Le groupe Agrisud est né en 1991 du rapprochement de la Coopérative des Causses et de l'Union céréalière angevine.";
    const names = entityNames(text);
    expect(names).toEqual(expect.arrayContaining(['Coopérative des Causses', 'Union céréalière angevine']));
    const merged = run(text, '2026-11-20').relations.filter((r) => r.type === 'MERGED_WITH');
    expect(merged.length).toBe(1);
    // "né en 1991 du rapprochement": the birth year is the merger's date
    expect(merged[0].date).toBe('1991');
  });

  it("a ministry's two portfolios stay one name", () => {
    const text =
      "Le ministère de l'Agriculture et de l'Alimentation a salué l'accord entre Agrisud et Céréalor.";
    expect(entityNames(text)).toContain("ministère de l'Agriculture et de l'Alimentation");
  });
});

describe("a purchase made through a named unit of the buyer is the unit's too", () => {
  it.each([
    [
      'Corvane Industries said it had acquired Dutch pump maker Hollant Pompen through its wholly owned subsidiary Corvane Fluid Systems.',
      ['ACQUIRED Corvane Industries -> Hollant Pompen', 'ACQUIRED Corvane Fluid Systems -> Hollant Pompen'],
    ],
    [
      'Halden Corp said it had bought Gympie Mills Inc, a sawmill operator, via its Westbury Timber unit.',
      ['ACQUIRED Halden Corp -> Gympie Mills Inc', 'ACQUIRED Westbury Timber -> Gympie Mills Inc'],
    ],
    [
      "Le groupe Sévelin a racheté le transporteur Trans-Rouergue par l'intermédiaire de sa filiale Sévelin Logistique.",
      ['ACQUIRED Sévelin -> Trans-Rouergue', 'ACQUIRED Sévelin Logistique -> Trans-Rouergue'],
    ],
  ])('%s', (text, wanted) => {
    expect(typed(text, 'ACQUIRED')).toEqual(expect.arrayContaining(wanted));
  });

  it('a means with no unit noun is no company of the buyer', () => {
    const text =
      'Corvane Industries acquired Hollant Pompen through a tender offer managed by Ridley Brothers.';
    expect(typed(text, 'ACQUIRED')).toEqual(['ACQUIRED Corvane Industries -> Hollant Pompen']);
  });

  it("a takeover through the buyer's subsidiary funds no one", () => {
    const text =
      'Ashgrove Dairy said it had taken over the cheese business of bankrupt processor Millbrook Farms through its subsidiary Ashgrove Cheese LLC after a funding round last year.';
    expect(typed(text, 'FUNDED')).toEqual([]);
  });
});

describe("a headline naming only the owner of the business bought is the body's named sale", () => {
  const body =
    "La coopérative Arvélia s'est entendue jeudi avec le groupe italien Galdoni pour lui racheter sa filiale française de biscuits, Biscuits du Morvan, pour 30 millions d'euros.";

  it('"reprend les biscuits de Galdoni" is no purchase of Galdoni itself', () => {
    const text = `Agroalimentaire : Arvélia reprend les biscuits de Galdoni\n\n${body}`;
    expect(typed(text, 'ACQUIRED')).toEqual(['ACQUIRED Arvélia -> Biscuits du Morvan']);
  });

  it('"prend le contrôle de Galdoni" still buys Galdoni', () => {
    const text = `Agroalimentaire : Arvélia prend le contrôle de Galdoni\n\n${body}`;
    expect(typed(text, 'ACQUIRED')).toContain('ACQUIRED Arvélia -> Galdoni');
  });
});

describe('a business bought with its assets: the owner after "of"/"de" is bought', () => {
  it.each([
    [
      'Marlow Logistics has agreed to acquire the business and assets of Estonian haulier Tallinna Vedu through its subsidiary Marlow Baltics.',
      ['ACQUIRED Marlow Logistics -> Tallinna Vedu', 'ACQUIRED Marlow Baltics -> Tallinna Vedu'],
    ],
    [
      "Le groupe Ravel a repris l'activité et les actifs du chaudronnier Tôlerie Bastide, placé en liquidation judiciaire.",
      ['ACQUIRED Ravel -> Tôlerie Bastide'],
    ],
  ])('%s', (text, wanted) => {
    expect(typed(text, 'ACQUIRED')).toEqual(expect.arrayContaining(wanted));
  });

  it('"the business and operations" growing is no purchase', () => {
    const text =
      'Marlow Logistics said the business and operations of the group grew by 5% last year, helped by Tallinna Vedu.';
    expect(typed(text, 'ACQUIRED')).toEqual([]);
  });
});

describe('"la société" after a fund is the company the fund backs (French)', () => {
  it('the backed company buys, not the fund named last', () => {
    const text =
      "Le fonds Galène Capital, qui accompagne Rouvière Industries depuis 2019, participera au financement de l'opération. La société, présidée par Hugo Cassan, a déjà racheté en 2022 le fondeur Fonderies d'Ussel.";
    const acquired = typed(text, 'ACQUIRED');
    expect(acquired).toContain("ACQUIRED Rouvière Industries -> Fonderies d'Ussel");
    expect(acquired).not.toContain("ACQUIRED Galène Capital -> Fonderies d'Ussel");
  });

  it('"le fonds" still points at the fund', () => {
    const text =
      "Le fonds Galène Capital accompagne Rouvière Industries depuis 2019. Le fonds a déjà racheté en 2022 le fondeur Fonderies d'Ussel.";
    expect(typed(text, 'ACQUIRED')).toContain("ACQUIRED Galène Capital -> Fonderies d'Ussel");
  });
});
