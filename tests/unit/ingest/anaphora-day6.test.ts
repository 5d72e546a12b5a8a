import { tokenize } from '../../../ingest/tokens';
import { foldOrigin, isOriginWord } from '../../../ingest/relations/anaphora-origin';
import { facts, pair, run } from './helpers';
import { articleUnits as unitsOf } from './article-units';

/**
 * Sixth day: full articles name their company once and then by its origin ("le groupe lyonnais"), its role in the
 * deal ("l'acquéreur", "the seller"), a family name its founder shares, or not at all ("said chief executive P").
 */

/** Each sentence as its units, pointers starred: "[*Ferrand] affronte …". */
function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

describe('a dateline’s wire service is no subject', () => {
  it('gives "the Bergen-based company" to the company of the lead, not to the agency in brackets', () => {
    const text =
      'BERGEN, March 2 (Reuters) - Tindvik Marine said on Monday it would buy Swedish boatbuilder Kalmora Yachts.\n\n' +
      'The Bergen-based company will pay cash for Kalmora Yachts.';
    expect(unitsOf(text)[1]).toMatch(/^\[\*Tindvik Marine\] will pay/);
  });
});

describe('an origin said once next to a name picks that company out later', () => {
  it('folds feminine and masculine French origins together', () => {
    expect(foldOrigin('iséroise')).toBe(foldOrigin('isérois'));
    expect(foldOrigin('vendéenne')).toBe(foldOrigin('vendéen'));
    expect(foldOrigin('Oslo-based')).toBe('oslo-based');
  });

  it('takes nouns that merely end like a demonym for no origin', () => {
    const word = (text: string) => tokenize(text, 0)[0];
    expect(isOriginWord(word('acquisition'))).toBe(false);
    expect(isOriginWord(word('soutien'))).toBe(false);
    expect(isOriginWord(word('nantais'))).toBe(true);
    expect(isOriginWord(word('Bergen-based'))).toBe(true);
  });

  it('reads "le groupe nantais" as the company introduced as nantais, not the one the last sentences were about', () => {
    const text =
      "Le spécialiste nantais de l'emballage Cartavia a racheté le belge Plisson. " +
      "Plisson emploie 300 personnes à Liège. Plisson fabrique des cartons pour l'industrie. " +
      'Le groupe nantais affronte désormais Smurfit et Mondex.';
    expect(pairs(text, 'COMPETES_WITH')).toEqual(['Cartavia -> Mondex', 'Cartavia -> Smurfit']);
  });

  it('reads a bare origin ("le vendéen") as that company', () => {
    const text =
      'La coopérative Agrilis a pris le contrôle du brasseur vendéen Houblonne. ' +
      'Agrilis compte sur ce rachat pour croître. ' +
      'Le vendéen est confronté à Kronenbourg.';
    expect(unitsOf(text)[2]).toMatch(/^\[\*Houblonne\] est confronté/);
  });

  it('points nowhere when two companies share the origin', () => {
    const text = 'Le lyonnais Ventrix a racheté le lyonnais Calpin. ' + 'Le groupe lyonnais affronte Bosch.';
    // the origin decides nothing: "le groupe" is read as any generic pointer, at the article's first company
    expect(unitsOf(text)[1]).not.toContain('[*Calpin]');
    expect(unitsOf(text)[1]).toMatch(/^\[\*Ventrix\] lyonnais/);
  });

  it('does not read "l’acquisition de X" as an origin of X', () => {
    const text =
      "Norbel a annoncé l'acquisition de Tessaro. " + "L'acquisition renforce Norbel face à Dalmo.";
    expect(unitsOf(text)[1]).toMatch(/^L' acquisition/);
  });
});

describe('the parties of a deal named by their role', () => {
  it('reads "l’acquéreur" as the buyer of the last deal, not the adviser just named', () => {
    const text =
      "Le groupe Montval a annoncé l'acquisition de Pradel Industrie. " +
      'Conseillé par Lazrel, l’acquéreur financera l’opération par un prêt de la banque Crédoria.';
    expect(unitsOf(text)[1]).toContain('[*Montval] financera');
  });

  it('reads "the seller" as the party that sold, "the buyer" as the one that bought', () => {
    const text =
      'Harlow Foods sold its snacks unit Crispen to Veltmann Group for $90 million. ' +
      'The seller will use the proceeds to cut debt, while the buyer expects savings.';
    const units = unitsOf(text)[1];
    expect(units).toMatch(/^\[\*Harlow Foods\] will use/);
    expect(units).toContain('while [*Veltmann Group] expects');
  });

  it('reads an opening "La cible" as the target, but not "the target" inside a clause', () => {
    const text =
      'Brivane rachète Solenza. La cible, qui emploie 80 personnes, affronte Teknor. ' +
      'Brivane said the target is to double sales.';
    expect(unitsOf(text)[1]).toMatch(/^\[\*Solenza\] ,/);
    expect(unitsOf(text)[2]).toContain('the target');
  });

  it('keeps the lead deal’s buyer after a deal recalled in passing', () => {
    const text =
      'Corvel a racheté Mistra. ' +
      'Corvel avait déjà vendu en 2021 sa filiale Ondal au groupe Perrault. ' +
      "L'acquéreur emploie 900 personnes.";
    expect(unitsOf(text)[2]).toMatch(/^\[\*Corvel\] emploie/);
  });
});

describe('a family firm carries its founder’s name', () => {
  it('gives "l’entreprise" and "son PDG" to the company named after the person', () => {
    const text =
      'Le groupe Brenac a pris le contrôle de la biscuiterie Maison Lherbier. ' +
      "Fondée en 1921 par Émile Lherbier, l'entreprise emploie 200 salariés. " +
      'Son PDG, Anne Lherbier, reste en poste.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Émile Lherbier -> Maison Lherbier']);
    expect(pairs(text, 'LEADS')).toEqual(['Anne Lherbier -> Maison Lherbier']);
  });

  it('leaves the pointer alone when no company carries the surname', () => {
    const text =
      'Le groupe Brenac a racheté Tessel. ' +
      "Fondée en 1950 par Paul Garnier, l'entreprise emploie 900 salariés.";
    expect(pairs(text, 'FOUNDED')).not.toContain('Paul Garnier -> Tessel');
  });
});

