/**
 * Day twenty-eight, pointers: "ce dernier" / "the latter" after a person stands for that person before a verb of
 * chairing ("préside toujours", "still chairs"), past an aside on the person (", aujourd'hui âgé de 79 ans,", ",
 * now 79,"), and before a post held now ("reste président de l'entreprise") — anaphora-latter-person.ts,
 * anaphor-words.ts AFTER_LATTER, pointing-phrases.ts LATTER_ADVERBS. Near misses: a chair no longer held, a past
 * chair, an aside holding a name. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

const MORVAN =
  "Les Ateliers Morvan ont été fondés en 1964 à Brest par le chaudronnier Yann Morvan. Depuis 2016, l'entreprise est dirigée par sa petite-fille, Léa Morvan, qui a succédé à son oncle, Gérard Morvan.";
const PELL =
  'Harlow Tools was founded in 1958 by toolmaker Arthur Pell. Since 2015 the company has been run by Sarah Pell, who took over from her father, Martin Pell.';

describe('the latter phrase is the person before a chair kept', () => {
  it.each([
    [`${MORVAN} Ce dernier, aujourd'hui âgé de 79 ans, préside toujours le conseil de surveillance.`],
    [`${MORVAN} Ce dernier préside toujours le conseil de surveillance.`],
  ])('French: %s', (text) => {
    expect(leads(text)).toContain('LEADS Gérard Morvan -> Ateliers Morvan');
  });

  it('English: "The latter, now 79, still chairs the supervisory board"', () => {
    const text = `${PELL} The latter, now 79, still chairs the supervisory board.`;
    expect(leads(text)).toContain('LEADS Martin Pell -> Harlow Tools');
  });

  it('reads a post held now: "Ce dernier reste président de l\'entreprise"', () => {
    const text =
      "Le fonds Armor Expansion rachète 65 % du capital des Conserveries Kerbiriou à leur fondateur, Alain Kerbiriou. Ce dernier reste président de l'entreprise.";
    expect(leads(text)).toContain('LEADS Alain Kerbiriou -> Conserveries Kerbiriou');
  });
});

describe('near misses: no chair held now', () => {
  it('refuses a chair no longer held ("ne préside plus")', () => {
    const text = `${MORVAN} Ce dernier, aujourd'hui âgé de 79 ans, ne préside plus le conseil de surveillance.`;
    expect(leads(text)).not.toContain('LEADS Gérard Morvan -> Ateliers Morvan');
  });

  it('refuses a past chair after a relative aside', () => {
    const text = `${PELL} The latter, who retired in 2015, chaired the supervisory board until 2020.`;
    expect(leads(text)).not.toContain('LEADS Martin Pell -> Harlow Tools');
  });

  it('reads no aside that names a company', () => {
    const text = `${MORVAN} Ce dernier, ancien cadre de Naval Group, préside toujours le conseil de surveillance.`;
    expect(leads(text)).not.toContain('LEADS Gérard Morvan -> Ateliers Morvan');
  });
});
