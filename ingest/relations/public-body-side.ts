import type { EntityIndex } from '../resolve/mentions';

/**
 * Last words of a regulator's or a government body's name ("Food and Drug Administration", "Federal Trade
 * Commission", "Autorité de la concurrence" is read by its first word). Such a body comments on or clears a
 * company's deal; it is never the company a story's pointers and untitled leaders stand for.
 */
const BODY_LAST_WORDS: ReadonlySet<string> = new Set([
  'administration',
  'commission',
  'agency',
  'authority',
  'bureau',
  'department',
  'ministry',
  'office',
]);
/** First words of a body's name that takes its field after "of"/"de" ("Office of …", "Ministère de …"). */
const BODY_FIRST_WORDS: ReadonlySet<string> = new Set([
  'office',
  'department',
  'ministry',
  'ministère',
  'autorité',
  'commission',
]);

const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', "d'"]);

/** True when entity `e` is named as a public body: a bystander to the story's discourse, weighed as a side party. */
export function isPublicBodyName(index: EntityIndex, e: number): boolean {
  const words = (index.entities[e]?.surfaces[0] ?? '').toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  // "Office Depot" is a retailer: a first word heads a body only before its "of"/"de" complement
  const headsComplement =
    BODY_FIRST_WORDS.has(words[0]) && COMPLEMENT_LINKS.has(words[1].replace(/['’].*$/u, "'"));
  return BODY_LAST_WORDS.has(words[words.length - 1]) || headsComplement;
}
