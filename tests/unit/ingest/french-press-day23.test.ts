/**
 * Day twenty-three, French press: constructions of French trade and regional papers the readers missed.
 * - "A apportera 20 millions d'euros au nouvel ensemble": a sum as the object of "apporter", the company after
 *   "à" (frames/funded-fr-brings-money.ts); "apporter son expertise / ses titres à Y" gives no money;
 * - "Le fonds A, actionnaire minoritaire de B depuis 2019, apportera …": a holder noun with no determiner opens an
 *   apposition the subject's verb is read past (syntax-words.ts `APPOSITION_OPENERS`);
 * - "Celle-ci a été reprise par X" at a sentence start is the pronoun for the last company named, not a company
 *   called "Celle-ci" (entities/lexicon-words.ts);
 * - "THIERS (Puy-de-Dôme) – …": the regional dateline's town and département are no companies
 *   (entities/regional-dateline.ts), while a wire's "LONDON (Bloomberg) --" keeps its agency.
 * The French-only constructions have no English variant; the English pronoun "The latter" is checked beside
 * "Celle-ci" so the two stay read alike. Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

/** The relations of `text`, as "TYPE source -> target". */
function facts(text: string): string[] {
  return run(text).relations.map(typedPair);
}

/** The names of the entities of `text`. */
function names(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

describe('a sum brought to a company with "apporter … à" funds it', () => {
  it.each([
    [
      "Le fonds Vallis Capital apportera 12 millions d'euros à la start-up rennaise Brizo.",
      'FUNDED Vallis Capital -> Brizo',
    ],
    ['La Banque des Alpes a apporté 3 M€ de fonds propres à Cimalp.', 'FUNDED Banque des Alpes -> Cimalp'],
    [
      "Ostra et Marivel ont annoncé leur fusion, qui donnera naissance à Ostrivel. Le fonds Nordhaven apportera 25 millions d'euros au nouvel ensemble.",
      'FUNDED Nordhaven -> Ostrivel',
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toContain(expected);
  });

  it.each([
    'Le fonds Vallis Capital apportera son expertise à la start-up rennaise Brizo.',
    'Le fonds Vallis Capital apportera ses titres à Brizo.',
  ])('no sum, no funding: %s', (text) => {
    expect(facts(text)).not.toContain('FUNDED Vallis Capital -> Brizo');
  });
});

describe("a holder's apposition does not hide the subject of the verb after it", () => {
  it.each([
    [
      "Le fonds Breizh Avenir, actionnaire minoritaire de Kerlys depuis 2019, apportera 4 millions d'euros à Ostrea.",
      'FUNDED Breizh Avenir -> Ostrea',
    ],
    [
      'Le groupe Valcor, propriétaire de la marque Lumen depuis 2012, apportera 10 M€ à Ostrea.',
      'FUNDED Valcor -> Ostrea',
    ],
    [
      "Le fonds Breizh Avenir, entré au capital de Kerlys en 2021, a apporté 6 millions d'euros à Ostrea.",
      'FUNDED Breizh Avenir -> Ostrea',
    ],
  ])('%s', (text, expected) => {
    const got = facts(text);
    expect(got).toContain(expected);
    // the company of the apposition gives no money to the company after "à"
    expect(got.filter((f) => f.startsWith('FUNDED Kerlys') || f.startsWith('FUNDED Lumen'))).toEqual([]);
  });
});

describe('"Celle-ci" / "Celui-ci" opening a sentence is a pronoun, not a company', () => {
  it.each([
    [
      'Le groupe Marvane avait renoncé à racheter la société Opaline. Celle-ci a finalement été reprise par le suisse Helvor.',
      'ACQUIRED Helvor -> Opaline',
    ],
    [
      'Le fonds Terral détenait le fabricant Morvel. Celui-ci a été racheté en mars par Grandis.',
      'ACQUIRED Grandis -> Morvel',
    ],
    [
      'Halvern had considered buying Optiq. The latter was later acquired by Brightline.',
      'ACQUIRED Brightline -> Optiq',
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toContain(expected);
    expect(names(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Cel|^The latter/)]));
  });
});

describe("a regional dateline's town and département are no companies", () => {
  it.each([
    ['VIERZON (Cher) – La société Berval a racheté Tollis.', ['Vierzon', 'VIERZON', 'Cher']],
    [
      'LE PUY-EN-VELAY (Haute-Loire) – La société Berval a racheté Tollis.',
      ['LE PUY-EN-VELAY', 'Haute-Loire'],
    ],
    ['FOIX (Ariège) - Le groupe Berval a racheté Tollis.', ['FOIX', 'Foix', 'Ariège']],
  ])('%s', (text, places) => {
    const got = names(text);
    for (const place of places) expect(got).not.toContain(place);
    expect(facts(text)).toEqual(['ACQUIRED Berval -> Tollis']);
  });

  it("keeps a wire's agency named in the brackets", () => {
    expect(names('LONDON (Bloomberg) -- Halvern agreed to buy Optiq.')).toContain('Bloomberg');
  });
});
