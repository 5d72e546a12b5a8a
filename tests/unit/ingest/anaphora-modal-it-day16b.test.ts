/**
 * Day sixteen (round two): "it" before a modal is the company when the modal opens what a company does ("it will now
 * take on A and B", "it would also compete with A", "it will challenge A"), and stays an expletive before "be",
 * "take" without "on", and the like. Variants and near misses; sentences written for these tests.
 */
import { madePairs } from './helpers';

const competes = (text: string) => madePairs(text, '2026-03-01', 'COMPETES_WITH');
const has = (pairs: string[], a: string, b: string) =>
  pairs.includes(`${a} -> ${b}`) || pairs.includes(`${b} -> ${a}`);
const LEAD =
  'Marlow & Finch, the hotel group, said on Monday it had agreed to buy Tregarrow Leisure for £310 million.';

describe('a modal "it" before a company action is the company', () => {
  it.each([
    `${LEAD} In resorts, it will now take on Center Parcs and Haven.`,
    `${LEAD} It will now take on Center Parcs and Haven in resorts.`,
    `${LEAD} In resorts, it would also compete with Center Parcs and Haven.`,
    `${LEAD} With the parks, it will challenge Center Parcs and Haven.`,
  ])('%s', (text) => {
    const pairs = competes(text);
    expect(has(pairs, 'Marlow & Finch', 'Center Parcs')).toBe(true);
    expect(has(pairs, 'Marlow & Finch', 'Haven')).toBe(true);
  });

  it.each([
    `${LEAD} It will be hard to compete with Center Parcs and Haven.`,
    `${LEAD} It would take years to match Center Parcs and Haven.`,
  ])('near miss: %s', (text) => {
    expect(has(competes(text), 'Marlow & Finch', 'Center Parcs')).toBe(false);
  });
});
