/**
 * Day thirty, founders and leaders: heads told as still in their post.
 * - "She succeeds Q, who has led the bank since 2014", "Elle succède à Q, qui dirige la mutuelle depuis 2009": a
 *   finite verb of taking over, its subject the person the sentence before gave a post, hands Q's head of that
 *   company (frames/leads-predecessor.ts, beside the participle "succeeding Q, who is retiring").
 * - "P, qui dirige la Caisse Atlantique depuis 2009": a company whose name takes an article (`any.leads.verb`).
 * - "CHICAGO, Nov 24 (Wire) - X said that P would take over as chief executive": the agency of a wire dateline is
 *   no subject company (frames/leads-post-holder.ts).
 * - "X said that P, chief executive of its insurance arm Y, would become group chief executive": the new post is at
 *   the subject X, read across the aside, and P heads Y too (frames/leads-post-holder.ts SECOND_POST).
 * Sentences written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

const APPOINTMENT = 'Corrin Bank on Monday named Anna Vey as its next chief executive.';
const NOMINATION = 'La Caisse Atlantique a nommé Anne Roy directrice générale.';

describe('a predecessor still in the post, after a finite verb of taking over', () => {
  it.each([
    [`${APPOINTMENT} She succeeds Tom Hale, who has led the bank since 2015.`, 'Tom Hale -> Corrin Bank'],
    [`${APPOINTMENT} She will replace Tom Hale, who retires in June.`, 'Tom Hale -> Corrin Bank'],
    [
      `${NOMINATION} Elle succède à Paul Marin, qui dirige la caisse depuis 2009 et part à la retraite.`,
      'Paul Marin -> Caisse Atlantique',
    ],
    [
      `${NOMINATION} Elle remplacera Paul Marin, qui part à la retraite en juin.`,
      'Paul Marin -> Caisse Atlantique',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it('"qui dirige la X" with the article before the name', () => {
    expect(
      leads(`${NOMINATION} Elle succède à Paul Marin, qui dirige la Caisse Atlantique depuis 2009.`),
    ).toContain('Paul Marin -> Caisse Atlantique');
  });

  it('a new post read across an aside naming the person’s present company', () => {
    const text =
      'Corrin Bank said on Friday that Anna Vey, chief executive of its insurance arm Corrin Life, would become group chief executive in April, succeeding Tom Hale, who is retiring.';
    expect(leads(text)).toEqual([
      'Anna Vey -> Corrin Bank',
      'Anna Vey -> Corrin Life',
      'Tom Hale -> Corrin Bank',
    ]);
  });

  it('a wire dateline’s agency is not the company taking a new head', () => {
    const text =
      'CHICAGO, Nov 24 (Newsline Wire) - Corrin Foods said on Tuesday that Anna Vey would take over as chief executive on Jan. 1.';
    expect(leads(text)).toEqual(['Anna Vey -> Corrin Foods']);
  });
});

describe('near misses', () => {
  it('a predecessor already gone', () => {
    expect(leads(`${APPOINTMENT} She succeeds Tom Hale, who left the bank in March.`)).not.toContain(
      'Tom Hale -> Corrin Bank',
    );
    expect(leads(`${NOMINATION} Elle succède à Paul Marin, qui a quitté la caisse en mars.`)).not.toContain(
      'Paul Marin -> Caisse Atlantique',
    );
  });

  it('a predecessor of whom nothing more is told', () => {
    expect(leads(`${APPOINTMENT} She succeeds Tom Hale.`)).not.toContain('Tom Hale -> Corrin Bank');
  });

  it('a pronoun with no post given in the sentence before', () => {
    expect(
      leads('Corrin Bank reported higher profits. She succeeds Tom Hale, who has led the bank since 2015.'),
    ).not.toContain('Tom Hale -> Corrin Bank');
  });

  it('a function taken across the aside is no head', () => {
    const text =
      'Corrin Bank said that Anna Vey, chief executive of its insurance arm Corrin Life, would become its chief financial officer.';
    expect(leads(text)).not.toContain('Anna Vey -> Corrin Bank');
  });

  it('"qui dirige la filiale de X" is another body’s post', () => {
    expect(
      leads('Elle succède à Paul Marin, qui dirige la filiale de la Caisse Atlantique depuis 2009.'),
    ).not.toContain('Paul Marin -> Caisse Atlantique');
  });
});
