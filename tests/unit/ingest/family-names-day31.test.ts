/**
 * A family told with its surname's particle or its trade (precision, day thirty-one; ingest/entities/family-names.ts
 * `isFamilyName`): "la famille Le Goff" (the cutter strips "Le" as an article, leaving "Goff" after it) and "the Holm
 * shipping family" name no organisation, so neither becomes a seller's or owner's party. Near misses: a person of
 * the family named in full, a company followed by a trade noun that is not "family". Sentences written for these
 * tests.
 */
import { factLines, run } from './helpers';

const names = (text: string) => run(text).entities.map((e) => e.name);

describe('a family is no organisation', () => {
  it('"la famille Le Bihan": no "Bihan" company, no deal of it', () => {
    const text =
      'La conserverie Kerlouan était détenue depuis trois générations par la famille Le Bihan, qui cède ses titres au groupe Armorial.';
    expect(names(text)).not.toContain('Bihan');
    expect(factLines(run(text)).some((l) => l.includes('Bihan'))).toBe(false);
  });

  it('"Fondée par la famille Du Roscoat": no founder company', () => {
    expect(
      names("Fondée en 1950 par la famille Du Roscoat, l'entreprise Tissor emploie 140 salariés."),
    ).not.toContain('Roscoat');
  });

  it('"the Lund shipping family": no controlling company', () => {
    const text = 'Vantor, the Danish group controlled by the Lund shipping family, is expanding in Poland.';
    expect(names(text)).not.toContain('Lund');
    expect(factLines(run(text)).some((l) => l.startsWith('ACQUIRED Lund'))).toBe(false);
  });

  it('near miss: a member of the family named in full is a person', () => {
    const a = run('La famille Le Bihan détient Tissor. Gwenaëlle Le Bihan dirige Tissor depuis 2015.');
    expect(factLines(a)).toContain('LEADS Gwenaëlle Le Bihan -> Tissor');
  });

  it('near miss: "controlled by Lund shipping group" keeps the company', () => {
    expect(names('Vantor, the Danish group controlled by Lund shipping group, is expanding.')).toContain(
      'Lund',
    );
  });
});
