import path from 'node:path';
import { evalPaths, repoRoot, sharedDir } from '../../../eval/paths';

describe('paths', () => {
  it('finds the repository root from the source tree', () => {
    expect(path.basename(path.join(repoRoot(), 'package.json'))).toBe('package.json');
    expect(repoRoot()).toBe(path.resolve(__dirname, '..', '..', '..'));
  });

  it('reads the shared folder from DEALGRAPH_SHARED_DIR, else ../shared next to the repository', () => {
    expect(sharedDir({ DEALGRAPH_SHARED_DIR: '/data/elsewhere' })).toBe('/data/elsewhere');
    expect(sharedDir({})).toBe(path.resolve(repoRoot(), '..', 'shared'));
    expect(evalPaths({ DEALGRAPH_SHARED_DIR: '/d' }).wikineuralFile).toBe('/d/data/wikineural-fr/val.conllu');
  });

  it('scores the three dev gold folders as gold and keeps the blind folder out of them', () => {
    const { devGoldDirs, holdoutGoldDir, holdoutGold2Dir } = evalPaths({});
    const tests = path.join(repoRoot(), 'tests');
    expect(devGoldDirs).toEqual(
      [
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
      ].map((d) => path.join(tests, d)),
    );
    expect(holdoutGoldDir).toBe(path.join(tests, 'holdout-gold'));
    expect(devGoldDirs).not.toContain(holdoutGoldDir);
    expect(holdoutGold2Dir).toBe(path.join(tests, 'holdout-gold-2'));
    expect(devGoldDirs).not.toContain(holdoutGold2Dir);
  });

  it('keeps the real-text gold folders apart from the gold and blind ones, and finds the data they point into', () => {
    const paths = evalPaths({ DEALGRAPH_SHARED_DIR: '/d' });
    const tests = path.join(repoRoot(), 'tests');
    expect(paths.realGoldDirs).toEqual([path.join(tests, 'real-gold-en'), path.join(tests, 'real-gold-fr')]);
    for (const dir of paths.realGoldDirs) {
      expect([...paths.devGoldDirs, paths.holdoutGoldDir, paths.holdoutGold2Dir]).not.toContain(dir);
    }
    expect(paths.holdoutRealDir).toBe(path.join(tests, 'real-gold-en-2'));
    expect([...paths.devGoldDirs, ...paths.realGoldDirs]).not.toContain(paths.holdoutRealDir);
    expect(paths.reutersDir).toBe('/d/data/reuters21578');
    expect(paths.fireFile).toBe('/d/data/fire/fire_dev.json');
  });
});
