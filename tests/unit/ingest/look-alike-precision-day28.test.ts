/**
 * Day twenty-eight, precision: look-alikes that must not become organisations or funding facts.
 * - a town in "a <town>, <state>-based maker" (entities/town-before-based-region.ts);
 * - a place after a building noun and "at" / "near" / "près de" ("a creamery at Penrith", entities/site-places.ts);
 * - "Greater Manchester", "West Yorkshire": a place prefix before a known place is no club or branch
 *   (entities/institution-span.ts), and "the <place> <trade> maker" points back at a company named before
 *   (entities/place-modifier-descriptor.ts);
 * - a company name closed by a sector noun ("Pet Nutrition", "Cycles", "Storage") is no person even when it opens
 *   with a given name (entities/lexicon-common.ts);
 * - "projects backed by X", "un projet soutenu par X": X backs the projects, not the company before them
 *   (relations/backed-thing-nouns.ts, read by en/funded.ts, fr/funded.ts and frames/funded-passive.ts);
 * - "détenu à 45 % par ceux de B", "owned by the shareholders of B": B's owners hold it, not B
 *   (relations/frames/funded-held-by.ts);
 * - "l'action X gagnait 2 % à la Bourse de Paris": the exchange is the market the price moved on
 *   (entities/exchange-price-move.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { factLines } from './helpers';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-11-26' });
}

function facts(text: string): string[] {
  return factLines(read(text));
}

function entity(text: string, name: string): string | undefined {
  return read(text).entities.find((e) => e.name === name)?.type;
}

describe('a town before "<state>-based"', () => {
  it('drops the town of "a Boise, Idaho-based maker"', () => {
    const text =
      'Larkspur Devices, a Boise, Idaho-based maker of soil sensors, said on Monday it had hired 40 engineers.';
    expect(entity(text, 'Boise')).toBeUndefined();
    expect(entity(text, 'Larkspur Devices')).toBe('Organization');
  });

  it('drops a two-word town ("a Grand Rapids, Michigan-based supplier")', () => {
    const text =
      'Ottawa Hinge Works agreed to buy Pellston Tooling, a Grand Rapids, Michigan-based supplier of moulds, for $30 million.';
    expect(entity(text, 'Grand Rapids')).toBeUndefined();
    expect(facts(text)).toContain('ACQUIRED Ottawa Hinge Works -> Pellston Tooling');
  });

  it('keeps a company named before a comma and a "-based" apposition with no article', () => {
    const text =
      'Brantwood Analytics, Denver-based maker of billing software, raised $12 million from Cobalt Ridge Ventures.';
    expect(entity(text, 'Brantwood Analytics')).toBe('Organization');
  });
});

describe('a place after a building noun', () => {
  it('drops the town of "a second creamery at Penrith"', () => {
    const text = 'Fellside Dairy used the money to build a second creamery at Kirkby Stephen last year.';
    expect(entity(text, 'Kirkby Stephen')).toBeUndefined();
  });

  it('drops the town of "une usine près de Cholet"', () => {
    const text =
      "La société Volterre ouvrira l'an prochain une usine près de Montaigu pour produire ses batteries.";
    expect(entity(text, 'Montaigu')).toBeUndefined();
    expect(entity(text, 'Volterre')).toBe('Organization');
  });

  it('keeps an employer after "staff at" (people, not a building)', () => {
    const text = 'Staff at Brackenford Logistics were told of the sale on Friday, the union said.';
    expect(entity(text, 'Brackenford Logistics')).toBe('Organization');
  });
});

describe('regions spelled from a known place', () => {
  it('drops "Greater Manchester" in "the Greater Manchester ready-meal maker"', () => {
    const text =
      'Ashby Capital hired advisers to explore a sale of Pendle Kitchen, the Greater Manchester ready-meal maker it bought in 2021.';
    expect(entity(text, 'Greater Manchester')).toBeUndefined();
    expect(entity(text, 'Pendle Kitchen')).toBe('Organization');
  });

  it('still reads a club as "<name> <known city>"', () => {
    const text = 'Le club de football Racing Lyon a été racheté par le fonds Stade Partners.';
    expect(facts(text).some((f) => f.startsWith('ACQUIRED Stade Partners ->'))).toBe(true);
  });
});

describe('a company closed by a sector noun', () => {
  it('types "Kestrel Pet Nutrition" an organisation, not a person', () => {
    const text = 'Analysts said Kestrel Pet Nutrition could now face pressure to find a buyer of its own.';
    expect(entity(text, 'Kestrel Pet Nutrition')).toBe('Organization');
  });

  it('types "Maxime Cycles" an organisation in French', () => {
    const text = "Le fabricant Maxime Cycles a racheté l'atelier Roue Libre pour 2 millions d'euros.";
    expect(entity(text, 'Maxime Cycles')).toBe('Organization');
  });

  it('keeps a plain two-word person', () => {
    const text = 'Martin Leblanc, président de Roue Libre, restera en poste.';
    expect(entity(text, 'Martin Leblanc')).toBe('Person');
  });
});

describe('a backer of projects is no backer of the company before them', () => {
  it('reads no funding in "supplies utility A and projects backed by B"', () => {
    const text =
      'Harrow Valves supplies gauges to utility Medway Power and to projects backed by the Thames Growth Fund.';
    expect(facts(text).filter((f) => f.startsWith('FUNDED'))).toEqual([]);
  });

  it('reads no funding in "X équipe un projet soutenu par B"', () => {
    const text = 'Sorelec équipe aussi un projet soutenu par Bpifrance.';
    expect(facts(text).filter((f) => f.startsWith('FUNDED'))).toEqual([]);
  });

  it('still reads "A, a startup backed by B"', () => {
    const text = 'It competes with Pellmark, a Leeds startup backed by Oakfield Ventures.';
    expect(facts(text)).toContain('FUNDED Oakfield Ventures -> Pellmark');
  });

  it('still reads "Y est soutenue par X"', () => {
    const text = 'La start-up nantaise Ondelia est soutenue depuis 2022 par le fonds Ouest Amorçage.';
    expect(facts(text)).toContain('FUNDED Ouest Amorçage -> Ondelia');
  });
});

describe("a company's owners are not the company", () => {
  it('reads no funding from "par ceux de B"', () => {
    const text =
      'Le nouvel ensemble, baptisé Calvane, sera détenu à 60 % par les actionnaires de Tessor et à 40 % par ceux de Myrial.';
    expect(facts(text).filter((f) => f.startsWith('FUNDED'))).toEqual([]);
  });

  it('still reads "détenue à 35 % par A et à 10 % par B"', () => {
    const text = 'La société Ferlane est détenue à 35 % par le fonds Aravis Capital et à 10 % par Bpifrance.';
    expect(facts(text)).toEqual(
      expect.arrayContaining(['FUNDED Aravis Capital -> Ferlane', 'FUNDED Bpifrance -> Ferlane']),
    );
  });

  it('reads no funding from "owned by the shareholders of B"', () => {
    const text =
      'Northgate Rail, which is 45% owned by the shareholders of Calder Freight, will list in March.';
    expect(facts(text).filter((f) => f.startsWith('FUNDED'))).toEqual([]);
  });
});

describe('an exchange named as the venue of a price move', () => {
  it('drops "la Bourse de Paris" where a share price moved', () => {
    const text = "À la Bourse de Paris, l'action Marvelle gagnait 2,4 % mardi matin.";
    expect(entity(text, 'Bourse de Paris')).toBeUndefined();
  });

  it('keeps the exchange a company is listed on', () => {
    const text = 'La société Marvelle, cotée à la Bourse de Francfort, a gagné 3 % en un an.';
    expect(entity(text, 'Bourse de Francfort')).toBe('Organization');
  });

  it('keeps an English exchange name', () => {
    const text = 'Shares in Brackenford Group rose 5% on the New York Stock Exchange after the deal.';
    expect(entity(text, 'New York Stock Exchange')).toBe('Organization');
  });
});
