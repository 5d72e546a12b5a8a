import type { Sentence } from '../../../ingest/sentences';
import { boughtAsGoods } from '../../../ingest/relations/deal-goods-guard';
import { partyIsNextSpeaker } from '../../../ingest/relations/deal-speaker-guard';
import { EN_FUNDED_HOLDER_RULES } from '../../../ingest/relations/frames/funded-holder-rules';
import { facts, madePairs, pair, run } from './helpers';

/**
 * Sentences written for these tests, after false deals read on Reuters wire copy: an option, a warrant or a right
 * to buy told as a purchase; a regulator that allowed someone's takeover taken as the buyer; a seller's minority
 * stake told as a takeover.
 */

describe('an option, a warrant or a right to buy is no deal until exercised', () => {
  it.each([
    ['Harlow Mills Inc owns warrants to purchase 3 mln Quenby Corp shares at 35 dlrs.'],
    ['Quenby Corp also granted Harlow Mills Inc an option to buy two mln Quenby shares.'],
    ["Dorrit Co said it has an option to acquire Quenby Corp's pump business."],
    ['Quenby Corp will grant Harlow Mills Inc a five-year warrant to purchase one mln Quenby common shares.'],
    ["Harlow Mills Inc holds the right to buy Quenby Corp's remaining shares in 2028."],
    ["Le groupe Varenne dispose d'une option pour racheter Ostrel d'ici 2028."],
  ])('%s', (sentence) => {
    const deals = facts(run(sentence, '2026-03-01'), 'ACQUIRED');
    expect(deals.length).toBeGreaterThan(0);
    for (const d of deals) expect(d.status).toBe('rumoured');
  });

  it.each([
    ['Harlow Mills Inc said it exercised its option to acquire Quenby Corp for 40 mln dlrs.'],
    ['Harlow Mills Inc will exercise an option to buy all of the stock of Quenby Corp.'],
    [
      'Harlow Mills Inc acquired Quenby Corp for 12 mln dlrs in cash and warrants to buy 200,000 Harlow Mills shares.',
    ],
    ['Varenne a levé son option pour racheter Ostrel.'],
  ])('exercised or paid with warrants, the deal stands: %s', (sentence) => {
    const made = madePairs(sentence, '2026-03-01', 'ACQUIRED');
    expect(made.some((p) => /^(Harlow Mills Inc|Varenne) -> (Quenby Corp|Ostrel)$/.test(p))).toBe(true);
  });

  it('warrants given in payment leave the sale to the buyer', () => {
    const made = madePairs(
      'Dorrit Co agreed to sell its Quenby Corp unit to Harlow Mills Inc for 400 mln dlrs and warrants to purchase two mln Harlow Mills shares.',
      '2026-03-01',
      'ACQUIRED',
    );
    expect(made).toContain('Harlow Mills Inc -> Quenby Corp');
  });
});

describe('a regulator that allows a takeover by someone else is not the buyer', () => {
  it.each([
    [
      'Investment Canada said it has allowed the indirect takeover of Quenby Corp, Dorrit Co and Ostrel Ltd by Harlow Mills Inc.',
      'Investment Canada',
    ],
    [
      'The Commerce Ministry permitted the takeover of Quenby Corp, a valve maker, and Dorrit Co by Harlow Mills Inc.',
      'Commerce Ministry',
    ],
    [
      "L'Autorité de la concurrence a autorisé le rachat d'Ostrel, de Brenac et de Selvia par le groupe Varenne.",
      'Autorité de la concurrence',
    ],
  ])('%s', (sentence, regulator) => {
    for (const d of facts(run(sentence, '2026-03-01'), 'ACQUIRED')) expect(d.source).not.toContain(regulator);
  });

  it('the buyer named after "by" is kept', () => {
    expect(
      madePairs(
        'The Federal Reserve Board said it authorized the acquisition of Quenby Bancorp by Harlow Financial Corp.',
        '2026-03-01',
        'ACQUIRED',
      ),
    ).toEqual(['Harlow Financial Corp -> Quenby Bancorp']);
  });

  it('a buyer that completed its own acquisition keeps it', () => {
    expect(
      madePairs(
        'Harlow Mills Inc said it completed the acquisition of Quenby Corp.',
        '2026-03-01',
        'ACQUIRED',
      ),
    ).toEqual(['Harlow Mills Inc -> Quenby Corp']);
  });
});

describe("a seller's stake below half bought by X is an investment", () => {
  const wire =
    'WELLINGTON, March 12 - <Renouf Corp Ltd> said it sold its 10.83 pct stake in <Quenby Corp Ltd> to <Harlow Mills Ltd>, (HML), for 207.7 mln N.Z. Dlrs.';

  it('below half: FUNDED, no takeover', () => {
    const a = run(wire, '1987-03-12');
    expect(facts(a, 'FUNDED').map(pair)).toContain('Harlow Mills Ltd -> Quenby Corp Ltd');
    expect(facts(a, 'ACQUIRED').map(pair)).not.toContain('Harlow Mills Ltd -> Quenby Corp Ltd');
  });

  it('above half it stays a takeover', () => {
    expect(
      madePairs(
        'Renouf Corp said it has agreed to sell its 62 pct interest in Quenby Corp to Harlow Mills Inc.',
        '2026-03-01',
        'ACQUIRED',
      ),
    ).toContain('Harlow Mills Inc -> Quenby Corp');
  });
});

