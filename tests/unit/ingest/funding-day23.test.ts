import { facts, madePairs, pair, run } from './helpers';

/**
 * Day twenty-three, FUNDED: a shareholding told as a list of holders each with its own share
 * (`frames/funded-share-list.ts`, `values/listed-share.ts`); the subscribers of an issue named beside its arranger
 * and its rating agency (`frames/issue-other-agents.ts`, with the apposition guard of `relative-clause.ts`); a town
 * or a facility's place as a funding party (`party-territory-guard.ts`).
 */

const PUBLISHED = '2026-03-10';

/** The stake read on the FUNDED fact source → target, or null. */
function stakeOf(text: string, source: string, target: string): number | null {
  const found = facts(run(text, PUBLISHED), 'FUNDED').find((r) => pair(r) === `${source} -> ${target}`);
  return (found as { stake?: number } | undefined)?.stake ?? null;
}

describe('a shareholding told as a list of holders and their shares', () => {
  test.each([
    [
      "Le groupe Fromageries Vallat a repris la laiterie. Vallat Industries est aujourd'hui détenu à 52 % par la famille Vallat, à 30 % par Unigrains Développement et à 18 % par Siparex Croissance.",
      ['Siparex Croissance -> Vallat Industries', 'Unigrains Développement -> Vallat Industries'],
    ],
    [
      'La biotech Oncoval poursuit ses essais. Détenue à 70 % par Sanofi Ventures et à 20 % par Kurma Partners, Oncoval Therapeutics emploie 40 chercheurs.',
      ['Kurma Partners -> Oncoval Therapeutics'],
    ],
    [
      "Meridia Foods grew fast. Ontario Teachers' Capital owns 45% of Meridia Foods Ltd, Mitsui Ventures 30% and Redwood Equity Partners the rest.",
      [
        'Mitsui Ventures -> Meridia Foods Ltd',
        "Ontario Teachers' Capital -> Meridia Foods Ltd",
        'Redwood Equity Partners -> Meridia Foods Ltd',
      ],
    ],
    [
      'Tidalwave Systems expanded. Northbay Capital holds roughly 22% of Tidalwave Systems Inc and Granite Ridge Partners 12%, while Kobe Electric, a partner since 2021, owns 8%.',
      [
        'Granite Ridge Partners -> Tidalwave Systems Inc',
        'Kobe Electric -> Tidalwave Systems Inc',
        'Northbay Capital -> Tidalwave Systems Inc',
      ],
    ],
  ])('each minority holder funds the company: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(expected);
  });

  test('a holder at more than half controls the company and is no backer', () => {
    const text =
      'La biotech Oncoval poursuit ses essais. Détenue à 70 % par Sanofi Ventures et à 20 % par Kurma Partners, Oncoval Therapeutics emploie 40 chercheurs.';
    expect(madePairs(text, PUBLISHED, 'FUNDED')).not.toContain('Sanofi Ventures -> Oncoval Therapeutics');
  });

  test('a list of market shares funds no one', () => {
    const text =
      'Heat pumps are booming. Nordvarme Group holds about 31% of installed units, Kjeldsen Energi 19% and Lampo Industries 14%, according to a survey.';
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual([]);
  });

  test('each holder keeps its own share, "the rest" what the others leave', () => {
    const text =
      "Meridia Foods grew fast. Ontario Teachers' Capital owns 45% of Meridia Foods Ltd, Mitsui Ventures 30% and Redwood Equity Partners the rest.";
    expect(stakeOf(text, 'Mitsui Ventures', 'Meridia Foods Ltd')).toBe(30);
    expect(stakeOf(text, 'Redwood Equity Partners', 'Meridia Foods Ltd')).toBe(25);
  });

  test('the second holder of a French list keeps its own share, not the first one’s', () => {
    const text =
      'Medivance se développe. Medivance Santé est détenue à 35 % par le fonds Arbora Capital et à 10 % par Bpifrance.';
    expect(stakeOf(text, 'Bpifrance', 'Medivance Santé')).toBe(10);
  });

  test('a majority share given second is not lent to a minority backer named first', () => {
    const text =
      'La biotech Oncoval poursuit ses essais. Oncoval Therapeutics est détenue à 35 % par Kurma Partners et à 65 % par Sanofi Ventures.';
    const pairs = madePairs(text, PUBLISHED, 'FUNDED');
    expect(pairs).toContain('Kurma Partners -> Oncoval Therapeutics');
    expect(pairs).not.toContain('Sanofi Ventures -> Oncoval Therapeutics');
  });
});

