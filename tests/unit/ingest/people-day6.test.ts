import { isLeaderTitle } from '../../../ingest/relations/people';
import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('a fronted founding whose pointer is taken back into the founders’ own clause', () => {
  it('gives the founders to the article’s company, not to the employer their relative clause names', () => {
    const found = people(
      'Brakkel, a Porto-based startup, has raised $12 million. ' +
        'Founded in 2020 by Ines Valdemar and Kofi Mensah, who met while working at Unilever, the company sells route-planning software.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Ines Valdemar -> Brakkel', 'FOUNDED Kofi Mensah -> Brakkel']),
    );
    expect(found.filter((f) => f.includes('-> Unilever'))).toEqual([]);
  });

  it('keeps a fronted founding whose company is named after the comma', () => {
    expect(
      people(
        'Créée en 2016 par Lucile Ferran et Adam Nowicki, deux anciens de Thales, Orbiscan conçoit des radars.',
      ),
    ).toEqual(
      expect.arrayContaining(['FOUNDED Adam Nowicki -> Orbiscan', 'FOUNDED Lucile Ferran -> Orbiscan']),
    );
  });
});

describe('a founder who left to found another company', () => {
  it.each([
    [
      'Marc Delaunay, qui a quitté Sotrexa en 2015 pour lancer Voltiga, reste actionnaire du groupe.',
      'FOUNDED Marc Delaunay -> Voltiga',
    ],
    [
      'Hannah Brookes left Pellow Foods in 2019 to launch Greenfold, a meal-kit company.',
      'FOUNDED Hannah Brookes -> Greenfold',
    ],
  ])('reads %s', (text, fact) => {
    expect(people(text)).toEqual(expect.arrayContaining([fact]));
  });

  it('does not read a launch without leaving anything as a founding', () => {
    const found = people('Teodor Lind, chief executive of Avaloq Tools, plans to launch Skyline next year.');
    expect(found.filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('a founder who still heads the company, told right after the founding', () => {
  it.each([
    [
      'Fondée en 2018 par Salomé Brunet, qui la dirige toujours, Terravia vend des semences bio.',
      'LEADS Salomé Brunet -> Terravia',
    ],
    [
      'Quilly makes invoicing tools. Quilly was founded in 2019 by Aaron Feld, who serves as chief executive.',
      'LEADS Aaron Feld -> Quilly',
    ],
    [
      'Nephrosens vend des capteurs. La medtech a été créée en 2015 par la néphrologue Inès Carvalho, son actuelle présidente.',
      'LEADS Inès Carvalho -> Nephrosens',
    ],
  ])('reads %s', (text, fact) => {
    expect(people(text)).toEqual(expect.arrayContaining([fact]));
  });

  it('gives no post to a founder whose relative clause says something else', () => {
    const found = people(
      'Fondée en 2018 par Salomé Brunet, qui la revend aujourd’hui, Terravia vend des semences bio.',
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });

  it('gives no post for a title apposed to the founder that is below the top', () => {
    const found = people(
      'Quilly makes invoicing tools. Quilly was founded in 2019 by Aaron Feld, who serves as chief technology officer.',
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('a head named by surname in a clause of its own', () => {
  it('reads "P is the company’s CEO" against the pointed company', () => {
    expect(people('Dravex makes industrial sensors. Ruth Okonedo is the company’s CEO.')).toEqual(
      expect.arrayContaining(['LEADS Ruth Okonedo -> Dravex']),
    );
  });

  it('reads "…; P is chief executive." against the article’s company', () => {
    expect(
      people(
        'Kelvo sells payroll software to farms. Kelvo was founded in 2021 by Amara Obi and Lukas Brandt; Brandt is chief executive.',
      ),
    ).toEqual(expect.arrayContaining(['LEADS Lukas Brandt -> Kelvo']));
  });

  it('reads no post from a title below the top', () => {
    expect(
      people('Dravex makes industrial sensors. Ruth Okonedo is the company’s finance chief.').filter((f) =>
        f.startsWith('LEADS'),
      ),
    ).toEqual([]);
  });
});

describe('an appointment whose company is the subject far before the verb', () => {
  it('reads "X, issue du …, a nommé P président-directeur général"', () => {
    expect(
      people(
        'La start-up toulousaine Aerolys, issue du laboratoire Onera, a nommé Paul Gaudin président-directeur général.',
      ),
    ).toEqual(expect.arrayContaining(['LEADS Paul Gaudin -> Aerolys']));
  });

  it('reads no post when the title is of another body or below the top', () => {
    const other = people(
      'La start-up toulousaine Aerolys, issue du laboratoire Onera, a nommé Paul Gaudin directeur technique.',
    );
    expect(other.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('heads of a firm of partners and of a company a merger will create', () => {
  it('counts a managing partner as the head, and a partner alone not', () => {
    expect(isLeaderTitle('managing partner')).toBe(true);
    expect(isLeaderTitle('associé gérant')).toBe(true);
    expect(isLeaderTitle('associée gérante')).toBe(true);
    expect(isLeaderTitle('partner')).toBe(false);
    expect(isLeaderTitle('associé')).toBe(false);
    expect(people("Fenmore Capital's managing partner, Rupert Vail, said the fund was patient.")).toEqual(
      expect.arrayContaining(['LEADS Rupert Vail -> Fenmore Capital']),
    );
  });

  it('does not make the future head of the entity a merger creates its leader', () => {
    const found = people(
      'Le nouvel ensemble, baptisé Norvalis, sera dirigé par Claire Méjean, actuelle directrice générale de Bretania.',
    );
    expect(found).not.toContain('LEADS Claire Méjean -> Norvalis');
    expect(found).toContain('LEADS Claire Méjean -> Bretania');
  });

  it('still reads a company run by a head after its name', () => {
    expect(people('Norvalis, dirigé par Claire Méjean, emploie 300 personnes.')).toContain(
      'LEADS Claire Méjean -> Norvalis',
    );
  });
});
