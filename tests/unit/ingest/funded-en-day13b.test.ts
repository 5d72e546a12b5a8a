import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';
import { pairsByRule, sortedPairs } from './frames-test-helpers';

/**
 * Day thirteen, round two, FUNDED in English: members of the round named after its lead ("with follow-on
 * investment from A", "with A also participating", "A was joined by B", "led the round alongside returning backers
 * B"), lenders named after the loan noun or as the subject of a lending verb, a secondary sale of part of an
 * investor's shares, and an investor's record told in a relative clause.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

/** A headline and a lead about the company raising, then the sentence read. */
function inArticle(sentence: string, company = 'Farmlytics'): string[] {
  const title = `${company} raises $21 million`;
  const lead = `${company}, an agronomy analytics platform, today announced a $21 million Series A financing.`;
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
    .map(pair)
    .sort();
}

/** Facts read by the lender rules of this round, in an article about Helioterra. */
function lenderPairs(sentence: string): string[] {
  const title = 'Helioterra raises £85 million';
  const text = `${title}\n\nHelioterra, a solar developer, has secured £85 million.\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
    .filter((r) => LENDER_RULES.has(r.rule))
    .map(pair);
}

const LENDER_RULES = new Set([
  'en.funded.loan-noun-from',
  'en.funded.facility-lent-by',
  'en.funded.extended-loan-to',
  'en.funded.lent-to',
]);

describe('round members named after the lead', () => {
  test.each([
    'The round was co-led by Prairie Fund and Harvest Lane Ventures, with follow-on investment from seed investors Cornbelt Angels and Tamsin Rook.',
    'The round was led by Prairie Fund, with additional funding from Cornbelt Angels and Tamsin Rook.',
    'Prairie Fund led the round, with further investment from Cornbelt Angels and Tamsin Rook.',
    'The Series A was led by Prairie Fund, with existing investors Cornbelt Angels and Tamsin Rook also participating.',
    'The round was led by Prairie Fund, with Cornbelt Angels and Tamsin Rook also investing.',
    'Prairie Fund was joined by Cornbelt Angels and Tamsin Rook in the $21 million round.',
    'Prairie Fund was joined in the round by Cornbelt Angels and Tamsin Rook.',
    'Prairie Fund led the round alongside returning backers Cornbelt Angels and Tamsin Rook.',
    'Prairie Fund co-led the $21 million Series A alongside existing investors Cornbelt Angels and Tamsin Rook.',
  ])('%s', (sentence) => {
    const got = inArticle(sentence);
    expect(got).toContain('Cornbelt Angels -> Farmlytics');
    expect(got).toContain('Tamsin Rook -> Farmlytics');
    expect(got).not.toContain('Cornbelt Angels -> Prairie Fund');
  });

  test.each([
    'Prairie Fund was joined by Cornbelt Angels in its takeover bid for Harvest Lane.',
    'The company built its first models with help from Cornbelt Angels.',
    'Prairie Fund led the talks alongside its adviser Cornbelt Angels.',
    'Prairie Fund was joined by Cornbelt Angels at the conference.',
  ])('no round member: %s', (sentence) => {
    expect(inArticle(sentence)).not.toContain('Cornbelt Angels -> Farmlytics');
  });
});

describe('lenders named after the loan noun, or lending to a named borrower', () => {
  test.each([
    'The financing comprises a £60 million senior term loan from Northgate Bank and a £25 million green facility extended by the National Wealth Fund.',
    'The package also includes £60 million of debt from Northgate Bank and a £25 million credit line provided by the National Wealth Fund.',
    'A £60 million loan from Northgate Bank and a £25 million facility extended by the National Wealth Fund complete the financing.',
  ])('%s', (sentence) => {
    const got = inArticle(sentence, 'Helioterra');
    expect(got).toContain('Northgate Bank -> Helioterra');
    expect(got).toContain('National Wealth Fund -> Helioterra');
  });

  test.each([
    'Great Lakes Commerce Bank extended a $40 million credit line to Maple & Rye in 2025.',
    'Great Lakes Commerce Bank has provided a $40 million loan to Maple & Rye.',
    'Great Lakes Commerce Bank lent $40 million to Maple & Rye last year.',
    'Great Lakes Commerce Bank will also grant a $40 million credit facility to Maple & Rye.',
  ])('%s', (sentence) => {
    expect(funded(sentence)).toContain('Great Lakes Commerce Bank -> Maple & Rye');
  });

  test.each([
    'Helioterra leases a £2 million storage facility from Northgate Bank.',
    'Great Lakes Commerce Bank extended a $40 million supply contract to Maple & Rye.',
    'Great Lakes Commerce Bank extended its partnership with Maple & Rye.',
  ])('no lender: %s', (sentence) => {
    // a storage facility is no loan: the lender rules leave it (a frame reader may still read "from" as a giver)
    const got = lenderPairs(sentence);
    expect(got).not.toContain('Northgate Bank -> Helioterra');
    expect(got).not.toContain('Great Lakes Commerce Bank -> Maple & Rye');
  });
});

describe('a secondary sale of part of an investor shares', () => {
  test.each([
    'As part of the transaction, early backer Lakeshore Seed Fund sold a portion of its shares to Granary Partners in a secondary sale.',
    'Lakeshore Seed Fund has sold part of its stake to Granary Partners.',
    'Lakeshore Seed Fund also sold half of its holding to Granary Partners.',
  ])('%s', (sentence) => {
    const got = inArticle(sentence);
    expect(got).toContain('Granary Partners -> Farmlytics');
    expect(got).toContain('Lakeshore Seed Fund -> Farmlytics');
  });

  test('a part of a stake in a named company: the seller held it', () => {
    // the buyer is read by the deal rule "sold … to B" as a purchase (en.acquired.sold-to), not here
    const got = funded('Lakeshore Seed Fund sold part of its stake in Farmlytics to Granary Partners.');
    expect(got).toContain('Lakeshore Seed Fund -> Farmlytics');
  });

  test.each([
    'Lakeshore Seed Fund sold a portion of its products to Granary Partners.',
    'Lakeshore Seed Fund sold a portion of its farmland to Granary Partners.',
  ])('no holding sold: %s', (sentence) => {
    expect(inArticle(sentence)).not.toContain('Granary Partners -> Farmlytics');
  });
});

describe('an investor record told in a relative clause', () => {
  test.each([
    [
      'Northgate Ventures, which also backs accounting platform Sumly, first invested in 2022.',
      'Northgate Ventures -> Sumly',
    ],
    [
      'Elmstone Capital, which backed digital pharmacy Pillbox at seed stage, raised a second fund.',
      'Elmstone Capital -> Pillbox',
    ],
    [
      'Lakeside Growth, which has previously funded Pillbox, said it expected growth.',
      'Lakeside Growth -> Pillbox',
    ],
    [
      'Lunaria raised €30mn from Tiverton Growth, the London investor that also backs the shoe brand Maréla.',
      'Tiverton Growth -> Maréla',
    ],
  ])('%s', (sentence, expected) => {
    expect(funded(sentence)).toContain(expected);
  });

  test.each([
    'Kestrel Capital, which backed the merger of Paywell and Haulwise, declined to comment.',
    'Kestrel Capital, which is backed by Paywell, declined to comment.',
    "Kestrel Capital, which backed Paywell's offer for Haulwise, declined to comment.",
    'Its chairman is a former chief executive of Kestrel Capital, who backed Paywell as an angel investor.',
  ])('no record: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).not.toContain('Kestrel Capital -> Paywell');
    expect(got).not.toContain('Kestrel Capital -> Haulwise');
  });
});

describe('a list of investors broken by a relative clause on its first member', () => {
  test.each([
    'Its backers include venture firm Pellucid Capital, which led a $40 million funding round in the company in 2023, and defence investor Ironbridge Partners.',
    "Farmlytics's investors include Pellucid Capital, which led its seed round, and Ironbridge Partners.",
    'Its other shareholders include Dutch venture firm Pellucid Capital, which led the first funding round in 2019, and family office Ironbridge Partners.',
    'Its existing backers are Pellucid Capital, who first invested in 2021, and Ironbridge Partners.',
  ])('%s', (sentence) => {
    const got = inArticle(sentence);
    expect(got).toContain('Pellucid Capital -> Farmlytics');
    expect(got).toContain('Ironbridge Partners -> Farmlytics');
  });

  test.each([
    'Its customers include Pellucid Capital, which signed up in 2023, and Ironbridge Partners.',
    'Its rivals include Pellucid Capital, which raised $40 million in 2023, and Ironbridge Partners.',
  ])('not investors: %s', (sentence) => {
    expect(inArticle(sentence)).not.toContain('Ironbridge Partners -> Farmlytics');
  });
});

describe('a loan paying for a purchase funds the buyer, not the company bought', () => {
  function article(second: string): string[] {
    const title = 'Meridian Health Partners to buy Verano Care for $900 million';
    const text = `${title}\n\nMeridian Health Partners said on Monday it agreed to buy home-care group Verano Care for $900 million.\n\nVerano Care operates 40 clinics in Texas.\n\n${second}`;
    return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
      .map(pair)
      .sort();
  }

  test.each([
    'He said the company would fund the purchase with cash on hand and a $250 million credit facility provided by JPMorgan Chase.',
    'The company will finance the acquisition with a $250 million term loan from JPMorgan Chase.',
    'It will pay for the deal with cash and a $250 million bridge loan arranged by JPMorgan Chase.',
  ])('%s', (sentence) => {
    const got = article(sentence);
    expect(got).toContain('JPMorgan Chase -> Meridian Health Partners');
    expect(got).not.toContain('JPMorgan Chase -> Verano Care');
  });

  test('a buyer that was bought itself in the past keeps the loan of its purchase', () => {
    const title = 'Polaris Payments to buy Tillcard';
    const text = `${title}\n\nPolaris Payments agreed to buy Tillcard for $600 million.\n\nAdvent International acquired Polaris Payments in 2019.\n\nPolaris Payments will fund the purchase with a mix of cash and new debt arranged by Barclays.`;
    const got = facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED').map(pair);
    expect(got).toContain('Barclays -> Polaris Payments');
    expect(got).not.toContain('Barclays -> Advent International');
  });

  test('an earlier round of the company bought stays its own', () => {
    const got = article('Verano Care raised $40 million from JPMorgan Chase in 2021.');
    expect(got).toContain('JPMorgan Chase -> Verano Care');
    expect(got).not.toContain('JPMorgan Chase -> Meridian Health Partners');
  });
});

describe('a backing told by the second verb of the company clause', () => {
  test.each([
    [
      'Finch Orthopedics was spun out of the University of Michigan in 2015 and is backed by Frazier Healthcare.',
      'Frazier Healthcare -> Finch Orthopedics',
    ],
    [
      'Founded in 2015 by Fatima Al-Sayed, Medisync makes scheduling software for hospitals and is backed by Lightwave Partners and Crestmoor Capital.',
      'Crestmoor Capital -> Medisync',
    ],
    [
      'Sensira opened its first lab in Helsinki in 2019 and has since been funded by Lifeline Ventures.',
      'Lifeline Ventures -> Sensira',
    ],
    [
      'Kinetik Rehab employs 80 people and was financed by Voima Health Partners.',
      'Voima Health Partners -> Kinetik Rehab',
    ],
  ])('%s', (sentence, expected) => {
    expect(funded(sentence)).toContain(expected);
  });

  test.each([
    [
      'Finch Orthopedics was spun out of the University of Michigan and is backed by Frazier Healthcare.',
      'Frazier Healthcare -> University of Michigan',
    ],
    [
      'Medisync bought Carebridge in 2021 and is backed by Lightwave Partners.',
      'Lightwave Partners -> Carebridge',
    ],
    [
      'Medisync competes with Carebridge and is backed by Lightwave Partners.',
      'Lightwave Partners -> Carebridge',
    ],
  ])('not the company backed: %s', (sentence, refused) => {
    // "Medisync bought Carebridge … and is backed by L": the object of a buying verb is no subject (the rule stops;
    // the plain "Y is backed by" rule reads it apart)
    expect(pairsByRule(sentence, 'FUNDED', 'en.funded.and-is-backed-by')).not.toContain(refused);
  });
});

describe('the relative record stops before a reporting clause', () => {
  test('"X, which backed A, B Corp said" funds A only', () => {
    const got = funded(
      'Harwell Capital, which also backs payroll app Lumora, Tessaline Corp said on Tuesday.',
    );
    expect(got).toEqual(['Harwell Capital -> Lumora']);
  });
});
