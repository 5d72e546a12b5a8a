/**
 * A French firm named by its trade and its country (precision, day thirty-one; ingest/entities/trade-noun-names.ts
 * `tradeNounComplementJoin`): "Caisserie d'Aquitaine", "Traiteur de Provence", "Fruitière des Rousses",
 * "Biscuiterie de l'Odet" are one name, the region or town included; the bare trade noun is no company. Near misses:
 * a company followed by the town of its plant ("l'usine Renault de Flins"), a farm told by its owner's given name,
 * a trade noun that is not capitalised. Sentences written for these tests.
 */
import { factLines, run } from './helpers';

const orgNames = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a capitalised trade noun and its "de" complement are one name', () => {
  it('a region after "d\'": "la Caisserie d\'Aquitaine"', () => {
    const a = run("Le groupe Sabatier a repris en 2023 la Caisserie d'Aquitaine, près de Bordeaux.");
    expect(a.entities.map((e) => e.name)).toContain("Caisserie d'Aquitaine");
    expect(factLines(a)).toContain("ACQUIRED Sabatier -> Caisserie d'Aquitaine");
  });

  it('an articled complement: "la Biscuiterie de l\'Ouessant", "les Cartonneries de la Sarthe"', () => {
    expect(orgNames("Le groupe Sabatier a racheté la Biscuiterie de l'Ouessant en 2021.")).toContain(
      "Biscuiterie de l'Ouessant",
    );
    expect(orgNames('Le papetier Corbel a racheté les Cartonneries de la Sarthe en 2020.')).toContain(
      'Cartonneries de la Sarthe',
    );
  });

  it('a rival named by its trade: "affronte Traiteur de Provence"', () => {
    const a = run('Sur les plats cuisinés, Maison Brévent affronte Traiteur de Provence et Saveurs Marines.');
    expect(factLines(a)).toContain('COMPETES_WITH Maison Brévent <-> Traiteur de Provence');
    expect(orgNames('Sur les plats cuisinés, Maison Brévent affronte Traiteur de Provence.')).not.toContain(
      'Traiteur',
    );
  });

  it('a plural complement: "la Fruitière des Alpes", "Domaine des Chênes"', () => {
    expect(
      orgNames('La coopérative Jurassel a pris le contrôle de la Fruitière des Alpes en 2019.'),
    ).toContain('Fruitière des Alpes');
    expect(orgNames('Le fonds Ardent Capital a racheté Domaine des Chênes, un camping vendéen.')).toContain(
      'Domaine des Chênes',
    );
  });

  it('a plural trade noun before a surname is a firm without its particle: "le normand Laboratoires Verlac"', () => {
    const a = run(
      'Sur ce marché, Maison Brévent croise le fer avec le normand Laboratoires Verlac, deux fois plus gros.',
    );
    expect(factLines(a)).toContain('COMPETES_WITH Laboratoires Verlac <-> Maison Brévent');
  });

  it('near miss: a singular trade noun before a surname may be an estate ("au Domaine Morvel")', () => {
    expect(orgNames('Claire Morvel a grandi au Domaine Morvel, en Anjou.')).not.toContain('Domaine Morvel');
  });

  it('near miss: a company and the town of its plant stay apart ("l\'usine Renault de Flins")', () => {
    const names = orgNames("Le sous-traitant Corbel a racheté l'usine Renault de Flins en 2015.");
    expect(names).toContain('Renault');
    expect(names).not.toContain('Renault de Flins');
  });

  it("near miss: a farm told by its owner's given name is no firm's name", () => {
    const names = orgNames(
      'La coopérative Jurassel collecte le lait de la Ferme de Julien Perrin depuis 2010.',
    );
    expect(names).not.toContain('Ferme de Julien Perrin');
  });

  it('near miss: a lower-case trade noun is no name ("la ferme de Kerlann")', () => {
    const names = run('La coopérative Jurassel a repris la ferme de Kerlann en 2020.').entities.map(
      (e) => e.name,
    );
    expect(names.some((n) => /^ferme/i.test(n))).toBe(false);
  });
});

describe("a territorial body's acronym keeps its territory", () => {
  it('"la CCI de l\'Aveyron", then "La CCI": one body, leader and lender', () => {
    const a = run(
      "Le président de la CCI de l'Aveyron, Bernard Cayla, salue le projet. La CCI avait accordé en 2015 un prêt d'honneur de 150 000 euros à la jeune pousse Solvéo.",
    );
    const names = a.entities.map((e) => e.name);
    expect(names).toContain("CCI de l'Aveyron");
    expect(names).not.toContain('Aveyron');
    expect(names).not.toContain('CCI');
    const lines = factLines(a);
    expect(lines).toContain("LEADS Bernard Cayla -> CCI de l'Aveyron");
    expect(lines).toContain("FUNDED CCI de l'Aveyron -> Solvéo");
  });

  it('"le CHU de Brest" is one name', () => {
    expect(orgNames('Le CHU de Brest a choisi le logiciel de Medisoft en 2024.')).toContain('CHU de Brest');
  });

  it('"la CCI Pays de la Loire": a region after the acronym, no particle', () => {
    const a = run(
      'Le projet est soutenu par la CCI Pays de la Loire, qui a accordé un prêt de 80 000 euros à Solvéo.',
    );
    expect(a.entities.map((e) => e.name)).toContain('CCI Pays de la Loire');
  });

  it('near miss: "(CCI Jura)" after the chamber named in full stays its alias', () => {
    const names = orgNames(
      "La Chambre de commerce et d'industrie du Jura (CCI Jura) salue l'opération de Solvéo.",
    );
    expect(names).not.toContain('CCI Jura');
  });

  it('near miss: an acronym of no territorial network keeps the place apart ("l\'usine EDF de Cordemais")', () => {
    expect(orgNames("Le sous-traitant Corbel entretient l'usine EDF de Cordemais.")).not.toContain(
      'EDF de Cordemais',
    );
  });
});
