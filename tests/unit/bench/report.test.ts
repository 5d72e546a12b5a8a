import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, machineInfo, measurement, writeReport, type BenchReport } from '../../../bench/report';

describe('measurement', () => {
  it('has exactly the published keys and a ratio against its baseline', () => {
    const m = measurement('ingest.articles_per_s', 30, 'articles/s', 500, {
      name: 'raw.articles_per_s',
      value: 60,
    });
    expect(Object.keys(m).sort()).toEqual([
      'baseline',
      'baselineValue',
      'n',
      'name',
      'ratio',
      'unit',
      'value',
    ]);
    expect(m.ratio).toBe(0.5);
    expect(m.baseline).toBe('raw.articles_per_s');
  });

  it('leaves baseline fields null when there is none', () => {
    const m = measurement('growth.1000.ms_per_article', 4, 'ms', 1000);
    expect([m.baseline, m.baselineValue, m.ratio]).toEqual([null, null, null]);
  });
});

describe('formatTable', () => {
  it('prints one aligned row per measurement with its target verdict', () => {
    const ms = [
      measurement('a.long.name', 1234.5, 'words/s', 10, { name: 'b', value: 617.25 }),
      measurement('c', 0.5, 'ms', 3),
    ];
    const table = formatTable(ms, [
      { measurement: 'a.long.name', target: '>= 1000', met: true },
      { measurement: 'a.long.name', target: 'ratio >= 3', met: false },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toContain('1,235');
    expect(lines[2]).toContain('2.000');
    expect(lines[2]).toContain('>= 1000 OK; ratio >= 3 MISSED');
    expect(lines[3]).toMatch(/\| c +\| 0\.500 +\| ms/);
  });
});

describe('writeReport', () => {
  it('writes latest.json and a dated copy holding the same report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    try {
      const report: BenchReport = {
        startedAt: '2026-11-26T05:00:00.000Z',
        finishedAt: '2026-11-26T05:10:00.000Z',
        args: ['--quick'],
        machine: machineInfo(),
        measurements: [measurement('x', 1, 'ms', 1)],
        targets: [],
      };
      const paths = writeReport(report, dir);
      expect(readdirSync(dir).sort()).toEqual(['2026-11-26T05-00-00.000Z.json', 'latest.json']);
      expect(JSON.parse(readFileSync(paths.latest, 'utf8'))).toEqual(report);
      expect(readFileSync(paths.dated, 'utf8')).toBe(readFileSync(paths.latest, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
