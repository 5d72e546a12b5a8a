import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('a fronted founding that names its town before the founders', () => {
  it('reads French "créée en 2014 à <ville> par A et B" for the main clause’s company', () => {
    const found = people(
      "La savonnerie Brunelle Cosmétiques lève 3 millions d'euros. Créée en 2014 à Annecy par Maud Ferrand et Karim Oulhaj, l'entreprise emploie 40 personnes.",
    );
    expect(found).toContain('FOUNDED Maud Ferrand -> Brunelle Cosmétiques');
    expect(found).toContain('FOUNDED Karim Oulhaj -> Brunelle Cosmétiques');
  });

  it('reads English "founded in <city> by P"', () => {
    const found = people('Founded in Bristol by Owen Marsh, Tidewell makes sensors for river locks.');
    expect(found).toContain('FOUNDED Owen Marsh -> Tidewell');
  });

  it('gives no founding to a company named after another preposition than a place’s', () => {
    const found = people(
      'Créée en 2015 pour Helvion par Gregor Lanz, la filiale Quintara conçoit des capteurs.',
    );
    expect(found.filter((f) => f.endsWith('-> Helvion'))).toEqual([]);
  });
});

describe('a founder’s apposition naming a past employer the entity stage took for a person', () => {
  it('keeps the founder listed after ", a former … at X, and"', () => {
    const found = people(
      'Ledgerpine raised $9 million on Tuesday. Founded in 2020 by Amara Osei, a former tax adviser at Baker McKenzie, and software engineer Tomas Lindqvist, the startup automates audits.',
    );
    expect(found).toContain('FOUNDED Amara Osei -> Ledgerpine');
    expect(found).toContain('FOUNDED Tomas Lindqvist -> Ledgerpine');
    expect(found.filter((f) => f.includes('Baker McKenzie ->'))).toEqual([]);
  });
});
