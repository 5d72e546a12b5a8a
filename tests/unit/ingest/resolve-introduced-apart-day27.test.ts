/**
 * Day twenty-seven, pointers: a longer name introduced as a company's unit ("Sa filiale portugaise, Orlane
 * Lusitânia", "its payments arm, Kelvar Pay") or as the name a deal gives the company it creates ("baptisé Orlane
 * Pradel", "to be called Kelvar Morrow") is another company than the shorter name the article told before: the short
 * name stays the parent or the merging party (resolve/introduced-apart.ts). Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

/** Each entity of the article as "Name [alias|alias]". */
function entitiesOf(text: string): string[] {
  return extractArticle({ file: 'x.txt', text, published: '2026-11-20' }).entities.map(
    (e) => `${e.name} [${[...e.aliases].sort().join('|')}]`,
  );
}

/** The entity whose name or alias is `surface`, as "Name [aliases]", or undefined. */
function entityWith(text: string, surface: string): string | undefined {
  const all = extractArticle({ file: 'x.txt', text, published: '2026-11-20' }).entities;
  const e = all.find((x) => x.name === surface || x.aliases.includes(surface));
  return e && `${e.name} [${[...e.aliases].sort().join('|')}]`;
}

describe('a unit introduced after its parent is another company', () => {
  it.each([
    [
      "Le groupe Orlane a publié mardi un chiffre d'affaires de 300 millions d'euros. Orlane n'en est pas à sa première acquisition. Sa filiale portugaise, Orlane Lusitânia, a racheté en mars le distributeur Vimarco. Orlane vise désormais l'Italie.",
      'Orlane',
      'Orlane Lusitânia',
    ],
    [
      "Le groupe Trévalis a racheté l'an dernier la société Mirande. Trévalis emploie 800 personnes, et sa filiale de maintenance industrielle, Trévalis Services, en compte 120. Trévalis prévoit un nouveau site.",
      'Trévalis',
      'Trévalis Services',
    ],
    [
      'Kelvar Group reported higher sales on Monday. Kelvar has been expanding in Asia, and its payments arm, Kelvar Pay, bought Singapore start-up Finlit in May. Kelvar expects growth to slow next year.',
      'Kelvar',
      'Kelvar Pay',
    ],
    [
      'Dunmore Energy said on Tuesday it would cut costs. Dunmore sold its Texas wind farms last year. The company owns the storage subsidiary Dunmore Cells, which supplies utilities. Dunmore is based in Denver.',
      'Dunmore',
      'Dunmore Cells',
    ],
  ])('%s', (text, parent, unit) => {
    const ent = entityWith(text, parent);
    expect(ent).toBeDefined();
    expect(ent).not.toContain(unit);
    expect(entityWith(text, unit)).toBeDefined();
  });
});

describe("a merged company's new name takes neither party's short name", () => {
  it.each([
    [
      "Orlane et Pradel ont annoncé jeudi leur fusion. Le nouvel ensemble, baptisé Orlane Pradel, réalisera 500 millions d'euros de chiffre d'affaires. Pradel apportera ses usines du Nord.",
      ['Orlane', 'Pradel', 'Orlane Pradel'],
    ],
    [
      "Orlane et Pradel ont annoncé jeudi leur fusion. Le nouveau groupe, qui prendra le nom d'Orlane Pradel, sera dirigé par Marc Lebon. Les actionnaires de Pradel détiendront 40 % de l'ensemble.",
      ['Orlane', 'Pradel', 'Orlane Pradel'],
    ],
    [
      'Kelvar and Morrow agreed on Monday to merge. The combined company, to be called Kelvar Morrow, will have 9,000 staff. Morrow shareholders will own 45% of it.',
      ['Kelvar', 'Morrow', 'Kelvar Morrow'],
    ],
  ])('%s', (text, names) => {
    const all = entitiesOf(text);
    for (const name of names) expect(all.some((e) => e.startsWith(`${name} [`))).toBe(true);
    expect(entityWith(text, 'Morrow') ?? entityWith(text, 'Pradel')).not.toMatch(
      /Kelvar Morrow|Orlane Pradel/,
    );
  });

  it('pairs the two parties, not a party with the new company', () => {
    const text =
      "Orlane et Pradel ont annoncé jeudi leur fusion. Le nouveau groupe, qui prendra le nom d'Orlane Pradel, sera dirigé par Marc Lebon. Les actionnaires de Pradel détiendront 40 % de l'ensemble.";
    const merged = extractArticle({ file: 'x.txt', text, published: '2026-11-20' })
      .relations.filter((r) => r.type === 'MERGED_WITH')
      .map((r) => `${r.source} -> ${r.target}`);
    expect(merged).toEqual(['Orlane -> Pradel']);
  });
});

describe('near misses keep the short name with the longer one', () => {
  it.each([
    // the headline calls the unit sold by its short name: the body's full name is that unit
    [
      'Halvik sells sonar unit Marnor to Brackwell\n\nNorwegian group Halvik ASA has sold its underwater business, Marnor Systems, to Brackwell Defence for £90 million. Marnor employs 300 engineers.',
      'Marnor',
      'Marnor Systems',
    ],
    // the name after "to" is the buyer, not the unit sold
    [
      'Kettering scraps deal with Varn\n\nKettering Engineering agreed instead to sell its radar division to Varn Technologies for 148 mln stg. Varn is a U.S. maker of military electronics.',
      'Varn',
      'Varn Technologies',
    ],
    // "a unit of X": X owns the unit, and is no unit itself
    [
      'Bellcourt Foods said on Monday profit rose. Greyloch, a unit of Bellcourt Foods Holdings, opened a plant. Bellcourt is based in Ohio.',
      'Bellcourt',
      'Bellcourt Foods',
    ],
  ])('%s', (text, short, long) => {
    expect(entityWith(text, short)).toContain(long);
  });
});