describe('a bare title in the reporting clause is the article’s company', () => {
  it('reads "…," said chief executive P as a leader of the company the article is about', () => {
    const text =
      'Pellvane Robotics has raised $40 million from Orrin Capital. ' +
      '"We will hire in Munich," said chief executive Dana Kovac.';
    expect(pairs(text, 'LEADS')).toEqual(['Dana Kovac -> Pellvane Robotics']);
  });

  it('leaves a title that names its own company ("chief executive of X")', () => {
    const text =
      'Pellvane Robotics has raised $40 million from Orrin Capital. ' +
      '"The robots are ready," said chief executive Dana Kovac of Orrin Capital.';
    expect(pairs(text, 'LEADS')).not.toContain('Dana Kovac -> Pellvane Robotics');
  });
});

describe('"both", "les deux sociétés" with no pair coordinated before', () => {
  it('takes the two protagonists of the last sentence that named exactly two', () => {
    const text =
      'Quorvane Hosting, a Lisbon cloud host, is merging with Madrid rival Telvio. ' +
      'Both compete with Hetzner for small-business customers.';
    expect(unitsOf(text)[1]).toMatch(/^\[\*(Quorvane Hosting\+Telvio|Telvio\+Quorvane Hosting)\] compete/);
  });

  it('takes the parties of the article’s deal over a deal recalled in passing', () => {
    const text =
      'La société Vantelo a été acquise par Brisma. ' +
      'Brisma avait déjà racheté Corvin en 2021. ' +
      'Les deux sociétés faisaient face à Sental sur le marché des PME.';
    const units = unitsOf(text)[2];
    expect(units).toMatch(/^\[\*(Brisma\+Vantelo|Vantelo\+Brisma)\]/);
    expect(units).not.toContain('Corvin');
  });

  it('leaves a parent named after a preposition out of the pair', () => {
    const text =
      'De son côté, Plumeo, filiale du groupe Hachard depuis 2020, prépare une offensive. ' +
      'Les deux éditeurs se disputent les lecteurs.';
    expect(unitsOf(text)[1]).not.toContain('Hachard');
  });
});

describe('a pronoun after a colon goes on about the clause’s company', () => {
  it('reads "elle" after "X … : en 2019," as X', () => {
    const text =
      'La coopérative Agrivia reprend un meunier. ' +
      'Agrivia n’en est pas à son premier rapprochement : en 2019, elle avait fusionné avec la coopérative Terranor.';
    expect(pairs(text, 'MERGED_WITH')).toEqual(['Agrivia -> Terranor']);
  });

  it('leaves the pronoun alone when the first clause named a person', () => {
    const text =
      'La coopérative Agrivia reprend un meunier. ' +
      'Claire Vosges a quitté Agrivia : en 2019, elle avait rejoint Terranor.';
    expect(unitsOf(text)[1]).not.toContain('[*Agrivia]');
  });
});

describe('a side name in a person’s apposition is no antecedent', () => {
  it('reads "l’entreprise" after "Son cofondateur P, ancien de X," as the possessive’s company', () => {
    const text =
      'La fintech Payzo a levé 10 millions d’euros. ' +
      "Son cofondateur Marc Tellier, ancien de la banque Crédix, prend la direction générale de l'entreprise.";
    expect(unitsOf(text)[1]).toMatch(/générale de \[\*Payzo\]/);
  });
});
