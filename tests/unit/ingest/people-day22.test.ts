/**
 * Day twenty-two, founders and leaders. Three readings of structure, with near misses:
 * - an age between commas after a person ("P, 47 ans, en assure …", "P, 39, co-founded …") is passed over, the
 *   comma kept before an apposition ("P, 61 ans, ancien directeur général de X, …" stays a former post);
 * - a head's post as a sentence's second predicate ("P joined X in 2010 and is now its chairman", "X a été rachetée
 *   par Y, et P en est resté le président") is the first predicate's company, not a name after a preposition; "P, en est le directeur général" reads as
 *   "P en est …" (the comma closing the person's apposition);
 * - a founding verb opening a second predicate after a time phrase ("P left X in 2015 and the following year
 *   co-founded Y with Q") has the sentence's person as subject, and a relative time ("the following year") no
 *   longer parts the company founded from its co-founder ("founded Y the following year with Q").
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The LEADS and FOUNDED relations of `text` read under headline `title`, as "TYPE source -> target". */
function facts(title: string, text: string): string[] {
  return relationsOf(text, title)
    .filter((r) => r.type === 'LEADS' || r.type === 'FOUNDED')
    .map(typedPair);
}

describe('an age apposed to a person is passed over', () => {
  it.each([
    [
      'Biscuits Garnier ouvre une usine',
      'Les Biscuits Garnier emploient 300 salariés à Nantes. Lucie Garnier, 47 ans, en assure la direction générale depuis 2020.',
      'LEADS Lucie Garnier -> Biscuits Garnier',
    ],
    [
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Helen Ward, 58, remains its chairman.',
      'LEADS Helen Ward -> Corvex Logistics',
    ],
  ])('%s', (title, text, expected) => {
    expect(facts(title, text)).toContain(expected);
  });

  it.each([
    [
      'a former post after the age (en)',
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Helen Ward, 58, was its chairman until 2019.',
      'LEADS Helen Ward -> Corvex Logistics',
    ],
    [
      'a past copula after the age (fr)',
      'Calder Bank recrute',
      "Calder Bank nomme Nadia Osei. Nadia Osei, 44 ans, était jusqu'ici directrice générale de Tallis Payments.",
      'LEADS Nadia Osei -> Tallis Payments',
    ],
    [
      'a past perfect copula after the age (en)',
      'Calder Bank hires',
      'Calder Bank named Nadia Osei. Nadia Osei, 44, had been chief executive of Tallis Payments since 2017.',
      'LEADS Nadia Osei -> Tallis Payments',
    ],
    [
      'a former post in the apposition after the age (fr)',
      'Tellis recrute',
      "Tellis renforce son conseil d'administration. Marc Vidal, 61 ans, ancien directeur général de Norvia, rejoint le conseil de Tellis.",
      'LEADS Marc Vidal -> Norvia',
    ],
  ])('no reading for %s', (_name, title, text, unexpected) => {
    expect(facts(title, text)).not.toContain(unexpected);
  });
});

describe("a head's post as the second predicate takes the first predicate's company", () => {
  it.each([
    [
      'Pellucid Audio expands',
      'Pellucid Audio makes headphones in Leeds. Grace Whitlow launched Pellucid Audio in 2014 with two friends and has been its chief executive since 2016.',
      'LEADS Grace Whitlow -> Pellucid Audio',
    ],
    [
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Ravi Menon, a former Maersk manager, joined Corvex Logistics in 2010 and is now its chairman.',
      'LEADS Ravi Menon -> Corvex Logistics',
    ],
    [
      'Amorik rachète une brasserie',
      'Le groupe Amorik poursuit ses emplettes en Bretagne. La Brasserie Kerlann a été rachetée en 2022 par Amorik, et Yann Kerlann en est resté le président.',
      'LEADS Yann Kerlann -> Brasserie Kerlann',
    ],
    [
      "La Fromagerie Rioux s'agrandit",
      'La Fromagerie Rioux a été fondée en 1950 par Jean Rioux dans le Cantal. Son petit-fils, Hugo Rioux, en est le directeur général depuis 2019.',
      'LEADS Hugo Rioux -> Fromagerie Rioux',
    ],
    [
      'Optinov grandit',
      "Optinov conçoit des capteurs pour l'industrie. Sophie Marchal a rejoint Optinov en 2015 et en est aujourd'hui la directrice générale.",
      'LEADS Sophie Marchal -> Optinov',
    ],
  ])('%s', (title, text, expected) => {
    expect(facts(title, text)).toContain(expected);
  });

  it.each([
    [
      'a department head (en)',
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Ravi Menon joined Corvex Logistics in 2010 and is now its head of sales.',
      'LEADS Ravi Menon -> Corvex Logistics',
    ],
    [
      'a post held before (en)',
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Ravi Menon joined Corvex Logistics in 2010 and was its chairman until 2020.',
      'LEADS Ravi Menon -> Corvex Logistics',
    ],
    [
      'a finance post (fr)',
      'Amorik rachète une brasserie',
      'Le groupe Amorik poursuit ses emplettes en Bretagne. La Brasserie Kerlann a été rachetée en 2022 par Amorik, et Yann Kerlann en est resté le directeur financier.',
      'LEADS Yann Kerlann -> Brasserie Kerlann',
    ],
    [
      'a finance post after the apposition (fr)',
      "La Fromagerie Rioux s'agrandit",
      'La Fromagerie Rioux a été fondée en 1950 par Jean Rioux dans le Cantal. Son petit-fils, Hugo Rioux, en est le directeur financier depuis 2019.',
      'LEADS Hugo Rioux -> Fromagerie Rioux',
    ],
    [
      'the buyer after "par" (fr)',
      'Amorik rachète une brasserie',
      'Le groupe Amorik poursuit ses emplettes en Bretagne. La Brasserie Kerlann a été rachetée en 2022 par Amorik, et Yann Kerlann en est resté le président.',
      'LEADS Yann Kerlann -> Amorik',
    ],
    [
      "the employer in the person's apposition (en)",
      'Corvex Logistics names board',
      'Corvex Logistics operates 400 trucks across Britain. Ravi Menon, a former Maersk manager, joined Corvex Logistics in 2010 and is now its chairman.',
      'LEADS Ravi Menon -> Maersk',
    ],
  ])('no reading for %s', (_name, title, text, unexpected) => {
    expect(facts(title, text)).not.toContain(unexpected);
  });
});

