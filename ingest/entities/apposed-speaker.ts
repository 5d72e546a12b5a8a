import type { Token } from '../tokens';
import { speakerIsHeOrShe } from './person-clauses';

/**
 * Wire copy introduces a private investor by an apposition before the speech verb: "Poul X, a Santa Monica,
 * Calif., investor said he raised his stake", "Ann Y, a Dallas businesswoman, said she …". A company says "it":
 * a name that, past such an apposition, speaks of itself as he or she is a person, even when its given name is
 * not one we know and the apposition's noun ("investor") fits firms too.
 */

/** Articles that open the apposition ("a Santa Monica, Calif., investor"). */
const APPOSITION_ARTICLES = new Set(['a', 'an']);

/** Most tokens of the apposition between its article and the speech verb (towns, states, commas, the noun). */
const MAX_APPOSITION_TOKENS = 10;

/** Words that end the apposition as a clause of its own, not a description ("a firm which …", "and"). */
const CLAUSE_WORDS = new Set(['and', 'or', 'who', 'which', 'that', 'whose', 'with', 'for', 'of']);

/** True when `, a/an …noun[,] said he/she` follows the name ending at `to`. */
export function apposedSpeakerIsHeOrShe(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',' || !APPOSITION_ARTICLES.has(tokens[to + 1]?.lower ?? '')) return false;
  const first = to + 2;
  for (let k = first; k < first + MAX_APPOSITION_TOKENS && k < tokens.length; k++) {
    const t = tokens[k];
    if (speakerIsHeOrShe(tokens, k)) {
      // the description closes with its lower-case noun, before an optional comma ("investor said", "investor, said")
      const last = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
      return last >= first && tokens[last].kind === 'word' && /^\p{Ll}+$/u.test(tokens[last].text);
    }
    if (CLAUSE_WORDS.has(t.lower)) return false;
    // inside one sentence a dot is an abbreviation's ("Calif."), split off by the tokeniser
    if (t.kind !== 'word' && t.text !== ',' && t.text !== '.') return false;
  }
  return false;
}
