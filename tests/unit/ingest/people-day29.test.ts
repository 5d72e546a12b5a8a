/**
 * Day twenty-nine, founders and leaders: a head who hands over the helm of a company named after it ("a cédé lundi
 * la direction générale de X à P", "handed the reins of X to his son, P", frames/leads-handed-over.ts); a post the
 * person left ("has stepped down as head of X") is no post held (frames/founders-post.ts); "P, chief executive of its insurance arm X" heads X
 * (frames/leads-appointments.ts); a company founded told in an object relative whose pronoun stands for the
 * clause's subject ("P dirige la filiale X, qu'elle a fondée", frames/founders-cofounder.ts); given names that
 * were missing (entities/first-names-world.ts). Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return run(text, '2026-11-27')
    .relations.map(typedPair)
    .filter((f) => f.startsWith(`${type} `))
    .sort();
}

function people(text: string): string[] {
  return run(text, '2026-11-27')
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();
}

describe('the helm of a named company handed over', () => {
  it.each([
    [
      'Le fondateur a cédé mardi la direction générale de Verlane à sa fille, Chloé Martin.',
      'LEADS Chloé Martin -> Verlane',
    ],
    [
      "Gilles Roux a transmis en 2021 la présidence du directoire de Fromageries Arnaud à Louise Perrin, jusqu'ici directrice commerciale.",
      'LEADS Louise Perrin -> Fromageries Arnaud',
    ],
    [
      'Karl Adams handed the reins of Brixton Foods to his son, Tom Adams, in 2021.',
      'LEADS Tom Adams -> Brixton Foods',
    ],
    [
      'Pressmore Print is a family firm. In 2019 its founder handed the helm of the company to Ruth Dale.',
      'LEADS Ruth Dale -> Pressmore Print',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // a function handed over, not the helm
    [
      'Le fondateur a cédé mardi la direction financière de Verlane à sa fille, Chloé Martin.',
      'LEADS Chloé Martin -> Verlane',
    ],
    // the helm of the unit is not named: the company named is the buyer's, not the one handed over
    [
      'Karl Adams handed the reins to his son, Tom Adams, after Brixton Foods was sold to Varley Group.',
      'LEADS Tom Adams -> Varley Group',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });
});

describe("the head of a company's own unit, told after its possessive", () => {
  it.each([
    [
      'Kestrel Group said Maya Lund, chief executive of its leasing arm Kestrel Fleet, would join the board.',
      'LEADS Maya Lund -> Kestrel Fleet',
    ],
    [
      'Brantley Group said Peter Holm, president of its payments division Brantley Pay, expected sales to rise.',
      'LEADS Peter Holm -> Brantley Pay',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // a post given up
    [
      'Kestrel Group said Maya Lund, former chief executive of its leasing arm Kestrel Fleet, would join the board.',
      'LEADS Maya Lund -> Kestrel Fleet',
    ],
    // a function, not the head
    [
      'Kestrel Group said Maya Lund, chief financial officer of its leasing arm Kestrel Fleet, would join the board.',
      'LEADS Maya Lund -> Kestrel Fleet',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });
});

describe('a post the person stepped down from', () => {
  it.each([
    [
      'Quillon Labs is the research unit of Quillon Robotics. Dana Whitfield has stepped down as head of Quillon Labs.',
      'LEADS Dana Whitfield -> Quillon Labs',
    ],
    [
      'Marta Nowak resigned as chief executive of Tellwave Systems in June.',
      'LEADS Marta Nowak -> Tellwave Systems',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });

  it('still reads a post held ("has been chief executive of X since")', () => {
    expect(facts('Marta Nowak has been chief executive of Tellwave Systems since 2020.', 'LEADS')).toContain(
      'LEADS Marta Nowak -> Tellwave Systems',
    );
  });
});

describe('a company founded, told in an object relative on the company its subject heads', () => {
  it.each([
    [
      "Lucie Marchal dirige depuis 2023 la filiale Hydrelis Mobilité, qu'elle a fondée en 2021.",
      'FOUNDED Lucie Marchal -> Hydrelis Mobilité',
    ],
    [
      "Sylvain Dorval dirige depuis 2020 Néotherm, un spécialiste de la géothermie qu'il avait cofondé en 2011.",
      'FOUNDED Sylvain Dorval -> Néotherm',
    ],
    [
      'Grace Holt runs Tidemark Analytics, which she founded in 2015.',
      'FOUNDED Grace Holt -> Tidemark Analytics',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'FOUNDED')).toContain(fact);
  });

  it.each([
    // another name stands between the subject and the company: the pronoun may be that one's
    [
      'Grace Holt, who joined Harlan Group last year, praised Tidemark Analytics, which he founded in 2015.',
      'FOUNDED Grace Holt -> Tidemark Analytics',
    ],
    // the subject only joins the company: the pronoun may stand for anyone
    [
      'Grace Holt will join Tidemark Analytics, which he founded in 2015.',
      'FOUNDED Grace Holt -> Tidemark Analytics',
    ],
    // the relative's verb is a purchase, not a founding
    [
      "Lucie Marchal dirige depuis 2023 la filiale Hydrelis Mobilité, qu'elle a rachetée en 2021.",
      'FOUNDED Lucie Marchal -> Hydrelis Mobilité',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'FOUNDED')).not.toContain(fact);
  });
});

describe('given names that were missing', () => {
  it.each([
    ['Amira Belkacem reste directrice générale de Numalis.', 'Amira Belkacem'],
    ['Julian Hart, chief executive of Corrow Mills, said demand was strong.', 'Julian Hart'],
    ['Sverre Lunde dirige Nordvik Shipping depuis 2019.', 'Sverre Lunde'],
    ['Piers Lattimer runs Halcott Brewing.', 'Piers Lattimer'],
  ])('%s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('reads a head with such a name', () => {
    expect(facts('Amira Belkacem reste directrice générale de Numalis.', 'LEADS')).toContain(
      'LEADS Amira Belkacem -> Numalis',
    );
  });
});
