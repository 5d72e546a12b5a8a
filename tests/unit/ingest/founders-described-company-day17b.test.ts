/**
 * any.founded.described-company: a verb of founding or launching whose object is a company noun with a modifier of
 * its own before it ("launched battery-analytics firm X", "a fondé en 2019 la jeune pousse lyonnaise de
 * cybersécurité X"). A launch with no company noun, a future or planned launch give none. Sentences written for
 * these tests (people2, day seventeen b).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

describe('a founding verb before a described company', () => {
  it.each([
    'Leo Marsh launched battery-analytics firm Cellwatch in 2019 and remains its boss.',
    'Leo Marsh has also launched battery-analytics firm Cellwatch.',
    'Leo Marsh had launched battery-analytics firm Cellwatch in 2019.',
    'Leo Marsh co-founded battery-analytics firm Cellwatch in 2019.',
    'Leo Marsh, who founded software firm Cellwatch in 2019, joined Acme.',
    'Léa Martin a fondé en 2019 la jeune pousse lyonnaise de cybersécurité Cellwatch.',
  ])('%s', (text) => {
    expect(founded(text)).toEqual([expect.stringMatching(/^(Leo Marsh|Léa Martin) -> Cellwatch$/)]);
  });

  it.each([
    // no company noun: a product
    'Leo Marsh launched new app Cellwatch in 2019.',
    // not made yet
    'Leo Marsh will launch battery-analytics firm Cellwatch in 2026.',
    'Leo Marsh plans to launch battery-analytics firm Cellwatch next year.',
  ])('none: %s', (text) => {
    expect(founded(text)).toEqual([]);
  });
});
