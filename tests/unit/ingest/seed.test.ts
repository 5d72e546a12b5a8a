import fs from 'node:fs';
import path from 'node:path';
import { facts, run } from './helpers';

/** The seed article, read from the shared folder next to the repository (overridable like the data sets). */
const SHARED_DIR = process.env.DEALGRAPH_SHARED_DIR ?? path.resolve(__dirname, '../../../../shared');
const seedDir = path.join(SHARED_DIR, 'seeds');
const goldFile = path.join(SHARED_DIR, 'corpus', 'seed-gold.json');

describe('seed article', () => {
  const file = fs.readdirSync(seedDir).find((f) => f.endsWith('.txt'))!;
  const text = fs.readFileSync(path.join(seedDir, file), 'utf8');
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
    entities: Array<{ name: string; type: string; aliases?: string[] }>;
  };
  const article = run(text, '2016-01-03');
  const orgNames = new Set(
    article.entities
      .filter((e) => e.type === 'Organization')
      .flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())),
  );

  it('is French', () => {
    expect(article.lang).toBe('fr');
  });

  it('finds every organisation of the gold annotation', () => {
    const missing = gold.entities
      .filter((e) => e.type === 'Organization')
      .filter((e) => ![e.name, ...(e.aliases ?? [])].some((n) => orgNames.has(n.toLowerCase())));
    expect(missing).toEqual([]);
  });

  it('takes no place, film title or generic word for an organisation', () => {
    for (const wrong of [
      'isère',
      'londres',
      'miami',
      'europe',
      'gafa',
      'république',
      'bpo',
      'crm',
      'french connection',
      'brown sugar',
      'razzia',
    ]) {
      expect(orgNames.has(wrong)).toBe(false);
    }
  });

  it('resolves "ils" to the two groups and finds both rivalries with Teleperformance', () => {
    const pairs = facts(article, 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(pairs.sort()).toEqual(['Acticall ~ Teleperformance', 'Teleperformance ~ Webhelp']);
  });

  it('states no acquisition or funding with a named counterparty, but keeps the iAdvize raise as an event', () => {
    expect(facts(article, 'ACQUIRED')).toEqual([]);
    expect(facts(article, 'FUNDED')).toEqual([]);
    const raise = article.events.find((e) => e.type === 'FUNDED' && e.target === 'iAdvize');
    expect(raise).toMatchObject({ amount: 14000000, currency: 'EUR', source: null });
  });

  it('gives evidence that is the exact sentence span', () => {
    for (const r of [...article.relations, ...article.events]) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    }
    for (const e of article.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
