import type { Token } from '../tokens';

/**
 * "Tamura's Ministry of International Trade and Industry", "Reagan's Department of Commerce": a public body is
 * named without its minister or its government, so a possessive right before its head word owns the body and is
 * no part of its name ("Scott's Hospitality Inc" and "People's Bank" keep theirs: their heads are no body's).
 */
const PUBLIC_BODY_HEADS = new Set([
  'ministry',
  'department',
  'bureau',
  'commission',
  'cabinet',
  'secretariat',
]);

/** True when the possessive "'s" at `i` stands right before a public body's head word. */
export function possessiveBeforePublicBody(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === "'s" && PUBLIC_BODY_HEADS.has(tokens[i + 1]?.lower ?? '');
}