describe('subscribers of an issue named beside its arranger and its rating agency', () => {
  test.each([
    [
      "Hydronia Systems a bouclé son financement. Arrangées par la Banque Delorme et notées BB+ par l'agence Ethifinance, les obligations ont été souscrites par Mutuelle Ligérienne et Predica Gestion.",
      ['Mutuelle Ligérienne -> Hydronia Systems', 'Predica Gestion -> Hydronia Systems'],
    ],
    [
      "Marlowe Grid Ltd has completed a bond sale. The notes, arranged by Cairnside Bank and rated BBB by Moody's Investors Service, were subscribed by Thistle Life and Corrie Pension Fund.",
      ['Corrie Pension Fund -> Marlowe Grid Ltd', 'Thistle Life -> Marlowe Grid Ltd'],
    ],
    [
      'Marlowe Grid Ltd has completed a bond sale. Arranged by Cairnside Bank, the notes were subscribed by Thistle Life and Corrie Pension Fund.',
      ['Corrie Pension Fund -> Marlowe Grid Ltd', 'Thistle Life -> Marlowe Grid Ltd'],
    ],
  ])('%s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(expected);
  });

  test('a clause with its own verb after the comma is no apposition of the name before it', () => {
    const text =
      "Hydronia Systems a bouclé son financement. Arrangées par la Banque Delorme et notées BB+ par l'agence Ethifinance, les obligations ont été souscrites par Mutuelle Ligérienne, la caisse de prévoyance Horizon Retraite et le fonds Predica Gestion.";
    const pairs = madePairs(text, PUBLISHED, 'FUNDED');
    expect(pairs).toContain('Mutuelle Ligérienne -> Hydronia Systems');
    expect(pairs.filter((p) => p.startsWith('Ethifinance') || p.startsWith('Banque Delorme'))).toEqual([]);
  });
});

describe('a town or a facility’s place is no funding party', () => {
  test.each([
    'Kelvane Robotics Inc, a maker of welding robots, raised $40 million. Montgomery County separately received $2 million from the Ohio Development Services Agency to rebuild roads near the site.',
    'Soléane Énergie a levé 10 millions d’euros. La Région Bretagne lui a accordé une subvention de 400 000 euros pour son centre de formation de Lannion.',
  ])('%s', (text) => {
    const pairs = madePairs(text, PUBLISHED, 'FUNDED');
    expect(pairs.filter((p) => /^Lannion|-> Montgomery County$/.test(p))).toEqual([]);
  });

  test('a region that gives stays a funder', () => {
    const text =
      'Soléane Énergie a levé 10 millions d’euros. La Région Bretagne lui a accordé une subvention de 400 000 euros pour son centre de formation de Lannion.';
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(['Région Bretagne -> Soléane Énergie']);
  });
});

describe('a holder selling out takes no figure of the round told before', () => {
  /** The amount read on the FUNDED fact source → target (undefined when there is no such fact). */
  function amountOf(text: string, source: string, target: string): number | null | undefined {
    const found = facts(run(text, PUBLISHED), 'FUNDED').find((r) => pair(r) === `${source} -> ${target}`);
    return found === undefined ? undefined : (found.amount ?? null);
  }

  test.each([
    [
      "Nexalis lève 20 millions d'euros auprès du fonds Alpana Ventures. Le fonds Garonne Amorçage, entré au capital en 2019, cède l'intégralité de ses titres à Alpana Ventures.",
      'Garonne Amorçage',
      'Nexalis',
    ],
    [
      'Brindle Labs Inc raised $30 million in a round led by Kite Ventures. Harbor Angels Fund, an early shareholder, will sell its stake to Kite Ventures.',
      'Harbor Angels Fund',
      'Brindle Labs Inc',
    ],
    [
      'Brindle Labs Inc raised $30 million in a round led by Kite Ventures. Harbor Angels Fund, which held 12% of Brindle Labs Inc, sold its entire stake to Kite Ventures.',
      'Harbor Angels Fund',
      'Brindle Labs Inc',
    ],
  ])('%s', (text, source, target) => {
    expect(amountOf(text, source, target)).toBeNull();
  });

  test('a backer joining the round in a sentence of its own still takes the round’s figure', () => {
    const text =
      'Brindle Labs Inc raised $30 million in a round led by Kite Ventures. Existing backer Harbor Angels Fund also took part.';
    expect(amountOf(text, 'Harbor Angels Fund', 'Brindle Labs Inc')).toBe(30000000);
  });
});
