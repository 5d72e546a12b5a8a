import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readServerConfig } from '../../../server/config';
import { limitsRule } from '../../../server/limits';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
const limits = { ...readServerConfig({}).limits, depth: 5, cost: 500, aliases: 2 };
const check = (query: string) => validate(schema, parse(query), [limitsRule(limits)]);
const limitOf = (query: string) => check(query).map((e) => e.extensions.limit);

describe('limitsRule', () => {
  it('lets a shallow, cheap query through', () => {
    expect(check('{ organization(name: "x") { name aliases } }')).toEqual([]);
  });

  it('rejects a query nested deeper than the depth limit, counting through fragments', () => {
    const deep = `{ organization(name: "x") { ...F } }
      fragment F on Organization { competitors { entity { ... on Organization { competitors { entity { name } } } } } }`;
    expect(limitOf(deep)).toContain('depth');
  });

  it('multiplies nested list costs by their first argument', () => {
    const ok = '{ deals(first: 10) { edges { node { id parties { role } } } } }';
    expect(limitOf(ok)).not.toContain('cost');
    const big = '{ deals(first: 100) { edges { node { id evidence { sentence article { title } } } } } }';
    expect(limitOf(big)).toContain('cost');
  });

  it('counts a variable first as the largest first allowed', () => {
    const q = 'query($n: Int) { deals(first: $n) { edges { node { id evidence { sentence } } } } }';
    expect(limitOf(q)).toContain('cost');
  });

  it('rejects more aliases than allowed', () => {
    expect(
      limitOf(
        '{ a: search(query: "x") { score } b: search(query: "y") { score } c: search(query: "z") { score } }',
      ),
    ).toContain('aliases');
    expect(limitOf('{ a: search(query: "x") { score } b: search(query: "y") { score } }')).not.toContain(
      'aliases',
    );
  });
});
