import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import type { CandidateKind } from './classify';
import { classifyCandidate } from './classify';
import { findCandidates, isShouting } from './candidates';
import { shoutedCandidates } from './shouted';

/** A candidate with its settled kind and the links the text states (acronym in brackets, former name). */
export interface TypedCandidate extends Candidate {
  kind: Exclude<CandidateKind, 'persons'>;
  /** Index of a candidate this one is an explicit alias of. */
  aliasOf: number | null;
}

/** Words between two names that a rename cue may span (", which rebranded from"). */
const MAX_RENAME_GAP_TOKENS = 4;
const LIST_JOINERS = new Set([',', 'et', 'and', 'ou', 'or', '&']);
/** Words that say the name after them is a former or new name of the one before. */
const RENAME_CUES = new Set([
  'devenu',
  'devenue',
  'rebaptisé',
  'rebaptisée',
  'renommé',
  'renommée',
  'anciennement',
  'formerly',
  'rebranded',
  'renamed',
  'ex',
  'ex-',
  'née',
  'known',
]);

/** "Camino-De Lacoste-Uberti" after "le trio": one person per hyphen-separated part. */
function splitPersons(c: Candidate, out: TypedCandidate[]): void {
  let pos = 0;
  for (const part of c.text.split('-')) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name) {
      const start = c.start + pos + lead;
      out.push({ ...c, start, end: start + name.length, text: name, kind: 'person', aliasOf: null });
    }
    pos += part.length + 1;
  }
}

/** Candidates of every sentence, typed; unknown ones next to known ones inherit their type. */
export function collectCandidates(sentTokens: Token[][], text: string): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  sentTokens.forEach((tokens, s) => {
    const local: TypedCandidate[] = [];
    if (isShouting(tokens)) {
      out.push(...shoutedCandidates(tokens, s, text));
      return;
    }
    for (const c of findCandidates(tokens, s, text)) {
      const kind = classifyCandidate(tokens, c);
      if (kind === 'persons') splitPersons(c, local);
      else local.push({ ...c, kind, aliasOf: null });
    }
    linkNeighbours(tokens, local, out.length);
    out.push(...local);
  });
  return out;
}

function between(tokens: Token[], a: TypedCandidate, b: TypedCandidate): Token[] {
  return tokens.slice(a.to, b.from);
}

function isAcronym(c: TypedCandidate): boolean {
  return !/\s/.test(c.text) && c.text.length <= 6 && c.text === c.text.toUpperCase();
}

/** "Groupe Bruxelles Lambert (GBL)", "DJ (Daniel Julien)": one entity, typed by the fuller side. */
function linkBracketed(a: TypedCandidate, b: TypedCandidate, aIndex: number): void {
  const known = (c: TypedCandidate) => c.kind === 'org' || c.kind === 'person';
  if (known(a) && (b.kind === 'unknown' || (isAcronym(b) && b.kind !== 'drop'))) {
    b.kind = a.kind;
    b.aliasOf = aIndex;
  } else if (known(b) && isAcronym(a) && a.kind !== 'drop') {
    a.kind = b.kind;
    b.aliasOf = aIndex;
  }
}

/** Bracketed aliases, renames and coordinated lists within one sentence. */
function linkNeighbours(tokens: Token[], cs: TypedCandidate[], base: number): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    if (a.from === b.from) continue;
    const gap = between(tokens, a, b);
    const gapText = gap.map((t) => t.lower).join(' ');
    if (gapText === '(' && tokens[b.to] && tokens[b.to].text === ')') {
      linkBracketed(a, b, base + i);
      continue;
    }
    if (gap.length <= MAX_RENAME_GAP_TOKENS && gap.some((t) => RENAME_CUES.has(t.lower))) {
      if (a.kind === 'org' || b.kind === 'org') {
        a.kind = 'org';
        b.kind = 'org';
        b.aliasOf = base + i;
      }
    }
  }
  // lists: "A, B et C" share a type when at least one member is known and none is a person
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < cs.length; i++) {
      const a = cs[i];
      const b = cs[i + 1];
      const gap = between(tokens, a, b);
      if (gap.length === 0 || gap.length > 2 || !gap.every((t) => LIST_JOINERS.has(t.lower))) continue;
      if (a.kind === 'org' && b.kind === 'unknown') {
        b.kind = 'org';
        changed = true;
      } else if (b.kind === 'org' && a.kind === 'unknown') {
        a.kind = 'org';
        changed = true;
      }
    }
  }
}
