import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

function leadsOf(text: string): string[] {
  return people(text).filter((f) => f.startsWith('LEADS'));
}

describe('heads of other bodies than the company (real-text classes)', () => {
  it('reads no company post from a fronted title with a nationality', () => {
    const text =
      'Brasserie Tholen a ouvert une malterie à Libreville. Le président gabonais, Marc Obiang, a visité le site.';
    expect(leadsOf(text)).toEqual([]);
  });

  it('still reads a plain fronted title as the article company head', () => {
    const text =
      'Brasserie Tholen a ouvert une malterie à Libreville. La directrice générale, Irène Vasseur, a visité le site.';
    expect(leadsOf(text)).toEqual(['LEADS Irène Vasseur -> Brasserie Tholen']);
  });

  it('reads no head of a company from a government or game "led by" a person after it', () => {
    expect(
      leadsOf(
        'Le syndicat Unitex, qui a soutenu le gouvernement dirigé par Paul Ferrand, réclame une hausse des salaires.',
      ),
    ).toEqual([]);
  });

  it('still reads "X, une société dirigée par P"', () => {
    expect(leadsOf('Solvane, une société dirigée par Maya Okafor, ouvre un bureau à Nantes.')).toEqual([
      'LEADS Maya Okafor -> Solvane',
    ]);
  });

  it('reads no head from "led by" when a pronoun opens another clause in between', () => {
    expect(
      leadsOf('Soutenue par Gerland Invest, elle est dirigée par Odile Marchand depuis 2015.').filter((f) =>
        f.endsWith('Gerland Invest'),
      ),
    ).toEqual([]);
  });

  it('gives the title to the possessed body in "P, president of X\'s central bank"', () => {
    expect(leadsOf("Omar Haidari, president of Veltria's central bank, resigned on Friday.")).toEqual([]);
    expect(leadsOf('Omar Haidari, president of Veltria Bank, resigned on Friday.')).toEqual([
      'LEADS Omar Haidari -> Veltria Bank',
    ]);
  });

  it('reads no head from "a team led by P, X\'s head of research"', () => {
    expect(
      leadsOf("The engine was designed by a team led by Greta Holm, Pallas Motors's head of research."),
    ).toEqual([]);
  });
});

describe('heads of states and territories', () => {
  it('reads no company head from a title of a name followed by a nationality', () => {
    expect(
      leadsOf('Le président de la République française Henri Vallon a visité Corvelle Industries.'),
    ).toEqual([]);
    expect(
      leadsOf(
        'Élu président de la Nouvelle-Calédonie française en mai, Paul Néaoutyine a reçu Corvelle Industries.',
      ),
    ).toEqual([]);
  });

  it('still reads the title of a company named before the person', () => {
    expect(leadsOf('Le président de Corvelle Industries, Henri Vallon, a visité le site.')).toEqual([
      'LEADS Henri Vallon -> Corvelle Industries',
    ]);
  });
});

describe('founders listed before a main clause', () => {
  it('does not take the object of the main verb as a co-founder', () => {
    const found = people(
      'Orbeline, co-founded by Samir Khouri and Ada Lind, has hired Bruno Rossi as chief executive.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['FOUNDED Ada Lind -> Orbeline', 'FOUNDED Samir Khouri -> Orbeline']),
    );
    expect(found).not.toContain('FOUNDED Bruno Rossi -> Orbeline');
  });
});

describe('round-one leftovers', () => {
  it('reads "X said CFO P would serve as interim chief executive"', () => {
    expect(
      leadsOf('Calder Mills said finance chief Nina Petrov would serve as interim chief executive.'),
    ).toEqual(['LEADS Nina Petrov -> Calder Mills']);
  });

  it('reads no head from "would serve as chief financial officer"', () => {
    expect(leadsOf('Calder Mills said Nina Petrov would serve as chief financial officer.')).toEqual([]);
  });

  it('reads both people of "X est née de la rencontre entre A, …, et B" as founders', () => {
    expect(
      people('Grainelle est née de la rencontre entre Lucas Morel, boulanger, et Aya Sato, chimiste.'),
    ).toEqual(['FOUNDED Aya Sato -> Grainelle', 'FOUNDED Lucas Morel -> Grainelle']);
  });

  it('reads no founder from "issue de la fusion de A et B"', () => {
    expect(
      people('Grainelle est issue de la fusion de Moulins Bertin et Farines Dorées.').filter((f) =>
        f.startsWith('FOUNDED'),
      ),
    ).toEqual([]);
  });

  it('reads "P est à l\'origine de X" as a founding', () => {
    expect(people("Hugo Lemaire est à l'origine de Cartavia, une application de covoiturage.")).toEqual([
      'FOUNDED Hugo Lemaire -> Cartavia',
    ]);
  });

  it('reads "P dirige par ailleurs X" as a present head', () => {
    expect(leadsOf('Claire Fontaine dirige par ailleurs Atelier Verdier depuis 2019.')).toEqual([
      'LEADS Claire Fontaine -> Atelier Verdier',
    ]);
  });

  it('reads "P en est le président" and "P en est l\'un des cofondateurs" against the article company', () => {
    const text =
      'Atelier Nuvola fabrique des luminaires en verre recyclé. Bianca Ferri en est la présidente. ';
    expect(leadsOf(text)).toEqual(['LEADS Bianca Ferri -> Atelier Nuvola']);
    expect(people(text + "Dario Conte en est l'un des cofondateurs.")).toContain(
      'FOUNDED Dario Conte -> Atelier Nuvola',
    );
  });

  it('reads no head from "P en est le directeur financier"', () => {
    expect(
      leadsOf(
        'Atelier Nuvola fabrique des luminaires en verre recyclé. Bianca Ferri en est la directrice financière.',
      ),
    ).toEqual([]);
  });
});
