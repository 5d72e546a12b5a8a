import type { Token } from '../tokens';
import type { Candidate } from './candidates';

/**
 * "l'Association familiale Mulliez (AFM)", "la Métropole européenne de Lille (MEL)": the cutter stops a name at a
 * lower-case adjective or a place, but the bracketed acronym right after spells the whole name, one initial per
 * word. When the words between a candidate and such a bracket complete those initials, they are the name's own:
 * the candidate runs on to the bracket and swallows the candidates in between.
 */

/** Small words an acronym skips ("de", "l'", "of", "and"). */
const SKIPPED_WORDS = new Set([
  'de',
  'du',
  'des',
  "d'",
  "l'",
  'la',
  'le',
  'les',
  'et',
  'pour',
  'à',
  'of',
  'the',
  'and',
  'for',
]);

/** Most words read between a candidate and the bracket; acronyms longer than this are rare in the press. */
const MAX_WORDS_TO_BRACKET = 5;

/** Letters of a bracketed acronym: two to six capitals. */
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

function initial(t: Token): string {
  return t.text
    .replace(/^[dl]['’]/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
}

/** Initials of the words [from, to) an acronym reads, small words skipped. */
function initials(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++)
    if (!SKIPPED_WORDS.has(tokens[k].lower.replace(/’/g, "'"))) out += initial(tokens[k]);
  return out;
}

/** Index of the "(" that the words after `c` reach, when they are all words; else -1. */
function bracketAfter(tokens: Token[], c: Candidate): number {
  for (let k = c.to; k < tokens.length && k - c.to <= MAX_WORDS_TO_BRACKET; k++) {
    if (tokens[k].text === '(') return k;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}

/** Candidates of one sentence, each run on to a bracketed acronym that spells it with the words in between. */
export function extendToAcronym(tokens: Token[], cs: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const open = bracketAfter(tokens, c);
    const acronym = open > c.to ? tokens[open + 1] : undefined;
    const fits =
      !!acronym &&
      tokens[open + 2]?.text === ')' &&
      ACRONYM_RE.test(acronym.text) &&
      initials(tokens, c.from, c.to) !== acronym.text &&
      initials(tokens, c.from, open) === acronym.text;
    if (!fits) {
      out.push(c);
      continue;
    }
    const end = tokens[open - 1].end;
    out.push({ ...c, to: open, end, text: text.slice(c.start, end) });
    while (i + 1 < cs.length && cs[i + 1].from < open) i++;
  }
  return out;
}
