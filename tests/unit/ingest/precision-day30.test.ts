/**
 * Day thirty, precision: a firm named after a given name is a firm when its apposition describes one
 * (entities/company-over-shape.ts `firmAppositionOverGivenName`); "près de X" and "near X" name a place, as "based
 * at X" does (entities/site-places.ts); rankings and awards are no organisations (entities/ranking-names.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

const PUBLISHED = '2026-11-29';

function entities(text: string): string[] {
  return extractArticle({ file: 'test', text, published: PUBLISHED })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

function relations(text: string, type: string): string[] {
  return extractArticle({ file: 'test', text, published: PUBLISHED })
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source} -> ${r.target}`);
}

describe('a firm named after a given name, described by its apposition', () => {
  it('types "Hattie Kitchens, a maker of frozen desserts" a firm in every sentence and keeps its deals', () => {
    const text =
      'Harcastle Foods said on Monday it had agreed to buy Hattie Kitchens, a maker of frozen desserts, for 40 million pounds. ' +
      'Hattie Kitchens was founded in 2011 by pastry chef Ines Corrado.';
    expect(entities(text)).toContain('Organization Hattie Kitchens');
    expect(entities(text)).not.toContain('Person Hattie Kitchens');
    expect(relations(text, 'ACQUIRED')).toEqual(['Harcastle Foods -> Hattie Kitchens']);
    expect(relations(text, 'FOUNDED')).toEqual(['Ines Corrado -> Hattie Kitchens']);
  });

  it('reads the French apposition the same way ("Lucie Cuisine, une entreprise de plats cuisinés")', () => {
    const text =
      "Le groupe Vendéal a racheté Lucie Cuisine, une entreprise de plats cuisinés, pour 12 millions d'euros.";
    expect(entities(text)).toContain('Organization Lucie Cuisine');
    expect(relations(text, 'ACQUIRED')).toEqual(['Vendéal -> Lucie Cuisine']);
  });

  it('keeps people whose apposition names a person or a person-capable noun', () => {
    expect(entities('Helen Corbet, a London investor, joined the round.')).toContain('Person Helen Corbet');
    expect(entities('Paul Mercadier, le fondateur de la société, reste au capital.')).toContain(
      'Person Paul Mercadier',
    );
  });

  it('keeps the founder of a fronted participle and a French "a" verb after the name', () => {
    const fronted =
      "Fondée en 1961 par Marcel Trébern, la biscuiterie emploie 200 salariés à Lorient et réalise 30 millions d'euros.";
    expect(entities(fronted)).toContain('Person Marcel Trébern');
    const verb = "Son fondateur, Pierre Lannuzel, a quitté l'entreprise en 2021.";
    expect(entities(verb)).toContain('Person Pierre Lannuzel');
  });
});

describe('places after "near" and "près de"', () => {
  it('drops a town after "installé près de" and "based near"', () => {
    const fr =
      'Le groupe Armoral a repris Galettes Kerhuel, un fabricant de crêpes installé près de Plestin, pour un montant non communiqué.';
    expect(entities(fr)).not.toContain('Organization Plestin');
    expect(relations(fr, 'ACQUIRED')).toEqual(['Armoral -> Galettes Kerhuel']);
    const en = 'Brindle Robotics, a start-up based near Thornbury, raised $5 million from Kestrel Ventures.';
    expect(entities(en)).not.toContain('Organization Thornbury');
    expect(relations(en, 'FUNDED')).toEqual(['Kestrel Ventures -> Brindle Robotics']);
  });

  it('drops a campus after "based at"', () => {
    const text = 'Quantel Bio, a spin-out based at Culham, agreed to buy Fenlow Assays for 9 million pounds.';
    expect(entities(text)).not.toContain('Organization Culham');
  });

  it('keeps a company after "auprès de"', () => {
    const text = "La start-up Ondalys a levé 3 millions d'euros auprès de Kerlan Capital.";
    expect(relations(text, 'FUNDED')).toEqual(['Kerlan Capital -> Ondalys']);
  });
});

describe('rankings and awards', () => {
  it('drops a ranking closed by a number in a sentence that tells a rank', () => {
    expect(
      entities("Novalith ranked ninth in this year's Growth Tech 100, the firm said.").join(' '),
    ).not.toContain('Growth Tech 100');
    expect(
      entities('La PME figure au classement Technologies Fast 50 du cabinet Orvane.').join(' '),
    ).not.toContain('Technologies Fast 50');
  });

  it('drops "the X ranking", a possessive award and French "Trophées"', () => {
    expect(
      entities('The firm appears in the Scale Leaders ranking for a third year.').join(' '),
    ).not.toContain('Scale Leaders');
    expect(entities("Dorvane Labs won a King's Award for Enterprise in 2025.").join(' ')).not.toContain(
      'King',
    );
    expect(
      entities("La marque a été distinguée aux Trophées de l'export de Bretagne.").join(' '),
    ).not.toContain('Trophées');
  });

  it('keeps a pollster after "classement" and a firm closed by a number outside a ranking', () => {
    expect(entities('Elle figure dans le classement Ipsos des marques préférées.')).toContain(
      'Organization Ipsos',
    );
    expect(relations('Channel 4 agreed to buy Brightfold Media for 20 million pounds.', 'ACQUIRED')).toEqual([
      'Channel 4 -> Brightfold Media',
    ]);
  });
});
