import { facts, pair, run } from './helpers';

function pairs(text: string, type: 'FOUNDED' | 'LEADS'): string[] {
  return facts(run(text), type).map(pair).sort();
}

describe('FOUNDED with titled and qualified founders', () => {
  it('reads every founder of a list whose names carry titles, and leads only for the chief executive', () => {
    const text =
      'Zenbrook was co-founded in 2019 by chief executive Lara Quint and chief operating officer Tomas Reyl.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Lara Quint -> Zenbrook', 'Tomas Reyl -> Zenbrook']);
    expect(pairs(text, 'LEADS')).toEqual(['Lara Quint -> Zenbrook']);
  });

  it('steps over the former employer named before the founders', () => {
    const text =
      'Corlisse Inc, founded by former Hexwell engineers David Price and Sarah Tate, sells sensors to farms.';
    expect(pairs(text, 'FOUNDED')).toEqual(['David Price -> Corlisse Inc', 'Sarah Tate -> Corlisse Inc']);
  });

  it('reads companies that set up another, and a co-founder joined by "avec"', () => {
    expect(
      pairs('Le salon ouvre avec Velora, une coentreprise créée par Drasco et Minalt.', 'FOUNDED'),
    ).toEqual(['Drasco -> Velora', 'Minalt -> Velora']);
    expect(pairs('Marie Carmin a cofondé Pont Numérique SAS avec Pierre Sautel en 2015.', 'FOUNDED')).toEqual(
      ['Marie Carmin -> Pont Numérique SAS', 'Pierre Sautel -> Pont Numérique SAS'],
    );
  });

  it('reads "who founded X" after a comma, and a founding stated after an apposition', () => {
    expect(
      pairs('Michael Verne, who founded Kestrel Robotics in 2011, now advises start-ups.', 'FOUNDED'),
    ).toEqual(['Michael Verne -> Kestrel Robotics']);
    const text =
      'Créée en 2020 par Inès Vautrin et Paul Degas, deux anciens consultants de Soprel, Talvane emploie 30 personnes.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Inès Vautrin -> Talvane', 'Paul Degas -> Talvane']);
  });
});

describe('FOUNDED never taken from a name that only qualifies another', () => {
  it('skips a company after a preposition and a person before a possessive', () => {
    expect(
      pairs('Orbelle Analytics, cotée au Nasdaq, a été créée en 2014 par Claire Dumont.', 'FOUNDED'),
    ).toEqual(['Claire Dumont -> Orbelle Analytics']);
    const text =
      "Laura Kessel leads Orvik Tools. Kessel said demand rose. Orvik Tools was founded in 1962 by Kessel's grandfather, Otto Brand.";
    expect(pairs(text, 'FOUNDED')).toEqual(['Otto Brand -> Orvik Tools']);
  });
});

describe('LEADS stated around a founding or an apposition', () => {
  it('reads "It was founded by A and B, who remains its chief executive" for B only', () => {
    const text =
      'Pollex Health runs clinics in Ohio. It was founded in 2016 by nurse Greta Holm and surgeon Ivan Petrov, who remains its chief executive.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Greta Holm -> Pollex Health', 'Ivan Petrov -> Pollex Health']);
    expect(pairs(text, 'LEADS')).toEqual(['Ivan Petrov -> Pollex Health']);
  });

  it('reads "qui en est toujours le président" after a founding', () => {
    const text = "Dalvane a été fondée en 2009 par l'ingénieur Marc Odier, qui en est toujours le président.";
    expect(pairs(text, 'LEADS')).toEqual(['Marc Odier -> Dalvane']);
  });

  it('takes a title before the founder for LEADS, but not a title qualified by another company', () => {
    expect(pairs('Chief executive Nora Fell founded Pindle in 2012.', 'LEADS')).toEqual([
      'Nora Fell -> Pindle',
    ]);
    expect(pairs('Brixworth chief executive Nora Fell founded Pindle in 2012.', 'LEADS')).toEqual([
      'Nora Fell -> Brixworth',
    ]);
  });

  it('reads "P, who founded X, is now its chief executive" and "P, its chief executive"', () => {
    expect(
      pairs('Anna Ito, who founded Surelane Ltd with a bank loan, is now its chief executive.', 'LEADS'),
    ).toEqual(['Anna Ito -> Surelane Ltd']);
    const text = 'Tamsin Labs was started in 2020 by Olga Brenn, its chief executive, and Ivo Sand.';
    expect(pairs(text, 'LEADS')).toEqual(['Olga Brenn -> Tamsin Labs']);
  });

  it('reads a leader behind an honorific, a French origin adjective, a fronted "présidé par"', () => {
    expect(pairs("Corvana's chairman, Dr. Helen Marsh, opened the meeting.", 'LEADS')).toEqual([
      'Helen Marsh -> Corvana',
    ]);
    expect(
      pairs('« Le marché reprend », a déclaré Lise Moreau, directrice générale du nantais Ferlin.', 'LEADS'),
    ).toEqual(['Lise Moreau -> Ferlin']);
    expect(pairs('Présidé par Jean Gautrais, le groupe Varnier compte 300 salariés.', 'LEADS')).toEqual([
      'Jean Gautrais -> Varnier',
    ]);
  });

  it('reads keeping the chair of a board, and a firm said to be co-led by someone', () => {
    expect(pairs('Anne Roussel conserve la présidence du directoire de Maisons Kerval.', 'LEADS')).toEqual([
      'Anne Roussel -> Maisons Kerval',
    ]);
    expect(pairs('Brenna Conseil sera codirigé par Yves Lamour, ancien associé de Fidal.', 'LEADS')).toEqual([
      'Yves Lamour -> Brenna Conseil',
    ]);
  });

  it('reads no former leader (a post given up; see people.ts FORMER_TITLE) and never a vice-president', () => {
    expect(pairs('The fund is backed by former Arnell Foods chief executive Ruth Kemp.', 'LEADS')).toEqual(
      [],
    );
    expect(pairs('Corvana vice president Helen Marsh opened the meeting.', 'LEADS')).toEqual([]);
  });
});

describe('LEADS under the leadership of someone', () => {
  it('reads "sous la houlette de P" after the company and fronted, and "under the leadership of P"', () => {
    expect(
      pairs(
        "Depuis 2019, Vendamo, sous la houlette de Julie Marchand, a doublé son chiffre d'affaires.",
        'LEADS',
      ),
    ).toEqual(['Julie Marchand -> Vendamo']);
    expect(
      pairs('Sous la houlette de Marc Lefèvre, le groupe Tressol a racheté trois concurrents.', 'LEADS'),
    ).toEqual(['Marc Lefèvre -> Tressol']);
    expect(pairs('Brakton Inc has grown fast under the leadership of Sarah Jennings.', 'LEADS')).toEqual([
      'Sarah Jennings -> Brakton Inc',
    ]);
  });
});
