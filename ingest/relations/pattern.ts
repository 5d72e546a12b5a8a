import type { Token } from '../tokens';

/** A sentence as rule matching sees it: words, and entity mentions folded into single units. */
export type Unit =
  | { kind: 'tok'; token: Token }
  | { kind: 'ent'; ents: number[]; orgs: boolean; persons: boolean; anaphor: boolean; start: number; end: number; word?: Token };

type Element =
  | { t: 'word'; re: RegExp; optional: boolean }
  | { t: 'gap'; max: number; strict: boolean }
  | { t: 'ent'; name: string; want: 'org' | 'person' | 'any'; list: boolean };

export type Captures = Record<string, number[]>;

export interface Pattern {
  source: string;
  elements: Element[];
  /** People rules read "Acme chief executive P" as a fact, deal rules as a name that only qualifies P. */
  titledNamesArePartiesToo: boolean;
}

/** Punctuation a gap may not cross: it closes a clause. */
const GAP_STOPS = new Set([';', ':', '(', ')', '«', '»', '"', '.', '?', '!']);
/** Words a strict gap ("~N!") may not cross: they bring in another role or clause. */
const STRICT_GAP_STOPS = new Set([
  'from', 'to', 'with', 'by', 'for', 'than', 'at', 'which', 'that', 'who', 'but', 'said', 'says', 'or', ',',
  'auprès', 'à', 'au', 'aux', 'par', 'avec', 'pour', 'qui', 'que', 'dont', 'mais', 'ou', 'chez', 'selon',
]);
const LIST_JOIN = /^(,|et|and|ou|or|&|de|d'|du|des)$/;

/**
 * Compiles a rule written as space-separated elements: a regular expression matched against a whole
 * lower-case word (prefix "?" makes it optional), "~N" skips up to N plain words ("~N!" also stops at words
 * that open another role: prepositions, conjunctions, relative pronouns), "@x" captures an
 * organisation as role x, "@@x" a coordinated list of them, "%x" a person, "*x" any entity.
 */
export function compile(source: string, titledNamesArePartiesToo = false): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (/^~\d+!?$/.test(part)) return { t: 'gap', max: parseInt(part.slice(1), 10), strict: part.endsWith('!') };
      if (part.startsWith('@@')) return { t: 'ent', name: part.slice(2), want: 'org', list: true };
      if (part.startsWith('@')) return { t: 'ent', name: part.slice(1), want: 'org', list: false };
      if (part.startsWith('%%')) return { t: 'ent', name: part.slice(2), want: 'person', list: true };
      if (part.startsWith('%')) return { t: 'ent', name: part.slice(1), want: 'person', list: false };
      if (part.startsWith('*')) return { t: 'ent', name: part.slice(1), want: 'any', list: false };
      const optional = part.startsWith('?') && part.length > 1;
      const body = optional ? part.slice(1) : part;
      return { t: 'word', re: new RegExp(`^(?:${body})$`, 'u'), optional };
    });
  return { source, elements, titledNamesArePartiesToo };
}

const INDEFINITE = new Set(['a', 'an', 'un', 'une']);
const PARENT_NOUNS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'filiale', 'branche', 'groupe', 'group']);
/** A name followed by a job title qualifies the person named next ("Marwick Foods chief executive P"). */
const ROLE_AFTER = new Set(['chief', 'ceo', 'cfo', 'executive', 'chairman', 'president', 'founder', 'co-founder', 'cofounder', 'director', 'spokesman', 'spokeswoman', 'analyst', 'engineer', 'executives', 'board']);

