/**
 * Day twenty-nine, pointers (second round): a purchase verb told once for two objects, the second one's date put
 * first right after "puis" / "and then" ("X avait racheté en 2021 A, puis en 2023 la société lyonnaise B", "X bought
 * A in 2021 and then, in 2023, rival B"): gapped-objects.ts `*.acquired.gapped-object-fronted-date`. Near misses: a
 * clause of its own after the name, another deal's participle after the date. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '))
    .sort();
}

describe('a second object bought with its date fronted', () => {
  it('French: "puis en mai 2023 la société lyonnaise B"', () => {
    expect(
      acquired(
        'Le groupe Morvain a racheté la PME Tessil en 2021, puis en mai 2023 la société lyonnaise Brodex, qui emploie 40 personnes.',
      ),
    ).toEqual(['ACQUIRED Morvain -> Brodex', 'ACQUIRED Morvain -> Tessil']);
  });

  it('French: a long first object before "puis"', () => {
    expect(
      acquired(
        "L'éditeur Cantalis avait racheté en 2020 le spécialiste nantais de la facturation Fenwel, puis en 2022 la société belge Quorix.",
      ),
    ).toContain('ACQUIRED Cantalis -> Quorix');
  });

  it('French: a first object whose descriptor was read as a pointer before its name', () => {
    expect(
      acquired(
        "Le groupe Cantalis a racheté l'éditeur Moriel, spécialiste des logiciels de paie. L'entreprise avait racheté en 2020 le spécialiste nantais de la facturation Fenwel, puis en 2022 la société belge Quorix.",
      ),
    ).toContain('ACQUIRED Cantalis -> Quorix');
  });

  it('English: "and then, in 2024, rival B"', () => {
    expect(
      acquired('Harwick Group bought Lantern Labs in 2022 and then, in 2024, rival Moxley Software.'),
    ).toEqual(['ACQUIRED Harwick Group -> Lantern Labs', 'ACQUIRED Harwick Group -> Moxley Software']);
  });

  it('near miss: the second name opens a clause of its own', () => {
    expect(
      acquired(
        'Le groupe Morvain a racheté la PME Tessil en 2021, puis en 2023 la société Brodex a été cédée.',
      ),
    ).not.toContain('ACQUIRED Morvain -> Brodex');
    expect(
      acquired(
        'Harwick Group bought Lantern Labs in 2022 and then in 2024 the Ohio firm Moxley Software sold its stake.',
      ),
    ).not.toContain('ACQUIRED Harwick Group -> Moxley Software');
  });

  it('near miss: another deal told after the date', () => {
    expect(acquired('Le groupe Morvain a racheté la PME Tessil en 2021, puis en 2023 cédé Brodex.')).toEqual([
      'ACQUIRED Morvain -> Tessil',
    ]);
  });
});
