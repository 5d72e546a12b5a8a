import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractPool, extractWorkerFile, type ExtractPool } from '../../../cli/extract-pool';
import { extractArticle } from '../../../ingest/extract';
import type { ArticleInput } from '../../../ingest/types';

// The compiled worker (dist/cli/extract-worker.js, built by `npm test`'s pretest) against extraction on
// this thread: the threads must hand back exactly what extractArticle gives. Made-up companies, plus the seed.
const TEXTS = [
  'Norvane Systems Inc said on Monday it agreed to acquire Kestrel Labs Corp for 40 million dlrs.',
  'Kestrel Labs Corp, which competes with Baltic Optics Ltd, said talks with Norvane Systems Inc continue.',
  'Baltic Optics Ltd raised 12 million dlrs in a funding round led by Harrow Ventures.',
  "La société Veltrane SA a annoncé le rachat de Miroval SAS pour 30 millions d'euros.",
];
const SEED = join(__dirname, '..', '..', '..', 'seeds', '000_e505d30ca79f8aab.txt');

function articles(): ArticleInput[] {
  return [
    ...TEXTS.map((text, i) => ({ file: `made-up-${i}.txt`, text })),
    { file: SEED, text: readFileSync(SEED, 'utf8') },
  ];
}

describe('the real extraction worker', () => {
  let pool: ExtractPool;
  beforeAll(() => {
    pool = createExtractPool({ size: 2 });
  });
  afterAll(() => pool.close());

  it('is found as compiled JavaScript even when this code runs from TypeScript source', () => {
    expect(extractWorkerFile()).toMatch(/extract-worker\.js$/);
  });

  it('returns what extractArticle returns on this thread, article by article', async () => {
    const inputs = articles();
    const threaded = await Promise.all(inputs.map((a) => pool.extract(a)));
    expect(threaded).toEqual(inputs.map((a) => extractArticle(a)));
    expect(threaded.some((a) => a.relations.length > 0)).toBe(true);
  });
});
