/**
 * Day twenty-three, deals: which entity a deal verb links, and which status its own clause gives it.
 * - a buyer's failed or talked-of deal told in an aside on its name is not the main deal's status
 *   (values/failed-aside.ts);
 * - "sold Y to Ravensberg unit Fellwood": the unit after the parent is the party (deal-parent-unit.ts);
 * - "Y, the pet-food maker it bought in 2021, to B": a description restating the name before it is an apposition
 *   the rule gap steps over (syntax.ts, anaphora-apposed-description.ts);
 * - "The conglomerate sold its valves business to B" points back like "the group" (anaphor-words.ts);
 * - "It bought A in January and in March completed the acquisition of B": A is no buyer of B
 *   (deal-joined-object-source.ts), and a sale joined after a time phrase keeps the first verb's subject
 *   (frames/joined-time-phrase.ts);
 * - "L'acquisition de Y est financée par un prêt accordé par X": X pays for the deal, it does not buy
 *   (deal-reading-guards.ts).
 * Sentences written for these tests; near misses keep the earlier readings.
 */
import { facts, madePairs, run, typedPair } from './helpers';

const PUBLISHED = '2026-11-24';

/** Every fact of `text` as "TYPE source -> target", whatever its status. */
function allFacts(text: string): string[] {
  return facts(run(text, PUBLISHED)).map(typedPair);
}

