import { readFoundedPassive } from '../../../ingest/relations/frames/founders-founded';
import { readerNames as direct, sortedPairs as read } from './frames-test-helpers';

describe('"par"/"by" after two coordinated participles', () => {
  it('gives the agent of "fondée en 2008 et dirigée par P" to the heading only', () => {
    const text = 'Corvelle, une PME fondée en 2008 et dirigée par Nadia Ferreux, fabrique des moules.';
    expect(read(text, 'FOUNDED')).toEqual([]);
    expect(read(text, 'LEADS')).toEqual(['Nadia Ferreux -> Corvelle']);
  });

  it('still reads a founding participle with its own agent', () => {
    const text = 'Corvelle, une PME fondée en 2008 par Nadia Ferreux, fabrique des moules.';
    expect(read(text, 'FOUNDED')).toEqual(['Nadia Ferreux -> Corvelle']);
  });
});

describe('"run by" after a noun of something other than the company', () => {
  it('refuses a round or a fund led by someone', () => {
    expect(read('Tessaro closed a round led by partner Miriam Kolb last week.', 'LEADS')).toEqual([]);
    expect(read('Tessaro joined a fund chaired by Miriam Kolb in 2021.', 'LEADS')).toEqual([]);
  });

  it('reads the company itself run by someone, and its management team led by a chief executive', () => {
    expect(read('Tessaro, run by Miriam Kolb since 2015, makes industrial valves.', 'LEADS')).toEqual([
      'Miriam Kolb -> Tessaro',
    ]);
    expect(
      read("Pelvane's management team, led by chief executive Oscar Lindqvist, will reinvest.", 'LEADS'),
    ).toEqual(['Oscar Lindqvist -> Pelvane']);
    expect(read("Pelvane's research team, led by Oscar Lindqvist, will move to Oslo.", 'LEADS')).toEqual([]);
  });
});

describe('Lists of founders after "par"/"by"', () => {
  it('refuses a list after a plural kin word, whose members may share one surname', () => {
    const text = 'Marlowe, set up in 1999 by sisters Ingrid and Freya Solberg, sells walking boots.';
    expect(direct(text, readFoundedPassive)).toEqual([]);
    const plain = 'Marlowe, set up in 1999 by Ingrid Solberg and Freya Dahl, sells walking boots.';
    expect(direct(plain, readFoundedPassive)).toEqual(['Freya Dahl -> Marlowe', 'Ingrid Solberg -> Marlowe']);
  });

  it('stops at "whose": the person named after it is no founder', () => {
    const text = 'Brandt Mills was founded in 1948 by Otto Brandt, whose niece Clara Brandt now chairs it.';
    expect(direct(text, readFoundedPassive)).toEqual(['Otto Brandt -> Brandt Mills']);
  });

  it('steps over a relative clause between two founders', () => {
    const text =
      'Vexor was founded in 2020 by Lina Park, who previously ran research at Intel, and Tom Reyes, a former banker.';
    expect(direct(text, readFoundedPassive)).toEqual(['Lina Park -> Vexor', 'Tom Reyes -> Vexor']);
  });

  it('reads the names apposed to a count of former staff, not the former employer', () => {
    const text =
      'Ardelis, fondée en 2017 à Nantes par deux anciens de Capgemini, Sarah Lemoine et Paul Guérin, emploie 40 personnes.';
    expect(direct(text, readFoundedPassive)).toEqual(['Paul Guérin -> Ardelis', 'Sarah Lemoine -> Ardelis']);
  });

  it('reads a founder whose former employer stands right before the name', () => {
    const text = 'Founded in 2011 by former Google engineer Ravi Menon, Cloudwick sells backup software.';
    expect(read(text, 'FOUNDED')).toEqual(['Ravi Menon -> Cloudwick']);
  });
});

describe('LEADS of a second predicate', () => {
  it('reads "aujourd\'hui dirigé par" after a founding', () => {
    const text =
      "Le groupe Brevard, créé en 1970 par Henri Brevard et aujourd'hui présidé par sa fille Claire Brevard, compte 90 salariés.";
    expect(read(text, 'LEADS')).toEqual(['Claire Brevard -> Brevard']);
    expect(read(text, 'FOUNDED')).toEqual(['Henri Brevard -> Brevard']);
  });

  it('reads "… et reste à la tête de X" of the sentence\'s subject only', () => {
    expect(
      read(
        'Sofia Lenz est nommée directrice de la zone Europe du groupe et reste à la tête de Kalpa.',
        'LEADS',
      ),
    ).toEqual(['Sofia Lenz -> Kalpa']);
    expect(
      read('Sofia Lenz rejoint le conseil et Marc Olier reste à la tête de Kalpa.', 'LEADS'),
    ).not.toContain('Sofia Lenz -> Kalpa');
  });
});

describe('Co-founders after "avec"/"with" when the founding verb has a pronoun subject', () => {
  it('reads the co-founder of a named company', () => {
    expect(read('Vous avez créé Brisane avec votre associée Hélène Marchetti en 2016.', 'FOUNDED')).toEqual([
      'Hélène Marchetti -> Brisane',
    ]);
    expect(read('She co-founded Ludora with engineer Paul Weber in 2019.', 'FOUNDED')).toEqual([
      'Paul Weber -> Ludora',
    ]);
  });

  it('refuses someone who only helped', () => {
    expect(read('Elle a créé Ludora avec le soutien de Tariq Haddad.', 'FOUNDED')).toEqual([]);
  });

  it('reads the article\'s company for "set it up with P", in a sentence naming no company', () => {
    const lead = 'Vantrel Solar Ltd sells solar pumps to farms in Kenya. ';
    expect(
      read(lead + 'Since he set it up with his cousin Ahmed Saleh in 2015, sales have doubled.', 'FOUNDED'),
    ).toEqual(['Ahmed Saleh -> Vantrel Solar Ltd']);
    expect(read(lead + 'He set it up with money from Ahmed Saleh in 2015.', 'FOUNDED')).toEqual([]);
  });
});

describe('FOUNDED from an object relative with a pronoun subject', () => {
  it('reads the person apposed a title of the company', () => {
    expect(
      read(
        '"Prices will rise," said Nora Vitt, chief executive of Keldan, which she founded in 2012.',
        'FOUNDED',
      ),
    ).toEqual(['Nora Vitt -> Keldan']);
  });

  it('refuses a person who is not apposed to the company', () => {
    expect(
      read('Tom Ashe will join Keldan, which she founded in 2012, as finance director.', 'FOUNDED'),
    ).toEqual([]);
  });
});
