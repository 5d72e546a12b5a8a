import { entitiesOf } from './helpers';

/**
 * Day twenty-two, entities from real wire copy: "controlled by Hale and Dorsey and by Mercer Inc" repeats the
 * preposition that brought the first party after a second "and", so the two bare surnames before it are one
 * partnership name. Near misses: people with given names, the pair after the repeated preposition (not read), and
 * a pair with no repeated preposition. Every sentence is written for this file.
 */
function entities(text: string): Map<string, string> {
  return new Map(entitiesOf(text).map((e) => [e.name, e.type]));
}

describe('two bare surnames before "and <the same preposition>" are one firm', () => {
  it.each([
    [
      'The partnership is controlled by privately-held Hale and Dorsey and by Mercer Industries Inc.',
      'Hale and Dorsey',
    ],
    ['The buyout was financed by Crandall and Whitby and by Osgood Bank.', 'Crandall and Whitby'],
    ['Le fonds est détenu par Lemoine et Garnier et par la banque Osmond.', 'Lemoine et Garnier'],
  ])('%s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });
});

describe('near misses: no partnership is joined', () => {
  it('keeps two people named with given names apart', () => {
    const found = entities(
      'The shares were bought by Tom Hale and Anne Dorsey and by Mercer Industries Inc.',
    );
    expect(found.get('Tom Hale')).toBe('Person');
    expect(found.get('Anne Dorsey')).toBe('Person');
  });

  it('does not join a pair of surnames whose "and" is not followed by the same preposition', () => {
    const found = entities(
      'The partnership is controlled by Hale and Dorsey with help from Mercer Industries Inc.',
    );
    expect(found.has('Hale and Dorsey with')).toBe(false);
    expect(found.has('Hale and Dorsey')).toBe(false);
  });
});
