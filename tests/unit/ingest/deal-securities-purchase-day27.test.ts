/**
 * Day twenty-seven (real text): an investor's securities of a company bought with no control told (a sum spent on its
 * stock, counted preference or convertible shares, a money-sized equity interest) are a FUNDED, not a takeover
 * ("agreed to buy 40 mln dlrs of Ostrand convertible preferred shares", "a acquis 150 000 actions de préférence de Y";
 * relations/deal-securities-purchase.ts); a warrant's verb read as a unit's purchase of its buyer stays an option
 * (relations/deal-option-guard.ts). Sentences written for these tests.
 */
import { facts, madePairs, run, typedDealPairs } from './helpers';

const DAY = '1987-03-04';

describe('counted shares or a sum of securities bought are an investment', () => {
  it.each([
    [
      'NEW YORK, March 4 - Halden Partners said it bought 412,300 Corvane Industries preferred shares on March 2 and 3.',
      'FUNDED Halden Partners -> Corvane Industries',
    ],
    [
      'CHICAGO, March 4 - Brightwater Capital Corp said it has agreed to buy 40 mln dlrs of Ostrand Corp convertible preferred shares.',
      'FUNDED Brightwater Capital Corp -> Ostrand Corp',
    ],
    [
      'BOSTON, March 4 - Kessel Holdings Inc said it purchased a five mln dlr equity interest in Lumetric Inc at market price.',
      'FUNDED Kessel Holdings Inc -> Lumetric Inc',
    ],
    [
      'DALLAS, March 4 - Pardee Investment Co said it acquired 20 mln dlrs of cumulative preferred stock of Dorvia Corp.',
      'FUNDED Pardee Investment Co -> Dorvia Corp',
    ],
    [
      'NEW YORK, March 4 - Halden Partners said it bought 412,300 convertible preferred shares of Corvane Industries.',
      'FUNDED Halden Partners -> Corvane Industries',
    ],
  ])('%s', (text, want) => {
    const deals = typedDealPairs(text, DAY);
    expect(deals).toContain(want);
    expect(deals).not.toContain(want.replace('FUNDED', 'ACQUIRED'));
  });

  it('takes the sum spent on the securities, not an earlier sum of the clause', () => {
    const text =
      'HOUSTON, March 4 - Arlen Industries Inc said it will receive a special dividend of 50 mln dlrs from its unit and it has agreed to buy 25 mln dlrs of Tessaly PLC convertible preference shares.';
    const funded = facts(run(text, DAY), 'FUNDED').filter((r) => r.target === 'Tessaly PLC');
    expect(funded.map((r) => [r.source, r.amount])).toEqual([['Arlen Industries Inc', 25000000]]);
  });

  it('reads a French count of shares bought the same way', () => {
    const text =
      'LYON, 4 mars - Le fonds Garance Capital a acquis 150 000 actions de préférence de la société Velorix SA.';
    const deals = typedDealPairs(text, DAY);
    expect(deals).toContain('FUNDED Garance Capital -> Velorix SA');
    expect(deals).not.toContain('ACQUIRED Garance Capital -> Velorix SA');
  });

  it('keeps a French company bought for a sum a takeover', () => {
    const text = "PARIS, 4 mars - Le groupe Arvel a racheté la société Velorix SA pour 20 millions d'euros.";
    expect(typedDealPairs(text, DAY)).toEqual(['ACQUIRED Arvel -> Velorix SA']);
  });

  it('keeps preference shares that give control a takeover', () => {
    const text =
      'NEW YORK, March 4 - Halden Partners said it bought 4.1 mln preferred shares of Corvane Industries, giving it 62 pct of the company.';
    const deals = typedDealPairs(text, DAY);
    expect(deals).toContain('ACQUIRED Halden Partners -> Corvane Industries');
    expect(deals).not.toContain('FUNDED Halden Partners -> Corvane Industries');
  });

  it('leaves counted common shares to the purchase rules, as the Reuters acquisition keys read them', () => {
    const text =
      'NEW YORK, March 4 - Halden Partners said it bought 412,300 Corvane Industries common shares on March 2 and 3 at 11 dlrs a share.';
    expect(typedDealPairs(text, DAY)).not.toContain('FUNDED Halden Partners -> Corvane Industries');
  });

  it('keeps a company bought for a sum a takeover', () => {
    const text =
      'CHICAGO, March 4 - Brightwater Capital Corp said it has agreed to buy Ostrand Corp for 40 mln dlrs in cash.';
    expect(typedDealPairs(text, DAY)).toEqual(['ACQUIRED Brightwater Capital Corp -> Ostrand Corp']);
  });

  it('does not read the shares of warrants paid to a seller as an investment in the buyer', () => {
    const text =
      'TULSA, March 4 - Arlen Industries Inc said it agreed to sell its Pike and Morrow security subsidiaries to Tessaly PLC for 300 mln dlrs and warrants to purchase one mln Tessaly ordinary shares.';
    const deals = typedDealPairs(text, DAY);
    expect(deals).not.toContain('FUNDED Tessaly PLC -> Pike');
    expect(deals).not.toContain('FUNDED Tessaly PLC -> Morrow');
    expect(deals).not.toContain('FUNDED Arlen Industries Inc -> Tessaly PLC');
  });
});

describe("a warrant's verb is no unit's purchase", () => {
  it('leaves the units sold to the buyer and no made purchase of the buyer by a unit', () => {
    const text =
      'TULSA, March 4 - Arlen Industries Inc said it agreed to sell its Pike and Morrow security subsidiaries to Tessaly PLC for 300 mln dlrs and warrants to purchase one mln Tessaly ordinary shares.';
    const made = madePairs(text, DAY, 'ACQUIRED');
    expect(made).toContain('Tessaly PLC -> Morrow');
    expect(made).not.toContain('Morrow -> Tessaly PLC');
  });

  it('keeps a purchase paid with warrants as told', () => {
    const text =
      'DENVER, March 4 - Quarry Hill Corp said it acquired Benton Mills Inc for 20 mln dlrs and warrants to acquire two mln Quarry Hill shares.';
    expect(madePairs(text, DAY, 'ACQUIRED')).toContain('Quarry Hill Corp -> Benton Mills Inc');
  });
});