describe('goods counted by a sum or a measure are no company bought', () => {
  it.each([
    [
      'NEW YORK, April 1 - The Federal Reserve bought about 550 mln dlrs of U.S. Treasury bills for a customer.',
    ],
    [
      'Harlow Mills Inc <HMI> said it had bought 310 mln dlrs worth of <Quenby Foods Inc> wheat and soybeans.',
    ],
    ['Last year, Harlow Petroleum Corp bought 120,000 tonnes of <Quenby Heavy> through <Dorrit Trading Co>.'],
  ])('%s', (sentence) => {
    expect(madePairs(sentence, '1987-04-01', 'ACQUIRED')).toEqual([]);
  });

  it('a sum of shares is a stake, still read', () => {
    expect(
      madePairs(
        'Harlow Mills Inc <HMI> said it had bought 31 mln dlrs worth of <Quenby Foods Inc> common shares.',
        '1987-04-01',
        'ACQUIRED',
      ),
    ).toEqual(['Harlow Mills Inc -> Quenby Foods Inc']);
  });

  it('the guard reads the count right before a party, in either language', () => {
    const en = 'Dorrit Trading Co has purchased 1.5 mln barrels of Quenby Heavy for April shipment.';
    const fr = 'Le groupe Varenne a acheté 10 000 tonnes de Blés Ostrel.';
    expect(boughtAsGoods(whole(en), span(en), ['Dorrit Trading Co', 'Quenby Heavy'])).toBe(true);
    expect(boughtAsGoods(whole(fr), span(fr), ['Varenne', 'Blés Ostrel'])).toBe(true);
    const deal = 'Dorrit Trading Co has purchased Quenby Heavy for 1.5 mln dlrs.';
    expect(boughtAsGoods(whole(deal), span(deal), ['Dorrit Trading Co', 'Quenby Heavy'])).toBe(false);
  });
});

describe('an audience before a comma is no list of holders', () => {
  const apposed = EN_FUNDED_HOLDER_RULES.find((r) => r.id === 'en.funded.holders-apposed')!;

  it.each([
    [
      'In remarks prepared for delivery to shareholders, President Harlan Reeve said Quenby Corp would cut costs.',
      'President Harlan Reeve',
    ],
    [
      'Addressing a gathering of analysts and institutional investors, Reeve also said sales were on track.',
      'Reeve',
    ],
    ['Devant les actionnaires, Pierre Roux a déclaré que le groupe tiendrait ses objectifs.', 'Pierre Roux'],
  ])('%s', (sentence, name) => {
    const end = sentence.indexOf(name) + name.length;
    expect(partyIsNextSpeaker(apposed, whole(sentence), { start: 0, end })).toBe(true);
  });

  it('holders apposed to the noun, with their own verb after a comma, stay holders', () => {
    const sentence =
      "Quenby Corp's backers, including Harlow Capital and Dorrit Ventures, will be repaid first.";
    const end = sentence.indexOf('Dorrit Ventures') + 'Dorrit Ventures'.length;
    expect(partyIsNextSpeaker(apposed, whole(sentence), { start: 0, end })).toBe(false);
    expect(madePairs(sentence, '2026-03-01', 'FUNDED')).toEqual([
      'Dorrit Ventures -> Quenby Corp',
      'Harlow Capital -> Quenby Corp',
    ]);
  });
});

function whole(text: string): Sentence {
  return { text, start: 0, end: text.length };
}

function span(text: string): { start: number; end: number } {
  return { start: 0, end: text.length };
}

describe('an attempt or an effort to buy is no deal yet', () => {
  it.each([
    ['Harlow Mills Inc said it is continuing its efforts to acquire Quenby Corp.'],
    ['Harlow Mills Inc made a new attempt to buy Quenby Corp last week.'],
    ['Le groupe Varenne poursuit sa tentative de racheter Ostrel.'],
  ])('%s', (sentence) => {
    const deals = facts(run(sentence, '2026-03-01'), 'ACQUIRED');
    expect(deals.length).toBeGreaterThan(0);
    for (const d of deals) expect(d.status).toBe('rumoured');
  });

  it('a successful attempt is the deal made', () => {
    expect(
      madePairs(
        'Harlow Mills Inc, in a successful attempt to acquire Quenby Corp, bought 80 pct of it.',
        '2026-03-01',
        'ACQUIRED',
      ),
    ).toEqual(['Harlow Mills Inc -> Quenby Corp']);
  });
});
