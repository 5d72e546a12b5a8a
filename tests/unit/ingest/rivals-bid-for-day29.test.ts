/**
 * Day twenty-nine, deals: a bid for a company called the bidder's rival names a rivalry, whatever became of the bid
 * ("walked away from a bid for rival Y", "weighs a bid for Czech rival Y", "had bid for British rival Y",
 * "X's offer for rival Y, made in May, …") (frames/rivals-bid-for.ts, read by rivals-owned.ts). Near misses: "for
 * rival Y" after no bid ("a contract for rival Y"), "the bid" that may be anyone's, and a backer of the bid.
 * Sentences written for these tests.
 */
import { rivalPairsOf, sortedRivalPair } from './article-units';

describe('a bid for a rival names the bidder and the rival as competitors', () => {
  it('English: a bid walked away from still tells the rivalry', () => {
    const pairs = rivalPairsOf(
      'Brixham Foods walked away in May from a $900 million bid for rival Tolland Bakeries after its board said no.',
    );
    expect(pairs).toContain(sortedRivalPair('Brixham Foods', 'Tolland Bakeries'));
  });

  it('English: a bid weighed, an adjective of origin before the noun', () => {
    const pairs = rivalPairsOf(
      'Ostrava-based Ferrum Logistics is weighing a bid for Polish rival Vistula Cargo, people familiar with the matter said.',
    );
    expect(pairs).toContain(sortedRivalPair('Ferrum Logistics', 'Vistula Cargo'));
  });

  it('English: "bid for" as a verb after its auxiliary', () => {
    const pairs = rivalPairsOf(
      'Harbor Lane Capital said Harlow Textiles had bid for British rival Penwith Mills in 2023 but withdrew.',
    );
    expect(pairs).toContain(sortedRivalPair('Harlow Textiles', 'Penwith Mills'));
  });

  it("English: a possessive bidder owns the rival, not the clause's subject", () => {
    const pairs = rivalPairsOf(
      "The tie-up comes a year after Glenmore Paper's hostile offer for rival Sutter Pulp, made in May, collapsed.",
    );
    expect(pairs).toContain(sortedRivalPair('Glenmore Paper', 'Sutter Pulp'));
  });

  it('French: « une offre pour son concurrent »', () => {
    const pairs = rivalPairsOf(
      'Le groupe Ravelin a retiré en mars une offre pour son concurrent Solvane, jugée trop basse par ses actionnaires.',
    );
    expect(pairs).toContain(sortedRivalPair('Ravelin', 'Solvane'));
  });

  it('near miss: "for rival Y" after a noun of no bid gives another role', () => {
    const pairs = rivalPairsOf('Brixham Foods won a supply contract for rival Tolland Bakeries in 2024.');
    expect(pairs).not.toContain(sortedRivalPair('Brixham Foods', 'Tolland Bakeries'));
  });

  it('near miss: "the bid" may be anyone\'s, and an adviser is no bidder', () => {
    const pairs = rivalPairsOf('Marlowe Partners worked on the bid for rival Tolland Bakeries last year.');
    expect(pairs).toEqual([]);
  });

  it('near miss: the backer of a bid is not the bidder', () => {
    const pairs = rivalPairsOf('Kestrel Equity financed a bid for rival Tolland Bakeries in 2024.');
    expect(pairs).not.toContain(sortedRivalPair('Kestrel Equity', 'Tolland Bakeries'));
  });
});
