import type { Token } from '../tokens';

/**
 * Capitalised adjectives of a region that no nationality ending reads ("Nordic", "Baltic", "Iberian" has one).
 * Copy places them before a whole lower-case noun phrase: "Nordic private equity firm X", "the Baltic logistics
 * group", "the Nordic industrial heat-pump market", "Scandinavian mid-market buyout houses".
 */
const REGION_WORDS = new Set([
  'nordic',
  'nordics',
  'baltic',
  'scandinavian',
  'arctic',
  'adriatic',
  'balkan',
  'alpine',
  'benelux',
  'dach',
  'gulf',
  'nordique',
  'nordiques',
  'balte',
  'baltes',
  'scandinave',
  'scandinaves',
  'balkanique',
  'alpin',
]);
/** Words of an area or trade that close the phrase ("market", "region", "sector", "marché", "secteur"). */
const AREA_NOUNS = new Set([
  'region',
  'area',
  'market',
  'markets',
  'sector',
  'industry',
  'countries',
  'states',
  'zone',
  'région',
  'marché',
  'marchés',
  'secteur',
  'pays',
]);
/** Most lower-case words read after the adjective before the phrase must have closed. */
const MAX_PHRASE_WORDS = 5;

/**
 * The one-word candidate [from, to) is a region adjective qualifying a lower-case noun phrase that ends in a
 * business or area noun (English order), or follows one (French order, "le fonds nordique" is lower-case anyway,
 * so only "les marchés Nordiques"-style capitals reach here).
 */
export function isRegionQualifier(
  tokens: Token[],
  from: number,
  to: number,
  isCueNoun: (w: string) => boolean,
): boolean {
  if (to - from !== 1 || !REGION_WORDS.has(tokens[from].lower)) return false;
  for (let i = to, n = 0; i < tokens.length && n < MAX_PHRASE_WORDS; i++) {
    const t = tokens[i];
    if (t.text === '-') continue;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    n++;
    if (AREA_NOUNS.has(t.lower) || isCueNoun(t.lower)) return true;
  }
  const prev = tokens[from - 1];
  return !!prev && prev.kind === 'word' && prev.text === prev.lower && AREA_NOUNS.has(prev.lower);
}
