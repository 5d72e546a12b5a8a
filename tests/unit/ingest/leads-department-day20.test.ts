/**
 * Day twenty, a minister or secretary whose title names the body he heads, when the article names that body
 * (frames/leads-named-department.ts): "Defense Secretary P" with "the Defense Department" in another sentence,
 * "Secretary of State P" with "a State Department official", "Economic Planning Board Minister P". English wire
 * copy only (the reader keys on "Secretary"/"Minister"; French press does not record its ministers). Near-misses: deputies, former holders, a department
 * the article never names, "Prime Minister". Sentences written for these tests.
 */
import { madePairs } from './helpers';

const leads = (text: string) => madePairs(text, '1987-03-12', 'LEADS');

describe('a titled secretary or minister heads the body the article names', () => {
  it.each([
    [
      'WASHINGTON, March 12 - Energy Secretary Donald Hodel said he would oppose the import fee. Energy Department officials said a study was under way.',
      'Donald Hodel -> Energy Department',
    ],
    [
      'WASHINGTON, March 12 - Secretary of Agriculture Richard Lyng has decided to extend the program, an Agriculture Department official said.',
      'Richard Lyng -> Agriculture Department',
    ],
    [
      'SEOUL, March 2 - South Korea plans to keep its 1987 current account surplus below five billion dlrs, Economic Planning Board Minister Kim Mahn-je said.',
      'Kim Mahn-je -> Economic Planning Board',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(leads(text)).toContain(expected);
  });
});

describe('near-misses', () => {
  it('leaves a deputy', () => {
    const text =
      'WASHINGTON, March 12 - Deputy Energy Secretary William Martin said he would oppose the fee. Energy Department officials said a study was under way.';
    expect(leads(text)).not.toContain('William Martin -> Energy Department');
  });

  it('leaves a former secretary', () => {
    const text =
      'WASHINGTON, March 12 - Former Energy Secretary James Edwards said the fee was a mistake. Energy Department officials declined to comment.';
    expect(leads(text)).not.toContain('James Edwards -> Energy Department');
  });

  it('leaves a secretary whose department the article never names', () => {
    const text =
      'WASHINGTON, March 12 - Treasury Secretary James Baker said the dollar had fallen far enough against the yen, the Commerce Department said.';
    expect(leads(text).filter((p) => p.startsWith('James Baker'))).toEqual([]);
  });

  it.each([
    [
      'TOKYO, April 27 - Miyazawa said Prime Minister Yasuhiro Nakasone and U.S. President Ronald Reagan are likely to reaffirm the agreements when they meet later this week.',
      'Yasuhiro Nakasone',
    ],
    [
      'TAIPEI, March 2 - Vice Economic Minister Wang Chien-shien agreed with the remarks and said efforts to avert protectionism were running out of time.',
      'Wang Chien-shien',
    ],
  ])('leaves a title word read as a name before "Minister": "%s"', (text, person) => {
    expect(leads(text).filter((p) => p.startsWith(person))).toEqual([]);
  });
});
