/**
 * Day twenty-seven, founders and leaders: a firm bearing its founder's name after a lower-case origin adjective ("le
 * savoyard Léon Pochat") is a company, and wins a tie against a mention typed by its given name
 * (entities/demonym-founder-name.ts, resolve/cluster.ts); a post told before the person ("a nommé au poste de
 * directrice générale P", "has named as chief executive P", frames/leads-appointed-post.ts); the subject's apposition
 * listing other companies ("X, numéro quatre derrière A, B et C, a nommé P", leads-apposed-subject-head.ts); a name
 * apposed to a possessed noun ("Son principal concurrent, l'autrichien X, est dirigé par P",
 * leads-possessed-apposed-name.ts), whose possessive after a purchase is the buyer's (units-possessives.ts).
 * Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return run(text, '2026-03-10')
    .relations.map(typedPair)
    .filter((f) => f.startsWith(`${type} `))
    .sort();
}

function typeOf(text: string, name: string): string[] {
  return run(text)
    .entities.filter((e) => e.name === name)
    .map((e) => e.type);
}

describe('a firm named after its founder, after a lower-case origin adjective, is a company', () => {
  it.each([
    ['Le transporteur affronte le breton Hervé Kerlan sur le marché du froid.', 'Hervé Kerlan'],
    [
      'En 2022, le groupe avait racheté le savoyard Antoine Favre, spécialiste des crampons.',
      'Antoine Favre',
    ],
    [
      "Sur ce marché, la société se heurte à l'autrichien Otto Brenner, leader des fixations.",
      'Otto Brenner',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['Organization']);
  });

  it('keeps one company when a later mention opens on the given name', () => {
    const text =
      "Le chocolatier Brissac affronte le lyonnais Maurice Vernay sur le chocolat premium. Chez Maurice Vernay, c'est Sophie Vernay qui tient la barre.";
    expect(typeOf(text, 'Maurice Vernay')).toEqual(['Organization']);
  });

  it.each([
    // the adjective qualifies a person noun, not the article's company noun
    ['Le groupe textile a recruté le directeur breton Yann Morvan comme conseiller.', 'Yann Morvan'],
    // an occupation spelled like a demonym
    [
      'Fondée en 1981 par le pharmacien Georges Lemaire, la société fabrique des génériques.',
      'Georges Lemaire',
    ],
    // a person noun in the apposition
    ['Le groupe a recruté le breton Yann Morvan, ancien ministre, comme conseiller.', 'Yann Morvan'],
    // no business in the sentence
    ['Le milieu de terrain a marqué contre le lyonnais Maurice Vernay en championnat.', 'Maurice Vernay'],
  ])('leaves a person: %s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['Person']);
  });
});

describe('a post told before the person', () => {
  it.each([
    [
      "Le conseil d'administration de Sabena Outillage a nommé lundi au poste de directrice générale Anne Morel, jusqu'ici directrice financière.",
      'LEADS Anne Morel -> Sabena Outillage',
    ],
    [
      'Le conseil de surveillance de Vendôme Textiles a désigné mardi à la présidence du directoire Claire Aubert.',
      'LEADS Claire Aubert -> Vendôme Textiles',
    ],
    [
      'Harwick Group has named as chief executive Laura Dunne, a former Unilever executive.',
      'LEADS Laura Dunne -> Harwick Group',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it.each([
    // a function's post is no head's
    'Le conseil de Vendôme Textiles a nommé au poste de directeur financier Paul Morel.',
    // a possibility
    'Le conseil de Vendôme Textiles pourrait nommer au poste de directeur général Paul Morel.',
    // another body's post
    'Vendôme Textiles a nommé au poste de directeur général de sa filiale espagnole Paul Morel.',
  ])('reads no head: %s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe("the companies of the subject's apposition do not take the post", () => {
  it.each([
    [
      'Le groupe familial Ortalis Restauration, numéro trois du secteur derrière Sodexo, Elior et Compass Group, a nommé Hugo Ferrand à sa présidence.',
      'LEADS Hugo Ferrand -> Ortalis Restauration',
      'LEADS Hugo Ferrand -> Compass Group',
    ],
    [
      'Halvard Foods, which ranks third behind Nestlé, Danone and Lactalis in the region, has named Emma Ward as chief executive.',
      'LEADS Emma Ward -> Halvard Foods',
      'LEADS Emma Ward -> Lactalis',
    ],
  ])('%s', (text, want, notWant) => {
    const leads = facts(text, 'LEADS');
    expect(leads).toContain(want);
    expect(leads).not.toContain(notWant);
  });

  it('leaves a name apposed to a name after a preposition to its own reading', () => {
    const text =
      "La coentreprise créée avec l'italien Mercitalia, Alpi Rail, a nommé Marco Rossi à sa présidence.";
    expect(facts(text, 'LEADS')).toEqual(['LEADS Marco Rossi -> Alpi Rail']);
  });
});

describe('a name apposed to a possessed noun is the company the post is of', () => {
  it.each([
    [
      'Le fabricant Ortec vend des pompes. Son principal rival, le bavarois Kessler Pumpen, est dirigé depuis 2022 par Anna Vogt.',
      'LEADS Anna Vogt -> Kessler Pumpen',
    ],
    [
      'Ortec makes pumps. Its biggest rival, German group Kessler Pumpen, is led by Anna Vogt.',
      'LEADS Anna Vogt -> Kessler Pumpen',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toEqual([want]);
  });

  it('leaves a possessive before a title to its company', () => {
    expect(facts('Ortec makes pumps. Its chief executive, Anna Vogt, said sales rose.', 'LEADS')).toEqual([
      'LEADS Anna Vogt -> Ortec',
    ]);
  });

  it("gives the buyer, not the company it just bought, the possessive's rival", () => {
    const text =
      "Le fabricant Marval vend des fixations. En 2022, le groupe avait mis la main sur le savoyard Pierre Dorat, spécialiste des peaux de phoque.\n\nSon principal concurrent, l'autrichien Kestin, est dirigé par Luc Bray.";
    expect(facts(text, 'COMPETES_WITH')).toEqual(['COMPETES_WITH Kestin -> Marval']);
    expect(facts(text, 'LEADS')).toEqual(['LEADS Luc Bray -> Kestin']);
  });
});

describe('a relative clause between the person and the verb of heading or founding', () => {
  it.each([
    [
      'Rupert Marsh, who left the business in 2015, now runs Alder Ridge Ventures, a venture capital firm.',
      'LEADS',
      'LEADS Rupert Marsh -> Alder Ridge Ventures',
    ],
    [
      'Claire Morin, qui a quitté Sodexo en 2019, dirige désormais Restalliance, une PME lyonnaise.',
      'LEADS',
      'LEADS Claire Morin -> Restalliance',
    ],
    [
      'Ben Castell, who joined Talvo in 2020, previously co-founded the packaging start-up Foldbox Ltd.',
      'FOUNDED',
      'FOUNDED Ben Castell -> Foldbox Ltd',
    ],
  ])('%s', (text, type, want) => {
    expect(facts(text, type)).toEqual([want]);
  });

  it('keeps the past head of the relative out', () => {
    const text =
      "Claire Morin, qui a dirigé Sodexo jusqu'en 2019, préside désormais Restalliance, une PME lyonnaise.";
    expect(facts(text, 'LEADS')).toEqual(['LEADS Claire Morin -> Restalliance']);
  });

  it('reads nothing when another person stands in the relative', () => {
    expect(facts('Claire Morin, who advised Paul Roche for years, now runs Restalliance.', 'LEADS')).toEqual(
      [],
    );
  });
});

describe("a person's apposition before the relative that tells the post", () => {
  it.each([
    [
      "Pellam Freight said Ruth Mensah would return as chief executive. Tom Haskell, the company's finance chief, who has run Pellam Freight on an interim basis since January, will return to his previous role.",
      'LEADS Tom Haskell -> Pellam Freight',
    ],
    [
      'Dalvik Metals named a new chief. Anna Berg, its finance director, who has led Dalvik Metals in an acting capacity since May, will stay on.',
      'LEADS Anna Berg -> Dalvik Metals',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it('still needs the interim mark on a perfect of heading', () => {
    const text =
      "Pellam Freight said Ruth Mensah would return as chief executive. Tom Haskell, the company's finance chief, who has run Pellam Freight since January, will return to his previous role.";
    expect(facts(text, 'LEADS')).not.toContain('LEADS Tom Haskell -> Pellam Freight');
  });
});

describe('the board of a company named by a plural noun ("des Laboratoires X")', () => {
  it('appoints for the company', () => {
    const text =
      'Le conseil de surveillance des Laboratoires Varnier a nommé mardi au poste de président du directoire Anne Roy.';
    expect(facts(text, 'LEADS')).toEqual(['LEADS Anne Roy -> Laboratoires Varnier']);
  });

  it('leaves a unit that is no board', () => {
    const text =
      'La filiale des Laboratoires Varnier a nommé mardi au poste de directeur général Paul Morel.';
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});
