/**
 * A birthplace told after the founder's agent phrase (precision, day thirty-one; ingest/entities/founding-place.ts
 * `isFoundingPlace`, `agentStart`): "founded in 2016 by former brewer P in Limerick", "fondée en 2012 par P et Q à
 * Millau" — the town is no company, so it is never the target of the purchase told next ("… and was bought by X"), which
 * took it as the bought company.
 * Near miss: a company after "by … in" that no founding participle opens. Sentences written for these tests.
 */
import { factLines, run } from './helpers';

const names = (text: string) => run(text).entities.map((e) => e.name);

describe('a town after "founded … by P" is a place', () => {
  it('English: "founded in 2016 by former brewer P in Kilkenny and was bought by X"', () => {
    const text =
      'Brackenmoor was founded in 2016 by former brewer Aoife Brennan in Kilkenny and was bought by Dublin firm Corrib Capital in 2021.';
    expect(names(text)).not.toContain('Kilkenny');
    const lines = factLines(run(text));
    expect(lines).toContain('FOUNDED Aoife Brennan -> Brackenmoor');
    expect(lines.some((l) => l.includes('Kilkenny'))).toBe(false);
  });

  it('French: "fondée en 2012 par P et Q à Rodez"', () => {
    const text =
      'Solvéo a été fondée en 2012 par Karim Haddad et Lucie Ferran à Rodez, où elle emploie 40 personnes.';
    expect(names(text)).not.toContain('Rodez');
    expect(factLines(run(text))).toContain('FOUNDED Karim Haddad -> Solvéo');
  });

  it('a founder with a title, the year after the agent: "founded by engineer P in 2009 in Tarragona"', () => {
    expect(names('Voltera, founded by engineer Marta Puig in 2009 in Tarragona, ranks third.')).not.toContain(
      'Tarragona',
    );
  });

  it('near miss: "backed by P in X" opens no founding, a company after "in" stays one', () => {
    expect(
      names('Brackenmoor, backed by investor Aoife Brennan, took a stake in Corrib Capital last year.'),
    ).toContain('Corrib Capital');
  });
});
