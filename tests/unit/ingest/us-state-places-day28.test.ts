/**
 * Day twenty-eight, deals: US states the place list lacked ("Vermont's Birchwood Hollow", "a Wyoming rancher") are
 * places, so a state's possessive before a company names no organisation of its own and takes no part in the deal.
 * Near miss: a company whose name opens on the state keeps its whole name. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function organisations(text: string): string[] {
  return extractArticle({ file: 'x', text, published: '2026-03-02' })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe("a US state's possessive before a company", () => {
  it.each([
    ["Kestrel Dairy Cooperative agreed to buy Vermont's Maple Ridge Creamery for $45 million.", 'Vermont'],
    ["Prairie Mills said it had bought Nebraska's Platte Valley Grain on Monday.", 'Nebraska'],
    ["Sawtooth Foods agreed to acquire Idaho's Snake River Potato Co for $30 million.", 'Idaho'],
  ])('%s', (text, state) => {
    const found = organisations(text);
    expect(found).not.toContain(state);
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a company whose name opens on the state', () => {
    const found = organisations('Arkansas Best Freight agreed to buy Hollis Trucking for $20 million.');
    expect(found).toContain('Arkansas Best Freight');
    expect(found).toContain('Hollis Trucking');
  });
});
