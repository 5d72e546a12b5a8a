import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readServerConfig } from '../../../server/config';
import { EXAMPLE_OPERATIONS } from '../../../server/examples';
import { limitsRule } from '../../../server/limits';

describe('landing page examples', () => {
  it('are valid against the schema and within the default limits', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
    const doc = parse(EXAMPLE_OPERATIONS, { maxTokens: readServerConfig({}).limits.tokens });
    expect(validate(schema, doc, [limitsRule(readServerConfig({}).limits)])).toEqual([]);
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    expect(doc.definitions.length).toBeGreaterThanOrEqual(4);
  });
});
