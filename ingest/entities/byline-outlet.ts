import type { Token } from '../tokens';

/**
 * Web bylines string their fields between pipes: "Les Echos | Par Grégoire X | Publié le 3 juin", "Par Anne Y |
 * Maddyness | 22 janvier". Beside the author's field ("Par/By" + a capitalised name) a field that is a name and
 * nothing else is the outlet publishing the piece, an organisation.
 */
const PIPE = '|';
const AUTHOR_OPENERS = new Set(['par', 'by']);

function isFieldEdge(t: Token | undefined): boolean {
  return !t || t.text === PIPE;
}

/** The sentence holds an author field: a pipe-bounded field opening with "Par/By" and a capitalised word. */
function hasAuthorField(tokens: Token[]): boolean {
  if (!tokens.some((t) => t.text === PIPE)) return false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isFieldEdge(tokens[i - 1]) || !AUTHOR_OPENERS.has(tokens[i].lower)) continue;
    if (/^\p{Lu}/u.test(tokens[i + 1].text)) return true;
  }
  return false;
}

/** True when [from, to) fills a whole byline field beside an author's field. */
export function isBylineOutlet(tokens: Token[], from: number, to: number): boolean {
  // a capital article opening the field belongs to the outlet's title ("Les Echos")
  const start = /^(?:Les|Le|La|The)$/.test(tokens[from - 1]?.text ?? '') ? from - 1 : from;
  if (!isFieldEdge(tokens[start - 1]) || !isFieldEdge(tokens[to])) return false;
  if (tokens[start - 1] === undefined && tokens[to] === undefined) return false;
  if (AUTHOR_OPENERS.has(tokens[from].lower)) return false;
  return hasAuthorField(tokens);
}
