/**
 * Day thirty, French press (second round): a one-word name ending in "é" that opens a sentence before a comma
 * ("Bréhé, …") was dropped as an opening participle ("Interrogé, le porte-parole …") by `isOpeningWord`
 * (entities/context-cues.ts). A relative pronoun after the comma ("Bréhé, qui emploie …", "Bréhé, dont …") needs a
 * noun before it, which a participle never is. French only: English participles do not end in "é". Sentences
 * written for these tests.
 */
import { entitiesOf, madePairs } from './helpers';

const PUBLISHED = '2026-11-30';

function names(text: string): string[] {
  return entitiesOf(text).map((e) => e.name);
}

describe('a one-word name in "é" opening a sentence before a relative', () => {
  it('keeps "Bréhé, qui …" and reads its holder', () => {
    const text =
      'Bréhé, qui emploie 120 salariés à Lorient, est contrôlée depuis 2020 par le fonds Armor Capital.';
    expect(names(text)).toContain('Bréhé');
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual(['Armor Capital -> Bréhé']);
  });

  it('keeps "Bréhé, dont …" as the buyer, not the place named in the relative', () => {
    const pairs = madePairs(
      'Bréhé, dont le siège est à Lorient, a racheté le fabricant Kerbrew.',
      PUBLISHED,
      'ACQUIRED',
    );
    expect(pairs).toEqual(['Bréhé -> Kerbrew']);
  });

  it('still drops an opening participle followed by its subject', () => {
    expect(names('Interrogé, le porte-parole du groupe Hexalis a refusé tout commentaire.')).not.toContain(
      'Interrogé',
    );
    expect(names('Sollicitée, la direction de Hexalis confirme le projet.')).not.toContain('Sollicitée');
  });
});
