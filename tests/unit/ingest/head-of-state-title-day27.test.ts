/**
 * Day twenty-seven (real text): a capitalised "President" with no determiner right before a name, in a reporting
 * clause, is a head of state in English wire copy ("officials said President Reagan would act"): no company is put
 * before it as the article's (relations/anaphora-bare-title.ts); a company's head told "said president P" or "said
 * chief executive P" still is. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const DAY = '1987-03-04';
const LEAD = 'NEW YORK, March 4 - Corvane Industries Inc said it would close two plants and cut 300 jobs.';

describe('a head of state after a reporting verb heads no company', () => {
  it.each([
    `${LEAD}\n    U.S. officials said President Reagan would probably act on the trade report this week.`,
    `${LEAD}\n    Aides said President Ronald Reagan was expected to sign the bill on Friday.`,
  ])('%s', (text) => {
    expect(madePairs(text, DAY, 'LEADS')).toEqual([]);
  });
});

describe("a company's head in the same position still leads it", () => {
  it.each([
    [
      `${LEAD}\n    The cuts will save 20 mln dlrs a year, said president Alan Brooks.`,
      'Alan Brooks -> Corvane Industries Inc',
    ],
    [
      `${LEAD}\n    The cuts will save 20 mln dlrs a year, said chief executive Alan Brooks.`,
      'Alan Brooks -> Corvane Industries Inc',
    ],
  ])('%s', (text, want) => {
    expect(madePairs(text, DAY, 'LEADS')).toContain(want);
  });
});
