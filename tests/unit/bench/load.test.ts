import { QueryFailedError, graphqlData, runInterleaved, runLoad } from '../../../bench/load';
import { serverChildEnv } from '../../../bench/query-server';

describe('graphqlData', () => {
  it('returns the data of a 200 answer without errors', () => {
    expect(graphqlData(200, '{"data":{"a":1}}')).toEqual({ a: 1 });
  });

  it('fails on GraphQL errors, on a non-2xx status and on a body that is not JSON', () => {
    expect(() => graphqlData(200, '{"data":null,"errors":[{"message":"boom"}]}')).toThrow(QueryFailedError);
    expect(() => graphqlData(200, '{"data":null,"errors":[{"message":"boom"}]}')).toThrow(/boom/);
    expect(() => graphqlData(500, '{"data":{"a":1}}')).toThrow(/GraphQL 500/);
    expect(() => graphqlData(200, '<html>')).toThrow(/not JSON/);
  });
});

describe('runLoad', () => {
  it('makes exactly `total` calls and never more than `concurrency` at once', async () => {
    let inFlight = 0;
    let most = 0;
    const call = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
    };
    const latencies = await runLoad(call, 37, 4);
    expect(latencies).toHaveLength(37);
    expect(most).toBe(4);
    expect(latencies.every((ms) => ms >= 0)).toBe(true);
  });
});

describe('runInterleaved', () => {
  it('gives every side exactly `total` calls, in blocks that alternate between the sides', async () => {
    const order: string[] = [];
    const side = (name: string) => async () => {
      order.push(name);
    };
    const [a, b] = await runInterleaved([side('a'), side('b')], 25, 2, 4);
    expect(a).toHaveLength(25);
    expect(b).toHaveLength(25);
    // Four blocks per side (6, 6, 6, 7 calls): the sequence switches side 2 × 4 − 1 times.
    const switches = order.slice(1).filter((name, i) => name !== order[i]).length;
    expect(switches).toBe(7);
    expect(order.slice(0, 6)).toEqual(Array(6).fill('a'));
  });
});

describe('serverChildEnv', () => {
  it('points the child at the bench graph in production mode and keeps the rest of the environment', () => {
    const env = serverChildEnv(
      { uri: 'bolt://127.0.0.1:7999', database: 'bench' },
      { NEO4J_PASSWORD: 'secret', NEO4J_URI: 'bolt://elsewhere:7687', NODE_ENV: 'test' },
    );
    expect(env).toEqual({
      NEO4J_PASSWORD: 'secret',
      NEO4J_URI: 'bolt://127.0.0.1:7999',
      NEO4J_DATABASE: 'bench',
      NODE_ENV: 'production',
    });
  });
});
