/**
 * Day twenty-five: a seller recalls, in a relative on the company it sells, how it came to own it ("agreed to sell
 * Y, the valve maker it bought in 2019, to Z"). The seller's earlier purchase is an ACQUIRED of its own, completed,
 * dated and priced by the relative (frames/acquired-seller-own-purchase.ts, told-status.ts); the relative's year
 * and price never date or price the sale (values/owner-purchase-relative.ts). Near misses: a relative with another
 * buyer, a relative telling no purchase, a sale with no relative. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function acquired(text: string): ExtractedRelation[] {
  return relationsOf(text).filter((r) => r.type === 'ACQUIRED');
}

function find(rels: ExtractedRelation[], source: string, target: string): ExtractedRelation | undefined {
  return rels.find((r) => r.source === source && r.target === target);
}

describe("the seller's own earlier purchase told in a relative on the company sold", () => {
  it.each([
    [
      'Corvin Tools Inc said it had agreed to sell Lakemont Fasteners, the bolt maker it bought in 2018, to Ardley Group for $95 million.',
      'Corvin Tools Inc',
      'Lakemont Fasteners',
      '2018',
    ],
    [
      'Pellham Retail sold Orchard Lane Bakeries, which it acquired from its founders in 2016, to Sable Capital.',
      'Pellham Retail',
      'Orchard Lane Bakeries',
      '2016',
    ],
    [
      'Le groupe Morvand a cédé au fonds Initiative Sud son activité de traiteur, Délices de Ré, qu’il avait racheté en 2015.',
      'Morvand',
      'Délices de Ré',
      '2015',
    ],
    [
      "Le groupe Morvand a vendu à Heineken sa filiale Brasserie Kermor, qu'il avait lui-même acquise en 2017.",
      'Morvand',
      'Brasserie Kermor',
      '2017',
    ],
  ])('%s', (text, seller, sold, year) => {
    const earlier = find(acquired(text), seller, sold);
    expect(earlier).toBeDefined();
    expect(earlier?.date).toBe(year);
    expect(earlier?.status).toBe('completed');
  });
});

describe("the relative's year and price belong to the earlier purchase, not to the sale", () => {
  it('dates and prices the sale and the earlier purchase apart', () => {
    const rels = acquired(
      'Corvin Tools Inc said on Monday it had agreed to sell Lakemont Fasteners, the bolt maker it bought for $40 million in 2018, to Ardley Group for $95 million.',
    );
    const sale = find(rels, 'Ardley Group', 'Lakemont Fasteners');
    const earlier = find(rels, 'Corvin Tools Inc', 'Lakemont Fasteners');
    expect(sale?.date).not.toBe('2018');
    expect(sale?.amount).toBe(95000000);
    expect(earlier?.amount).toBe(40000000);
  });

  it('keeps no sale price on the earlier purchase', () => {
    const rels = acquired(
      'Pellham Retail sold Orchard Lane Bakeries, which it acquired in 2016, to Sable Capital for $30 million.',
    );
    expect(find(rels, 'Sable Capital', 'Orchard Lane Bakeries')?.amount).toBe(30000000);
    expect(find(rels, 'Pellham Retail', 'Orchard Lane Bakeries')?.amount ?? null).toBeNull();
  });
});

describe('near misses: no earlier purchase of the seller', () => {
  it.each([
    // another company bought it earlier: the seller is not that buyer
    [
      'Pellham Retail sold Orchard Lane Bakeries, which Dunmore Foods acquired in 2016, to Sable Capital.',
      'Pellham Retail',
      'Orchard Lane Bakeries',
    ],
    // the relative tells no purchase
    [
      'Pellham Retail sold Orchard Lane Bakeries, which it opened in 2016, to Sable Capital.',
      'Pellham Retail',
      'Orchard Lane Bakeries',
    ],
    // a sale without a relative
    [
      'Pellham Retail sold Orchard Lane Bakeries to Sable Capital in 2016.',
      'Pellham Retail',
      'Orchard Lane Bakeries',
    ],
    [
      "Le groupe Morvand a cédé Délices de Ré, qu'il avait fondé en 2015, au fonds Initiative Sud.",
      'Morvand',
      'Délices de Ré',
    ],
  ])('%s', (text, seller, sold) => {
    expect(find(acquired(text), seller, sold)).toBeUndefined();
  });
});
