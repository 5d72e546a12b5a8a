import { splitSentences } from '../../../ingest/sentences';
import { entitiesFromStages } from './entity-stages';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('a lone capital that labels a round or class ends the sentence before a name', () => {
  it('splits after a round letter when a name opens the next sentence (en)', () => {
    expect(
      sentencesOf('Pellacor raised $22 million in a Series C. Pharma group Ostrava Labs led the deal.'),
    ).toEqual(['Pellacor raised $22 million in a Series C.', 'Pharma group Ostrava Labs led the deal.']);
  });

  it('splits after a French round or share-class letter', () => {
    expect(
      sentencesOf('Vireo a bouclé un tour de table de série B. Tikal Partners mène le tour.'),
    ).toHaveLength(2);
    expect(sentencesOf('Les titres de classe A. Marbrerie Dusol en détient la moitié.')).toHaveLength(2);
  });

  it('keeps the name whole, without the letter, as an entity', () => {
    const names = entitiesFromStages(
      'The robotics start-up Quillon closed a $9 million Series A. Brackwater Ventures led the investment.',
    ).map((e) => e.name);
    expect(names).toContain('Brackwater Ventures');
    expect(names.some((n) => /^A\.? /.test(n))).toBe(false);
  });

  it('keeps a person initial inside the sentence', () => {
    expect(sentencesOf('The shares were bought by Thomas R. Delaney on Friday.')).toHaveLength(1);
    expect(sentencesOf('Le contrat a été signé par Marie J. Le Goff hier.')).toHaveLength(1);
  });

  it('keeps a label letter joined to a lower-case word', () => {
    expect(sentencesOf('Its Class B. shares fell after the split.')).toHaveLength(1);
  });

  it('splits after a label letter before a sentence opener no surname is written as (day 27, sentences.ts)', () => {
    expect(sentencesOf('Norvane raised a Series A. The round was led by Kestrel.')).toEqual([
      'Norvane raised a Series A.',
      'The round was led by Kestrel.',
    ]);
  });

  it('does not cut after a capital that follows a word that labels nothing', () => {
    expect(sentencesOf('Investors led by Paul K. Brennan Holdings took part.')).toHaveLength(1);
  });
});
