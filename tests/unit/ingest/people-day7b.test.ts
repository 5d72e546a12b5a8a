import { facts, run } from './helpers';

/** FOUNDED facts of one text as "person -> org", sorted. */
function founders(text: string): string[] {
  return facts(run(text), 'FOUNDED')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

describe('founders named after "par" behind their trade and its article', () => {
  it('reads "par le boulanger P" and "et la chimiste Q" as the founders', () => {
    const found = founders(
      "Bonne année pour Fournil Dautrey. Créé en 1954 par le boulanger Lucien Dautrey et la chimiste Odile Varenne, le groupe emploie aujourd'hui 900 personnes.",
    );
    expect(found).toEqual(['Lucien Dautrey -> Fournil Dautrey', 'Odile Varenne -> Fournil Dautrey']);
  });

  it('steps over an apposition naming a past employer between two founders', () => {
    const found = founders(
      'Quillane grandit vite. Fondée en 2018 par Bastien Orly, un ancien de Capgemini, et Nora Feldane, la société compte 80 salariés.',
    );
    expect(found).toEqual(['Bastien Orly -> Quillane', 'Nora Feldane -> Quillane']);
  });

  it('gives no founding to the past employer named in the apposition', () => {
    const found = founders(
      'Quillane grandit vite. Fondée en 2018 par Bastien Orly, un ancien de Capgemini, et Nora Feldane, la société compte 80 salariés.',
    );
    expect(found.filter((f) => f.endsWith('Capgemini'))).toEqual([]);
  });
});

describe('a fronted founding whose main clause opens on a noun no company was found for', () => {
  it('gives the founding to the company the article is about', () => {
    const found = founders(
      'Lavandia ouvre trois boutiques à Lyon, a annoncé lundi la société. Fondé en 1962 par Henri Martel, le réseau compte désormais 41 adresses.',
    );
    expect(found).toEqual(['Henri Martel -> Lavandia']);
  });

  it('gives nothing when the subject is a team or a fund rather than a company', () => {
    const found = founders(
      'Lavandia ouvre trois boutiques à Lyon, a annoncé lundi la société. Créé en 2015 par Henri Martel, le fonds investit dans les PME du parfum.',
    );
    expect(found).toEqual([]);
  });

  it('gives nothing when the subject is a publication a buyer took', () => {
    const found = founders(
      'Le groupe Presseval rachète un magazine de voile. Lancé en 1990 par Jeanne Morlaix, le titre vend 60 000 exemplaires.',
    );
    expect(found).toEqual([]);
  });
});

describe('a relative clause between the company and its passive of founding', () => {
  it('links the founders to the company the sentence opens on', () => {
    const found = founders(
      'Corbane, qui compte 120 salariés et a doublé ses ventes depuis 2020, avait été créée en 2006 par Yann Kerlidou et Maud Servat.',
    );
    expect(found).toEqual(['Maud Servat -> Corbane', 'Yann Kerlidou -> Corbane']);
  });

  it('does so in English too', () => {
    const found = founders(
      'Brackwell, which employs 300 engineers across two plants, was set up in 1998 by Edwin Harrowgate.',
    );
    expect(found).toEqual(['Edwin Harrowgate -> Brackwell']);
  });

  it('gives nothing to the company named inside the relative clause', () => {
    const found = founders(
      'Corbane, qui a racheté Velmont en 2019 et double ses ventes, avait été créée en 2006 par Yann Kerlidou.',
    );
    expect(found).toEqual(['Yann Kerlidou -> Corbane']);
  });
});

describe('a town inside the descriptor apposed to the company founded', () => {
  it('steps over "de" and the town to reach the company', () => {
    const found = founders('Les cadres viennent de Soudexa, une société de Lyon fondée par Paul Girard.');
    expect(found).toEqual(['Paul Girard -> Soudexa']);
  });

  it('does not step over a company named after "de"', () => {
    const found = founders('Les cadres viennent de Soudexa, une filiale de Brenntag fondée par Paul Girard.');
    expect(found.filter((f) => f.endsWith('Soudexa'))).toEqual([]);
  });
});
