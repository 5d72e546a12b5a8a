/**
 * A French post with its qualifier, then the employer and its holder in one capitalised run (precision, second
 * round, day thirty-one; ingest/entities/glued-person.ts `personAfterPostOf`): "a précisé le directeur général de
 * Kelvéo Nadia Ferhat" names the company and its leader, as "l'ancien dirigeant de X P" already did. Near misses: a
 * firm's head word before a given name ("Banque Martin Maurel"), a qualifier with no post before it. Sentences
 * written for these tests.
 */
import { factLines, run } from './helpers';

const names = (text: string) => run(text).entities.map((e) => e.name);

describe('"directeur général de X P": the employer, then its holder', () => {
  it('a speaker after a quote: "a précisé le directeur général de Kelvéo Nadia Ferhat"', () => {
    const a = run(
      '« Nous doublerons la production », a précisé le directeur général de Kelvéo Nadia Ferhat.',
    );
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Kelvéo', 'Nadia Ferhat']));
    expect(factLines(a)).toContain('LEADS Nadia Ferhat -> Kelvéo');
  });

  it('"la directrice générale de Brinval Sophie Marchetti" at the head of a sentence', () => {
    const a = run("La directrice générale de Brinval Sophie Marchetti a confirmé l'ouverture d'une usine.");
    expect(factLines(a)).toContain('LEADS Sophie Marchetti -> Brinval');
    expect(a.entities.map((e) => e.name)).not.toContain('Brinval Sophie Marchetti');
  });

  it('"le président délégué de Varnel Hugo Lemaire"', () => {
    const found = names('Selon le président délégué de Varnel Hugo Lemaire, la marge progresse.');
    expect(found).toContain('Hugo Lemaire');
    expect(found).not.toContain('Varnel Hugo Lemaire');
  });

  it('a firm opened by a head word keeps its founder\'s name: "directeur général de Banque Martin Maurel"', () => {
    expect(names('Le directeur général de Banque Martin Maurel a démissionné.')).not.toContain(
      'Martin Maurel',
    );
  });

  it('a qualifier after no post splits nothing: "le conseil général de Loire Atlantique"', () => {
    expect(names('Le conseil général de Loire Atlantique a voté une aide à Kelvéo.')).not.toContain(
      'Atlantique',
    );
  });
});
