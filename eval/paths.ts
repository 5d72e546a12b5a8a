import path from 'node:path';

/** Environment variable that points at the shared folder (seeds, corpus, data) when it is not ../shared. */
export const SHARED_DIR_ENV = 'DEALGRAPH_SHARED_DIR';

/** Points the FIRE section at a split other than the shared dev file (e.g. a held-out test split). */
export const FIRE_FILE_ENV = 'DEALGRAPH_FIRE_FILE';

/** The repository root, whether running from eval/ (ts-jest) or dist/eval/ (compiled). */
export function repoRoot(): string {
  const here = path.resolve(__dirname, '..');
  return path.basename(here) === 'dist' ? path.dirname(here) : here;
}

export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[SHARED_DIR_ENV];
  return fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot(), '..', 'shared');
}

export interface EvalPaths {
  seedGold: string;
  /**
   * The first set, written with the rules; the second and third, written after them to estimate generalisation
   * (both open to error analysis).
   */
  devGoldDirs: string[];
  /** The blind set: scored apart from the gold set and never listed error by error unless asked. */
  holdoutGoldDir: string;
  /** A second blind set, written on day three and scored in sections of its own. */
  holdoutGold2Dir: string;
  /** Real-text gold (pointer files: the text is read from the data sets), open dev sets scored apart. */
  realGoldDirs: string[];
  /** Real Reuters stories annotated blind on day four (tests/real-gold-en-2): scored like the blind sets. */
  holdoutRealDir: string;
  /** The Reuters-21578 SGML files the English real-text gold points into. */
  reutersDir: string;
  /** FIRE's dev split (financial relation extraction), scored on the relation types it annotates. */
  fireFile: string;
  acquisitionsDir: string;
  wikineuralFile: string;
  resultsFile: string;
  baselineFile: string;
}

export function evalPaths(env: NodeJS.ProcessEnv = process.env): EvalPaths {
  const shared = sharedDir(env);
  const root = repoRoot();
  return {
    seedGold: path.join(shared, 'corpus', 'seed-gold.json'),
    devGoldDirs: [
      'dev-gold',
      'dev-gold-2',
      'dev-gold-3',
      'dev-gold-4',
      'dev-gold-5',
      'dev-gold-6',
      'dev-gold-7',
      'dev-gold-8',
      'dev-gold-9',
      'dev-gold-10',
      'dev-gold-11',
      'dev-gold-12',
      'dev-gold-13',
      'dev-gold-14',
      'dev-gold-15',
      'dev-gold-16',
      'dev-gold-17',
      'dev-gold-18',
      'dev-gold-19',
      'dev-gold-20',
      'dev-gold-21',
      'dev-gold-22',
      'dev-gold-23',
      'dev-gold-24',
      'dev-gold-25',
      'dev-gold-26',
      'dev-gold-27',
      'dev-gold-28',
      'dev-gold-29',
      'dev-gold-30',
      'dev-gold-31',
      'dev-gold-32',
    ].map((dir) => path.join(root, 'tests', dir)),
    holdoutGoldDir: path.join(root, 'tests', 'holdout-gold'),
    holdoutGold2Dir: path.join(root, 'tests', 'holdout-gold-2'),
    realGoldDirs: ['real-gold-en', 'real-gold-fr'].map((dir) => path.join(root, 'tests', dir)),
    holdoutRealDir: path.join(root, 'tests', 'real-gold-en-2'),
    reutersDir: path.join(shared, 'data', 'reuters21578'),
    fireFile: env[FIRE_FILE_ENV]
      ? path.resolve(env[FIRE_FILE_ENV])
      : path.join(shared, 'data', 'fire', 'fire_dev.json'),
    acquisitionsDir: path.join(shared, 'data', 'acquisitions'),
    wikineuralFile: path.join(shared, 'data', 'wikineural-fr', 'val.conllu'),
    resultsFile: path.join(root, 'eval', 'results', 'latest.json'),
    baselineFile: path.join(root, 'eval', 'BASELINE.json'),
  };
}
