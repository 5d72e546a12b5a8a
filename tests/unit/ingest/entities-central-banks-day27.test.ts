/**
 * Day twenty-seven (real text): central banks that wire copy names by a word of their own, with no "Bank of" head
 * ("the Bundesbank's cuts", "Sweden's Riksbank", "the Federal Reserve is") are organisations
 * (entities/public-bodies.ts). Sentences written for these tests.
 */
import { run } from './helpers';

function organisations(text: string): string[] {
  return run(text, '1987-03-04')
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe('central banks named by a word of their own', () => {
  it.each([
    [
      "FRANKFURT, March 4 - The Bundesbank's decision to trim its discount rate surprised dealers, who had expected no move before April.",
      'Bundesbank',
    ],
    [
      'STOCKHOLM, March 4 - Dealers said the Riksbank had intervened to support the crown in thin trading on Wednesday.',
      'Riksbank',
    ],
    [
      'NEW YORK, March 4 - Economists said the Federal Reserve is unlikely to ease credit before the trade figures are out.',
      'Federal Reserve',
    ],
  ])('%s', (text, name) => {
    expect(organisations(text)).toContain(name);
  });

  it('keeps the Federal Reserve Board as one name', () => {
    const text =
      'WASHINGTON, March 4 - The Federal Reserve Board approved the application of Corvane Bancorp to open two branches.';
    const orgs = organisations(text);
    expect(orgs).toContain('Federal Reserve Board');
    expect(orgs).not.toContain('Federal Reserve');
  });

  it('does not make a lower-case reserve requirement a body', () => {
    const text =
      'NEW YORK, March 4 - Dealers said federal reserve requirements on bank deposits were unchanged this week.';
    expect(organisations(text)).toEqual([]);
  });
});
