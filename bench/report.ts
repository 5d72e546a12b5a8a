import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ratioOf } from './stats';

/** One figure of the run; the key set is the public format of bench/results/*.json. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** Name of the reference measured in the same run, or null when the figure has none. */
  baseline: string | null;
  baselineValue: number | null;
  /** value / baselineValue. */
  ratio: number | null;
  /** Sample size behind the figure: articles, requests. */
  n: number;
}

/** A target from issue #5, checked against one measurement's value or ratio. */
export interface TargetCheck {
  measurement: string;
  target: string;
  met: boolean;
  /** False when the baseline failed (a figure read against it would mislead); never counted as met. */
  comparable?: false;
}

export interface MachineInfo {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryMb: number;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  args: string[];
  machine: MachineInfo;
  measurements: Measurement[];
  targets: TargetCheck[];
}

export function measurement(
  name: string,
  value: number,
  unit: string,
  n: number,
  baseline: { name: string; value: number } | null = null,
): Measurement {
  return {
    name,
    value,
    unit,
    baseline: baseline ? baseline.name : null,
    baselineValue: baseline ? baseline.value : null,
    ratio: baseline ? ratioOf(value, baseline.value) : null,
    n,
  };
}

export function machineInfo(): MachineInfo {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryMb: Math.round(totalmem() / 2 ** 20),
  };
}

function formatNumber(value: number | null): string {
  if (value === null) return '-';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

/** A fixed-width plain-text table, also valid Markdown so it can be pasted into the README. */
export function formatTable(measurements: readonly Measurement[], targets: readonly TargetCheck[]): string {
  const targetOf = new Map<string, string>();
  for (const t of targets) {
    const verdict = `${t.target} ${t.comparable === false ? 'NOT COMPARABLE' : t.met ? 'OK' : 'MISSED'}`;
    const before = targetOf.get(t.measurement);
    targetOf.set(t.measurement, before ? `${before}; ${verdict}` : verdict);
  }
  const header = ['measurement', 'value', 'unit', 'baseline', 'ratio', 'n', 'target'];
  const rows = measurements.map((m) => [
    m.name,
    formatNumber(m.value),
    m.unit,
    m.baseline ? `${m.baseline} = ${formatNumber(m.baselineValue)}` : '-',
    formatNumber(m.ratio),
    String(m.n),
    targetOf.get(m.name) ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Writes latest.json and a dated copy (colons replaced so the name is valid on every file system). */
export function writeReport(report: BenchReport, resultsDir: string): { latest: string; dated: string } {
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const latest = join(resultsDir, 'latest.json');
  const dated = join(resultsDir, `${report.startedAt.replace(/:/g, '-')}.json`);
  writeFileSync(latest, json);
  writeFileSync(dated, json);
  return { latest, dated };
}
