/**
 * Day twenty-nine, deals: one subject, a purchase and then a holding raised in a coordinated second member ("X a
 * racheté A en 2024, puis porté en juin à 80 % sa participation dans B", "X bought A in 2024 and then raised its
 * stake in B to 80 percent") (fr/second-verb.ts, en/deals.ts): the figure the holding ends at says control
 * (ACQUIRED) or a minority (FUNDED). Near misses: a raise to a minority figure, and the first object, which raises
 * nothing. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED ') || f.startsWith('FUNDED '));
}

describe('a holding raised by the subject of an earlier purchase', () => {
  it('French: « puis porté à 80 % sa participation dans B » is control', () => {
    const found = deals(
      'Le brasseur Houblonnière a racheté en 2023 la malterie Grains du Nord, puis porté en mai à 80 % sa participation dans le distributeur Boissons Sambre.',
    );
    expect(found).toContain('ACQUIRED Houblonnière -> Grains du Nord');
    expect(found).toContain('ACQUIRED Houblonnière -> Boissons Sambre');
  });

  it('French: a holding raised from one figure to a majority', () => {
    const found = deals(
      'Houblonnière a repris en 2022 la malterie Grains du Nord, puis relevé sa participation dans Boissons Sambre de 20 % à 51 %.',
    );
    expect(found).toContain('ACQUIRED Houblonnière -> Boissons Sambre');
  });

  it('French near miss: a raise to a minority figure is a funding', () => {
    const found = deals(
      'Houblonnière a racheté en 2023 la malterie Grains du Nord, puis porté à 30 % sa participation dans Boissons Sambre.',
    );
    expect(found).toContain('FUNDED Houblonnière -> Boissons Sambre');
    expect(found).not.toContain('ACQUIRED Houblonnière -> Boissons Sambre');
    expect(found).not.toContain('ACQUIRED Grains du Nord -> Boissons Sambre');
  });

  it('English: "and then raised its stake in B to 80 percent"', () => {
    const found = deals(
      'Hopfield Group bought maltster Northgrain in 2023 and then raised its stake in distributor Sambre Drinks to 80 percent.',
    );
    expect(found).toContain('ACQUIRED Hopfield Group -> Northgrain');
    expect(found).toContain('ACQUIRED Hopfield Group -> Sambre Drinks');
  });

  it('English near miss: a raise ending below half is a minority stake', () => {
    const found = deals(
      'Hopfield Group bought maltster Northgrain in 2023 and later raised its stake in Sambre Drinks to 30 percent from 10 percent.',
    );
    expect(found).toContain('FUNDED Hopfield Group -> Sambre Drinks');
    expect(found).not.toContain('ACQUIRED Hopfield Group -> Sambre Drinks');
  });
});
