/**
 * Day thirty, French press: a rivalry told with a comparative "plus" after the verb ("affrontera plus directement
 * A et B", relations/frames/rivals-negation-after.ts), a pointer after a fronted phrase of company ("Avec Cadrelia,
 * le groupe …", relations/anaphora-fronted-companion.ts), and a unit whose possessive cue was folded into its name
 * ("par l'intermédiaire de sa filiale Z", relations/anaphora-unit-owner.ts `recordFoldedUnitOwners`). Sentences
 * written for these tests.
 */
import { extractedRivalPairs, pairsWithTitle } from './helpers';

function rivals(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

describe('a comparative "plus" after a rivalry verb', () => {
  it('reads "X affrontera plus directement les italiens A et B"', () => {
    const pairs = rivals(
      'Le groupe Berlimo fabrique des cuisines à Cholet. Berlimo affrontera plus directement les italiens Cucine Verdana et Arredo Tessa sur le haut de gamme.',
    );
    expect(pairs).toContain('Berlimo <-> Cucine Verdana');
    expect(pairs).toContain('Arredo Tessa <-> Berlimo');
  });

  it('reads "Avec cette usine, X affrontera plus frontalement A"', () => {
    const pairs = rivals(
      'Le groupe Solvance produit des enzymes. Avec cette usine, Solvance affrontera plus frontalement le danois Enzymark sur les détergents.',
    );
    expect(pairs).toContain('Enzymark <-> Solvance');
  });

  it('still refuses "X n\'affronte plus A" (negation)', () => {
    const pairs = rivals(
      "Le groupe Berlimo fabrique des cuisines à Cholet. Depuis 2024, Berlimo n'affronte plus le groupe Cucine Verdana sur les cuisines d'entrée de gamme.",
    );
    expect(pairs).not.toContain('Berlimo <-> Cucine Verdana');
  });

  it('still refuses "X ne concurrence plus directement A"', () => {
    const pairs = rivals(
      'Le groupe Solvance produit des enzymes. Solvance ne concurrence plus directement le danois Enzymark, qui a quitté le marché.',
    );
    expect(pairs).not.toContain('Enzymark <-> Solvance');
  });
});

/** Rivalry pairs of an article with a headline, as "a -> b" (helpers.ts `pairsWithTitle`). */
function rivalsWithTitle(title: string, body: string): string[] {
  return pairsWithTitle(title, body, 'COMPETES_WITH');
}

/** The Orvane story both groups of cases open on: a buyer acting through its unit, then the company bought. */
const ORVANE_TITLE = "Santé : Orvane s'offre Medilane via sa filiale Orvane Care";
const ORVANE_OPENING =
  "NANTES, 30 novembre - L'éditeur nantais Orvane a annoncé lundi l'acquisition, par l'intermédiaire de sa filiale Orvane Care, du spécialiste lyonnais de la planification Medilane, pour 40 millions d'euros.\n\nFondée en 2014 par Julie Caradec, Medilane équipe 90 cliniques et a réalisé 12 millions d'euros de chiffre d'affaires. Le fonds Azimut Capital, entré au capital de Medilane en 2019, cède sa participation.\n\n";

describe('a pointer after a fronted phrase of company', () => {
  const lead = `${ORVANE_OPENING}Medilane vise 20 millions d'euros de revenus en 2027, selon Julie Caradec.\n\n`;

  it('reads "Avec Y, le groupe affrontera A et B" as the buyer\'s rivalry, not the target\'s', () => {
    const pairs = rivalsWithTitle(
      ORVANE_TITLE,
      `${lead}Avec Medilane, le groupe affrontera directement l'américain Caresoft et le belge Hospilog.`,
    );
    expect(pairs).toEqual(['Caresoft -> Orvane', 'Hospilog -> Orvane']);
  });

  it('leaves "Chez Y, le groupe" to the topic reading (the group may be Y)', () => {
    const pairs = rivalsWithTitle(
      ORVANE_TITLE,
      `${lead}Chez Medilane, le groupe affronte déjà le belge Hospilog.`,
    );
    expect(pairs).not.toContain('Hospilog -> Orvane');
  });

  it('reads "With Y, the group will compete with A and B" in English', () => {
    const pairs = rivalsWithTitle(
      'Harlow buys Dockbase',
      `${'LONDON, Nov 30 - British software group Harlow said on Monday it had agreed to buy Dockbase, a warehouse planning specialist, for $85 million.\n\nFounded in 2012 by Jane Corrigan, Dockbase serves 300 distribution centres and had sales of $20 million last year. Venture firm Azimuth Capital, which invested in Dockbase in 2019, is selling its stake.\n\nDockbase expects sales of $30 million next year, Jane Corrigan said.\n\n'}With Dockbase, the group will compete directly with Manhattan Warehousing and Korber Logistics.`,
    );
    expect(pairs).toContain('Harlow -> Manhattan Warehousing');
    expect(pairs).not.toContain('Dockbase -> Manhattan Warehousing');
  });
});

describe('a unit whose possessive cue is folded into its name', () => {
  const lead = `${ORVANE_OPENING}En mars, Orvane Care a repris devant le tribunal de commerce de Lyon les actifs de Hospitrak, placé en liquidation judiciaire.\n\n`;

  it('reads "le groupe" after a paragraph about the unit as its owner', () => {
    const pairs = rivalsWithTitle(
      ORVANE_TITLE,
      `${lead}Avec Medilane, le groupe affrontera directement l'américain Caresoft et le belge Hospilog.`,
    );
    expect(pairs).toEqual(['Caresoft -> Orvane', 'Hospilog -> Orvane']);
  });

  it('leaves "la filiale" to the unit (only a group noun is turned to its owner)', () => {
    const pairs = rivalsWithTitle(ORVANE_TITLE, `${lead}La filiale affronte l'américain Caresoft.`);
    expect(pairs).not.toContain('Caresoft -> Orvane');
  });

  it('reads the English "through its subsidiary Z" likewise', () => {
    const pairs = rivalsWithTitle(
      'Harlow buys Dockbase through its unit Harlow Logistics',
      `${'LONDON, Nov 30 - British software group Harlow said on Monday it had agreed to buy Dockbase, a warehouse planning specialist, through its subsidiary Harlow Logistics, for $85 million.\n\nFounded in 2012 by Jane Corrigan, Dockbase serves 300 distribution centres and had sales of $20 million last year.\n\nIn March, Harlow Logistics took over the assets of Shelfwise, which had gone into administration.\n\n'}The group competes with Manhattan Warehousing and Korber Logistics.`,
    );
    expect(pairs).toEqual(['Harlow -> Korber Logistics', 'Harlow -> Manhattan Warehousing']);
  });
});