describe("a buyer's unmade deal told in an aside on its name leaves the main deal made", () => {
  it.each([
    [
      "Le groupe familial Arnal, qui avait tenté en vain de racheter Biscuits Verdon l'an dernier, a finalement acquis la société Pâtes Rivière.",
      'Arnal -> Pâtes Rivière',
    ],
    [
      'Tessaly Transports, qui avait tenté sans succès de reprendre Frigolis en 2022, a racheté en mars le savoyard Transports Ballaz.',
      'Tessaly Transports -> Transports Ballaz',
    ],
    [
      'Brenwick Group, which had tried to buy Oakdale Mills in 2023, agreed on Monday to acquire Stourton Textiles for $90 million.',
      'Brenwick Group -> Stourton Textiles',
    ],
    [
      'Coldharbour Media, which was in talks to sell its radio arm last year, has bought Lantern Press.',
      'Coldharbour Media -> Lantern Press',
    ],
  ])('%s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toContain(expected);
  });

  it('keeps the attempt of the aside itself unmade', () => {
    const got = madePairs(
      'Brenwick Group, which had tried to buy Oakdale Mills in 2023, agreed on Monday to acquire Stourton Textiles.',
      PUBLISHED,
      'ACQUIRED',
    );
    expect(got).not.toContain('Brenwick Group -> Oakdale Mills');
  });

  it('keeps an attempt told in the main clause unmade', () => {
    expect(
      madePairs(
        'Brenwick Group, which bought Oakdale Mills in 2023, is trying to acquire Stourton Textiles.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).not.toContain('Brenwick Group -> Stourton Textiles');
  });

  it('keeps the cue of an aside that names the party of the deal', () => {
    expect(
      madePairs(
        'Le groupe Arnal, qui tente de racheter Biscuits Verdon, a ouvert une usine à Lyon.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).not.toContain('Arnal -> Biscuits Verdon');
  });
});

describe('a parent named before a unit noun leaves the party to the unit', () => {
  it.each([
    [
      'In August it sold Greenbank, its pickles brand, to Keystone Provisions unit Millbrook Brands for $60 million.',
      'ACQUIRED Millbrook Brands -> Greenbank',
    ],
    [
      'Harlow Group sold Tempest Audio to Brightline subsidiary Corvo Sound in 2022.',
      'ACQUIRED Corvo Sound -> Tempest Audio',
    ],
    [
      'Kindred Paws was bought by Ravensberg unit Fellwood Pet Care in 2021.',
      'ACQUIRED Fellwood Pet Care -> Kindred Paws',
    ],
    [
      "Brevik Foods was acquired last year by Atlas Group's packaging arm Atlas Pack.",
      'ACQUIRED Atlas Pack -> Brevik Foods',
    ],
    [
      'Thalia Capital bought Siemens unit Siemens Energy in 2021.',
      'ACQUIRED Thalia Capital -> Siemens Energy',
    ],
  ])('%s', (text, expected) => {
    const got = allFacts(text);
    expect(got).toContain(expected);
  });

  it('does not read the parent as the party', () => {
    const got = allFacts('Harlow Group sold Tempest Audio to Brightline subsidiary Corvo Sound in 2022.');
    expect(got).not.toContain('ACQUIRED Brightline -> Tempest Audio');
  });

  it('makes the parent of a unit bought the seller', () => {
    const sold = run('Thalia Capital bought Siemens unit Siemens Energy in 2021.', PUBLISHED).relations.find(
      (r) => r.target === 'Siemens Energy',
    );
    expect(sold?.seller).toBe('Siemens');
  });

  it('keeps a buyer followed by the possessive of the unit sold', () => {
    expect(allFacts('Harlow Group vendra à Brightline Capital sa division Corvo Sound.')).toContain(
      'ACQUIRED Brightline Capital -> Corvo Sound',
    );
  });

  it('keeps a buyer followed by no unit noun', () => {
    expect(
      allFacts('Harlow Group sold Tempest Audio to Brightline in 2022 and Corvo Sound in 2023.'),
    ).toContain('ACQUIRED Brightline -> Tempest Audio');
  });
});

describe('a description restating the name before it is stepped over like an apposition', () => {
  it.each([
    [
      'Ostrander Foods Inc, the maker of frozen meals, will pay $640 million for Harwell Stores.\n\nOstrander also agreed to sell Kindred Paws, the pet-food maker it bought in 2021, to Fellwood Pet Care for about $210 million.',
      'ACQUIRED Fellwood Pet Care -> Kindred Paws',
    ],
    [
      'Tolland Media, the radio group, reported higher sales.\n\nTolland sold Skyline Radio, the radio group it acquired in 2019, to Brightside Broadcasting.',
      'ACQUIRED Brightside Broadcasting -> Skyline Radio',
    ],
  ])('%s', (text, expected) => {
    expect(allFacts(text)).toContain(expected);
  });
});

describe('"the conglomerate" points back at the company named before', () => {
  it.each([
    [
      'Brexley Corp has been shrinking for years. The conglomerate sold its valves business to Keller & Sohn for $520 million in January.',
      'ACQUIRED Keller & Sohn -> Brexley Corp',
    ],
    [
      'Brexley Corp has been growing for years. The conglomerate bought Keller & Sohn for $520 million in January.',
      'ACQUIRED Brexley Corp -> Keller & Sohn',
    ],
    [
      "Le groupe Sorelle a publié mardi des résultats en baisse. Le conglomérat a cédé sa branche de robinetterie au suédois Nordflow pour 80 millions d'euros.",
      'ACQUIRED Nordflow -> Sorelle',
    ],
  ])('%s', (text, expected) => {
    expect(allFacts(text)).toContain(expected);
  });

  it('needs a company named before', () => {
    expect(
      allFacts('The conglomerate sold its valves business to Keller & Sohn for $520 million.'),
    ).not.toContain('ACQUIRED Keller & Sohn -> Brexley Corp');
  });
});

describe("the first verb's object is no buyer of a deal joined to it", () => {
  it.each([
    [
      'It bought Harrow Box in January and in March completed the acquisition of Veldkamp.',
      'Harrow Box -> Veldkamp',
    ],
    [
      'It bought Essex packaging firm Harrow Box in January and in March completed the purchase of Dutch carton maker Veldkamp.',
      'Harrow Box -> Veldkamp',
    ],
    [
      "Il a racheté Harrow Box en janvier et a finalisé en mars l'acquisition de Veldkamp.",
      'Harrow Box -> Veldkamp',
    ],
  ])('%s', (text, wrong) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).not.toContain(wrong);
  });

  it('keeps a buyer that is the subject of its own verb', () => {
    expect(
      madePairs(
        'Harrow Box was sold to Northam Group in 2020 and Northam later completed the acquisition of Veldkamp.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toContain('Northam Group -> Veldkamp');
  });

  it.each([
    ['Maristow Shipping bought Terminales del Sur in 2024 and in May sold its tug business to Towmar.'],
    ['Maristow Shipping bought Terminales del Sur in 2024 and last year sold its tug business to Towmar.'],
  ])("a sale joined after a time phrase is the first subject's: %s", (text) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toContain('Towmar -> Maristow Shipping');
  });
});

describe("the agent of a helper's passive after the deal noun is no buyer", () => {
  it.each([
    [
      "Le groupe Arnal a racheté Biscuits Verdon. L'acquisition de Biscuits Verdon est financée par un prêt accordé par la Banque Populaire.",
      'Banque Populaire -> Biscuits Verdon',
    ],
    [
      'Arnal Foods bought Verdon Biscuits in May. The purchase of Verdon Biscuits was financed by a loan from Lakeside Bank.',
      'Lakeside Bank -> Verdon Biscuits',
    ],
  ])('%s', (text, wrong) => {
    const got = madePairs(text, PUBLISHED, 'ACQUIRED');
    expect(got).not.toContain(wrong);
    expect(got.length).toBeGreaterThan(0);
  });

  it('keeps the buyer named after "par" with no helper verb', () => {
    expect(
      madePairs(
        'Le rachat de Biscuits Verdon par le groupe Arnal a été finalisé mardi.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toContain('Arnal -> Biscuits Verdon');
  });
});
