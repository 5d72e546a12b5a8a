import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time (published timestamps). */
export const DATE_PATTERN =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value.trim())) {
    throw new GraphQLError('A Date is YYYY, YYYY-MM or YYYY-MM-DD.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value.trim();
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDate(ast.value);
  },
});
