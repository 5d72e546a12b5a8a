/**
 * Day thirty, real wire copy: a bracketed name of a foreign company is one name, its own coordinator ("et", "und",
 * "e", "en", "och", "og", "y") and an article after it ("et des") inside the bracket included
 * (entities/bracketed-firm-joins.ts). Near misses: two bracketed names joined outside the brackets, an English "and
 * the" inside a bracket, a French press sentence (no brackets) whose "et" joins two companies. French press sets no
 * name in angle brackets, so the construction is English wire copy's. Sentences written for these tests.
 */
import { entitiesOf, typedDealPairs } from './helpers';

function names(text: string): string[] {
  return entitiesOf(text).map((e) => e.name);
}

describe('bracketed foreign names', () => {
  it('"et" inside the bracket: one company bought', () => {
    const text =
      'PARIS, March 3 - Lyonnaise Holding SA said it bought <Compagnie Fonciere et Immobiliere SA>.';
    expect(typedDealPairs(text, '1987-03-03')).toEqual([
      'ACQUIRED Lyonnaise Holding SA -> Compagnie Fonciere et Immobiliere SA',
    ]);
  });

  it('"und" inside the bracket', () => {
    const text =
      'FRANKFURT, March 3 - Kessler Werke AG said it agreed to buy <Gebrueder Huber und Soehne AG>.';
    expect(names(text)).toContain('Gebrueder Huber und Soehne AG');
  });

  it('a coordinator with an article after it ("et des")', () => {
    const text =
      'PARIS, March 3 - Lyonnaise Holding SA said it took a 20 pct stake in <Societe Auxiliaire et des Travaux Maritimes>.';
    expect(typedDealPairs(text, '1987-03-03')).toEqual([
      'FUNDED Lyonnaise Holding SA -> Societe Auxiliaire et des Travaux Maritimes',
    ]);
  });

  it('Swedish "och" and Italian "e"', () => {
    expect(names('STOCKHOLM, March 3 - Norrland AB said it bought <Byggnads och Fastighets AB>.')).toContain(
      'Byggnads och Fastighets AB',
    );
    expect(names('ROME, March 3 - Montedison said it sold <Italiana Olii e Saponi> to Ferruzzi.')).toContain(
      'Italiana Olii e Saponi',
    );
  });

  it('near miss: two bracketed names stay two', () => {
    const text =
      'PARIS, March 3 - Lyonnaise Holding SA said it bought <Vallee SA> and <Morin SA>, two small printers.';
    const found = names(text);
    expect(found).toContain('Vallee SA');
    expect(found).toContain('Morin SA');
  });

  it('near miss: an English "and the" inside a bracket joins nothing', () => {
    const found = names(
      'NEW YORK, March 3 - Acme Corp said it bought <Harlan Gear and the Dickson Group Inc>.',
    );
    expect(found).not.toContain('Harlan Gear and the Dickson Group Inc');
  });

  it('near miss: French press "A et B" with no bracket stays two companies', () => {
    const found = names('Gravelle Outillage et Ferronnerie Duclos ont annoncé leur fusion.');
    expect(found).toContain('Gravelle Outillage');
    expect(found).toContain('Ferronnerie Duclos');
  });
});
