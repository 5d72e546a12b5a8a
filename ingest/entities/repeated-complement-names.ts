import type { Token } from '../tokens';
import { memoByText } from '../values/text-memo';
import { FIRST_NAMES } from './first-names';
import { isKnownOrganisation } from './world-lexicon';

/**
 * "Lait de Brocéliande", "Source de l'Aubrac", "Fruitière des Rousses": a French company named by a common noun and
 * a "de" complement. The noun alone is no name, so nothing vouches for the complement the way a company word does
 * ("Banque de France") — but the article does: it never writes the noun with a capital without that same
 * complement, at least twice. A company called by its own name ("Michelin de Clermont", "Safran … Safran") shows
 * the word alone somewhere, and keeps its complement outside the name.
 */

/** Times the article must write the whole name before its complement counts as part of it. */
const MIN_WHOLE_NAME_MENTIONS = 2;

/**
 * Capitalised words the article writes → the one complement every mention of it carries (folded), or null when a
 * mention has none or another one.
 */
type HeadComplements = Map<string, string | null>;

/** Capitalised word, then optionally a French particle and a capitalised complement (apostrophes folded). */
const HEAD_AND_COMPLEMENT =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}-]+)(?: (de l'|de la |des |du |d'|de )(\p{Lu}[\p{L}-]*))?/gu;

/** One key for a particle and its complement's first word, however the text spaces them ("de l'" + "Aubrac"). */
function complementKey(particle: string, word: string): string {
  return `${particle.replace(/’/g, "'").replace(/\s+/g, ' ').trim()}|${word}`;
}

function readHeads(text: string): HeadComplements {
  const heads: HeadComplements = new Map();
  const counts = new Map<string, number>();
  const folded = text.replace(/’/g, "'");
  for (const m of folded.matchAll(HEAD_AND_COMPLEMENT)) {
    const head = m[1];
    const complement = m[3] === undefined ? '' : complementKey(m[2], m[3]);
    const known = heads.get(head);
    if (known === undefined) heads.set(head, complement === '' ? null : complement);
    else if (known !== complement) heads.set(head, null);
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  for (const [head, n] of counts) if (n < MIN_WHOLE_NAME_MENTIONS) heads.set(head, null);
  return heads;
}

const headsOf = memoByText(readHeads);

/**
 * At `j`, right after a one-word run: the particle tokens ("de", "de l'", "des") to take into the name when every
 * capitalised mention of the run's word in the article carries this complement; else 0.
 */
export function repeatedComplementJoin(tokens: Token[], runFrom: number, j: number, text: string): number {
  if (j !== runFrom + 1) return 0;
  const head = tokens[runFrom];
  const particle = tokens[j];
  if (!/^(de|des|du|d'|d’)$/.test(particle.lower)) return 0;
  if (FIRST_NAMES.has(head.lower) || isKnownOrganisation(head.lower)) return 0;
  const complement = headsOf(text).get(head.text);
  if (!complement) return 0;
  // "de l'" and "de la" are two tokens before the complement's name
  const articled = particle.lower === 'de' && /^(la|l'|l’)$/.test(tokens[j + 1]?.lower ?? '');
  const taken = articled ? 2 : 1;
  const name = tokens[j + taken];
  if (!name) return 0;
  const said = articled ? `de ${tokens[j + 1].lower}` : particle.lower;
  return complementKey(said, name.text) === complement ? taken : 0;
}
