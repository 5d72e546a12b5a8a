/**
 * Day thirty-one (rivals): a company facing examples of a kind of market player (relations/rival-faced-examples.ts),
 * a second rival object after a setting and a repeated particle (relations/rival-object-lists.ts
 * `list-after-setting`), and a market share given "pour le japonais B" across the holder's descriptor
 * (relations/frames/rivals-share-told.ts `shareBefore`). Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

describe('a company facing examples of a kind of player', () => {
  it('reads "X also faces smaller players such as A and B" (X against each, not A against B)', () => {
    const pairs = competitors(
      'Quillmark Insurance Ltd also faces smaller players such as Harbury Cover Ltd and Nestfield Mutual Inc, which sell mostly through comparison sites.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Harbury Cover Ltd <-> Quillmark Insurance Ltd',
        'Nestfield Mutual Inc <-> Quillmark Insurance Ltd',
      ]),
    );
    expect(pairs).not.toContain('Harbury Cover Ltd <-> Nestfield Mutual Inc');
  });

  it('reads "X faces low-cost Asian makers like A"', () => {
    const pairs = competitors(
      'Brantwood Pumps Ltd faces low-cost Asian makers like Kaishan Flow Corp in its home market.',
    );
    expect(pairs).toContain('Brantwood Pumps Ltd <-> Kaishan Flow Corp');
  });

  it('reads "X se frotte à des marques comme A et B"', () => {
    const pairs = competitors(
      'La société Biscuiterie Kerlouan se frotte à des marques comme Galettes Morvan SAS et Délices de Rance SAS dans les rayons bretons.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Biscuiterie Kerlouan <-> Galettes Morvan SAS',
        'Biscuiterie Kerlouan <-> Délices de Rance SAS',
      ]),
    );
    expect(pairs).not.toContain('Délices de Rance SAS <-> Galettes Morvan SAS');
  });

  it('reads "X lutte contre des enseignes telles que A"', () => {
    const pairs = competitors(
      'La société Jardins Vallier lutte contre des enseignes telles que Verdimax SAS pour attirer les jardiniers amateurs.',
    );
    expect(pairs).toContain('Jardins Vallier <-> Verdimax SAS');
  });

  it('does not read customers, regulators or partners given as examples', () => {
    expect(
      competitors('Brantwood Pumps Ltd faces customers such as Kaishan Flow Corp that pay late.'),
    ).toEqual([]);
    expect(
      competitors('Brantwood Pumps Ltd faces a fine from regulators such as Kaishan Flow Corp.'),
    ).toEqual([]);
    expect(
      competitors(
        'La société Jardins Vallier lutte contre la fraude avec des partenaires comme Verdimax SAS.',
      ),
    ).toEqual([]);
  });
});

describe('a second rival object after a setting', () => {
  it('reads "competes with A in the premium segment and with budget brands such as B and C"', () => {
    const pairs = competitors(
      'Ridgeline Cycles BV competes with Ostrava Velo AG in the premium commuter segment and with budget brands such as Pedalwise Ltd and Spokeline Ltd online.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Ostrava Velo AG <-> Ridgeline Cycles BV',
        'Pedalwise Ltd <-> Ridgeline Cycles BV',
        'Ridgeline Cycles BV <-> Spokeline Ltd',
      ]),
    );
    expect(pairs).not.toContain('Ostrava Velo AG <-> Pedalwise Ltd');
  });

  it('reads "rivalise avec A sur le haut de gamme, et avec des enseignes comme B"', () => {
    const pairs = competitors(
      "La société Cuisines Orvault rivalise avec Mobalpa Groupe SA sur le haut de gamme, et avec des enseignes comme Cuisinella SAS sur l'entrée de gamme.",
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Cuisines Orvault <-> Mobalpa Groupe SA',
        'Cuisinella SAS <-> Cuisines Orvault',
      ]),
    );
  });

  it('does not read a helper named after the repeated particle', () => {
    const pairs = competitors(
      'Ridgeline Cycles BV competes with Ostrava Velo AG in the premium commuter segment and with the help of Spokeline Ltd on frames.',
    );
    expect(pairs).not.toContain('Ridgeline Cycles BV <-> Spokeline Ltd');
  });
});

describe('a market share given across the holder\u2019s descriptor', () => {
  it('reads "contre 24 % pour B et 5 % pour le japonais C" (every holder paired)', () => {
    const pairs = competitors(
      'Selon le cabinet Altimarché, Fixalp SAS détient 38 % du marché des fixations, contre 24 % pour Skivoro SA et 5 % pour le japonais Kazendo Corp.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Fixalp SAS <-> Skivoro SA',
        'Fixalp SAS <-> Kazendo Corp',
        'Kazendo Corp <-> Skivoro SA',
      ]),
    );
    expect(pairs.some((p) => p.includes('Altimarché'))).toBe(false);
  });

  it('reads "against 28% for B and 17% for Dutch newcomer C"', () => {
    const pairs = competitors(
      "Tillwise Ltd's terminals hold 31% of the UK market, against 28% for Cardvale Ltd and 17% for Dutch newcomer Paymoor BV.",
    );
    expect(pairs).toEqual(
      expect.arrayContaining(['Paymoor BV <-> Tillwise Ltd', 'Cardvale Ltd <-> Paymoor BV']),
    );
  });

  it('does not pair the company whose capital is shared out', () => {
    const pairs = competitors(
      'Fixalp SAS détient 38 % du capital de Skivoro SA, contre 12 % pour le fonds Kazendo Partners.',
    );
    expect(pairs.some((p) => p.includes('Skivoro'))).toBe(false);
  });
});
