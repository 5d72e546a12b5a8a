import type { ExtractedRelation } from '../../../ingest/types';
import { withoutMergerTakenOver } from '../../../ingest/relations/merger-also-takeover';
import { facts, pair, run } from './helpers';

/** Stories written for these tests: a merger the same story also tells as one party taking over the other. */

describe('a merger also told as a takeover is that takeover', () => {
  it.each([
    [
      'CBC BANCORP TO BE ACQUIRED BY UNION PLANTERS\nNASHVILLE, April 2 - CBC Bancorp Inc said it has signed an agreement which would merge CBC Bancorp Inc with Union Planters Corp.',
    ],
    [
      'Rabbit Software Corp said it agreed to merge with CTI Data Inc. CTI Data Inc will become a wholly owned subsidiary of Rabbit Software Corp.',
    ],
    [
      'Varenne SA va fusionner avec Ostrel SAS. Varenne SA rachète ainsi Ostrel SAS pour 20 millions d’euros.',
    ],
  ])('%s', (text) => {
    const r = run(text);
    expect(facts(r, 'MERGED_WITH').map(pair)).toEqual([]);
    expect(facts(r, 'ACQUIRED').length).toBeGreaterThan(0);
  });

  it('a merger of equals with no takeover stays', () => {
    const r = run('Varenne SA et Ostrel SAS ont annoncé leur fusion, qui donnera naissance à Velora.');
    expect(facts(r, 'MERGED_WITH').map(pair).length).toBe(1);
  });

  const rel = (
    type: string,
    source: string,
    target: string,
    status: string | null,
    confidence = 0.9,
  ): ExtractedRelation => ({ type, source, target, status, confidence }) as unknown as ExtractedRelation;

  it('only a takeover told as made removes the merger, in either direction', () => {
    const merger = rel('MERGED_WITH', 'A', 'B', 'pending');
    expect(withoutMergerTakenOver([merger, rel('ACQUIRED', 'B', 'A', 'announced')])).not.toContain(merger);
    expect(withoutMergerTakenOver([merger, rel('ACQUIRED', 'A', 'B', 'completed')])).not.toContain(merger);
    expect(withoutMergerTakenOver([merger, rel('ACQUIRED', 'A', 'B', 'rumoured')])).toContain(merger);
    expect(withoutMergerTakenOver([merger, rel('ACQUIRED', 'A', 'C', 'completed')])).toContain(merger);
    // a weak reading ("En 2024, A avait racheté M, et B la malterie O" read across the gap) leaves the merger
    expect(withoutMergerTakenOver([merger, rel('ACQUIRED', 'A', 'B', 'completed', 0.5)])).toContain(merger);
    // a majority stake bought first ("lifted its stake in B to 52 pct") is a step before the merger
    const stake = { ...rel('ACQUIRED', 'A', 'B', 'announced'), stake: 52 } as ExtractedRelation;
    expect(withoutMergerTakenOver([merger, stake])).toContain(merger);
  });
});
