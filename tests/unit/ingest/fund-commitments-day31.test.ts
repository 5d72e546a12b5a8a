/**
 * Day thirty-one, funding (second round): an investment firm raising a fund whose size takes five words ("a new 1.5
 * billion euro buyout fund") collects commitments for that vehicle; its limited partners fund neither the firm nor
 * the company it owns (frames/funded-misread.ts `FUND_RAISED`). Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text, '2026-11-20'), 'FUNDED').map(pair).sort();
}

const LEAD = 'Harwick Foods makes sandwiches. Calloway Partners owns 65 percent of Harwick.';

describe('commitments to a firm’s own fund', () => {
  it.each([
    'Calloway is raising a new 1.5 billion euro buyout fund, with commitments from investors including Canadian pension plan Maple Crest.',
    'Calloway is raising a new $900 million growth fund, with commitments from investors including Canadian pension plan Maple Crest.',
  ])('%s', (sentence) => {
    const got = funded(`${LEAD} ${sentence}`);
    expect(got.filter((p) => p.startsWith('Maple Crest'))).toEqual([]);
  });

  it('French: the fund named before its size', () => {
    const got = funded(
      `${LEAD} Calloway est en train de lever un nouveau fonds de 1,5 milliard d'euros, auprès d'investisseurs dont le fonds de pension canadien Maple Crest.`,
    );
    expect(got.filter((p) => p.startsWith('Maple Crest'))).toEqual([]);
  });

  it('near miss: a company raising equity from such investors is funded by them', () => {
    const got = funded(
      'Harwick Foods makes sandwiches. Harwick is raising 40 million euros in new equity, with commitments from investors including Canadian pension plan Maple Crest.',
    );
    expect(got).toContain('Maple Crest -> Harwick Foods');
  });
});
