/**
 * Day thirty, real wire copy: a bare "President" speaking in a sentence that names a country and no company is the
 * country's head, not the head of the article's company (relations/frames/head-of-state-speaker.ts, read by
 * leads-speaker.ts): "President Jaime Lusinchi said Venezuela would loan …" after a story about an oil cartel. Near
 * misses: "President P said the company …" (no country) still leads the article's company; a chairman speaking of a
 * country still does. French copy titles the head of state "le président vénézuélien P", which this topic reading
 * never took. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { facts, typedPair } from './helpers';

const LEAD =
  "LONDON, March 3 - The Northern Shipping Cartel said it would cut its members' freight quotas by 10 pct.\n\n";

function leads(sentence: string): string[] {
  const text = `CARTEL CUTS QUOTAS\n\n${LEAD}${sentence}`;
  return facts(extractArticle({ file: 'test', text, published: '1987-03-03' }), 'LEADS').map(typedPair);
}

describe('a bare President speaking for a country', () => {
  it('"President P said Venezuela would …" leads no company', () => {
    expect(leads('In Caracas, President Ramon Ibarra said Venezuela would lend ships to Ecuador.')).toEqual(
      [],
    );
  });

  it('a country of two words ("the United States") too', () => {
    expect(leads('President Ramon Ibarra said the United States would lend ships to Ecuador.')).toEqual([]);
  });

  it('near miss: "President P said the company …" still leads the article\'s company', () => {
    expect(leads('President Ramon Ibarra said the cartel would meet again in June.')).toEqual([
      'LEADS Ramon Ibarra -> Northern Shipping Cartel',
    ]);
  });

  it('near miss: a chairman speaking of a country still leads it', () => {
    expect(leads('Chairman Ramon Ibarra said Venezuela would lend ships to the cartel.')).toEqual([
      'LEADS Ramon Ibarra -> Northern Shipping Cartel',
    ]);
  });
});
