import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('a fronted founding whose list of founders is coordinated after an apposition', () => {
  it('gives the founders to the main clause’s company, not to a company coordinated after ", et"', () => {
    const found = people(
      "La start-up nantaise Veltiq annonce une levée de 8 millions d'euros. Fondée en 2020 par Lucien Moreau, un ancien notaire, et le fonds Kalista Ventures, la société compte 60 clients.",
    );
    expect(found).toContain('FOUNDED Lucien Moreau -> Veltiq');
    expect(found.filter((f) => f.endsWith('-> Kalista Ventures'))).toEqual([]);
  });
});

describe('"is the brainchild of"', () => {
  it('reads the copula form as a founding of the subject', () => {
    const found = people(
      'Pelagrid has raised $12 million. The startup is the brainchild of Ingrid Solheim, who spent a decade building fishing sonar.',
    );
    expect(found).toContain('FOUNDED Ingrid Solheim -> Pelagrid');
  });

  it('gives nothing when the brainchild is no company', () => {
    const found = people(
      'Pelagrid has raised $12 million from Norrvik Capital. The deal is the brainchild of Ingrid Solheim, a partner at the fund.',
    );
    expect(found.filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('a founder’s title with the kind of company before its name', () => {
  it('reads French "fondatrice de la plateforme de covoiturage X"', () => {
    const found = people(
      "Brévia a levé 2 millions d'euros auprès de business angels, dont Maëlys Tournier, la fondatrice de la plateforme de covoiturage Ridelo.",
    );
    expect(found).toContain('FOUNDED Maëlys Tournier -> Ridelo');
  });

  it('reads English "founder of meal-kit startup X"', () => {
    const found = people(
      'Brevia raised $3 million from angels including Tobias Wren, founder of grocery startup Cartloop, who joins the board.',
    );
    expect(found).toContain('FOUNDED Tobias Wren -> Cartloop');
  });

  it('does not read a company named after a participle as the one founded', () => {
    const found = people(
      'Brevia raised $3 million. Tobias Wren, founder of a firm bought by Cartloop in 2019, joins the board.',
    );
    expect(found.filter((f) => f.endsWith('-> Cartloop'))).toEqual([]);
  });
});

describe('a company that is the object of a relative whose subject is its founder', () => {
  it('reads "X, which P co-founded in 2011, …" and "X, que P a créée en 1998, …"', () => {
    expect(
      people(
        'Orvane raised money. Quillmark, which Hamid Rostami co-founded in 2011, was sold to Delford in 2021.',
      ),
    ).toContain('FOUNDED Hamid Rostami -> Quillmark');
    expect(
      people(
        'Orvane lève des fonds. La marque Sablière, que Jeanne Castagnet a créée en 1998, emploie 40 personnes.',
      ),
    ).toContain('FOUNDED Jeanne Castagnet -> Sablière');
  });

  it('gives nothing for another verb in the relative', () => {
    const found = people(
      'Orvane raised money. Quillmark, which Hamid Rostami joined in 2011, was sold to Delford in 2021.',
    );
    expect(found.filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('the founder a company was bought from', () => {
  it('gives the founder to the company bought, not to the buyer', () => {
    const found = people(
      "Le groupe Maravel, qui a réalisé 90 millions d'euros de chiffre d'affaires, avait racheté en 2021 la marque Pétrel à son créateur, Gaspard Lenoir.",
    );
    expect(found).toContain('FOUNDED Gaspard Lenoir -> Pétrel');
    expect(found).not.toContain('FOUNDED Gaspard Lenoir -> Maravel');
  });

  it('reads nothing when no company bought is named besides the buyer', () => {
    const found = people(
      'Tamsworth Capital is selling Brightmoor. Tamsworth Capital acquired shares in 2019 from its founders, Ollie Brand and Priya Sen.',
    );
    expect(found.filter((f) => f.endsWith('-> Tamsworth Capital'))).toEqual([]);
  });
});

describe('the chair of a company’s board told with a present verb', () => {
  it('reads "P chairs the board of X" and "P, qui préside le conseil de surveillance de X"', () => {
    expect(people('Corlen raised money from Vantor. Elise Varga chairs the board of Corlen.')).toContain(
      'LEADS Elise Varga -> Corlen',
    );
    expect(
      people(
        'Corlen lève des fonds. Inès Belhadj, qui préside le conseil de surveillance de Corlen, pilote les partenariats.',
      ),
    ).toContain('LEADS Inès Belhadj -> Corlen');
  });

  it('reads the second verb of the person’s relative', () => {
    const found = people(
      'Wevra was set up in 2012 by Dana Ortiz and Arjun Kapoor, who left the company in 2019 and now chairs the board of textiles startup Loomweft.',
    );
    expect(found).toContain('LEADS Arjun Kapoor -> Loomweft');
  });

  it('gives no LEADS for a board chaired before', () => {
    const found = people(
      'Corlen raised money from Vantor. Elise Varga chaired the board of Corlen until 2020.',
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('a plural founder noun opening a list in a sentence naming no company', () => {
  it('gives every listed founder to the article’s company', () => {
    const found = people(
      "La PME Ferrolis lève 6 millions d'euros auprès du fonds Astrelle. Les fondateurs, Rémi Cazaux et Aïssata Koné, conservent la majorité du capital.",
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Rémi Cazaux -> Ferrolis', 'FOUNDED Aïssata Koné -> Ferrolis']),
    );
  });
});

describe('the post a relative clause gives the person now', () => {
  it('reads "P, who serves as X’s CEO, will join Y as …" as a head of X, not of Y', () => {
    const found = people(
      'Harlow Medical will buy Quintessa Labs. Dr. Amaka Obi, who serves as Quintessa’s chief executive, will join Harlow Medical as chief science officer.',
    );
    expect(found).toContain('LEADS Amaka Obi -> Quintessa Labs');
    expect(found).not.toContain('LEADS Amaka Obi -> Harlow Medical');
  });

  it('reads "said P, who is X’s chief executive"', () => {
    const found = people(
      'Fernlight raised $20 million from Bracken Ventures. "We sell to hospitals," said Tobias Lund, who is Fernlight\'s chief executive.',
    );
    expect(found).toContain('LEADS Tobias Lund -> Fernlight');
  });

  it('gives no LEADS for a finance chief or a fund’s managing partner', () => {
    const found = people(
      'Fernlight raised $20 million from Bracken Ventures. "We like the team," said Tobias Lund, who is Bracken\'s managing partner, and Mia Holt, who is Fernlight\'s chief financial officer.',
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});
