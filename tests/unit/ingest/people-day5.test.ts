import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('founders told through a possessor, an idea or a former employer', () => {
  it('reads "its founder and CEO, P" and "the company\'s other co-founders, A and B" against the pointed company', () => {
    const text =
      'Dunmere Robotics said on Monday it would open a plant in Ohio. ' +
      "The company's other co-founders, Marta Keel and Hugo Brandt, will stay on the board.";
    expect(people(text)).toEqual(
      expect.arrayContaining([
        'FOUNDED Hugo Brandt -> Dunmere Robotics',
        'FOUNDED Marta Keel -> Dunmere Robotics',
      ]),
    );
  });

  it('reads "the brainchild of A and B" as founders of the company it describes', () => {
    expect(
      people(
        'Corvane Labs, the brainchild of chemist Tariq Osei and designer Lena Vos, was bought by Hexley Group.',
      ),
    ).toEqual(['FOUNDED Lena Vos -> Corvane Labs', 'FOUNDED Tariq Osei -> Corvane Labs']);
  });

  it('does not give a founding to the former employer named in "set up by former X engineers"', () => {
    const found = people(
      'Quillon, the Denver-based drone maker set up in 2018 by former Boeing engineers Rafael Ortiz and Mei Hasegawa, has raised $30 million.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Mei Hasegawa -> Quillon', 'FOUNDED Rafael Ortiz -> Quillon']),
    );
    expect(found.filter((f) => f.includes('-> Boeing'))).toEqual([]);
  });

  it('reads the partner of "P co-founded X in 2012 with Q", a company as well as a person', () => {
    expect(
      people('Nadia Ferrant a cofondé Logivia en 2009 avec le fonds régional Alpes Croissance.'),
    ).toEqual(expect.arrayContaining(['FOUNDED Alpes Croissance -> Logivia']));
    expect(
      people('Tomas Reyes co-founded Verdant Grid in 2015 with Aisha Bello, its chief scientist.'),
    ).toEqual(expect.arrayContaining(['FOUNDED Aisha Bello -> Verdant Grid']));
  });

  it('does not make the founder of the other company of "chez X, dont le cofondateur" a founder of the topic', () => {
    const found = people(
      'Le promoteur Batival a vu ses ventes chuter. Même constat chez Ardenne Habitat, dont le cofondateur, Joël Marquet, prévoit des licenciements.',
    );
    expect(found.filter((f) => f.includes('-> Batival'))).toEqual([]);
  });
});

describe('heads appointed, joining or taking over', () => {
  it.each([
    ['Ingrid Solberg rejoint Vectalis comme directrice générale.', 'LEADS Ingrid Solberg -> Vectalis'],
    ['Daniel Okoro has joined Brixton Foods as chief executive.', 'LEADS Daniel Okoro -> Brixton Foods'],
    [
      'Helen Marsh has been named chair of Corbel Energy, the utility said.',
      'LEADS Helen Marsh -> Corbel Energy',
    ],
    [
      'Fenwick Systems today announced that Laura Petit has been appointed president and chief executive officer, effective immediately.',
      'LEADS Laura Petit -> Fenwick Systems',
    ],
    [
      'Le groupe Maravel a désigné Sophie Lenoir présidente, en remplacement de Marc Aubin.',
      'LEADS Sophie Lenoir -> Maravel',
    ],
    [
      'Selon Julien Carde, patron de la coopérative Terralis, les prix vont encore baisser.',
      'LEADS Julien Carde -> Terralis',
    ],
  ])('%s', (text, fact) => {
    expect(people(text)).toContain(fact);
  });

  it.each([
    // a division's post is not the company's
    [
      "Brigham Tools' chief executive, Amy Lowe, will join Castor Group as president of its retail division.",
      'Amy Lowe -> Castor Group',
    ],
    // a deputy is no head
    ['Paula Nieto rejoint Vectalis comme directrice générale déléguée.', 'Paula Nieto -> Vectalis'],
    // the head who is leaving
    ['Le transporteur Ferovia a annoncé le départ de son PDG, Louis Garnier.', 'Louis Garnier -> Ferovia'],
  ])('not: %s', (text, pair) => {
    expect(people(text).filter((f) => f.startsWith('LEADS') && f.includes(pair))).toEqual([]);
  });
});

describe("the article's company headed in a sentence that names no company", () => {
  const opening = 'La mutuelle Sanavia a publié ses comptes annuels mardi. ';

  it.each([
    ['La directrice générale, Amélie Roche, reste en poste.', 'LEADS Amélie Roche -> Sanavia'],
    [
      'Le directeur financier, Rémi Blot, assurera la direction générale par intérim.',
      'LEADS Rémi Blot -> Sanavia',
    ],
    [
      "Le conseil d'administration, présidé par Odile Sarr, choisira un successeur.",
      'LEADS Odile Sarr -> Sanavia',
    ],
    ["Karim Belaid devient président du conseil d'administration.", 'LEADS Karim Belaid -> Sanavia'],
  ])('%s', (sentence, fact) => {
    expect(people(opening + sentence)).toContain(fact);
  });

  it.each([
    // a financial director is no head, and "l'intérim" of a function is not the company's
    ['Le directeur financier, Rémi Blot, présentera les comptes.', 'Rémi Blot'],
    ['Rémi Blot assurera la direction de la filiale belge.', 'Rémi Blot'],
    ["Rémi Blot assurera l'intérim en tant que directeur commercial.", 'Rémi Blot'],
  ])('not: %s', (sentence, person) => {
    expect(people(opening + sentence).filter((f) => f.startsWith(`LEADS ${person}`))).toEqual([]);
  });

  it('reads the board chair in English and keeps a past interim post out', () => {
    const text =
      'Carvex Inc reported a loss on Tuesday. The board, led by chairman Victor Hale, has begun a search for a new chief executive. ' +
      'Nora Quist had served as interim CEO since May.';
    const found = people(text);
    expect(found).toContain('LEADS Victor Hale -> Carvex Inc');
    expect(found.filter((f) => f.startsWith('LEADS Nora Quist'))).toEqual([]);
  });
});

