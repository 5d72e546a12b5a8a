import type { Unit } from './pattern';

/** Plain words allowed between the target and "from X" ("… in Atlantic City, New Jersey from X"). */
const MAX_WORDS_BEFORE_FROM = 8;
const FROM = new Set(['from', 'auprès']);
const PARENT_NOUNS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'filiale', 'branche']);
const OF = new Set(['of', 'de', 'du', "d'"]);

function orgAt(units: Unit[], i: number): number | null {
  const u = units[i];
  return u && u.kind === 'ent' && u.orgs && u.ents.length === 1 ? u.ents[0] : null;
}

/** Plain words allowed between "from" and the seller ("from the Canadian subsidiary of X"). */
const MAX_WORDS_AFTER_FROM = 4;
/** Words that may come between "from" and the seller: articles, adjectives, "subsidiary of". */
const BEFORE_SELLER = /^(de|d'|du|des|the|its|their|a|an|[\p{Ll}-]+)$/u;
const NOT_BEFORE_SELLER = new Set([
  'to',
  'for',
  'by',
  'with',
  'and',
  'or',
  'at',
  'in',
  'on',
  'which',
  'that',
]);

/** "from X", "from the Canadian subsidiary of X", "auprès de X": the first organisation after "from". */
function ownerAfterFrom(units: Unit[], from: number): number | null {
  for (let j = from; j < units.length && j - from <= MAX_WORDS_AFTER_FROM; j++) {
    const u = units[j];
    if (u.kind === 'ent') return orgAt(units, j);
    if (NOT_BEFORE_SELLER.has(u.token.lower) || !BEFORE_SELLER.test(u.token.lower)) return null;
  }
  return null;
}

/**
 * The seller of an acquired target when the sentence names one after it: "bought Y from X",
 * "Y, a unit of X", "Y, filiale de X". Returns the entity id or null.
 */
export function sellerAfter(units: Unit[], target: number): number | null {
  const at = units.findIndex((u) => u.kind === 'ent' && u.ents.includes(target));
  if (at < 0) return null;
  for (let i = at + 1, words = 0; i < units.length && words <= MAX_WORDS_BEFORE_FROM; i++) {
    const u = units[i];
    if (u.kind === 'ent') return null;
    const w = u.token.lower;
    if (FROM.has(w)) return ownerAfterFrom(units, i + 1);
    if (
      PARENT_NOUNS.has(w) &&
      units[i + 1]?.kind === 'tok' &&
      OF.has((units[i + 1] as { token: { lower: string } }).token.lower)
    ) {
      return orgAt(units, i + 2);
    }
    if (w === '.' || w === ';') return null;
    words++;
  }
  return null;
}
