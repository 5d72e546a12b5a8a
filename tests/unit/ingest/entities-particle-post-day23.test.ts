/**
 * Day twenty-three, real wire copy: a capitalised post glued before a person whose surname opens with a lower-case
 * particle ("Managing Director Hélène de Vauclair", "Secretary General Tomas Moreno de Salcedo", "Le Président
 * Rodrigo de la Fuente") no longer keeps the particle readers from joining the surname: the person's name is read
 * from the word after the post. Near misses: a place after a full name, a body's "de" complement, a person with no
 * particle, a post before a lone given name. Sentences written for these tests.
 */
import { entitiesOf } from './helpers';

/** The people the entity stages find in `text`. */
function people(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

function organisations(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe('a post before a name with a surname particle', () => {
  it.each([
    ['Managing Director Hélène de Vauclair said Orvane SA would cut 200 jobs.', 'Hélène de Vauclair'],
    ['President Rodrigo de la Fuente of Banco Atlantico said deposits rose.', 'Rodrigo de la Fuente'],
    ['Secretary General Tomas Moreno de Salcedo said the talks would resume.', 'Tomas Moreno de Salcedo'],
    ['Chairman Maarten de Wit told shareholders that Koster Bouw NV would pay a dividend.', 'Maarten de Wit'],
    ['Le Président Rodrigo de la Fuente a quitté Banco Atlantico en juin.', 'Rodrigo de la Fuente'],
    ['Selon le Directeur Hélène de Vauclair, Orvane SA supprimera 200 postes.', 'Hélène de Vauclair'],
    ['La Ministre Inès de Bergerac a annoncé un plan pour les PME.', 'Inès de Bergerac'],
  ])('%s', (text, person) => {
    expect(people(text)).toEqual([person]);
  });
});

describe('near misses keep their reading', () => {
  it('a place after a full name stays out of it', () => {
    expect(people('Chairman Pierre Dubois de Marseille said profits rose.')).toEqual(['Pierre Dubois']);
  });

  it('a person with no particle is read as before (en)', () => {
    expect(people('Chairman Paul Martin said Calder Bank would grow.')).toEqual(['Paul Martin']);
  });

  it('a person with no particle is read as before (fr)', () => {
    expect(people('Le Président Paul Martin a quitté Calder Bank.')).toEqual(['Paul Martin']);
  });

  it("a body's own complement is no person", () => {
    const text = 'The Banque de France said rates would stay unchanged.';
    expect(organisations(text)).toEqual(['Banque de France']);
    expect(people(text)).toEqual([]);
  });

  it('a post before a given name alone takes no "of" complement', () => {
    expect(people('President Rodrigo of Banco Atlantico said deposits rose.')).toEqual(['Rodrigo']);
  });
});
