import { isLeaderTitle } from '../../../ingest/relations/people';
import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('a venture apposed to the company its founder is said to run', () => {
  it('gives the subject and the partner after "with" the founding, and the post the subject runs now', () => {
    const found = people(
      'Veltrano has hired a new finance chief. Rosalind Achterberg now runs Quarrybell, a lending start-up she co-founded in 2019 with former Barclays trader David Kamara.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'FOUNDED Rosalind Achterberg -> Quarrybell',
        'FOUNDED David Kamara -> Quarrybell',
        'LEADS Rosalind Achterberg -> Quarrybell',
      ]),
    );
  });

  it('reads the French object relative and "et préside toujours"', () => {
    const found = people(
      "Le groupe Trelandis recrute. Marie Quintard siège au conseil de Pavéo, une PME qu'elle a cofondée en 2011 et préside toujours.",
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Marie Quintard -> Pavéo', 'LEADS Marie Quintard -> Pavéo']),
    );
  });

  it('gives nothing when the apposition tells another act than a founding', () => {
    const found = people(
      'Veltrano has hired a new finance chief. Rosalind Achterberg praised Quarrybell, a lending start-up she visited in 2019 with David Kamara.',
    );
    expect(found.filter((f) => f.includes('Quarrybell'))).toEqual([]);
  });
});

describe('a fronted founding whose main-clause pointer was taken for a company of the founders’ appositions', () => {
  it('gives the founders to the article’s company', () => {
    const found = people(
      'Tembrook has raised $14 million. Co-founded in 2020 by Lerato Dube, a former engineer at Vodacom, and Peter Ammerlaan, who previously ran sales at Dutch bank ING, the Johannesburg company sells payroll software.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Lerato Dube -> Tembrook', 'FOUNDED Peter Ammerlaan -> Tembrook']),
    );
    expect(found.filter((f) => /-> (Vodacom|ING)$/.test(f))).toEqual([]);
  });

  it('does not read the founders’ former employer, apposed as "deux anciens de X", as the company founded', () => {
    const found = people(
      "Le spécialiste Corvalys lève 9 millions d'euros. Fondée en 2022 par Hugo Prévert et Salomé Diakité, deux anciens de l'Office national des forêts (ONF), la jeune pousse compte 40 salariés.",
    );
    expect(found.filter((f) => f.includes('Office national'))).toEqual([]);
  });
});

describe('a subject named before an apposition that ends on another company', () => {
  it('founds the subject, not the last name of its apposition', () => {
    const found = people(
      'Ladderpay raised money this week. Ladderpay, backed by Kinnevik and Northzone, was founded in 2016 by Oskar Lindgren.',
    );
    expect(found).toContain('FOUNDED Oskar Lindgren -> Ladderpay');
    expect(found.filter((f) => f.includes('Northzone'))).toEqual([]);
  });
});

describe('the head named through the board or the post', () => {
  it('reads the chair of a named board and an interim general management', () => {
    expect(
      people(
        "Le groupe Morvanne rachète Estelor. La présidente du conseil de surveillance d'Estelor, Sophie Lavoisier, approuve l'opération.",
      ),
    ).toContain('LEADS Sophie Lavoisier -> Estelor');
    expect(
      people(
        "Le groupe Morvanne rachète Estelor. Chez Estelor, la direction générale est assurée par intérim par Yannick Le Bris depuis l'été.",
      ),
    ).toContain('LEADS Yannick Le Bris -> Estelor');
  });

  it('does not read a function’s management as the head', () => {
    expect(
      people(
        "Le groupe Morvanne rachète Estelor. Chez Estelor, la direction financière est assurée par Yannick Le Bris depuis l'été.",
      ),
    ).not.toContain('LEADS Yannick Le Bris -> Estelor');
  });
});

describe('the helm as a place and as a thing handed over', () => {
  it('reads "aux commandes de X" fronted and predicative', () => {
    expect(
      people(
        "Le groupe Morvanne rachète Estelor. Aux commandes d'Estelor depuis 2021, Claire Castagnet gardera la direction de la filiale.",
      ),
    ).toContain('LEADS Claire Castagnet -> Estelor');
    expect(
      people('Le groupe Morvanne rachète Estelor. Claire Castagnet est aux commandes d’Estelor depuis 2021.'),
    ).toContain('LEADS Claire Castagnet -> Estelor');
  });

  it('gives the company of "dont le fondateur" its founder and the person the helm was handed to', () => {
    const found = people(
      "Le groupe Morvanne affronte le nantais Brévalis, dont le fondateur, Gaspard Rouvière, a passé la main l'an dernier à Inès Kaddouri.",
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Gaspard Rouvière -> Brévalis', 'LEADS Inès Kaddouri -> Brévalis']),
    );
    expect(found).not.toContain('LEADS Gaspard Rouvière -> Brévalis');
  });

  it('does not read shares handed over as the helm', () => {
    expect(
      people(
        "Le groupe Morvanne affronte le nantais Brévalis, dont le fondateur, Gaspard Rouvière, a cédé l'an dernier ses parts à Inès Kaddouri.",
      ),
    ).not.toContain('LEADS Inès Kaddouri -> Brévalis');
  });

  it('reads "Fondateur de X, qu’il préside toujours, P" as both facts', () => {
    expect(
      people(
        "Le fonds rachète Estelor. Fondateur de Sarrazin Capital, qu'il préside toujours, Pierre Vasselin double sa mise.",
      ),
    ).toEqual(
      expect.arrayContaining([
        'FOUNDED Pierre Vasselin -> Sarrazin Capital',
        'LEADS Pierre Vasselin -> Sarrazin Capital',
      ]),
    );
  });
});

