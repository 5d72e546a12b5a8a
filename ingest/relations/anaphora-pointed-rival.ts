import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';

/**
 * "… in direct competition with market leader Yardly. Its rival was itself acquired by Z", "… face au leader X.
 * Son concurrent a été racheté par Z": a possessive rival noun standing alone as a clause's subject (no name after
 * it) is the rival the sentence before named, not the possessor — "Its rival, X, …" and "Its main rival is X" name
 * their rival and keep reading the possessor as the company whose rival it is.
 */

const SINGULAR_RIVAL_NOUNS = new Set(['rival', 'competitor', 'concurrent', 'challenger']);
/** Words before a company that make it the rival of the sentence's subject. */
const RIVAL_CUES = new Set([
  'rival',
  'rivals',
  'competitor',
  'competitors',
  'competition',
  'compete',
  'competes',
  'competing',
  'concurrent',
  'concurrents',
  'concurrence',
  'concurrencer',
  'affronte',
  'affronter',
  'challenger',
  'face',
]);
/** Copulas after which a name tells who the rival is ("Its main rival is X", "Son concurrent reste X"). */
const NAMING_LINKS = new Set([
  'is',
  'was',
  'remains',
  'est',
  'était',
  'reste',
  'demeure',
  'include',
  'includes',
]);
/**
 * Words that narrow the rival noun to a place or field ("Its main rival in Scandinavia, X", "Son concurrent sur
 * les hôpitaux reste X"): the phrase goes on to name its rival, so it is no standalone subject.
 */
const NARROWING_WORDS = new Set([
  'in',
  'on',
  'at',
  'for',
  'across',
  'within',
  'en',
  'sur',
  'dans',
  'pour',
  'chez',
  'au',
  'aux',
]);
/** Qualifiers before the noun ("its main rival", "son principal concurrent"). */
const MAX_QUALIFIERS = 2;
/** Most units between the cue and the rival's name ("competition with market leader X"). */
const MAX_CUE_DISTANCE_UNITS = 4;

/** Tokens from `from` of a singular rival noun phrase standing alone as subject ("main rival was …"), else 0. */
export function standaloneRivalLength(tokens: Token[], mentions: Mention[], from: number): number {
  let n = -1;
  for (let k = from; k <= from + MAX_QUALIFIERS && k < tokens.length; k++) {
    if (SINGULAR_RIVAL_NOUNS.has(tokens[k].lower)) {
      n = k;
      break;
    }
    if (tokens[k].kind !== 'word' || tokens[k].text !== tokens[k].lower) return 0;
  }
  if (n < 0) return 0;
  const after = tokens[n + 1];
  if (!after || after.kind !== 'word' || after.text !== after.lower) return 0;
  if (NARROWING_WORDS.has(after.lower)) return 0;
  if (mentions.some((m) => m.from === n + 1)) return 0;
  // "Its main rival is Yardly", "Its rival was the Dutch group Y": a name soon after the copula says who it is
  if (NAMING_LINKS.has(after.lower) && mentions.some((m) => m.from > n + 1 && m.from <= n + 4)) return 0;
  return n + 1 - from;
}

/** The last company this sentence names after a rivalry cue, or null. */
export function lastRivalNamed(units: Unit[]): number | null {
  let found: number | null = null;
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.ents.length !== 1) continue;
    for (let k = i - 1; k >= 0 && k >= i - MAX_CUE_DISTANCE_UNITS; k--) {
      const c = units[k];
      if (c.kind === 'ent') break;
      if (RIVAL_CUES.has(c.token.lower)) {
        found = u.ents[0];
        break;
      }
    }
  }
  return found;
}
