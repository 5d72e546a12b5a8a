import type { Unit } from './pattern';

/**
 * "… soit 19 % du marché, selon le panéliste Circana, contre 33 % pour X", "according to market researcher IWSR":
 * the body a sentence cites for its figures is no player of the market it measures. A later "les trois
 * fabricants" / "the three companies" counts the players named before, never the panel, the researcher or the
 * newspaper quoted.
 */

/** Words that open a cited source: "selon", "d'après", "according to". */
const SOURCE_OPENERS = new Set(['selon', 'according']);
/** Words that may follow the opener before the descriptor ("according to", "d'après"). */
const OPENER_LINKS = new Set(['to']);
/** Most lower-case words (articles, descriptor nouns) between the opener and the name ("le panéliste"). */
const MAX_DESCRIPTOR_WORDS = 3;

const lowerWord = (u: Unit | undefined): string | null =>
  u?.kind === 'tok' && u.token.text === u.token.lower ? u.token.lower : null;

/** The entity unit at `i` is cited as the source of the sentence's figures. */
export function isCitedSource(units: readonly Unit[], i: number): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n <= MAX_DESCRIPTOR_WORDS; k--, n++) {
    const w = lowerWord(units[k]);
    if (w === null) return false;
    if (SOURCE_OPENERS.has(w)) return true;
    if (OPENER_LINKS.has(w) && SOURCE_OPENERS.has(lowerWord(units[k - 1]) ?? '')) return true;
  }
  return false;
}

/** Entities the sentence's units cite as a source ("selon le panéliste X", "according to X"). */
export function citedSources(units: readonly Unit[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent' && !u.anaphor && isCitedSource(units, i)) out.push(...u.ents);
  }
  return out;
}

/**
 * The unit that owns what is told after the name at `i`: the name itself, or, for a cited source ("A a vendu …,
 * selon le panéliste C, soit 19 %", "…, selon C, contre 30 % pour B"), the last organisation named before it;
 * -1 when none precedes it.
 */
export function ownerPastSource(units: readonly Unit[], i: number): number {
  if (!isCitedSource(units, i)) return i;
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !isCitedSource(units, k)) return k;
  }
  return -1;
}
