/**
 * Day twenty-four, rivals. Three readings of how a market story tells who competes:
 * - a ranking whose members each carry a share goes on past a member's descriptor ("and Sweden's C on 12%", "lui-même
 *   suivi du suisse C (9 %)") and past a chained marker, but stops at a clause that only names a source;
 * - a ranking told from a member placed below the top ("B came second with 17%, followed by C") pairs its members
 *   as a leader's ranking does, while an ordinal that places nothing ("its second contract") ranks no one;
 * - a rivalry the same sentence ends with a completed merger of the pair ("which had competed …, merged", "qui se
 *   disputaient jusque-là …") is history, while a rivalry beside a merger only agreed, or named by a noun, stays.
 * Sentences written for these tests.
 */
import { relationsOf, rivalPairsOf, sortedRivalPair } from './article-units';
import { rivalryToldBefore } from '../../../ingest/relations/rival-ended-by-merger';

/** The merger pairs of `text`, as `rivals` gives them. */
function mergers(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'MERGED_WITH')
    .map((r) => [r.source, r.target].sort().join(' <-> '));
}

describe('a ranking with shares goes on past descriptors and chained markers', () => {
  it.each([
    [
      "Kelmar Pumps Ltd led the market with 33%, followed by Dunmore Hydraulics Ltd on 21% and Sweden's Fjällflow AB on 12%, according to trade body BPMA.",
      ['Kelmar Pumps Ltd', 'Dunmore Hydraulics Ltd', 'Fjällflow AB'],
    ],
    [
      'Maisons Garric SA reste le numéro un avec 29 % des ventes, devant Boisfort SAS (18 %), lui-même suivi du suisse Holzwerk AG (9 %).',
      ['Maisons Garric SA', 'Boisfort SAS', 'Holzwerk AG'],
    ],
    [
      "Trelawny Foods Ltd remains the market leader with 41%, ahead of Abergele Bakeries Ltd (19%), itself followed by Ireland's Cuala Breads Ltd (8%).",
      ['Trelawny Foods Ltd', 'Abergele Bakeries Ltd', 'Cuala Breads Ltd'],
    ],
  ])('%s', (text, members) => {
    const got = rivalPairsOf(text);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        expect(got).toContain(sortedRivalPair(members[i], members[j]));
  });

  it('stops at a clause that names the source of the figures', () => {
    const got = rivalPairsOf(
      'Kelmar Pumps Ltd led the market with 33%, followed by Dunmore Hydraulics Ltd on 21%, according to trade body Pumpwatch Ltd.',
    );
    expect(got).toContain(sortedRivalPair('Kelmar Pumps Ltd', 'Dunmore Hydraulics Ltd'));
    expect(got.filter((p) => p.includes('Pumpwatch'))).toEqual([]);
  });
});

describe('a ranking told from a member placed below the top', () => {
  it.each([
    [
      "Ostmann Textil GmbH came second with 17%, followed by Portugal's Tecelagem Douro SA on 11%.",
      'Ostmann Textil GmbH',
      'Tecelagem Douro SA',
    ],
    [
      "Dutch group Veldhoven Coatings BV came third with 11%, followed by Belgium's Lysar Paints NV on 8% and a crowd of regional makers.",
      'Veldhoven Coatings BV',
      'Lysar Paints NV',
    ],
    [
      "La coopérative Terrenoa arrive troisième avec 12 % des volumes, suivie de l'espagnol Agrícola Solano SA (7 %).",
      'Terrenoa',
      'Agrícola Solano SA',
    ],
  ])('%s', (text, a, b) => {
    expect(rivalPairsOf(text)).toContain(sortedRivalPair(a, b));
  });

  it.each([
    'Veldhoven Coatings BV won its second contract this year, followed by Lysar Paints NV in March.',
    'Ostmann Textil GmbH came second with 17%, followed by a group of smaller weavers, Tecelagem Douro SA said.',
  ])('ranks no one: %s', (text) => {
    expect(rivalPairsOf(text)).toEqual([]);
  });
});

describe('a rivalry ended by a completed merger of the pair', () => {
  it.each([
    [
      'Hartfield Logistics Ltd said on Tuesday its sales rose 6%. Its parent was formed in 2018 when Brennock Haulage Ltd and Corley Freight Ltd, which had competed for Irish supermarket contracts for years, merged their businesses.',
      'Brennock Haulage Ltd',
      'Corley Freight Ltd',
    ],
    [
      "Le groupe Ardelis a publié mardi ses résultats. Il est né en 2019 de la fusion de Transports Morvan SAS et de Logirail SAS, qui se disputaient jusque-là les chargeurs de l'Est.",
      'Transports Morvan SAS',
      'Logirail SAS',
    ],
    [
      'Les Laboratoires Quintal SA et Biomédica SAS, qui se livraient une guerre des prix dans le Sud-Ouest, ont fusionné en 2016.',
      'Laboratoires Quintal SA',
      'Biomédica SAS',
    ],
  ])('%s', (text, a, b) => {
    expect(mergers(text)).toContain(sortedRivalPair(a, b));
    expect(rivalPairsOf(text)).not.toContain(sortedRivalPair(a, b));
  });

  it.each([
    // a merger only agreed: the two compete until it closes
    'Brennock Haulage Ltd and Corley Freight Ltd, which have competed for Irish supermarket contracts for years, agreed on Tuesday to merge.',
    // a rivalry named by a noun, its end not told
    'Brennock Haulage Ltd merged with its Irish rival Corley Freight Ltd in January.',
  ])('keeps the pair: %s', (text) => {
    expect(rivalPairsOf(text)).toContain(sortedRivalPair('Brennock Haulage Ltd', 'Corley Freight Ltd'));
  });

  it.each([
    ['which had fought over the same customers', true],
    ['qui se disputaient les mêmes clients', true],
    ["qui s'affrontaient sur les mêmes marchés", true],
    // an accented first or last letter: "étaient", "jusque-là"
    ['qui étaient concurrents depuis vingt ans', true],
    ['jusque-là concurrents', true],
    ['qui sont concurrents depuis vingt ans', false],
    ['which have fought over the same customers', false],
    ['qui se disputent les mêmes clients', false],
    ['which had agreed to merge', false],
  ])('tells a rivalry before the event: %s', (clause, expected) => {
    expect(rivalryToldBefore(`A and B, ${clause}, merged.`)).toBe(expected);
  });
});