describe('lists, chains and appositions around founders and heads', () => {
  it.each([
    [
      'Les cofondateurs de Brenvia, Malik Sow et Irène Duclos, gardent la majorité du capital.',
      ['FOUNDED Irène Duclos -> Brenvia', 'FOUNDED Malik Sow -> Brenvia'],
    ],
    ['Jérôme Castel a fondé Lintex en 2008, puis Corvalis en 2016.', ['FOUNDED Jérôme Castel -> Corvalis']],
    [
      'Agnès Pruvost, directrice générale par intérim de Solvane, a confirmé le calendrier.',
      ['LEADS Agnès Pruvost -> Solvane'],
    ],
    [
      'Bruno Tessier, fils du fondateur, dirige Meunerie Tessier depuis 2012.',
      ['LEADS Bruno Tessier -> Meunerie Tessier'],
    ],
    [
      'À la tête de Vellaris depuis 2017, Chloé Marchal a doublé les effectifs.',
      ['LEADS Chloé Marchal -> Vellaris'],
    ],
    [
      'At the helm of Drayton Mills since 2020, Owen Pryce has closed two plants.',
      ['LEADS Owen Pryce -> Drayton Mills'],
    ],
    ["Greta Lund, qui dirige aujourd'hui Norvita, a signé l'accord.", ['LEADS Greta Lund -> Norvita']],
  ])('%s', (text, wanted) => {
    expect(people(text)).toEqual(expect.arrayContaining(wanted));
  });

  it('gives the title after "et"/"and" to the next person of a pair of appositions', () => {
    const fr = people(
      'Le cofondateur de Brenvia, Malik Sow, et la fondatrice de Lintex, Yara Haddad, ont lancé un fonds.',
    );
    expect(fr.filter((f) => f.startsWith('FOUNDED Malik Sow'))).toEqual(['FOUNDED Malik Sow -> Brenvia']);
    const en = people(
      'The chief executive of Corvalis, Owen Pryce, and the chairwoman of Norvita, Greta Lund, signed the pact.',
    );
    expect(en.filter((f) => f.startsWith('LEADS Owen Pryce'))).toEqual(['LEADS Owen Pryce -> Corvalis']);
  });

  it('reads no head of a country unit as the head of the company', () => {
    expect(people('Iris Vogel, head of Germany at Parcelon, said volumes rose.')).toEqual([]);
    expect(people('Iris Vogel, head of Parcelon, said volumes rose.')).toEqual([
      'LEADS Iris Vogel -> Parcelon',
    ]);
  });

  it('reads no lone first name from "set up by brothers A and B C"', () => {
    const found = people(
      'Corran Foods, set up in 1999 by brothers Liam and Declan Walsh, employs 300 people.',
    );
    expect(found.filter((f) => f.startsWith('FOUNDED Liam ->'))).toEqual([]);
  });

  it('takes a company pointer after a present verb of heading, not after a past one', () => {
    const opening = 'Veltra Energy won a large contract in Chile. ';
    expect(people(opening + 'Sara Okon runs the company with two partners.')).toContain(
      'LEADS Sara Okon -> Veltra Energy',
    );
    expect(
      people(opening + 'She replaces Tim Wade, who has led the company since 2009.').filter((f) =>
        f.startsWith('LEADS Tim Wade'),
      ),
    ).toEqual([]);
  });
});

describe('a founder apposed with a pointer to the company', () => {
  it('reads "P, son cofondateur et directeur général" and "P, its chief executive and co-founder"', () => {
    expect(
      people(
        "Tarvel a levé 12 millions d'euros. Hélène Caradec, sa cofondatrice et présidente, veut ouvrir Madrid.",
      ),
    ).toEqual(expect.arrayContaining(['FOUNDED Hélène Caradec -> Tarvel']));
    expect(
      people(
        'Brantwood Labs raised $15 million. Dev Malhotra, its chief executive and co-founder, plans to hire.',
      ),
    ).toEqual(expect.arrayContaining(['FOUNDED Dev Malhotra -> Brantwood Labs']));
  });

  it('reads no founding from a kin apposition ("the son of its founder")', () => {
    const found = people(
      'Brantwood Labs raised $15 million. Dev Malhotra, its chief executive and the son of its founder, plans to hire.',
    );
    expect(found.filter((f) => f.startsWith('FOUNDED Dev Malhotra'))).toEqual([]);
  });
});
