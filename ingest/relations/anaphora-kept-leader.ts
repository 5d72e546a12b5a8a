import type { Token } from '../tokens';
import type { DealRoles } from './anaphora-deal-roles';

/**
 * "Aux commandes de l'entreprise depuis 2019, P conservera la direction générale", "P, at the helm of the company
 * since 2015, will stay on": after a takeover, the boss news says stays is the bought company's — the buyer's own
 * boss staying is no news. The generic pointer in the leader's position phrase is then the target of the article's first deal (a deal recalled in passing since names no boss that stays).
 */

/**
 * Nouns of a leader's position before "de"/"of" ("aux commandes de", "à la tête de", "at the helm of"), and the
 * leader's title itself ("stay on as managing director of the business", "restera directeur général de la société").
 */
export const POSITION_NOUNS: ReadonlySet<string> = new Set([
  'commandes',
  'tête',
  'helm',
  'barre',
  'reins',
  'director',
  'executive',
  'officer',
  'head',
  'boss',
  'chairman',
  'chairwoman',
  'president',
  'ceo',
  'directeur',
  'directrice',
  'général',
  'générale',
  'dirigeant',
  'dirigeante',
  'président',
  'présidente',
  'patron',
  'patronne',
  'pdg',
]);
export const POSITION_LINKS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'of']);
/** Verbs that keep a leader in place. */
export const STAY_WORDS: ReadonlySet<string> = new Set([
  'conservera',
  'conserve',
  'restera',
  'reste',
  'demeurera',
  'gardera',
  'remain',
  'remains',
  'stay',
  'stays',
  'continue',
  'continues',
  'retain',
  'retains',
  'remaining',
  'staying',
  'resteront',
]);

/**
 * The target of the article's first deal (`firstDeal`) instead of its buyer `antecedent` when the generic pointer at `i` (determiner and noun) stands in a leader's position
 * phrase of a sentence that keeps the leader in place; else null.
 */
export function keptLeaderCompany(
  tokens: Token[],
  i: number,
  roles: DealRoles,
  antecedent: number,
): number | null {
  // only the buyer is corrected: a pointer already read as another company keeps it
  if (roles.target === null || roles.buyer !== antecedent) return null;
  const link = tokens[i - 1]?.lower ?? '';
  const noun = tokens[i - 2]?.lower ?? '';
  if (!POSITION_LINKS.has(link) || !POSITION_NOUNS.has(noun)) return null;
  return tokens.some((t) => STAY_WORDS.has(t.lower)) ? roles.target : null;
}
