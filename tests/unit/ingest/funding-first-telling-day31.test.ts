/**
 * Day thirty-one, funding (second round): a loan or grant told of "the company" right after the round's investors
 * goes to the company that raised the round, not to an investor the pointer landed on, even when that investor's
 * own funding is kept from a surer, later sentence (frames/funded-investor-not-company.ts reads where each funding
 * was first told); "and Japanese trading house B" is a list member like "and venture firm B"
 * (pattern-list-member.ts). Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text, '2026-11-20'), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const EN_ROUND =
  'Harlow Robotics Inc said on Monday it had raised $30 million in a Series B round led by Pennant Capital.';

describe('a loan after the round goes to the round’s company', () => {
  it('English: the investor re-told later as a past lead does not take the loan', () => {
    const text = [
      EN_ROUND,
      'Existing investors Thornfield Ventures and Korean trading house Daeyang Corp also took part.',
      'The company also secured a $10 million loan from Barclays.',
      'Harlow’s previous round, a $9 million Series A in 2023, was led by Thornfield Ventures.',
    ].join(' ');
    const got = funded(text);
    expect(got).toContain('Barclays -> Harlow Robotics Inc');
    expect(got).not.toContain('Barclays -> Thornfield Ventures');
    expect(got).toContain('Thornfield Ventures -> Harlow Robotics Inc');
  });

  it('French: the same order of tellings', () => {
    const text = [
      'La start-up nantaise Ondalys a annoncé lundi avoir levé 12 millions d’euros lors d’un tour mené par Ouest Croissance.',
      'Les investisseurs historiques Garonne Ventures et Breizh Capital ont aussi participé.',
      'La société a par ailleurs obtenu un prêt de 3 millions d’euros de BNP Paribas.',
      'Le précédent tour d’Ondalys, en 2023, avait été mené par Garonne Ventures.',
    ].join(' ');
    const got = funded(text);
    expect(got).toContain('BNP Paribas -> Ondalys');
    expect(got).not.toContain('BNP Paribas -> Garonne Ventures');
  });

  it('near miss: a company the loan sentence names keeps the loan', () => {
    const text = [
      EN_ROUND,
      'Existing investors Thornfield Ventures and Korean trading house Daeyang Corp also took part.',
      'Thornfield Ventures itself secured a $50 million credit line from Barclays last month.',
    ].join(' ');
    expect(funded(text)).toContain('Barclays -> Thornfield Ventures');
  });
});

describe('a trading house in a list of investors', () => {
  it('reads both members', () => {
    const text = `${EN_ROUND} Existing investors Thornfield Ventures and Japanese trading house Mitsuoka Corp also took part.`;
    const got = funded(text);
    expect(got).toContain('Thornfield Ventures -> Harlow Robotics Inc');
    expect(got).toContain('Mitsuoka Corp -> Harlow Robotics Inc');
  });

  it('near miss: a trading house named in the next sentence is no investor', () => {
    const text = `${EN_ROUND} Existing investor Thornfield Ventures also took part. Korean trading house Daeyang Corp declined to comment.`;
    expect(funded(text)).not.toContain('Daeyang Corp -> Harlow Robotics Inc');
  });
});
