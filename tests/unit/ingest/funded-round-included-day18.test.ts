import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day eighteen, FUNDED: members of the round just told ("The round also included A and B") and backers of "the
 * company" ("A and B also invested in the company") fund the article's company (`frames/funded-en-round-included.ts`).
 */

const LEAD =
  'Cargolane, a Chicago maker of fleet software, said on Thursday it had raised $42 million in a Series B round led by Northgate Capital.';

/** "source -> target" of the FUNDED facts read in `sentence` after the lead sentence (scored statuses only). */
function fundedIn(sentence: string): string[] {
  const text = `${LEAD} ${sentence}`;
  return facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), 'FUNDED')
    .filter((r) => r.evidence.sentence === sentence)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

describe('members of the round just told', () => {
  test.each([
    [
      'The round also included Maersk Growth, the venture arm of the Danish shipping group, and Ardent Family Office.',
    ],
    ['The financing also featured Maersk Growth and Ardent Family Office.'],
    ['The round drew Maersk Growth and Ardent Family Office.'],
    ['The funding round also attracted money from Maersk Growth and Ardent Family Office.'],
  ])('%s', (sentence) => {
    expect(fundedIn(sentence)).toEqual(['Ardent Family Office -> Cargolane', 'Maersk Growth -> Cargolane']);
  });
});

describe('backers of the company', () => {
  test.each([
    ['Maersk Growth and Ardent Family Office also invested in the company, according to filings.'],
    ['Maersk Growth and Ardent Family Office have also invested in the startup.'],
    ['Maersk Growth and Ardent Family Office both participated in the company.'],
  ])('%s', (sentence) => {
    expect(fundedIn(sentence)).toEqual(['Ardent Family Office -> Cargolane', 'Maersk Growth -> Cargolane']);
  });
});

describe("the round is the article's own, not the last company named", () => {
  test('a rival told in the paragraph before is no raiser', () => {
    const rival = 'Comparisons with Toast are inevitable. The Boston-based company went public in 2021.';
    const sentence = 'The round also included Seaya Andromeda and existing investor Samaipata.';
    const text = `${LEAD}\n\n${rival}\n\n${sentence}`;
    const got = facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), 'FUNDED')
      .filter((r) => r.evidence.sentence === sentence)
      .map(pair)
      .sort();
    expect(got).toEqual(['Samaipata -> Cargolane', 'Seaya Andromeda -> Cargolane']);
  });
});

describe('near misses stay unread', () => {
  test.each([
    [
      'Maersk Growth and Ardent Family Office could also invest in the company, people familiar with the matter said.',
    ],
    ['Maersk Growth and Ardent Family Office declined to comment on the round.'],
    ['The deal also included Maersk Growth warehouses in Texas.'],
  ])('%s', (sentence) => {
    expect(fundedIn(sentence)).toEqual([]);
  });
});
