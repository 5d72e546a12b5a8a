import type { Token } from '../tokens';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/**
 * "La Grande Épicerie de Paris, propriété du groupe LVMH", "Harrow Foods, owned by the Kestrel group", "X, détenue
 * par le fonds Y": an apposition that names the company owning the name makes it a business, since people are not
 * owned. The owner must be a company noun within a few words, so "X, owned by his family" says nothing.
 */
const OWNERSHIP_WORDS = new Set([
  'propriété',
  'détenu',
  'détenue',
  'contrôlé',
  'contrôlée',
  'owned',
  'controlled',
  'wholly-owned',
]);
/** How many words after the ownership word the owner's company noun may stand ("propriété du groupe"). */
const OWNER_NOUN_REACH = 4;

function isCompanyNoun(lower: string): boolean {
  return ORG_CUES_FR.has(lower) || ORG_CUES_EN.has(lower);
}

/** True when ", <ownership word> … <company noun>" follows the name ending at `to`. */
export function ownershipAppositionAfter(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  let k = to + 1;
  // "X, now owned by", "X, désormais propriété de": one adverb may come first
  if (tokens[k] && /^(now|désormais|aujourd'hui|still|toujours)$/.test(tokens[k].lower)) k++;
  if (!tokens[k] || !OWNERSHIP_WORDS.has(tokens[k].lower)) return false;
  for (let i = k + 1; i < tokens.length && i <= k + OWNER_NOUN_REACH; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') return false;
    if (t.text === t.lower && isCompanyNoun(t.lower)) return true;
  }
  return false;
}
