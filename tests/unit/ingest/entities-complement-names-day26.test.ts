/**
 * Day twenty-six, precision: a French company named by a common noun and a "de" complement ("Lait de Brocéliande",
 * "Ferme des Monts", "Source de l'Aubrac") keeps its complement when the article never writes the noun with a capital
 * without it (entities/repeated-complement-names.ts). A noun the article also writes alone keeps its short name.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';

/** The names at both ends of the article's facts. */
function names(text: string): string[] {
  return [...new Set(relationsOf(text).flatMap((r) => [r.source, r.target]))].sort();
}

describe('a name told twice with its complement keeps it', () => {
  it.each([
    [
      'Yaourts : Ferme des Monts accélère. Ferme des Monts a vendu 20 000 tonnes en 2025. Ferme des Monts affronte Danone et Lactalis.',
      'Ferme des Monts',
      'Ferme',
    ],
    [
      'Chaussures : Atelier de Romans recrute. Atelier de Romans a embauché 40 salariés. Atelier de Romans affronte Clergerie sur le luxe.',
      'Atelier de Romans',
      'Atelier',
    ],
    [
      "Eaux : Source de l'Aubrac progresse. Source de l'Aubrac a vendu 600 millions de bouteilles. Source de l'Aubrac affronte Cristaline sur les eaux plates.",
      "Source de l'Aubrac",
      'Source',
    ],
  ])('%s', (text, whole, cut) => {
    const found = names(text);
    expect(found).toContain(whole);
    expect(found).not.toContain(cut);
  });
});

describe('a noun the article also writes alone keeps its short name', () => {
  it('Safran de Provence … Safran', () => {
    const found = names(
      "Safran de Provence a levé 2 millions d'euros. Safran est un producteur de la Drôme. Safran de Provence affronte Safrania.",
    );
    expect(found).toContain('Safran');
    expect(found).not.toContain('Safran de Provence');
  });
});
