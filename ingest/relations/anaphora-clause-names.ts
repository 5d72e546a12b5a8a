import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';

/**
 * Words that end the clause a pointer opens: past them a name may be the same company again ("Its chief executive,
 * P, said X would …", "the company acquired Y, … into the X platform").
 */
const CLAUSE_ENDS = new Set([
  ',',
  ';',
  ':',
  '(',
  'said',
  'says',
  'that',
  'which',
  'who',
  'where',
  'que',
  "qu'",
  'qui',
  'où',
  'dont',
]);

/**
 * The companies the pointer's own clause names after it (token `i`): a writer who names a company there does not
 * also point at it ("L'opérateur a été racheté mardi par le groupe X" is not X).
 */
export function namedInClauseAfter(tokens: Token[], mentions: Mention[], i: number): Set<number> {
  let end = i + 1;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end].lower)) end++;
  return new Set(mentions.filter((x) => x.from > i && x.from < end).map((x) => x.entity));
}
