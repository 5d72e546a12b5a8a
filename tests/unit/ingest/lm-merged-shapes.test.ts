import { facts, run } from './helpers';

/** MERGED_WITH facts of one text as "a + b" (names sorted: the relation has no direction). */
function mergers(text: string): string[] {
  return facts(run(text), 'MERGED_WITH')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map((r) => [r.source, r.target].sort().join(' + '))
    .sort();
}

describe('merger shapes of headlines and wire copy', () => {
  it('reads two names right before the merger noun', () => {
    expect(mergers('Halbrook Corp, Tessaly Inc merger cleared by shareholders')).toEqual([
      'Halbrook Corp + Tessaly Inc',
    ]);
  });

  it('reads a headline pair before a verb of completing and the merger noun', () => {
    expect(mergers('Halbrook Corp and Tessaly Inc set to close merger')).toEqual([
      'Halbrook Corp + Tessaly Inc',
    ]);
  });

  it('reads "the merger of A (short name), with B"', () => {
    expect(
      mergers(
        'Ostrander Holdings Ltd said it had approved the merger of its unit Pellam Systems Ltd (PSL), with Wexcombe Data Ltd.',
      ),
    ).toEqual(['Pellam Systems Ltd + Wexcombe Data Ltd']);
  });

  it('reads "merge A with its subsidiary B"', () => {
    expect(
      mergers(
        'Ostrander Holdings Ltd said it would merge Corlay Bank Inc with its subsidiary Drummond Savings Inc.',
      ),
    ).toEqual(['Corlay Bank Inc + Drummond Savings Inc']);
  });

  it('reads "merger planned by A and B"', () => {
    expect(mergers('The merger announced by Halbrook Corp and Tessaly Inc will close in June.')).toEqual([
      'Halbrook Corp + Tessaly Inc',
    ]);
  });

  it('does not take the owner after "an affiliate of" as the partner', () => {
    expect(
      mergers(
        'Halbrook Corp said its managers will stay after the merger of the company with an affiliate of Tessaly Inc.',
      ),
    ).toEqual([]);
  });

  it('does not read a merger only proposed for negotiation', () => {
    expect(
      mergers(
        'Halbrook Corp declined to comment on a proposal to negotiate a merger between Tessaly Inc, Orwin Corp and Pellam Inc.',
      ),
    ).toEqual([]);
  });

  it('does not read a pair that is not the clause subject of the merger word', () => {
    expect(mergers('Analysts at Halbrook Corp and Tessaly Inc doubted the merger would help.')).toEqual([]);
  });
});
