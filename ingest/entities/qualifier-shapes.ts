import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { NATIONALITIES } from './lexicon-common';
import { isGenericCorporatePhrase } from './generic-names';

/**
 * Capitalised words that only qualify the noun after them and name no organisation: a country's adjective before
 * a government post ("Japanese Finance Minister X"), regional adjectives before a plural of polities ("Latin
 * American and Caribbean nations"), and a dotted two-letter state or country abbreviation standing alone
 * ("Springfield, N.J.").
 */

/** Government posts a national adjective and a portfolio qualify ("Brazilian Finance Minister"). */
const GOVERNMENT_POSTS = new Set([
  'minister',
  'ministre',
  'secretary',
  'ambassador',
  'envoy',
  'undersecretary',
]);
/** Plurals of polities and their peoples: the capitalised words before them are adjectives. */
const POLITY_PLURALS = new Set([
  'nations',
  'countries',
  'states',
  'governments',
  'economies',
  'peoples',
  'islands',
  'neighbours',
  'neighbors',
  'pays',
  'états',
]);
/** Adjective endings of regions and peoples ("Caribbean", "Andean", "Latin American", "Sudanese"). */
const REGION_ADJECTIVE_RE = /(ean|ian|can|ese)$/;
/** Most tokens between a region adjective and the plural it qualifies ("A and B debtor nations"). */
const MAX_QUALIFIER_GAP_TOKENS = 5;
const LIST_WORDS = new Set(['and', 'or', ',', 'et', 'ou']);

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** "Japanese Finance Minister X": a nationality opens the run and a government post follows it. */
export function isNationalPostQualifier(tokens: Token[], c: Candidate): boolean {
  const next = tokens[c.to];
  return !!next && GOVERNMENT_POSTS.has(bare(next)) && NATIONALITIES.has(bare(tokens[c.from]));
}

function isRegionAdjective(t: Token): boolean {
  const w = bare(t);
  return NATIONALITIES.has(w) || REGION_ADJECTIVE_RE.test(w);
}

/**
 * "Latin American and Caribbean nations", "Andean debtor countries": a run ending in a region adjective, then
 * only list words, other capitalised words and at most one lower-case qualifier before a polity plural.
 */
export function isRegionQualifier(tokens: Token[], c: Candidate): boolean {
  if (!isRegionAdjective(tokens[c.to - 1])) return false;
  let lowerWords = 0;
  for (let i = c.to; i < tokens.length && i - c.to <= MAX_QUALIFIER_GAP_TOKENS; i++) {
    const t = tokens[i];
    if (POLITY_PLURALS.has(t.lower)) return true;
    if (LIST_WORDS.has(t.lower) || /^\p{Lu}/u.test(t.text)) continue;
    if (t.kind !== 'word' || ++lowerWords > 1) return false;
  }
  return false;
}

/** "N.J.", "Ill.": a lone dotted abbreviation of two letters, which writes a state or a country, not a firm. */
export function isDottedRegionAbbreviation(tokens: Token[], c: Candidate): boolean {
  return c.to - c.from === 1 && /^\p{Lu}\.\p{Lu}\.$/u.test(tokens[c.from].text);
}

/** States whose name is built on an institution noun, so that its shape reads as an organisation's. */
const STATES_NAMED_AS_UNIONS = new Set([
  'soviet union',
  'union soviétique',
  'union of soviet socialist republics',
]);

export function isStateNamedAsUnion(c: Candidate): boolean {
  return STATES_NAMED_AS_UNIONS.has(c.text.toLowerCase().replace(/\s+/g, ' '));
}

/** Owners before a "Town, Region" that qualifies the noun after it ("its Akron, Ohio tire operations"). */
const OWNER_WORDS = new Set(["'s", 'its', 'their', 'his', 'her', 'our']);
/** Punctuation that may close "Town, Country" ("… a plant in Town, Italy."). */
const AFTER_COUNTRY = new Set(['.', ',', ';', ')', '-']);

/**
 * "sold to X of <town>, <country>.": a title-case name followed by a comma and a country standing alone is a
 * town. The caller checks that the candidate has no organisation shape of its own.
 */
export function isTownBeforeCountry(
  tokens: Token[],
  c: Candidate,
  isCountry: (lower: string) => boolean,
): boolean {
  for (let i = c.from; i < c.to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text)) return false;
  const comma = tokens[c.to];
  const country = tokens[c.to + 1];
  const after = tokens[c.to + 2];
  if (!comma || comma.text !== ',' || !country || !/^\p{Lu}\p{Ll}+$/u.test(country.text)) return false;
  if (!isCountry(country.lower)) return false;
  if (!after || AFTER_COUNTRY.has(after.text)) return true;
  // "the company's Sudbury, Ontario nickel operations": after an owner, the pair qualifies the noun that follows
  return (
    after.kind === 'word' && /^\p{Ll}/u.test(after.text) && OWNER_WORDS.has(tokens[c.from - 1]?.lower ?? '')
  );
}

/** Capitals of any of the shapes above, or a phrase of generic corporate nouns (generic-names.ts). */
export function namesNothing(tokens: Token[], c: Candidate): boolean {
  return (
    isNationalPostQualifier(tokens, c) ||
    isRegionQualifier(tokens, c) ||
    isStateNamedAsUnion(c) ||
    isDottedRegionAbbreviation(tokens, c) ||
    isGenericCorporatePhrase(tokens, c)
  );
}
