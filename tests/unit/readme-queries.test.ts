import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { loadTypeDefs } from '../../server/sdl';

const ROOT = join(__dirname, '..', '..');

/** Every ```graphql block of a Markdown file, split into its operations. */
function graphqlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('the queries shown to users', () => {
  const schema = buildSchema(loadTypeDefs());
  const blocks = graphqlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('README has example queries', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((block, i) => [i, block]))(
    'README block %i is valid against the schema',
    (_i, block) => {
      const errors = validate(schema, parse(block as string));
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
