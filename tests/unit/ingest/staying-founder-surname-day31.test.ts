/**
 * Day thirty-one (second round), founders and leaders: the staying-founder pass (leads-staying-founder.ts) reads a
 * founder's bare surname only where it is not part of another person's name, so "co-founder Maya Ortiz stays as
 * chief executive" gives no post to her brother and co-founder, whose bare surname is also "Ortiz". Articles
 * written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('a staying founder sharing a surname with another founder', () => {
  it('gives the post to the one named, not to the sibling', () => {
    const facts = leads(
      'Harvest Row buys Lantern Oat; co-founder Nina Vale stays as chief executive\n\nHarvest Row Foods said on Friday it had completed its purchase of Lantern Oat Co, a brand founded in 2015 by siblings Nina and Pavel Vale. Pavel Vale left the company in 2021.',
    );
    expect(facts).toContain('Nina Vale -> Lantern Oat Co');
    expect(facts).not.toContain('Pavel Vale -> Lantern Oat Co');
  });

  it('still reads a bare surname that belongs to the founder alone', () => {
    const facts = leads(
      'Harvest Row Foods said on Friday it had agreed to buy Lantern Oat Co for $40 million. Lantern Oat was founded in 2015 by Nina Vale and Tom Reyes. Vale, who remains chief executive, said the brand would keep its farms.',
    );
    expect(facts).toContain('Nina Vale -> Lantern Oat Co');
    expect(facts).not.toContain('Tom Reyes -> Lantern Oat Co');
  });
});
