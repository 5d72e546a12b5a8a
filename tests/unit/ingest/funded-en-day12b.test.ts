import { sortedPairs } from './frames-test-helpers';

/**
 * Day twelve (b), English FUNDED: an investor's record of rounds it led in named companies, the lender of the
 * round's debt told with the loan noun (the borrower is the article's round company, not the investor named just
 * before), joiners of a round told without its company, and money raised from a backed investor.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('rounds an investor led in named companies', () => {
  const lead = 'Kredyto raised €32m from Ribbit Capital. ';
  test.each([
    'Ribbit led rounds in Bankfold and Treasure Labs last year.',
    'Ribbit has also co-led seed rounds in Bankfold and Treasure Labs.',
    'Ribbit has invested in Paystream and Coverly, and led rounds in Bankfold and Treasure Labs.',
    'Ribbit has backed Paystream and headed a €10m round in Bankfold and Treasure Labs last year.',
  ])('%s', (sentence) => {
    const got = funded(lead + sentence);
    expect(got).toContain('Ribbit Capital -> Bankfold');
    expect(got).toContain('Ribbit Capital -> Treasure Labs');
    expect(got).not.toContain('Kredyto -> Bankfold');
  });

  test('a pronoun that may land on the company raising is not read as the leader', () => {
    expect(funded(`${lead}It has also led rounds in Bankfold and Treasure Labs.`)).not.toContain(
      'Kredyto -> Bankfold',
    );
  });

  test('a round led by others is no record of the company: "Bankfold\'s round was led by Ribbit"', () => {
    expect(funded(`${lead}Bankfold's seed round in Warsaw was led by Ribbit.`)).not.toContain(
      'Bankfold -> Warsaw',
    );
  });
});

describe("the lender of the round's debt, told with the loan noun", () => {
  const lead =
    'Kredyto has raised €32m in equity from Lindenhof Ventures. Fintech fund Northway has also backed it. ';
  test.each([
    ['The debt facility comes from Atlas Credit Partners and German bank Hanseatic Kreditbank.', true],
    ['The €120m loan is provided by Atlas Credit Partners and Hanseatic Kreditbank.', true],
    ['The credit line was arranged by Atlas Credit Partners and Hanseatic Kreditbank.', true],
    ['Atlas Credit Partners and Hanseatic Kreditbank are providing a €120m credit line.', true],
  ])('%s', (sentence) => {
    const got = funded(lead + sentence);
    expect(got).toContain('Atlas Credit Partners -> Kredyto');
    expect(got).toContain('Hanseatic Kreditbank -> Kredyto');
    expect(got).not.toContain('Atlas Credit Partners -> Northway');
  });

  test.each([
    'The idea comes from Atlas Credit Partners.',
    'Atlas Credit Partners is providing loans to farmers.',
  ])('no loan of the round: %s', (sentence) => {
    expect(funded(lead + sentence)).not.toContain('Atlas Credit Partners -> Kredyto');
  });
});

describe('joiners of the round told without its company', () => {
  const lead = 'Kredyto has raised €32m in equity. ';
  test.each([
    'The equity round was led by Berlin-based Lindenhof Ventures and joined by Baltic Growth Partners and Vistula Capital, both returning backers.',
    'The round was co-led by Lindenhof Ventures, and was also backed by Baltic Growth Partners and Vistula Capital.',
    'The financing was led by Lindenhof Ventures and followed by Baltic Growth Partners and Vistula Capital.',
  ])('%s', (sentence) => {
    const got = funded(lead + sentence);
    expect(got).toContain('Lindenhof Ventures -> Kredyto');
    expect(got).toContain('Baltic Growth Partners -> Kredyto');
    expect(got).toContain('Vistula Capital -> Kredyto');
  });

  test.each([
    'Fintech-focused fund Northway has also put money in, as has angel investor Cedric Lambert.',
    'Northway also ploughed fresh capital into the round.',
    'Northway also chipped in.',
  ])('%s', (sentence) => {
    expect(funded(lead + sentence)).toContain('Northway -> Kredyto');
  });

  test('money put into a named other company is not the round: "Northway put money into Sklepfin"', () => {
    expect(funded(`${lead}Northway put money into Sklepfin last year.`)).not.toContain('Northway -> Kredyto');
  });
});

describe('money raised from a backed investor', () => {
  test.each([
    'Coldhub raised $30 million from Sequoia-backed Arcadia Capital last year.',
    'Coldhub raised $30 million from the SoftBank-funded fund Arcadia Capital last year.',
    'Coldhub has secured a €12m investment from Sequoia-backed Arcadia Capital.',
  ])('%s', (text) => {
    const got = funded(text);
    expect(got).toContain('Arcadia Capital -> Coldhub');
    expect(got).not.toContain('Sequoia -> Coldhub');
    expect(got).not.toContain('SoftBank -> Coldhub');
  });

  test('two investors named plainly both fund the company', () => {
    const got = funded('Coldhub raised $30 million from Sequoia and Arcadia Capital last year.');
    expect(got).toEqual(['Arcadia Capital -> Coldhub', 'Sequoia -> Coldhub']);
  });
});

describe('a passive backing with its verb left out in the second clause', () => {
  test.each([
    'Carebridge is backed by Kestrel Ventures, which led its £18 million Series B in 2024, and Medisync by the Irish fund Lisnagry Capital.',
    'Carebridge is backed by Kestrel Ventures and Medisync by Lisnagry Capital.',
    'Carebridge was funded by Kestrel Ventures, while Medisync was by the Irish fund Lisnagry Capital.',
  ])('%s', (text) => {
    const got = funded(text);
    expect(got).toContain('Kestrel Ventures -> Carebridge');
    expect(got).toContain('Lisnagry Capital -> Medisync');
    expect(got).not.toContain('Medisync -> Carebridge');
    expect(got).not.toContain('Lisnagry Capital -> Carebridge');
  });

  test('a plain list of backers stays whole', () => {
    expect(funded('Carebridge is backed by Kestrel Ventures, Atlas Partners and Lisnagry Capital.')).toEqual([
      'Atlas Partners -> Carebridge',
      'Kestrel Ventures -> Carebridge',
      'Lisnagry Capital -> Carebridge',
    ]);
  });
});

describe('a raise told as the time of another move of the company', () => {
  test.each([
    [
      'Kuravia, a Berlin startup whose app lets families book nurses and carers for elderly relatives at home, is launching in France this week after raising €18 million from Helix Health Ventures and Amsel Capital.',
      ['Amsel Capital -> Kuravia', 'Helix Health Ventures -> Kuravia'],
    ],
    [
      'Kuravia is expanding to Spain after securing $5 million from Helix Health Ventures.',
      ['Helix Health Ventures -> Kuravia'],
    ],
    [
      'Kuravia said it would hire 40 people after closing a €10m round from Amsel Capital.',
      ['Amsel Capital -> Kuravia'],
    ],
  ])('%s', (text, pairs) => {
    expect(funded(text)).toEqual(pairs);
  });

  test('a gerund of no money is no raise: "after receiving approval from"', () => {
    expect(
      funded('Kuravia is launching in Spain after receiving approval from Helix Health Ventures.'),
    ).toEqual([]);
  });
});

describe('a shareholder told by a relative clause whose stake names no company', () => {
  test.each([
    'Corvane has been under pressure from activist investor Trellis Capital, which built a 6% stake last year and has pushed the company to sell its orthopaedics division.',
    'Corvane faces a proxy fight with Trellis Capital, which holds a 6.5% stake.',
    'Corvane is in talks with hedge fund Trellis Capital, which has amassed a 9 percent holding.',
  ])('%s', (text) => {
    expect(funded(text)).toContain('Trellis Capital -> Corvane');
  });

  test('a stake in another named company is that company\'s: "which holds a 6% stake in Medline"', () => {
    const got = funded('Corvane hired Trellis Capital, which holds a 6% stake in Medline.');
    expect(got).toContain('Trellis Capital -> Medline');
    expect(got).not.toContain('Trellis Capital -> Corvane');
  });
});
