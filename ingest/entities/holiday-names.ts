import type { Token } from '../tokens';

/**
 * Holidays and feasts are times, like months ("a bruising Christmas", "avant Noël"): alone they name no
 * organisation. Inside a longer name they stay ("Christmas Tree Shops").
 */
const HOLIDAYS = new Set([
  'christmas',
  'xmas',
  'easter',
  'thanksgiving',
  'halloween',
  'hanukkah',
  'ramadan',
  'diwali',
  'pentecost',
  'noël',
  'pâques',
  'toussaint',
  'pentecôte',
  'épiphanie',
]);

/** True when the name [from, to) is one holiday's name alone. */
export function isHolidayName(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && HOLIDAYS.has(tokens[from].lower);
}
