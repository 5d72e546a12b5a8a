/**
 * A bid for a rival whose fate follows the rival's name (deals, day thirty, second round;
 * ingest/relations/frames/rivals-bid-for.ts `isBidOutcomeVerb`, read by rivals-owned.ts): "The group's bid for rival
 * Y was blocked", "X's offer for Swedish rival Y collapsed" — the verb of the bid's fate ends the rival's noun phrase
 * as a comma did; and a purchase's buyer after "by" (`boughtBy`): "X agreed to be bought by rival Y", "taken over by
 * Dutch rival Y". Near misses: no bid ("a supply contract for rival Y"), "the bid" that may be anyone's, an adviser
 * after "by". Sentences written for these tests.
 */
import { rivalPairsOf, sortedRivalPair } from './article-units';

describe("a bid for a rival, the bid's fate right after the rival", () => {
  it('a pointed-at bidder: "The group\'s bid for rival Y was blocked"', () => {
    const pairs = rivalPairsOf(
      "Tolworth Mills said it would close two plants. The group's 800 million pound bid for rival Penrose Paper was blocked in 2024 by the competition authority.",
    );
    expect(pairs).toContain(sortedRivalPair('Tolworth Mills', 'Penrose Paper'));
  });

  it('a named possessive bidder, an origin word: "X\'s offer for Swedish rival Y collapsed"', () => {
    const pairs = rivalPairsOf(
      "Glenmore Paper's hostile offer for Swedish rival Sutter Pulp collapsed in May.",
    );
    expect(pairs).toContain(sortedRivalPair('Glenmore Paper', 'Sutter Pulp'));
  });

  it('near miss: "for rival Y" after no bid', () => {
    expect(rivalPairsOf('Brixham Foods won a supply contract for rival Tolland Bakeries in 2024.')).toEqual(
      [],
    );
  });

  it('near miss: "the bid" with no bidder of its own, a verb after the rival', () => {
    expect(rivalPairsOf('Marlowe Partners said the bid for rival Tolland Bakeries was blocked.')).toEqual([]);
  });

  it('a buyer after "by": "X agreed to be bought by rival Y"', () => {
    const pairs = rivalPairsOf(
      'Rivet Freight had agreed in 2022 to be bought by rival Crestline Transport for $900 million.',
    );
    expect(pairs).toContain(sortedRivalPair('Rivet Freight', 'Crestline Transport'));
  });

  it('"taken over by Dutch rival Y"', () => {
    const pairs = rivalPairsOf('Tolland Bakeries was taken over by Dutch rival Brixham Foods in 2021.');
    expect(pairs).toContain(sortedRivalPair('Tolland Bakeries', 'Brixham Foods'));
  });

  it('near miss: an adviser after "by" is no rival', () => {
    expect(rivalPairsOf('Tolland Bakeries was advised by rival Brixham Foods.')).toEqual([]);
  });
});
