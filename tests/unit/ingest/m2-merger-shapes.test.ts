import { facts, pair, run } from './helpers';

/** Sentences written for these tests: merger words that join no two parties, and ones that do. */

function mergers(text: string): string[] {
  return facts(run(text), 'MERGED_WITH').map(pair);
}

describe('merger words that name no merging pair', () => {
  it('reads no merger among companies listed after a preposition', () => {
    expect(
      mergers(
        'A fund advised by Halvorsen Capital, Greywick Partners and Tamsin Securities said it plans to merge ' +
          'Delmont Freight into a new holding corporation.',
      ),
    ).toEqual([]);
  });

  it('reads no merger for one company merged into another by its owners', () => {
    expect(
      mergers(
        'Halvorsen Capital Corp and Greywick Partners Inc said they plan to merge Delmont Freight Inc into a new holding company.',
      ),
    ).toEqual([]);
  });

  it('reads no merger for a sale of companies as a merged concern', () => {
    expect(
      mergers(
        'Halvorsen Capital Corp plans to sell Greywick Partners Inc and Tamsin Mills Inc as a merged company next year.',
      ),
    ).toEqual([]);
  });
});

describe('mergers still read', () => {
  it('keeps a list of companies that agreed to merge', () => {
    const pairs = mergers('Halvorsen Capital Corp and Greywick Partners Inc said they agreed to merge.');
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatch(/Greywick/);
    expect(pairs[0]).toMatch(/Halvorsen/);
  });

  it('keeps two companies merging into a new company', () => {
    expect(
      mergers('Halvorsen Capital Corp and Greywick Partners Inc agreed to merge into a new group.'),
    ).toHaveLength(1);
  });

  it('keeps companies whose boards voted to merge them', () => {
    expect(
      mergers(
        'Halvorsen Capital Corp and Greywick Partners Inc said their boards voted to merge the two companies.',
      ),
    ).toHaveLength(1);
  });
});
