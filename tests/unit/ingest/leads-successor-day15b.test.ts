/**
 * LEADS of a successor, whose company is the one the predecessor leads ("P will succeed Q as chief executive",
 * "Q was replaced by P", "P succède à Q", "Q sera remplacée par P"); a post after "as" that is no head's, a
 * successor only tipped, and a predecessor leading nothing give none. Sentences written for these tests (ana2, day
 * fifteen b).
 */
import { facts, run } from './helpers';

function successors(text: string): string[] {
  return facts(run(text), 'LEADS')
    .filter((r) => r.rule === 'any.leads.successor')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

const HEAD_EN = 'Marco Feldt is the chief executive of Brenner Lines, the Rotterdam freight forwarder. ';
const HEAD_FR = "Catherine Mallet est la directrice générale d'Hydrelis, le producteur grenoblois. ";

describe('a successor takes the predecessor company', () => {
  it.each([
    `${HEAD_EN}The board said that Sofie Brandt will succeed Feldt as chief executive on January 1.`,
    `${HEAD_EN}Sofie Brandt, 52, will succeed Marco Feldt in January.`,
    `${HEAD_EN}Sofie Brandt replaced Feldt as CEO in March.`,
    `${HEAD_EN}Feldt will be replaced by Sofie Brandt, a former DHL executive.`,
    `${HEAD_EN}He stepped down in 2021 and was replaced by Sofie Brandt.`,
  ])('en: %s', (text) => {
    expect(successors(text)).toEqual(['Sofie Brandt -> Brenner Lines']);
  });

  it.each([
    `${HEAD_FR}Sophie Arnaud succédera à Catherine Mallet le 1er mars.`,
    `${HEAD_FR}Sophie Arnaud succède à Mallet au poste de directrice générale.`,
    `${HEAD_FR}Catherine Mallet sera remplacée par Sophie Arnaud, venue d'Engie.`,
    `${HEAD_FR}Sophie Arnaud remplace Catherine Mallet à compter de mars.`,
  ])('fr: %s', (text) => {
    expect(successors(text)).toEqual(['Sophie Arnaud -> Hydrelis']);
  });
});

describe('no successor LEADS', () => {
  it.each([
    // another post than a head's
    `${HEAD_EN}Sofie Brandt will succeed Feldt as chief financial officer.`,
    // only tipped
    `${HEAD_EN}Sofie Brandt is expected to succeed Feldt next year, people familiar with the matter said.`,
    // the predecessor leads nothing here
    'Brenner Lines moves its head office. Sofie Brandt will succeed Tom Meyer as head of sales.',
    `${HEAD_FR}Sophie Arnaud succédera à Paul Roche au poste de directrice financière.`,
  ])('%s', (text) => {
    expect(successors(text)).toEqual([]);
  });
});
