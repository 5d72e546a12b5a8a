/**
 * A holder bought out is a seller, not a company bought (deals, day thirty-one; ingest/relations/deal-party-role-guard.ts
 * `BOUGHT_OUT_HOLDER_BEFORE`): "X took a 70 pct stake in Y, buying out venture investor Z", "X bought out early
 * backer Z", "X bought out its partner Z in the venture" give no ACQUIRED (nor FUNDED) of Z. English: French tells
 * the shares bought ("racheter la participation de Z"), read already. Near miss: "X bought out Y" with no holder's
 * noun is still a buyout of Y. Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

const dealPairs = (text: string): string[] =>
  facts(run(text, '2026-03-02'))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map((r) => `${r.type} ${pair(r)}`)
    .sort();

describe('a holder bought out', () => {
  it('a participle after the purchase: "…, buying out venture investor Z"', () => {
    expect(
      dealPairs(
        'Tamworth Medical Group said it had taken a 65 pct stake in Kilnsey Diagnostics for 90 mln dlrs, buying out venture investor Harrowby Ventures.',
      ),
    ).toEqual(['ACQUIRED Tamworth Medical Group -> Kilnsey Diagnostics']);
  });

  it('"X bought out early backer Z"', () => {
    expect(
      dealPairs('Tamworth Medical Group also bought out early backer Harrowby Ventures in 2024.'),
    ).toEqual([]);
  });

  it('"X bought out its partner Z in the venture"', () => {
    expect(
      dealPairs(
        'Tamworth Medical Group bought out its partner Harrowby Ventures in their laboratory venture.',
      ),
    ).toEqual([]);
  });

  it('near miss: a buyout of a company keeps the purchase', () => {
    expect(dealPairs('Harrowby Capital bought out Kilnsey Diagnostics in 2019.')).toEqual([
      'ACQUIRED Harrowby Capital -> Kilnsey Diagnostics',
    ]);
  });
});
