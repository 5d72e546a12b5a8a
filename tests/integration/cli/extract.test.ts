import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './run-cli';

const SEED = path.join(__dirname, '..', '..', '..', 'seeds', '000_e505d30ca79f8aab.txt');

describe('dealgraph extract --json', () => {
  it('prints one JSON object per file in the documented shape, without any database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-extract-'));
    const english = path.join(dir, 'deal.txt');
    fs.writeFileSync(
      english,
      'Harbor Analytics buys Quillon\n\nBOSTON, March 3, 2021 - Harbor Analytics Inc said it agreed to acquire ' +
        'Quillon Systems Corp for 120 mln dlrs in cash. Quillon Systems makes call-routing software.\n',
    );
    // A URI nothing listens on: extract must not try to connect.
    const result = runCli(['extract', SEED, english, '--json'], {
      ...process.env,
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);

    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [seed, deal] = lines.map((line) => JSON.parse(line));
    expect(seed.file).toBe(SEED);
    expect(seed.lang).toBe('fr');
    expect(deal.lang).toBe('en');
    for (const article of [seed, deal]) {
      for (const entity of article.entities) {
        expect(Object.keys(entity)).toEqual(expect.arrayContaining(['name', 'type', 'aliases']));
        expect(['Organization', 'Person']).toContain(entity.type);
      }
      for (const relation of article.relations) {
        expect(Object.keys(relation)).toEqual(
          expect.arrayContaining([
            'type',
            'source',
            'target',
            'status',
            'date',
            'amount',
            'currency',
            'amountText',
            'seller',
            'evidence',
            'rule',
            'confidence',
          ]),
        );
      }
    }
    const acquisition = deal.relations.find((r: { type: string }) => r.type === 'ACQUIRED');
    expect(acquisition).toBeDefined();
    expect(acquisition.source).toMatch(/^Harbor Analytics/);
    expect(acquisition.target).toMatch(/^Quillon/);
    expect(acquisition.amount).toBe(120_000_000);
    expect(acquisition.currency).toBe('USD');
  });

  it('names the file and the problem when a file cannot be read, and exits non-zero', () => {
    const missing = path.join(os.tmpdir(), 'dealgraph-no-such-article.txt');
    const result = runCli(['extract', missing, '--json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(missing);
    expect(JSON.parse(result.stdout.trim()).error).toContain(missing);
  });
});