/** "a Y Combinator graduate": a name between an indefinite article and a noun modifies it; it is no party. */
function isModifier(units: Unit[], i: number, titled: boolean): boolean {
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!titled && next?.kind === 'tok' && ROLE_AFTER.has(next.token.lower)) return true;
  // "Quantis, a unit of Hoshino Corp, acquired …": the parent named in an apposition is no party
  const before = units[i - 2];
  if (prev?.kind === 'tok' && /^(of|de|du|d')$/.test(prev.token.lower) && before?.kind === 'tok' && PARENT_NOUNS.has(before.token.lower) && (next?.kind !== 'tok' || next.token.text === ',')) return true;
  return prev?.kind === 'tok' && INDEFINITE.has(prev.token.lower) && next?.kind === 'tok' && next.token.kind === 'word';
}

/** Longest apposition stepped over by a loose gap, in units. */
const MAX_APPOSITION_UNITS = 16;
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', "l'", 'les', 'which', 'who', 'qui', 'dont', 'its', 'son', 'sa', 'spécialiste', 'filiale', 'unit', 'one', 'leader', 'numéro', 'known', 'based', 'founded', 'fondé', 'fondée', 'créé', 'créée', 'éditeur', 'maker', 'owner', 'itself']);

/** Index of the comma closing an apposition opened at `i` (a comma), or -1. */
function appositionEnd(units: Unit[], i: number): number {
  const first = units[i + 1];
  if (first?.kind !== 'tok' || !APPOSITION_OPENERS.has(first.token.lower)) return -1;
  for (let j = i + 2; j < units.length && j - i <= MAX_APPOSITION_UNITS; j++) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (u.token.text === ',') return j;
    if (GAP_STOPS.has(u.token.text)) return -1;
  }
  return -1;
}

function entFits(u: Unit, want: 'org' | 'person' | 'any'): boolean {
  if (u.kind !== 'ent') return false;
  if (want === 'org') return u.orgs;
  if (want === 'person') return u.persons;
  return true;
}

function step(p: Pattern, units: Unit[], pi: number, ui: number, caps: Captures): { end: number; caps: Captures } | null {
  if (pi === p.elements.length) return { end: ui, caps };
  const el = p.elements[pi];
  if (el.t === 'word') {
    const u = units[ui];
    // a lone capitalised word the text never typed may still be a plain word ("Fondée en 2012 par …")
    const word = u?.kind === 'tok' ? u.token : u?.word;
    if (word && el.re.test(word.lower)) {
      const r = step(p, units, pi + 1, ui + 1, caps);
      if (r) return r;
    }
    return el.optional ? step(p, units, pi + 1, ui, caps) : null;
  }
  if (el.t === 'gap') {
    let j = ui;
    for (let k = 0; k <= el.max; k++) {
      const r = step(p, units, pi + 1, j, caps);
      if (r) return r;
      const u = units[j];
      if (!el.strict && u?.kind === 'tok' && u.token.text === ',') {
        // a loose gap steps over a whole apposition: "Corvana, the San Francisco-based company, has agreed…"
        const close = appositionEnd(units, j);
        if (close > 0) {
          j = close;
          continue;
        }
      }
      j++;
      if (u?.kind === 'ent' && isModifier(units, j - 1, p.titledNamesArePartiesToo)) continue;
      if (!u || u.kind !== 'tok' || GAP_STOPS.has(u.token.text)) return null;
      if (el.strict && STRICT_GAP_STOPS.has(u.token.lower)) return null;
    }
    return null;
  }
  const u = units[ui];
  if (!u || u.kind !== 'ent' || !entFits(u, el.want) || isModifier(units, ui, p.titledNamesArePartiesToo)) return null;
  const got = [...u.ents];
  let end = ui + 1;
  if (el.list) {
    // "A, B et C": keep taking entities joined by commas and conjunctions
    for (;;) {
      let j = end;
      while (units[j] && units[j].kind === 'tok' && LIST_JOIN.test((units[j] as { token: Token }).token.lower) && j - end < 2) j++;
      if (j > end && /^(de|d'|du|des)$/.test((units[end] as { token: Token }).token.lower)) break;
      const nxt = units[j];
      if (j > end && nxt && entFits(nxt, el.want)) {
        got.push(...(nxt as { ents: number[] }).ents);
        end = j + 1;
      } else break;
    }
  }
  const r = step(p, units, pi + 1, end, { ...caps, [el.name]: got });
  return r;
}

/** Every match of the pattern in the units (leftmost at each start position). */
export function matchAll(p: Pattern, units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const r = step(p, units, 0, i, {});
    if (r) out.push(r.caps);
  }
  return out;
}
