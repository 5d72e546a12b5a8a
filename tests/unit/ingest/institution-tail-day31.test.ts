/**
 * French institution names that run on in lower case (precision, second round, day thirty-one;
 * ingest/entities/institution-span.ts `institutionTail`, lexicon-institutions.ts `INSTITUTION_ADJECTIVES`,
 * name-joins.ts `INNER_PARTICLES`): a trade's or a region's adjective ("Union des industries textiles",
 * "Fédération bretonne des …"), a field after "en" ("Agence de l'innovation en santé") and the Breton article "ar"
 * ("Penn ar Bed Invest") stay inside the name. Near misses: an adverbial "en" phrase after the name ("en charge
 * de"), a date after "en", "ar" before a lower-case word. Sentences written for these tests.
 */
import { factLines, run } from './helpers';

const orgNames = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe("a trade's or a region's adjective closes an institution's complement", () => {
  it('"Union des industries textiles" is whole, and the leader leads the whole', () => {
    const a = run("Marie Dubreuil, présidente de l'Union des industries textiles, a salué l'accord.");
    expect(a.entities.map((e) => e.name)).toContain('Union des industries textiles');
    expect(factLines(a)).toContain('LEADS Marie Dubreuil -> Union des industries textiles');
    expect(a.entities.map((e) => e.name)).not.toContain('Union des industries');
  });

  it('"Fédération des équipementiers automobiles"', () => {
    expect(orgNames('Selon la Fédération des équipementiers automobiles, les ventes reculent.')).toContain(
      'Fédération des équipementiers automobiles',
    );
  });

  it('a regional adjective after the head: "Association normande des entreprises alimentaires"', () => {
    const names = orgNames(
      "« L'hiver sera dur », prévient Luc Hamel, président de l'Association normande des entreprises alimentaires.",
    );
    expect(names).toContain('Association normande des entreprises alimentaires');
    expect(names).not.toContain('Association');
  });

  it('a regional adjective with no institution head stays outside: "les Salaisons Tanguy bretonnes"', () => {
    expect(orgNames('Le groupe Vidal a racheté les Salaisons Tanguy bretonnes en 2022.')).not.toContain(
      'Salaisons Tanguy bretonnes',
    );
  });
});

describe('a field after "en" belongs to the name', () => {
  it('"Agence de l\'innovation en santé"', () => {
    expect(
      orgNames("Paul Garnier, directeur de l'Agence de l'innovation en santé, a salué l'opération."),
    ).toContain("Agence de l'innovation en santé");
  });

  it('"Institut de recherche en chimie"', () => {
    expect(
      orgNames("L'Institut de recherche en chimie a signé un accord avec la start-up Novamol."),
    ).toContain('Institut de recherche en chimie');
  });

  it('an adverbial "en" phrase is no field: "l\'Agence de l\'eau en charge du dossier"', () => {
    const names = orgNames("L'Agence de l'eau en charge du dossier a validé le projet de Novamol.");
    expect(names).toContain("Agence de l'eau");
    expect(names).not.toContain("Agence de l'eau en charge");
  });

  it('a month after "en" is a date: "l\'Agence de l\'eau en mars"', () => {
    const names = orgNames("Novamol a signé un contrat avec l'Agence de l'eau en mars.");
    expect(names).toContain("Agence de l'eau");
    expect(names).not.toContain("Agence de l'eau en mars");
  });

  it('"en" with no complement before it opens nothing: "l\'Union en colère"', () => {
    expect(
      orgNames("Les salariés de l'Union en colère ont manifesté devant le siège de Novamol."),
    ).not.toContain('Union en colère');
  });
});

describe('the Breton article "ar" inside a name', () => {
  it('"Penn ar Bed Invest" funds a start-up', () => {
    const a = run(
      "Le fonds Penn ar Bed Invest a investi 3 millions d'euros dans la start-up quimpéroise Algolab.",
    );
    expect(a.entities.map((e) => e.name)).toContain('Penn ar Bed Invest');
    expect(factLines(a)).toContain('FUNDED Penn ar Bed Invest -> Algolab');
  });

  it('"ar" before a lower-case word joins nothing', () => {
    const names = orgNames('Le groupe Kermor ar lance une offre sur Algolab.');
    expect(names).not.toContain('Kermor ar');
  });
});
