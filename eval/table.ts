import type { Scores } from './prf';
import type { Target } from './targets';
import { describeTarget, meets } from './targets';

/** One printed line: a score, where it lives in the results JSON, and what it is measured against. */
export interface Row {
  label: string;
  /** Dotted path of the Scores object in the results JSON; used to find the baseline value. */
  path: string;
  scores: Scores;
  target?: Target;
  /** A published number to compare with (F1). */
  reference?: number;
}

export interface Section {
  title: string;
  rows: Row[];
}

/** Smallest F1 change shown as a delta; below it the difference is rounding noise. */
export const DELTA_EPSILON = 0.0005;

const num = (x: number): string => x.toFixed(3);

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

function deltaText(current: number, baseline: number | undefined): string {
  if (baseline === undefined) return '';
  const d = current - baseline;
  if (Math.abs(d) < DELTA_EPSILON) return '=';
  return `${d > 0 ? '+' : ''}${d.toFixed(3)}`;
}

/** Renders sections as an aligned text table; `baselineF1(path)` gives the F1 recorded in BASELINE.json. */
export function renderTable(
  sections: readonly Section[],
  baselineF1: (path: string) => number | undefined,
): string {
  const header = ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'target', 'ok', 'ΔF1', 'published'];
  const lines: string[][] = [];
  const titles = new Map<number, string>();
  for (const section of sections) {
    titles.set(lines.length, section.title);
    for (const r of section.rows) {
      const s = r.scores;
      lines.push([
        `  ${r.label}`,
        num(s.precision),
        num(s.recall),
        num(s.f1),
        String(s.tp),
        String(s.fp),
        String(s.fn),
        r.target ? describeTarget(r.target) : '',
        r.target ? (meets(s, r.target) ? 'yes' : 'NO') : '',
        deltaText(s.f1, baselineF1(r.path)),
        r.reference === undefined ? '' : num(r.reference),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const out = [pad(header, widths)];
  lines.forEach((l, i) => {
    const title = titles.get(i);
    if (title !== undefined) out.push(title);
    out.push(pad(l, widths));
  });
  return out.join('\n');
}

/** Rows whose F1 fell below the baseline by more than rounding noise, worst first. */
export function regressions(
  sections: readonly Section[],
  baselineF1: (path: string) => number | undefined,
): { label: string; delta: number }[] {
  const out: { label: string; delta: number }[] = [];
  for (const r of sections.flatMap((s) => s.rows)) {
    const before = baselineF1(r.path);
    if (before !== undefined && before - r.scores.f1 >= DELTA_EPSILON) {
      out.push({ label: r.label.trim(), delta: r.scores.f1 - before });
    }
  }
  return out.sort((a, b) => a.delta - b.delta);
}
