import type { Token } from '../tokens';

/**
 * "a distribution partnership with X", "des discussions avec X", "un partenariat de distribution avec X", "talks
 * with X": the other side of a partnership, merger talks or a supply agreement is a party. A weak cue (a person's
 * surname the article names still wins in the resolver), read only when the name follows the preposition at once.
 * Collaborations and alliances are left out: artists and parties have them as often as firms.
 */
const PARTNERSHIP_NOUNS = new Set([
  'partnership',
  'partnerships',
  'tie-up',
  'partenariat',
  'partenariats',
  'coentreprise',
]);
/**
 * Nouns of talks and agreements, which encyclopaedic text also says of artists, parties and states ("un accord
 * avec la Prusse"): read only in a business sentence.
 */
const TALKS_NOUNS = new Set([
  'talks',
  'discussions',
  'negotiations',
  'agreement',
  'accord',
  'négociations',
  'pourparlers',
  'rapprochement',
]);
const WITH = new Set(['with', 'avec']);
/** Most lower-case words between the noun and the preposition ("partenariat de distribution avec"). */
const MAX_GAP = 3;

/** The noun whose partner the name after "with/avec" at `from` is: 'partner', 'talks', or null. */
export function partnershipSlotBefore(tokens: Token[], from: number): 'partner' | 'talks' | null {
  const prep = tokens[from - 1];
  if (!prep || !WITH.has(prep.text)) return null;
  for (let k = from - 2; k >= 0 && from - 2 - k <= MAX_GAP; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text !== t.lower) return null;
    if (PARTNERSHIP_NOUNS.has(t.lower)) return 'partner';
    if (TALKS_NOUNS.has(t.lower)) return 'talks';
  }
  return null;
}
