/**
 * Deal, day sixteen: a merger partner named with its owner ("combined with Ridgeline's portfolio company
 * Haulwise"): the possessor only says whose business the partner is (frames/merged-possessed-partner.ts).
 * Sentences written for these tests (dev-gold-17 en-566 shows the shape).
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-04-14';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'MERGED_WITH');

describe("the name after an owner's possessive is the merger partner", () => {
  it.each([
    "Once private, Tractiv Inc will be combined with Ridgeline Capital's existing portfolio company Haulwise.",
    "Tractiv Inc will merge with Ridgeline Capital's fleet unit Haulwise next year.",
    "Tractiv Inc merged last year with Ridgeline Capital's Haulwise.",
    "Tractiv Inc has agreed to combine with Ridgeline Capital's logistics software subsidiary Haulwise.",
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Haulwise -> Tractiv Inc']);
  });
});

describe('the possessor stays the partner, or nothing merges', () => {
  it('a business of the possessor named by no name of its own is the possessor', () => {
    expect(made("Tractiv Inc will merge with Ridgeline Capital's software business.")).toEqual([
      'Ridgeline Capital -> Tractiv Inc',
    ]);
  });

  it('a partner named alone', () => {
    expect(made('Tractiv Inc will merge with Ridgeline Capital.')).toEqual([
      'Ridgeline Capital -> Tractiv Inc',
    ]);
  });

  it('talks to merge are no merger', () => {
    const text =
      "Tractiv Inc is in talks to merge with Ridgeline Capital's fleet unit Haulwise, people familiar with the matter said.";
    expect(made(text)).toEqual([]);
  });

  it('a terminated merger is no merger', () => {
    const text =
      "Tractiv Inc terminated its agreement to merge with Ridgeline Capital's fleet unit Haulwise in March.";
    expect(made(text)).toEqual([]);
  });
});
