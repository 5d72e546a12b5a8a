import { facts, pair, run } from './helpers';

/** Rivalry stated across a clause, through a possessive, a relative pronoun or the article's topic. */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

describe('COMPETES_WITH across clauses', () => {
  it('reads "Its main rivals are A and B" as rivals of the company the text is about', () => {
    const got = rivals(
      'Tarvex Systems sells payroll software to schools. Its main rivals are Kindora Labs and Plumett Software.',
    );
    expect(got).toContain('Kindora Labs ~ Tarvex Systems');
    expect(got).toContain('Plumett Software ~ Tarvex Systems');
    expect(got).not.toContain('Kindora Labs ~ Plumett Software');
  });

  it('pairs the subject with "players such as A and B" it faces, not the players with each other', () => {
    const got = rivals('Ondelia se mesure à des géants comme Vartec et Sorimo sur le marché des bornes.');
    expect(got).toEqual(['Ondelia ~ Sorimo', 'Ondelia ~ Vartec']);
  });

  it('still pairs the key players of a market listed on their own', () => {
    const got = rivals(
      'Le marché est partagé. Les leaders du secteur, tels que Brivane SA, Colmex et Dortal, recrutent.',
    );
    expect(got).toEqual(['Brivane SA ~ Colmex', 'Brivane SA ~ Dortal', 'Colmex ~ Dortal']);
  });

  it('reads a rivalry verb in a relative clause, and after "to"', () => {
    expect(rivals('Fund managers backed Mavrix, which competes with Telorra in freight software.')).toEqual([
      'Mavrix ~ Telorra',
    ]);
    const later = rivals(
      'Quorvant Inc makes billing tools for clinics. The company has struggled to compete with larger rivals such as Medlix and Sanvo.',
    );
    expect(later).toEqual(['Medlix ~ Quorvant Inc', 'Quorvant Inc ~ Sanvo']);
  });

  it('gives bare "rivals A and B" to the article company when no other company comes first', () => {
    const got = rivals(
      'Quenby Ltd sells ticket kiosks to cinemas across Europe. In the spring, margins fell as rivals Ardello and Vintra cut prices.',
    );
    expect(got).toEqual(['Ardello ~ Quenby Ltd', 'Quenby Ltd ~ Vintra']);
  });

  it('pairs the members of a list that dominates a market', () => {
    const got = rivals('In hospital beds, Korvel, Brantix and Salvo dominate the market.');
    expect(got).toEqual(['Brantix ~ Korvel', 'Brantix ~ Salvo', 'Korvel ~ Salvo']);
  });

  it('reads a fronted "face à X" with the subject after the clause', () => {
    expect(
      rivals('Face à Norvane, qui domine le secteur, Pellico mise sur les petites entreprises.'),
    ).toEqual(['Norvane ~ Pellico']);
  });

  it('does not make the companies of a possessive and an earlier subject rivals', () => {
    const got = rivals('Tamora, a Leeds-based card processor, was bought by Venlow rival Quistar in 2022.');
    expect(got).not.toContain('Quistar ~ Tamora');
  });
});

describe('rivals named by a phrase pointing back at two companies', () => {
  it('reads "the two companies have long been rivals" as the pair named together before', () => {
    const text =
      'Harlow Foods and Pentris Dairy agreed to merge on Monday. The deal needs approval. The two companies have long been rivals in chilled desserts.';
    expect(rivals(text)).toEqual(['Harlow Foods ~ Pentris Dairy']);
    expect(
      rivals('The deal needs approval. The two companies have long been rivals in chilled desserts.'),
    ).toEqual([]);
  });

  it('reads "those two companies" as the last pair named together', () => {
    const text =
      'Brovik Telecom bought Lunda Net and Sarvo Mobile last year. Orlan Networks competes with those two companies in rural broadband.';
    expect(rivals(text)).toEqual(['Lunda Net ~ Orlan Networks', 'Orlan Networks ~ Sarvo Mobile']);
  });

  it('sets a newcomer against each company already competing in the market it enters', () => {
    const got = rivals(
      'Pavlo Health enters a crowded market in which Medova, Quantix and Salubra already compete.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Medova ~ Pavlo Health', 'Pavlo Health ~ Quantix', 'Pavlo Health ~ Salubra']),
    );
  });

  it('pairs a list after "entre" that an apposition calls the market leaders', () => {
    const got = rivals(
      'Sur ce segment, la lutte est serrée entre Orvane, Castel Data et Rimbaud, les leaders du marché régional.',
    );
    expect(got).toEqual(['Castel Data ~ Orvane', 'Castel Data ~ Rimbaud', 'Orvane ~ Rimbaud']);
  });
});

describe('salience of the company an anaphor points at', () => {
  it('prefers the article subject to an investor named twice after prepositions', () => {
    const a = run(
      'Brivolo, éditeur de logiciels de paie, lève 8 M€ auprès de Kerlane Capital. Le tour de table est mené par Kerlane Capital, qui entre au conseil. Fondée en 2018 par Anaïs Morvan et Hugo Lestrade, la société emploie 40 personnes.',
    );
    const founded = facts(a, 'FOUNDED').map(pair).sort();
    expect(founded).toEqual(['Anaïs Morvan -> Brivolo', 'Hugo Lestrade -> Brivolo']);
  });
});
