import path from 'node:path';
import { parseGold } from '../../../eval/gold';

const base = {
  id: 'en-001',
  lang: 'en',
  title: 'Bull buys HIS',
  published: '1987-03-24',
  entities: [
    { name: 'Bull', type: 'Organization', aliases: ['CMB'] },
    { name: 'Jane Doe', type: 'Person' },
  ],
  relations: [{ type: 'ACQUIRED', source: 'Bull', target: 'HIS', evidence: 'Bull bought HIS.' }],
};

describe('parseGold', () => {
  it('reads inline text, defaults missing aliases to none', () => {
    const g = parseGold('/g/en-001.json', JSON.stringify({ ...base, text: 'Bull bought HIS.' }), () => {
      throw new Error('no file read expected');
    });
    expect(g.text).toBe('Bull bought HIS.');
    expect(g.entities[1]).toEqual({ name: 'Jane Doe', type: 'Person', aliases: [] });
    expect(g.relations[0]).toMatchObject({ type: 'ACQUIRED', source: 'Bull', target: 'HIS' });
  });

  it('reads text_file relative to the gold file', () => {
    const read: string[] = [];
    const g = parseGold(
      '/shared/corpus/seed.json',
      JSON.stringify({ ...base, text_file: '../seeds/a.txt' }),
      (p) => {
        read.push(p);
        return 'seed text';
      },
    );
    expect(read).toEqual([path.resolve('/shared/seeds/a.txt')]);
    expect(g.text).toBe('seed text');
  });

  it('rejects an unknown relation type, entity type or language', () => {
    const text = 'x';
    const bad = [
      { ...base, text, relations: [{ type: 'BOUGHT', source: 'a', target: 'b' }] },
      { ...base, text, entities: [{ name: 'Paris', type: 'Location' }] },
      { ...base, text, lang: 'de' },
      { ...base },
    ];
    for (const doc of bad)
      expect(() => parseGold('g.json', JSON.stringify(doc), () => '')).toThrow(/EVAL_GOLD_INVALID/);
  });
});
