/**
 * Cypher text with its layout whitespace squeezed out, same tokens. The driver sends a query in one socket
 * write only while the Bolt message fits its 1,400-byte chunk buffer; the API's indented multi-line reads
 * (1.2–1.9 kB) overflowed it, and every extra write is a syscall plus a wake-up of Neo4j on this VM.
 *
 * Outside string literals, a whitespace run becomes one space, or nothing next to `( ) [ ] { } ,` (single-
 * character delimiters, so no two tokens can fuse). Literals are copied as they are. A text holding a
 * comment is returned unchanged: a comment ends at a newline this would remove.
 */
export function compactCypher(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      pendingSpace = out !== '';
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return text;
    if (pendingSpace && !TIGHT.has(c) && !TIGHT.has(out[out.length - 1])) out += ' ';
    pendingSpace = false;
    if (c === "'" || c === '"' || c === '`') {
      const end = literalEnd(text, i);
      if (end < 0) return text;
      out += text.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

const TIGHT = new Set(['(', ')', '[', ']', '{', '}', ',']);

/** Index of the quote closing the literal opened at `start`, or -1; backslash escapes in quoted strings. */
function literalEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote !== '`') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** Compacted texts by original: the API builds its reads from a few templates, so the set stays small. */
const cache = new Map<string, string>();
/** Distinct query texts remembered; past it a text is compacted on every call instead. */
export const COMPACT_CACHE_MAX = 512;

/** `compactCypher`, answered from a bounded cache. */
export function compactCypherCached(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const compact = compactCypher(text);
  if (cache.size < COMPACT_CACHE_MAX) cache.set(text, compact);
  return compact;
}
