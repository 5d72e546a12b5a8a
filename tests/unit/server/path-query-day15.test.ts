import type { Reader, Row } from '../../../graph/read/reader';
import { shortestPaths, shortestPathsBetweenIds } from '../../../graph/read/paths';
import type { PathOptions } from '../../../graph/read/paths';

/** A reader that records the one query it is sent and answers with `rows`. */
function recording(rows: Row[]): {
  reader: Reader;
  sent: { cypher: string; params: Record<string, unknown> }[];
} {
  const sent: { cypher: string; params: Record<string, unknown> }[] = [];
  return {
    sent,
    reader: {
      queryCount: 0,
      read: (cypher, params = {}) => {
        sent.push({ cypher, params });
        return Promise.resolve(rows);
      },
    },
  };
}

const usual: PathOptions = { maxHops: 4, first: 1, asOf: null, includeRejected: false };
const entity = (id: string, labels = ['Entity', 'Organization']) => ({
  dealRow: null,
  props: { id, name: id.toUpperCase(), aliases: [], firstSeen: null, lastSeen: null },
  labels,
});
const deal = (id: string) => ({
  dealRow: { props: { id, kind: 'ACQUISITION', status: 'completed' }, rejected: false },
  props: null,
  labels: ['Deal'],
});
const fact = { type: 'COMPETES_WITH', s: 'org:b', t: 'org:c', props: { id: 'f1' }, rejected: false };

describe('path query text: only the filters the options set', () => {
  it('the usual request (no asOf, rejected excluded) reads no $asOf and projects rejected as false', async () => {
    const { reader, sent } = recording([]);
    await shortestPaths(reader, 'org:a', 'org:b', usual);
    const { cypher, params } = sent[0];
    expect(cypher).not.toContain('$asOf');
    expect(cypher).not.toContain('$includeRejected');
    expect(cypher).toContain('rejected: false');
    expect(cypher).toContain("verdict: 'REJECTED'");
    expect(cypher).toContain('shortestPath(');
    expect(cypher).toContain('LIMIT 1');
    expect(params).toEqual({ from: 'org:a', to: 'org:b' });
  });

  it('an asOf bound writes both date filters and sends $asOf', async () => {
    const { reader, sent } = recording([]);
    await shortestPathsBetweenIds(reader, 'org:a', 'org:b', { ...usual, asOf: '2020-01~', first: 3 });
    const { cypher, params } = sent[0];
    expect(cypher).toContain('n.date <= $asOf');
    expect(cypher).toContain('n.firstReported <= $asOf');
    expect(cypher).toContain('r.firstReported <= $asOf');
    expect(cypher).toContain('allShortestPaths(');
    expect(cypher).toContain('LIMIT 3');
    expect(params).toEqual({ from: 'org:a', to: 'org:b', asOf: '2020-01~' });
  });

  it('with rejected ones admitted, no curation filter is written and rejection is looked up', async () => {
    const { reader, sent } = recording([]);
    await shortestPaths(reader, 'org:a', 'org:b', { ...usual, includeRejected: true });
    const { cypher } = sent[0];
    expect(cypher).not.toContain("verdict: 'REJECTED'");
    expect(cypher).not.toContain('rejected: false');
    expect(cypher).toContain("c.verdict = 'REJECTED'");
    expect(cypher).toContain('n:Deal AND true');
  });
});

describe('path rows: entities by their props, deals by their dealRow', () => {
  it('reads a deal hop and a fact hop in order, with the entities', async () => {
    const { reader } = recording([
      {
        nodes: [entity('org:a'), deal('d1'), entity('org:b'), entity('org:c', ['Entity', 'Person'])],
        rels: [null, null, fact],
      },
    ]);
    const [path] = await shortestPaths(reader, 'org:a', 'org:c', usual);
    expect(path.entityIds).toEqual(['org:a', 'org:b', 'org:c']);
    expect(path.hops.map((h) => [h.fromId, h.toId, h.kind])).toEqual([
      ['org:a', 'org:b', 'ACQUISITION'],
      ['org:b', 'org:c', 'COMPETES_WITH'],
    ]);
    expect(path.hops[0].deal?.id).toBe('d1');
    expect(path.hops[1].fact?.id).toBe('f1');
    expect(path.entities.map((e) => e.type)).toEqual(['Organization', 'Organization', 'Person']);
  });

  it('drops a path of more hops than asked', async () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => entity(`org:${x}`));
    const rels = nodes.slice(1).map(() => fact);
    const { reader } = recording([{ nodes, rels }]);
    expect(await shortestPaths(reader, 'org:a', 'org:f', usual)).toEqual([]);
  });
});
