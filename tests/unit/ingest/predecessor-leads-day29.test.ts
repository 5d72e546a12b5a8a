/**
 * Day twenty-nine, founders and leaders (second round): the head a successor takes over from, told by a participle
 * after the post taken and still in place ("P would become chief executive in April, succeeding Q, who is
 * retiring", "P deviendra directrice générale de X, succédant à Q, qui part à la retraite"), heads the company P's
 * post was read at (relations/frames/leads-predecessor.ts). Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function leads(text: string): string[] {
  return run(text, '2026-11-29')
    .relations.map(typedPair)
    .filter((f) => f.startsWith('LEADS '))
    .sort();
}

describe('a predecessor still in the post', () => {
  it.each([
    [
      'Corvel Insurance said on Tuesday that Nadia Brook would become chief executive in May, succeeding Peter Lang, who is retiring after eleven years.',
      'LEADS Peter Lang -> Corvel Insurance',
    ],
    [
      'Ostmoor Foods said on Monday that Ruth Adler would become its chair in June, replacing Simon Hale, who has chaired the board since 2012.',
      'LEADS Simon Hale -> Ostmoor Foods',
    ],
    [
      'Marie Colin deviendra directrice générale de Vélorance en avril, succédant à Stéphane Doyen, qui part à la retraite.',
      'LEADS Stéphane Doyen -> Vélorance',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });
});

describe('near misses', () => {
  it.each([
    // gone already
    [
      'Corvel Insurance said on Tuesday that Nadia Brook would become chief executive in May, replacing Peter Lang, who left in March.',
      'Peter Lang',
    ],
    // nothing told of the predecessor: the post may have been left long before
    [
      'Corvel Insurance said on Tuesday that Nadia Brook would become chief executive in May, succeeding founder Peter Lang.',
      'Peter Lang',
    ],
    // stays on in another seat
    [
      'Corvel Insurance said it had appointed Nadia Brook as chair, replacing Peter Lang, who will remain a non-executive director.',
      'Peter Lang',
    ],
    // the successor's post is a function, so no company is read for it
    [
      'Corvel Insurance said that Nadia Brook would become chief financial officer in May, succeeding Peter Lang, who is retiring.',
      'Peter Lang',
    ],
  ])('%s', (text, person) => {
    expect(leads(text).filter((f) => f.startsWith(`LEADS ${person} ->`))).toEqual([]);
  });

  it("takes no company from the successor's aside", () => {
    const text =
      'Corvel Insurance said on Tuesday that Nadia Brook, chief executive of its pensions arm Corvel Life, would become group chief executive in May, succeeding Peter Lang, who is retiring.';
    expect(leads(text)).not.toContain('LEADS Peter Lang -> Corvel Life');
  });
});
