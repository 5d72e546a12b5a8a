import { facts, madePairs, pair, run } from './helpers';

/**
 * Sentences written for these tests, after false deals read on Reuters wire copy: the owner of the subject's company
 * taken for its parent, a vehicle taken for the target, holders that only designated people, an opinion about a
 * merger, an absorption read as a merger of equals, a settlement offer read as a bid.
 */
const PUB = '2026-03-01';

describe('the company whose parent is the subject is not the buyer', () => {
  it.each([
    [
      "Quenby Canada's U.S. parent, Harlow Mills Inc, indirectly acquired the Canadian units when it purchased Dorrit Co and Ostrel Ltd from Varen Inc last October.",
    ],
    [
      "Quenby Canada's parent, Harlow Mills Inc, acquired the Canadian businesses when it bought Dorrit Co and Ostrel Ltd from Varen Inc.",
    ],
  ])('%s', (sentence) => {
    expect(madePairs(sentence, PUB, 'ACQUIRED').filter((p) => p.startsWith('Quenby'))).toEqual([]);
  });

  it("a possessive of another title leaves the company the buyer: Quenby Canada's chairman", () => {
    expect(
      madePairs("Quenby Canada's chairman said the company bought Dorrit Co.", PUB, 'ACQUIRED'),
    ).toContain('Quenby Canada -> Dorrit Co');
  });
});

describe('a vehicle the deal was made through is not the target', () => {
  it.each([
    [
      'Harlow Mills Inc said the buy out was accomplished through <Ostrel Ltd>, a Hong Kong company controlled by its chairman.',
    ],
  ])('%s', (sentence) => {
    const made = [...madePairs(sentence, PUB, 'ACQUIRED'), ...madePairs(sentence, PUB, 'FUNDED')];
    expect(made.filter((p) => p.endsWith('Ostrel Ltd') || p.endsWith('Ostrel'))).toEqual([]);
  });

  it('the deal told after "through its acquisition of" stays', () => {
    expect(
      madePairs('Harlow Mills Inc grew through its acquisition of Dorrit Co in 2025.', PUB, 'ACQUIRED'),
    ).toContain('Harlow Mills Inc -> Dorrit Co');
  });
});

describe('people designated by the investors are not investors', () => {
  it.each([
    [
      'It said its board now includes three members designated by the investors, including Paul Arden, Roger Kemp and Lea Moss.',
    ],
    ['The board will have two directors appointed by the shareholders, including Paul Arden and Roger Kemp.'],
  ])('%s', (sentence) => {
    expect(madePairs(`Dorrit Co raised 10 mln dlrs. ${sentence}`, PUB, 'FUNDED')).toEqual([]);
  });

  it('the investors themselves, set off by a comma, stay', () => {
    const made = madePairs(
      'Dorrit Co raised 10 mln dlrs. Its investors, including Ostrel Ltd, backed the round.',
      PUB,
      'FUNDED',
    );
    expect(made).toContain('Ostrel Ltd -> Dorrit Co');
  });
});

describe("someone's opinion of a deal is no deal", () => {
  it.each([
    [
      'Danforth said he continues to see value in a merger between Harlow Mills Inc and Dorrit Co.',
      'MERGED_WITH',
    ],
    ['Analysts argue for a merger of Harlow Mills Inc and Dorrit Co.', 'MERGED_WITH'],
    ['Paul Arden said he would welcome a merger between Harlow Mills Inc and Dorrit Co.', 'MERGED_WITH'],
    ['Paul Arden saw some benefit in the proposed purchase of Dorrit Co by Harlow Mills Inc.', 'ACQUIRED'],
    ['Paul Arden plaide pour une fusion entre Varenne et Ostrel.', 'MERGED_WITH'],
  ])('%s', (sentence, type) => {
    expect(madePairs(sentence, PUB, type)).toEqual([]);
  });

  it('a merger agreed stays', () => {
    expect(madePairs('Harlow Mills Inc and Dorrit Co agreed to merge.', PUB, 'MERGED_WITH')).toEqual([
      'Dorrit Co -> Harlow Mills Inc',
    ]);
  });
});

describe('one company merged into the other is no merger of equals', () => {
  it.each([['Harlow Mills Inc said Ostrel Ltd and Dorrit Co will be merged into its Quenby division.']])(
    '%s',
    (sentence) => {
      expect(madePairs(sentence, PUB, 'MERGED_WITH')).toEqual([]);
    },
  );

  it.each([
    ['Harlow Mills Inc and Dorrit Co agreed to merge into a new holding company.'],
    ['Harlow Mills Inc and Dorrit Co agreed to merge into a company with 2,800 staff.'],
  ])('a merger into a company made for it stays: %s', (sentence) => {
    expect(madePairs(sentence, PUB, 'MERGED_WITH')).toEqual(['Dorrit Co -> Harlow Mills Inc']);
  });
});

describe('an offer of another kind is no bid', () => {
  const bids = (sentence: string) => facts(run(sentence, PUB), 'ACQUIRED').map(pair);
  it.each([
    ['Harlow Mills Inc said it made its latest settlement offer to Dorrit Co on Saturday.'],
    ['Harlow Mills Inc made a compromise proposal to Dorrit Co last week.'],
  ])('%s', (sentence) => {
    expect(bids(sentence)).toEqual([]);
  });

  it('a bid for the company stays (told as an offer, not made)', () => {
    expect(bids('Harlow Mills Inc said it made its latest offer for Dorrit Co on Saturday.')).toEqual([
      'Harlow Mills Inc -> Dorrit Co',
    ]);
  });
});

describe('holders that joined a round stay investors', () => {
  it('"rejoint par ses investisseurs historiques, dont Y"', () => {
    const made = madePairs(
      "Ostrel lève 10 millions d'euros. Le tour de table est mené par le fonds Varenne Ventures, rejoint par ses investisseurs historiques, dont le family office Maison Brenac.",
      PUB,
      'FUNDED',
    );
    expect(made).toContain('Maison Brenac -> Ostrel');
  });
});
