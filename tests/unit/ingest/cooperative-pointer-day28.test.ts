/**
 * Day twenty-eight, pointers: English "the cooperative" stands for the company named on that noun ("Prairie Gold
 * Cooperative") or introduced by it ("dairy cooperative Westvale Farmers"), as French "la coopérative" already did
 * (anaphora-sector-nouns.ts). Near miss: no cooperative was named, so the noun points at nobody named.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

describe('"the cooperative" points back at the cooperative', () => {
  it('takes the company whose name is built on the noun, not the one it buys', () => {
    const text =
      'Prairie Gold Cooperative said on Monday it had agreed to buy feed maker Millbrook Feeds for $80 million. The cooperative is run by chief executive Tom Reilly.';
    const found = leads(text);
    expect(found).toContain('LEADS Tom Reilly -> Prairie Gold Cooperative');
    expect(found).not.toContain('LEADS Tom Reilly -> Millbrook Feeds');
  });

  it('takes the company the noun introduced', () => {
    const text =
      'Dairy cooperative Westvale Farmers said on Monday it had agreed to buy cheese maker Ashcombe Creamery for $45 million. The cooperative, which has 1,200 members, is run by Helen Marsh.';
    const found = leads(text);
    expect(found).toContain('LEADS Helen Marsh -> Westvale Farmers');
    expect(found).not.toContain('LEADS Helen Marsh -> Ashcombe Creamery');
  });

  it('keeps French "la coopérative" as before', () => {
    const text =
      "La coopérative bretonne Terres d'Iroise a annoncé jeudi le rachat de la fromagerie Maison Le Bihan. La coopérative est dirigée par Anne Le Floch.";
    expect(leads(text)).toContain("LEADS Anne Le Floch -> Terres d'Iroise");
  });
});

describe('near miss: no cooperative named', () => {
  it('gives the buyer or the bought company nothing', () => {
    const text =
      'Grain trader Halvern Commodities said on Monday it had agreed to buy feed maker Millbrook Feeds for $80 million. The cooperative that sold it is run by Tom Reilly.';
    const found = leads(text);
    expect(found).not.toContain('LEADS Tom Reilly -> Halvern Commodities');
    expect(found).not.toContain('LEADS Tom Reilly -> Millbrook Feeds');
  });
});
