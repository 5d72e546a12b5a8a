import { entitiesOf, madePairs, run } from './helpers';

/**
 * Entity classes of the twenty-first day, from real wire copy: a public body named after a dotted country
 * abbreviation with "and" in its name ("the U.S. Securities and Exchange Commission"), bodies headed by "Chamber"
 * or a plural "Institutes" with an "of" complement, and a post holder apposed after the body the post heads, whose
 * given name is not one we know ("the president of the X Board, P Q, said"), and the agency's sign-off followed
 * by the collection's carriage-return mark ("REUTER...^M"). Every sentence is written for this file.
 */
function entities(text: string): Map<string, string> {
  return new Map(entitiesOf(text).map((e) => [e.name, e.type]));
}

describe('a dotted country abbreviation does not split a body named with "and"', () => {
  it.each([
    [
      'The U.S. Securities and Exchange Commission said it would review the filing by Morvane Corp.',
      'U.S. Securities and Exchange Commission',
    ],
    [
      'Ostrel Inc said the U.S. Food and Drug Administration cleared its new valve.',
      'U.S. Food and Drug Administration',
    ],
    [
      'The U.K. Competition and Markets Authority opened an inquiry into the deal.',
      'U.K. Competition and Markets Authority',
    ],
  ])('%s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });

  it('two banks joined by "and" stay two names after the abbreviation', () => {
    const found = entities('U.S. Bancorp and Tellmar Banc-Corp agreed to combine their card units.');
    expect(found.get('U.S. Bancorp')).toBe('Organization');
    expect(found.get('Tellmar Banc-Corp')).toBe('Organization');
  });

  it('an all-caps name that is no country abbreviation still closes its own name', () => {
    const found = entities('Talks between IBM and Verdal Holdings Inc ended on Friday.');
    expect(found.get('IBM')).toBe('Organization');
    expect(found.get('Verdal Holdings Inc')).toBe('Organization');
  });
});

describe('"Chamber" and "Institutes" head a body with their "of" complement', () => {
  it.each([
    [
      'In a speech to the Portland Chamber of Commerce, Halvorsen said exports would rise.',
      'Portland Chamber of Commerce',
    ],
    [
      'He told an American Chamber of Commerce lunch that tariffs were too high.',
      'American Chamber of Commerce',
    ],
    [
      'The study was paid for by the National Institutes of Health, the company said.',
      'National Institutes of Health',
    ],
  ])('%s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });

  it('a chamber named without its complement is a room, not a body', () => {
    expect(entities('The bill reached the Senate Chamber on Monday evening.').has('Senate Chamber')).toBe(
      false,
    );
  });
});

describe('a post holder apposed after the body the post heads is a person', () => {
  it.each([
    ['However, the president of the Uruguayan Wool Board, Orvino Tassaldi, said exports would resume.'],
    ['The head of the Andean Freight Authority, Orvino Tassaldi, said the strike was over.'],
    ['Le président de la Fédération Régionale des Vins, Orvino Tassaldi, a annoncé une baisse des ventes.'],
    ["Le président du Syndicat Mixte de l'Eau, Orvino Tassaldi, a démissionné mardi."],
  ])('%s', (text) => {
    expect(entities(text).get('Orvino Tassaldi')).toBe('Person');
  });

  it('the holder of a leading post leads the body', () => {
    const text =
      'MONTEVIDEO, March 3 - The president of the Uruguayan Wool Board, Orvino Tassaldi, said prices fell.';
    expect(madePairs(text, '1987-03-03', 'LEADS')).toEqual(['Orvino Tassaldi -> Uruguayan Wool Board']);
  });

  it.each([
    ['Shares of the Bank of Boston, Tavira Holdings and Acme Corp rose sharply.', 'Tavira Holdings'],
    ['A unit of the Uruguayan Wool Board, Tavira Holdings, said prices fell.', 'Tavira Holdings'],
    ['Les actions de Renault, Tavira Holdings et Acme ont rebondi.', 'Tavira Holdings'],
  ])('no post before "of"/"de": a list of companies (%s)', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });
});

describe('the sign-off line with a carriage-return mark is no name', () => {
  const story = (last: string): string[] =>
    run(
      `ORTEL AGREES MERGER\n\nDENVER, March 6 - Ortel Corp said it agreed to merge.\n    ${last}`,
    ).entities.map((e) => e.name);

  it('"REUTER...^M" closing the story is dropped', () => {
    expect(story('REUTER...^M')).not.toContain('REUTER');
  });

  it('a last line with a second real word is kept as a sentence, not a sign-off', () => {
    expect(story('Ortel said Vantris Corp agreed.')).toContain('Vantris Corp');
  });
});
