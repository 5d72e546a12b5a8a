import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the nineteenth day, from the open real Reuters stories and a count over the whole wire
 * collection: comma partnerships whose "and Co" carries a legal form or whose partners have two words ("Kidder,
 * Peabody and Co Inc", "Smith Barney, Harris Upham and Co"), a unit or a town before "and" that swallowed the
 * next company ("… Division and Mathews Conveyor Co", "… SA of France and Juster Steel Corp"), and a
 * sentence-opening "The" that split a body named with "and". Every sentence is written for this file.
 */
function entities(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a comma partnership closed by a lone partnership word is one firm', () => {
  it.each([
    ['Kidder, Peabody and Co Inc said it bought 5.1 pct of Halvorsen Corp.', 'Kidder, Peabody and Co Inc'],
    ['The shares were placed by Bear, Stearns and Co Inc. on Friday.', 'Bear, Stearns and Co Inc'],
    ['Dillon, Read and Co Ltd will manage the offering, the company said.', 'Dillon, Read and Co Ltd'],
    [
      'Edward Atorino, an analyst with Smith Barney, Harris Upham and Co, said the price was low.',
      'Smith Barney, Harris Upham and Co',
    ],
    ["La banque Lamartine, Roux et Cie SA a conseillé l'acheteur.", 'Lamartine, Roux et Cie SA'],
    ['Le cabinet Fauvel, Vidal et Associés SAS accompagne le vendeur.', 'Fauvel, Vidal et Associés SAS'],
  ])('%s', (text, firm) => {
    expect(entities(text).get(firm)).toBe('Organization');
  });

  it.each([
    [
      'Analysts at Nomura, Daiwa and Nikko Securities Co said the yen would rise.',
      ['Nomura', 'Daiwa', 'Nikko Securities Co'],
    ],
    [
      'Les banques Lazard, Rothschild et Vernet Capital SA ont conseillé les vendeurs.',
      ['Lazard', 'Rothschild', 'Vernet Capital SA'],
    ],
  ])('a list whose last member has a name of its own stays a list: %s', (text, names) => {
    const found = entities(text);
    for (const n of names) expect(found.get(n)).toBe('Organization');
  });

  it('people listed with commas before "and others" stay people', () => {
    const found = entities('Acme Corp said John Whitlow, Mary Castell and others would leave the board.');
    expect(found.get('John Whitlow')).toBe('Person');
    expect(found.get('Mary Castell')).toBe('Person');
  });
});

describe('a unit or a town before "and" ends its own run', () => {
  it.each([
    [
      'Rexnord said it still plans to sell its Process Machinery Division and Mathews Conveyor Co this year.',
      'Process Machinery Division',
      'Mathews Conveyor Co',
    ],
    [
      'It agreed to sell Bennes Marrel SA of France and Juster Steel Corp as well.',
      'Bennes Marrel SA',
      'Juster Steel Corp',
    ],
    [
      'Halvorsen sold Brixham Tools Inc of Medford and Corwin Steel Corp for 40 mln dlrs.',
      'Brixham Tools Inc',
      'Corwin Steel Corp',
    ],
  ])('%s', (text, first, second) => {
    const found = entities(text);
    expect(found.get(first)).toBe('Organization');
    expect(found.get(second)).toBe('Organization');
  });

  it.each([
    ['Minnesota Mining and Mfg Co said it sold the unit.', 'Minnesota Mining and Mfg Co'],
    [
      'Exxon Exploration and Production Australia Inc said output rose.',
      'Exxon Exploration and Production Australia Inc',
    ],
    ['Dynamics Corp of America said it sold the unit.', 'Dynamics Corp of America'],
  ])('a name that runs through "and" or "of" stays whole: %s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });
});

describe('a sentence-opening "The" is no word of a name joined by "and"', () => {
  it.each([
    [
      'The Securities and Exchange Commission said it would review the filing.',
      'Securities and Exchange Commission',
    ],
    [
      'The Securities and Exchange Commission Chairman John Shad said the rules would change.',
      'Securities and Exchange Commission',
    ],
  ])('%s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });

  it('a whole known name before "and" still stays a name of its own after "The"', () => {
    const found = entities('The Accel and Amplify Partners funds invested in the round.');
    expect(found.has('Accel and Amplify Partners')).toBe(false);
    expect(found.get('Amplify Partners')).toBe('Organization');
  });

  it('a lower-case "the" inside the sentence was never part of the run', () => {
    const found = entities('In 1986 the Securities and Exchange Commission said it would review the filing.');
    expect(found.get('Securities and Exchange Commission')).toBe('Organization');
  });
});

describe('an all-caps headline name runs through "AND" when the body spells it so', () => {
  it.each([
    [
      'PROCTER AND GAMBLE CO <PG> SELLS UNIT\n\nCINCINNATI, March 3 - Procter and Gamble Co said it sold its unit.',
      'PROCTER AND GAMBLE CO',
    ],
    [
      'MARSH AND MCLENNAN COS INC <MMC> BUYS BROKER\n\nNEW YORK, May 4 - Marsh and McLennan Cos Inc said it bought a broker.',
      'MARSH AND MCLENNAN COS INC',
    ],
  ])('%s', (text, headlineName) => {
    const sentences = splitSentences(text);
    const tokens = sentences.map((s) => tokenize(s.text, s.start));
    const names = collectCandidates(tokens, text).map((c) => c.text);
    expect(names).toContain(headlineName);
  });

  it.each([
    [
      'USAIR AND PIEDMONT AVIATION INC AGREE TO MERGE\n\nWASHINGTON, March 3 - USAir Group Inc and Piedmont Aviation Inc said they agreed to merge.',
      'PIEDMONT AVIATION INC',
    ],
    [
      'PROCTER AND GAMBLE CO <PG> SELLS UNIT\n\nCINCINNATI, March 3 - The company said it sold its unit.',
      'GAMBLE CO',
    ],
    // French bodies read "et" between two names as a list, so the headline keeps to the name after it
    [
      'ROUX ET FAURE SA RACHÈTE BETA\n\nLYON, 3 mars - Roux et Faure SA a racheté Beta Industries SA.',
      'FAURE SA',
    ],
  ])(
    'without the body spelling "X and Y" the headline stops at the conjunction: %s',
    (text, headlineName) => {
      const sentences = splitSentences(text);
      const tokens = sentences.map((s) => tokenize(s.text, s.start));
      const names = collectCandidates(tokens, text).map((c) => c.text);
      expect(names).toContain(headlineName);
    },
  );
});

describe('a name runs on to the bracketed acronym that spells it', () => {
  it.each([
    [
      "Le groupe Adeo, contrôlé par l'Association familiale Mulliez (AFM), exploite aussi Weldom.",
      'Association familiale Mulliez',
    ],
    ['Elle a signé un contrat avec la Métropole européenne de Lille (MEL).', 'Métropole européenne de Lille'],
    ["L'Agence régionale Normandie (ARN) soutient le projet.", 'Agence régionale Normandie'],
    ['He joined the Bank for International Settlements (BIS) in 1985.', 'Bank for International Settlements'],
  ])('%s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });

  it('words whose initials do not spell the acronym stay outside the name', () => {
    const found = entities("Le groupe est contrôlé par l'Association familiale Mulliez (ADM) depuis 1990.");
    expect(found.has('Association familiale Mulliez')).toBe(false);
  });

  it('a name that already spells its acronym is left as it is', () => {
    const found = entities('Trade with the Council for Mutual Economic Assistance (CMEA) fell in March.');
    expect(found.get('Council for Mutual Economic Assistance')).toBe('Organization');
  });
});
