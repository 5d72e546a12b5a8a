import { parseGold } from '../../../eval/gold';
import type { SourceData, SourceText } from '../../../eval/text-source';
import { MAX_WIKINEURAL_WINDOW_SENTENCES } from '../../../eval/text-source';

/** Two tiny stand-in data sets, so these tests never need ../shared/data. */
const STORIES = new Map<number, SourceText>([
  [
    7,
    {
      text: 'ACME BUYS ZETA\n\nNEW YORK, March 2 - Acme Corp said it bought Zeta Inc.',
      published: '1987-03-02',
    },
  ],
]);
const SENTENCES = ['Orvane est une société.', 'Elle a racheté Quillet en 2010.', 'Son siège est à Lyon.'];
const reads: string[] = [];
const data: SourceData = {
  reutersStory: (newid) => {
    reads.push(`reuters ${newid}`);
    return STORIES.get(newid);
  },
  wikineuralSentences: () => SENTENCES,
};

const noFile = (): string => {
  throw new Error('no text file expected');
};
const gold = (extra: Record<string, unknown>, file = '/t/en-801.json') =>
  parseGold(
    file,
    JSON.stringify({ id: 'en-801', lang: 'en', entities: [], relations: [], ...extra }),
    noFile,
    data,
  );
const errorOf = (run: () => unknown): string => {
  try {
    run();
    return 'no error';
  } catch (err) {
    return (err as Error).message;
  }
};
const invalid = (extra: Record<string, unknown>) => () => gold(extra, '/t/bad-file.json');

describe('parseGold with a text_source pointer', () => {
  it('takes a Reuters story by NEWID, and its date when the file gives none', () => {
    const g = gold({ text_source: { dataset: 'reuters21578', newid: 7 }, published: null });
    expect(g.text).toBe(STORIES.get(7)?.text);
    expect(g.published).toBe('1987-03-02');
    expect(g.source).toBe('reuters21578 NEWID 7');
  });

  it('keeps a published date written in the file', () => {
    const g = gold({ text_source: { dataset: 'reuters21578', newid: 7 }, published: '1987-03-01' });
    expect(g.published).toBe('1987-03-01');
  });

  it('joins a WikiNEuRal window of consecutive sentences with one space, undated', () => {
    const g = gold({ lang: 'fr', text_source: { dataset: 'wikineural-fr', first: 1, count: 2 } });
    expect(g.text).toBe(`${SENTENCES[1]} ${SENTENCES[2]}`);
    expect(g.published).toBeNull();
    expect(gold({ text_source: { dataset: 'wikineural-fr', first: 0, count: 1 } }).text).toBe(SENTENCES[0]);
  });

  it('cuts each relation evidence out of the resolved text by its evidence_span', () => {
    const text = STORIES.get(7)?.text ?? '';
    const start = text.indexOf('Acme Corp');
    const g = gold({
      text_source: { dataset: 'reuters21578', newid: 7 },
      entities: [
        { name: 'Acme Corp', type: 'Organization' },
        { name: 'Zeta Inc', type: 'Organization' },
      ],
      relations: [
        {
          type: 'ACQUIRED',
          source: 'Acme Corp',
          target: 'Zeta Inc',
          evidence: null,
          evidence_span: [start, text.length],
        },
      ],
    });
    expect(g.relations[0].evidence).toBe('Acme Corp said it bought Zeta Inc.');
  });

  it('names the file and the pointer when the pointer leads nowhere', () => {
    expect(invalid({ text_source: { dataset: 'reuters21578', newid: 8 } })).toThrow(
      /EVAL_GOLD_INVALID: \/t\/bad-file\.json: .*NEWID 8/,
    );
    expect(invalid({ text_source: { dataset: 'wikineural-fr', first: 2, count: 2 } })).toThrow(
      /EVAL_GOLD_INVALID: \/t\/bad-file\.json: .*sentences 2\.\.3/,
    );
  });

  it('rejects malformed pointers and a pointer next to inline text', () => {
    const bad = [
      { text_source: { dataset: 'reuters', newid: 7 } },
      { text_source: { dataset: 'reuters21578', newid: '7' } },
      { text_source: { dataset: 'wikineural-fr', first: -1, count: 1 } },
      { text_source: { dataset: 'wikineural-fr', first: 0, count: 0 } },
      { text_source: { dataset: 'wikineural-fr', first: 0, count: MAX_WIKINEURAL_WINDOW_SENTENCES + 1 } },
      { text_source: { dataset: 'reuters21578', newid: 7 }, text: 'inline too' },
    ];
    for (const extra of bad) expect(invalid(extra)).toThrow(/EVAL_GOLD_INVALID: \/t\/bad-file\.json/);
  });

  it('rejects an evidence_span that is not [start, end) inside the text, naming the file', () => {
    const length = SENTENCES[0].length;
    for (const span of [[5, 5], [6, 2], [0, length + 1], [-1, 3], [0.5, 3], [1], 'x']) {
      const extra = {
        text_source: { dataset: 'wikineural-fr', first: 0, count: 1 },
        relations: [{ type: 'FOUNDED', source: 'a', target: 'b', evidence_span: span }],
      };
      expect({ span, error: errorOf(() => gold(extra, '/t/bad-file.json')) }).toEqual({
        span,
        error: expect.stringMatching(/^EVAL_GOLD_INVALID: \/t\/bad-file\.json: evidence_span/),
      });
    }
    const whole = { type: 'FOUNDED', source: 'a', target: 'b', evidence_span: [0, length] };
    expect(
      gold({ text_source: { dataset: 'wikineural-fr', first: 0, count: 1 }, relations: [whole] }).relations[0]
        .evidence,
    ).toBe(SENTENCES[0]);
  });

  it('does not touch the data sets for a gold file with inline text', () => {
    reads.length = 0;
    const g = gold({ text: 'Acme bought Zeta.' });
    expect(g.text).toBe('Acme bought Zeta.');
    expect(g.source).toBeUndefined();
    expect(reads).toEqual([]);
  });
});
