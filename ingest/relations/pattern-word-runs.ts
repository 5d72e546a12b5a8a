import type { Unit } from './pattern';

/**
 * Where a pattern's required words must stand, read before any match is tried. A match consumes units strictly
 * left to right (a word takes one unit, a party one or more, a gap steps forward, a look-ahead takes none), and a
 * required word element consumes the unit it tests: so the pattern's required words stand in the sentence in the
 * pattern's order, and words the pattern writes one after another with nothing between ("of ~2! , REGION ,": the
 * run ", REGION ,") stand on consecutive units. A sentence where the runs cannot be laid out in order holds no match,
 * and no match starts after the latest place the first run can take: the matcher tries no opening past it. The
 * screen only ever skips tries that would fail, so matches are unchanged.
 */

/** The parts of a compiled element the runs are read from (pattern-compile.ts `Element`). */
type RunElement = { t: string; optional?: boolean; re?: RegExp };

/**
 * The pattern's runs of required words, in order: each run is the regexes of required word elements written one
 * right after another; an optional word, a gap, a party or a look-ahead between two required words ends a run.
 */
export function wordRunsOf(elements: readonly RunElement[]): RegExp[][] {
  const runs: RegExp[][] = [];
  let run: RegExp[] = [];
  for (const el of elements) {
    if (el.t === 'word' && !el.optional && el.re !== undefined) {
      run.push(el.re);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The word a pattern's word element tests at a unit (as pattern.ts `step`: a token, or a lone capitalised word). */
function wordAtUnit(u: Unit): string | null {
  if (u.kind === 'tok') return u.token.lower;
  return u.word?.lower ?? null;
}

/** The run's words stand on the units from `at` on. */
function runAt(run: readonly RegExp[], units: readonly Unit[], at: number): boolean {
  for (let k = 0; k < run.length; k++) {
    const w = wordAtUnit(units[at + k]);
    if (w === null || !run[k].test(w)) return false;
  }
  return true;
}

/**
 * The last unit a match of a pattern with these runs may start at: the latest place of the first run when every
 * run is laid out as late as it can be, in order and without overlap (-1: they cannot all be laid out, so the
 * sentence holds no match). With no runs, the sentence's last unit.
 */
export function lastMatchStart(runs: readonly (readonly RegExp[])[], units: readonly Unit[]): number {
  // placing each run as late as possible leaves the most room for the runs before it
  let end = units.length;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    let at = end - run.length;
    while (at >= 0 && !runAt(run, units, at)) at--;
    if (at < 0) return -1;
    end = at;
  }
  return runs.length === 0 ? units.length - 1 : end;
}