describe('a founding verb after "and" and a time phrase has the sentence subject', () => {
  it.each([
    [
      'Voltaire Robotics raises funds',
      'Voltaire Robotics builds warehouse robots in Munich. Lena Brandt left Siemens in 2015 and the following year co-founded Voltaire Robotics with Omar Said.',
      ['FOUNDED Lena Brandt -> Voltaire Robotics', 'FOUNDED Omar Said -> Voltaire Robotics'],
    ],
    [
      'Kestrel Pay raises funds',
      'Kestrel Pay processes card payments for small shops. Tomás Reyes sold his first start-up in 2012 and two years later founded Kestrel Pay.',
      ['FOUNDED Tomás Reyes -> Kestrel Pay'],
    ],
    [
      'Datalis lève des fonds',
      "Datalis édite des logiciels pour les hôpitaux. Claire Dubois a quitté Capgemini en 2018 et a créé l'année suivante la société Datalis avec Hugo Lenoir.",
      ['FOUNDED Claire Dubois -> Datalis', 'FOUNDED Hugo Lenoir -> Datalis'],
    ],
    [
      'Fernway expands',
      'Fernway makes organic yoghurt in Normandy. Ines Moreau, who ran the dairy unit of Danone until 2019, founded Fernway the following year with chemist Paul Ardent.',
      ['FOUNDED Ines Moreau -> Fernway', 'FOUNDED Paul Ardent -> Fernway'],
    ],
  ])('%s', (title, text, expected) => {
    const found = facts(title, text);
    for (const e of expected) expect(found).toContain(e);
  });

  it.each([
    [
      'Voltaire Robotics raises funds',
      'Voltaire Robotics builds warehouse robots in Munich. Lena Brandt left Siemens in 2015 and the following year joined Voltaire Robotics as sales director.',
      'FOUNDED Lena Brandt -> Voltaire Robotics',
    ],
    [
      'Datalis lève des fonds',
      "Datalis édite des logiciels pour les hôpitaux. Claire Dubois a rejoint Capgemini en 2018 et a quitté l'année suivante la société Datalis.",
      'FOUNDED Claire Dubois -> Datalis',
    ],
  ])('no founding when the second verb is not one (%s)', (title, text, unexpected) => {
    expect(facts(title, text)).not.toContain(unexpected);
  });
});

describe("a fronted founding: the founder's described past employer is not the company founded", () => {
  it.each([
    [
      'Ternel Partenaires reprend la Laiterie Rouzic',
      "Le fonds Ternel Partenaires a repris la Laiterie Rouzic en 2023. Créé en 2011 par Odile Ferrand, une ancienne de la Société Générale qui en est toujours la présidente, le fonds gère 400 millions d'euros.",
      'Ternel Partenaires',
      'Société Générale',
    ],
    [
      'Harwick Capital buys Dunmore Bakeries',
      'Harwick Capital bought Dunmore Bakeries in 2022 for 80 million pounds. Founded in 2009 by Ruth Calder, a former Barclays banker who still chairs it, the firm manages 2 billion pounds.',
      'Harwick Capital',
      'Barclays',
    ],
  ])('%s', (title, text, founded, employer) => {
    const found = facts(title, text);
    const founder = found.find((f) => f.startsWith('FOUNDED '))?.split(' -> ')[0];
    expect(found).toContain(`${founder} -> ${founded}`);
    expect(found).not.toContain(`${founder} -> ${employer}`);
  });
});
