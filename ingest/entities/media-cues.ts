import type { Token } from '../tokens';

/**
 * "diffusée sur X", "rediffusion … sur X": in a sentence about broadcasting, the name after "sur" is the
 * channel or service that aired it. Only that slot: the same sentence names shows and people elsewhere.
 */

/** Word starts that make a sentence a broadcasting one ("diffusée", "rediffusion", "télévisée", "chaîne"). */
const BROADCAST_RE = /^(diffus|rediffus|retransmi|télédiffus|chaîne|émission|antenne)/u;
const ON = 'sur';
/** "sur la chaîne X", "sur le réseau X": a channel noun may stand between "sur" and the name. */
const CHANNEL_NOUNS = new Set(['chaîne', 'réseau', 'station', 'radio', 'plateforme', 'service']);
const ARTICLES = new Set(['la', 'le', "l'"]);

export function isBroadcastSentence(tokens: Token[]): boolean {
  return tokens.some((t) => BROADCAST_RE.test(t.lower));
}

/** The name at `from` is what a show is aired on. */
export function broadcasterBefore(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k] && CHANNEL_NOUNS.has(tokens[k].lower)) k--;
  if (k < from - 1 && tokens[k] && ARTICLES.has(tokens[k].lower)) k--;
  if (!tokens[k] || tokens[k].lower !== ON) return false;
  return isBroadcastSentence(tokens);
}
