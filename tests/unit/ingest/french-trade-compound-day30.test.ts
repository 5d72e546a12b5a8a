/**
 * Day thirty, French press (second round): a trade noun built with "à" ("pompes à chaleur", "machines à café",
 * "moteurs à hydrogène") inside the descriptor before a name no longer stops the object gap of a deal rule
 * (relations/noun-compound-a.ts, asked by the gap of relations/pattern.ts), and counts as one word of it. French
 * only: English builds such nouns without a preposition. Sentences written for these tests.
 */
import { madePairs, typedDealPairs } from './helpers';
import { isNounCompoundA } from '../../../ingest/relations/noun-compound-a';
import type { Unit } from '../../../ingest/relations/pattern';
import { tokenize } from '../../../ingest/tokens';

const PUBLISHED = '2026-11-30';

/** Plain word units of a phrase with no names in it. */
function units(phrase: string): Unit[] {
  return tokenize(phrase, 0).map((token) => ({ kind: 'tok', token }));
}

describe('a trade noun built with "à" in the descriptor before the object', () => {
  it('reads "a racheté le fabricant breton de machines à café X"', () => {
    const pairs = madePairs(
      "Le groupe Hexalis a racheté le fabricant breton de machines à café Kerbrew pour 30 millions d'euros.",
      PUBLISHED,
      'ACQUIRED',
    );
    expect(pairs).toEqual(['Hexalis -> Kerbrew']);
  });

  it('reads a time phrase and a descriptor of eight words with the compound counted as one', () => {
    const pairs = madePairs(
      'Le groupe Hexalis a racheté en 2022 le spécialiste alsacien des fours à pain industriels Boulangerie Frenzel.',
      PUBLISHED,
      'ACQUIRED',
    );
    expect(pairs).toEqual(['Hexalis -> Boulangerie Frenzel']);
  });

  it('reads a control taken "du concepteur nantais de moteurs à hydrogène X"', () => {
    const pairs = madePairs(
      'Le fonds Ouest Capital a pris le contrôle en 2024 du concepteur nantais de moteurs à hydrogène Hydrolys.',
      PUBLISHED,
      'ACQUIRED',
    );
    expect(pairs).toEqual(['Ouest Capital -> Hydrolys']);
  });

  it('keeps a sale "cède sa division de machines à café à X" the other way round', () => {
    const pairs = typedDealPairs(
      'Le groupe Hexalis a cédé sa division de machines à café à Kerbrew.',
      PUBLISHED,
    );
    expect(pairs).not.toContain('ACQUIRED Hexalis -> Kerbrew');
  });

  it('still stops at an "à" bringing in the seller ("à la société X")', () => {
    const pairs = typedDealPairs(
      'Le groupe Hexalis a racheté des stocks de machines à la société Kerbrew.',
      PUBLISHED,
    );
    expect(pairs).not.toContain('ACQUIRED Hexalis -> Kerbrew');
  });
});

describe('isNounCompoundA', () => {
  it('joins two bare nouns after "de" / "des"', () => {
    expect(isNounCompoundA(units('des pompes à chaleur'), 2)).toBe(true);
    expect(isNounCompoundA(units('de piles à combustible'), 2)).toBe(true);
  });

  it('refuses "à hauteur de", a determiner, a figure or a noun not after "de"', () => {
    expect(isNounCompoundA(units('des titres à hauteur de'), 2)).toBe(false);
    expect(isNounCompoundA(units('des machines à la société'), 2)).toBe(false);
    expect(isNounCompoundA(units('de 20 % à 35 %'), 3)).toBe(false);
    expect(isNounCompoundA(units('cède sa filiale à bas prix'), 3)).toBe(false);
  });
});
