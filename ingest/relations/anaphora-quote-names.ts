import type { Token } from '../tokens';
import type { Unit } from './pattern';

/**
 * '"Vandersluis gives us the network we lacked," said Dana Whitfield, the group's chief executive', "« Frigomar
 * nous apporte le froid », explique le PDG du groupe": a company named inside a quote the pointer follows is what
 * the speaker talks about, not the speaker's own company, so it is no antecedent for a pointer after the quote.
 */

const OPENERS = /^[«“]$/;
const CLOSERS = /^[»”]$/;

/** Character ranges of the quotes closed before token `i`. */
function closedQuotes(tokens: Token[], i: number): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let k = 0; k < i; k++) {
    const t = tokens[k].text;
    const straight = t === '"';
    if (open < 0 && (OPENERS.test(t) || straight)) open = tokens[k].start;
    else if (open >= 0 && (CLOSERS.test(t) || straight)) {
      spans.push([open, tokens[k].end]);
      open = -1;
    }
  }
  return spans;
}

/** The units before token `i` that stand outside every quote closed before it (all of them when none closed). */
export function unitsOutsideQuotes(tokens: Token[], i: number, units: Unit[]): Unit[] {
  const spans = closedQuotes(tokens, i);
  if (spans.length === 0) return units;
  return units.filter((u) => {
    const start = u.kind === 'ent' ? u.start : u.token.start;
    return !spans.some(([a, b]) => start >= a && start < b);
  });
}
