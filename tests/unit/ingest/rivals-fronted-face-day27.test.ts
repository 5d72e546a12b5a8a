/**
 * Day twenty-seven, French press: a sentence opening on the rivals its subject faces ("Face à A et à B, qui
 * dominent le marché, le fabricant breton mise …", "Face à A et B, les deux leaders du marché, X …") pairs the
 * subject after the closing comma with each rival, past a relative clause or an apposition summing the rivals up,
 * and a pointer there ("la PME", "le fabricant breton") is the company the article is about
 * (anaphora-fronted-rivals.ts, frames/rivals-fronted-subject.ts). "Facing" opening a sentence is no part of the
 * name after it (entities/opening-glue.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { run } from './helpers';

/** Rival pairs as "A ~ B", each pair's names in alphabetical order. */
function rivals(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

describe('Face à A et B, …, X mise …: the subject after the fronted rivals faces each of them', () => {
  it.each([
    [
      "Le fabricant de palettes Kermor a investi 4 millions d'euros à Vitré. Face à Palettes Dupont et à Eurobois, qui dominent le marché européen, le fabricant breton mise sur la proximité.",
      ['Eurobois ~ Kermor', 'Kermor ~ Palettes Dupont'],
    ],
    [
      "La société Kermor fabrique des palettes. Face au groupe allemand Kessler Paletten et à l'italien Palmar, les deux leaders du marché, Kermor mise sur les petites séries.",
      ['Kermor ~ Kessler Paletten', 'Kermor ~ Palmar'],
    ],
    [
      'La biscuiterie Ty Gwenn emploie 90 personnes à Pont-Aven. Face à Gavottes & Cie et à la Biscuiterie de Quimperlé, ses deux principaux concurrents, la PME veut accélérer en Allemagne.',
      ['Biscuiterie de Quimperlé ~ Ty Gwenn', 'Gavottes & Cie ~ Ty Gwenn'],
    ],
  ])('%s', (text, want) => {
    const got = rivals(text);
    for (const p of want) expect(got).toContain(p);
  });

  it('keeps pairing the two market leaders with each other', () => {
    const text =
      "La société Kermor fabrique des palettes. Face au groupe allemand Kessler Paletten et à l'italien Palmar, les deux leaders du marché, Kermor mise sur les petites séries.";
    expect(rivals(text)).toContain('Kessler Paletten ~ Palmar');
  });
});

describe('near misses: no rival after a fronted "Face à"', () => {
  it.each([
    // demands of a client are faced, not a rival
    'La société Kermor fabrique des palettes. Face aux exigences de Carrefour, le fabricant breton a revu ses prix.',
    // the clause's subject is no company
    "La société Kermor fabrique des palettes. Face à Palettes Dupont, qui a relevé ses prix, les clients de Kermor se tournent vers l'Espagne.",
    // a lawsuit is no market
    'La société Kermor fabrique des palettes. Face à la plainte déposée par Eurobois, le fabricant breton a saisi le tribunal.',
  ])('%s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('"Facing" opening a sentence is not glued to the name after it', () => {
  it('reads Amazon and Walmart, not "Facing Amazon"', () => {
    const names = run(
      'Kermor sells pallets online. Facing Amazon and Walmart, the retailer is betting on proximity.',
    ).entities.map((e) => e.name);
    expect(names).toContain('Amazon');
    expect(names).not.toContain('Facing Amazon');
  });
});