describe('a head told with "under" and a title', () => {
  it('reads the chief executive under whom the company acts', () => {
    expect(
      people(
        'Tarnwell was bought last year. Hollin Metrics Inc has expanded fast under chief executive Sarah Vollmer.',
      ),
    ).toContain('LEADS Sarah Vollmer -> Hollin Metrics Inc');
  });

  it('does not read another officer as the head', () => {
    expect(
      people(
        'Tarnwell was bought last year. Hollin Metrics Inc has cut costs under finance chief Sarah Vollmer.',
      ),
    ).not.toContain('LEADS Sarah Vollmer -> Hollin Metrics Inc');
  });
});

describe('co-founders who run the company together', () => {
  it('gives every founder of the list the post of a plural relative', () => {
    const found = people(
      'Solvane has raised $9 million. The startup was founded in 2022 by Aiko Matsuda and Ruben Ferreira, who run it as co-chief executives.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['LEADS Aiko Matsuda -> Solvane', 'LEADS Ruben Ferreira -> Solvane']),
    );
  });

  it('does not give them the company when the plural verb heads something else', () => {
    const found = people(
      'Solvane has raised $9 million. The startup was founded in 2022 by Aiko Matsuda and Ruben Ferreira, who run other ventures too.',
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('posts that are not held now', () => {
  it('reads no head in a step-down or a title marked former', () => {
    expect(
      people(
        "Le fonds Larrieu entre au capital d'Aubrac Data. Sylvain Mercier, ancien patron de l'intégrateur Numalto, rejoint le conseil.",
      ),
    ).not.toContain('LEADS Sylvain Mercier -> Numalto');
    expect(
      people(
        'Kestova raised money. Founder Tobias Lund stepped down as chief executive last year, the company said.',
      ).filter((f) => f.startsWith('LEADS')),
    ).toEqual([]);
  });

  it('keeps a present post in the same shapes', () => {
    expect(people('Kestova named a new boss. Ana Ribeiro, who runs Kestova, spoke on Monday.')).toContain(
      'LEADS Ana Ribeiro -> Kestova',
    );
    expect(
      people(
        "Le fonds Larrieu entre au capital d'Aubrac Data. Sylvain Mercier, patron de l'intégrateur Numalto, rejoint le conseil.",
      ),
    ).toContain('LEADS Sylvain Mercier -> Numalto');
  });

  it('tells "dirigeant" as one head from "un dirigeant" among several, and a French past title from a present one', () => {
    expect(isLeaderTitle('dirigeant de')).toBe(true);
    expect(isLeaderTitle('un dirigeant de')).toBe(false);
    expect(isLeaderTitle('les dirigeants de')).toBe(false);
    expect(isLeaderTitle('ancienne présidente de')).toBe(false);
    expect(isLeaderTitle('ancien banquier et aujourd’hui président de')).toBe(true);
  });

  it('reads no title from a clause that opens the sentence', () => {
    expect(
      people(
        'Kalmeo fusionne avec Orvix. La dirigeante a pris la tête de Kalmeo en 2023, après le départ de son premier PDG, Loïc Garnier.',
      ),
    ).not.toContain('LEADS Loïc Garnier -> Kalmeo');
  });
});

describe('a founder who left to start a company described before its name', () => {
  it('reads the company after its descriptor', () => {
    expect(
      people(
        'Pellham was sold to Arvo. Marisol Quenby left Pellham last year to start an investment fund, Corrigan Ventures.',
      ),
    ).toContain('FOUNDED Marisol Quenby -> Corrigan Ventures');
  });

  it('reads nothing when no company is named', () => {
    expect(
      people('Pellham was sold to Arvo. Marisol Quenby left Pellham last year to start a podcast.').filter(
        (f) => f.startsWith('FOUNDED Marisol'),
      ),
    ).toEqual([]);
  });
});

describe('the partner a founder founded the company with', () => {
  it('reads a partner with a title and an institution before the name', () => {
    expect(
      people(
        'La medtech Orthéa change de patron. Il remplace Julie Morvan, cofondatrice de la société en 2016 avec le chirurgien Marc Oberti, qui reste actionnaire.',
      ),
    ).toContain('FOUNDED Marc Oberti -> Orthéa');
  });

  it('reads no partner who only supported the founding', () => {
    expect(
      people(
        "La medtech Orthéa change de patron. Julie Morvan, cofondatrice d'Orthéa avec l'appui de Bpifrance, reste actionnaire.",
      ).filter((f) => f.includes('Bpifrance')),
    ).toEqual([]);
  });
});

describe('an apposition opening on an article after the company founded', () => {
  it('keeps "X, a maker of … founded by P" when the apposition is long', () => {
    expect(
      people(
        'Orvanta raised money this week. Delmont Labs, a Boston-based maker of industrial vibration sensors founded in 2015 by John Harper, sells to utilities.',
      ),
    ).toContain('FOUNDED John Harper -> Delmont Labs');
  });
});
