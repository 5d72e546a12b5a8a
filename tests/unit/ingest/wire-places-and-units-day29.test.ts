/**
 * Day twenty-nine, real wire copy, second round (entities and one guard): places and peoples wire copy writes in
 * the shapes of names are no organisations — a country the lexicon lacks ("Great Britain", "U.S.A.",
 * country-names.ts), a nation's people in the plural ("the Soviets", national-people.ts), a county
 * (county-names.ts), "Town, Region" qualifying a noun after an owner ("the company's Timmins, Ontario gold
 * operations", qualifier-shapes.ts); a clause's one-word subject glued after the name that ends the clause before
 * it is cut off (clause-subject-after-name.ts); "part of the X branch network" names no buyer
 * (frames/acquired-idioms.ts). Near misses: names that only contain a country or a people, a bank named after its
 * county, a research arm whose last word is a dictionary word, "part of X" with no network noun. English wire
 * constructions: French copy writes the county and the network after their nouns ("le comté de", "le réseau de X").
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { entitiesOf, typedPair } from './helpers';

function names(text: string): string[] {
  return entitiesOf(text).map((e) => `${e.type} ${e.name}`);
}

function nameList(text: string): string[] {
  return entitiesOf(text).map((e) => e.name);
}

describe('places in the shape of names', () => {
  it('"Great Britain" in a list of countries is no organisation', () => {
    const found = nameList(
      'Kessler Tool Corp said it has plants in Norway, Italy, Great Britain and Portugal.',
    );
    expect(found).toEqual(['Kessler Tool Corp']);
  });

  it('a county with an apposition is no person', () => {
    const found = nameList(
      'Kessler Tool Corp said Maricopa County, the fastest growing county in Arizona, would host its new plant.',
    );
    expect(found).not.toContain('Maricopa County');
  });

  it('near miss: a bank named after its county keeps its name', () => {
    const found = names('Marin County Savings Bank said it would buy Kessler Tool Corp.');
    expect(found).toContain('Organization Marin County Savings Bank');
  });

  it('"U.S.A." after a title and "the Soviets" as buyers are no organisations', () => {
    const found = nameList(
      'Arvid Halvorsen, president of metal sales - U.S.A., said the Soviets and the Canadians bought 200,000 tonnes of corn.',
    );
    expect(found).not.toContain('U.S.A.');
    expect(found).not.toContain('Soviets');
    expect(found).not.toContain('Canadians');
  });

  it('French: « les Américains et les Canadiens » are peoples', () => {
    const found = nameList(
      'Le groupe Kessler a vendu 200 000 tonnes de maïs, et les Américains et les Canadiens en achèteront davantage.',
    );
    expect(found).not.toContain('Américains');
    expect(found).not.toContain('Canadiens');
  });

  it('near miss: a name that only contains them keeps them', () => {
    const found = nameList(
      'Harlan Motor Sales U.S.A. Inc said it bought Corvale Data Inc from Nationals Bancorp.',
    );
    expect(found).toContain('Harlan Motor Sales U.S.A. Inc');
    expect(found).toContain('Nationals Bancorp');
  });

  it('"the company\'s Town, Region <noun>" is a place', () => {
    const found = nameList(
      "Kessler Mines Ltd said lower output at the company's Timmins, Ontario gold operations cut earnings.",
    );
    expect(found).toEqual(['Kessler Mines Ltd']);
  });
});

describe("a clause's subject glued after a name", () => {
  it('"with the Securities and Exchange Commission P said": the body and the person', () => {
    const found = names(
      'In a filing with the Securities and Exchange Commission Halvorsen said he bought 40,000 shares of Corvale Data Inc.',
    );
    expect(found).toContain('Organization Securities and Exchange Commission');
    expect(found).toContain('Person Halvorsen');
    expect(found).not.toContain('Organization Securities');
  });

  it('"told Reuters <Country> would": the outlet alone', () => {
    const found = nameList(
      'The deputy minister told Reuters Norway would cut tariffs on 300 products made by Kessler Tool Corp.',
    );
    expect(found).toContain('Reuters');
    expect(found).not.toContain('Reuters Norway');
  });

  it('near miss: a research arm whose last word is a dictionary word stays whole', () => {
    const found = nameList('Kestrel Bank Research said Corvale Data Inc would gain.');
    expect(found).toContain('Kestrel Bank Research');
  });
});

describe('"become part of" a network', () => {
  it('"part of the X branch network" names no buyer', () => {
    const found = relationsOf(
      'Under the accord, Tillman Savings Bank will become part of the Kestrel Bank branch network.',
    ).map(typedPair);
    expect(found.filter((f) => f.startsWith('ACQUIRED '))).toEqual([]);
  });

  it('near miss: "part of X" itself is still the takeover', () => {
    const found = relationsOf(
      'Tillman Savings Bank will become part of Kestrel Bank, the companies said.',
    ).map(typedPair);
    expect(found).toContain('ACQUIRED Kestrel Bank -> Tillman Savings Bank');
  });
});
