import { run } from './helpers';
import { tokenize } from '../../../ingest/tokens';
import { memberOfTitledList } from '../../../ingest/entities/person-clauses';

/** People's names on real-text shapes (ENT-PER); every name here is invented for the test. */

function typed(text: string, type: 'Person' | 'Organization'): string[] {
  return run(text).entities.flatMap((e) => (e.type === type ? [e.name] : []));
}
const persons = (text: string): string[] => typed(text, 'Person');

describe('a given name from any region opens a person', () => {
  it('reads Polish, Dutch, Maghrebi and Hungarian given names', () => {
    expect(persons('Il milite aux côtés de Leszek Brodowicz pendant deux ans.')).toContain(
      'Leszek Brodowicz',
    );
    expect(persons("Le club recrute alors Wouter Jansema, venu d'Utrecht.")).toContain('Wouter Jansema');
    expect(persons('La revue publie des textes de Mohand Amrouche.')).toContain('Mohand Amrouche');
    expect(persons('Le parti est alors dirigé en coulisses, selon Csaba Terenyi.')).toContain(
      'Csaba Terenyi',
    );
  });

  it('reads a hyphenated given name and a three-word name', () => {
    expect(persons("Il remplace au pied levé Kees-Jan Molenkamp, blessé à l'épaule.")).toContain(
      'Kees-Jan Molenkamp',
    );
    expect(persons('Elle succède à Debbie Carver Hollis à la tête du comité.')).toContain(
      'Debbie Carver Hollis',
    );
  });

  it('does not read a company introduced by a company noun as a person', () => {
    const text = "L'an dernier, Grévin Frais a racheté la laiterie Jared Vallon, près de Laval.";
    expect(persons(text)).not.toContain('Jared Vallon');
  });

  it('does not make a person of a place or a building named after one', () => {
    expect(persons('Le concert a lieu au Madison Square Garden en mars.')).toEqual([]);
    expect(persons('The fight was held at Maggie Square Arena on Friday.')).toEqual([]);
  });

  it('needs more than a word-like given name at the start of a sentence', () => {
    expect(persons('Will Pontrade remain the biggest supplier next year?')).not.toContain('Will Pontrade');
    expect(persons('Its catalogue includes songs by Will Pontrade and others.')).toContain('Will Pontrade');
  });
});

describe('a middle initial and a family suffix', () => {
  it('reads "Given I. Surname" as a person', () => {
    const text = 'The lease was signed between Corvane Inc. and Tobin R. Marsh on June 3.';
    expect(persons(text)).toContain('Tobin R. Marsh');
    expect(typed(text, 'Organization')).not.toContain('Tobin R. Marsh');
  });

  it('reads a Slavic or Georgian surname after an unknown given name', () => {
    expect(persons('Le congrès élit ensuite Drazhko Vetrenov au bureau.')).toContain('Drazhko Vetrenov');
    expect(persons('Il joue aux côtés de Tamaz Gelashvili depuis 2019.')).toContain('Tamaz Gelashvili');
  });

  it('leaves a suffix-shaped word alone at the start of a sentence', () => {
    expect(persons('Krasnov Steelworks said output rose.')).toEqual([]);
  });
});

describe('clauses and titles that only a person fills', () => {
  it('reads "X is the CEO of Y" and "X has been Chairman of Y"', () => {
    expect(persons('Ondine Farrow is the CEO of Lumatrix, a maker of sensors.')).toContain('Ondine Farrow');
    expect(persons('Teodor Halvard has been Chairman of the Board of Brisk Labs since 2015.')).toContain(
      'Teodor Halvard',
    );
  });

  it('reads a lone surname that takes an office', () => {
    expect(persons('In his new role, Ramcharan will serve as the CFO of the group.')).toContain('Ramcharan');
    expect(persons('Quillon is the largest supplier of valves in Ohio.')).not.toContain('Quillon');
    expect(persons('Quillon is chief supplier of the navy.')).not.toContain('Quillon');
  });

  it('reads an age apposition and birth words', () => {
    expect(persons('Bertil Oskarsen, 58, takes over in May.')).toContain('Bertil Oskarsen');
    expect(persons('Ambroise Kettel est né à Nantes en 1931.')).toContain('Ambroise Kettel');
  });

  it('reads a capitalised title before a lone surname, not before a place', () => {
    expect(persons('Later, President Okonkwo signed the bill.')).toContain('Okonkwo');
    expect(persons('Later, President Kenya signed the bill.')).toEqual([]);
  });

  it('reads an occupation noun two adjectives away', () => {
    expect(persons('Il rencontre le théoricien marxiste russe Avdei Plessov à Genève.')).toContain(
      'Avdei Plessov',
    );
  });
});

describe('what keeps a person-shaped name a company', () => {
  it('a plural everyday word at its end, or a speaker that calls itself "it"', () => {
    expect(persons('Clifford Works said it sold its valve unit for 12 mln dlrs.')).toEqual([]);
    expect(persons('Later, Garrett Holm said it would sell the plant.')).toEqual([]);
    expect(persons('Later, Garrett Holm said he would sell the plant.')).toContain('Garrett Holm');
  });

  it('stock or shares of the name', () => {
    expect(persons('It sold 400,000 Chester Dorne shares to the fund.')).toEqual([]);
    expect(persons('Chester Dorne shares his time between Oslo and Bergen.')).toContain('Chester Dorne');
  });
});

describe('a lone surname that speaks as a person', () => {
  it('stays the person named before, even next to a company in a list', () => {
    const text =
      'Mitchell Varga, a Denver investor, owns 9 pct of Tollard Corp. In a filing with the Securities and ' +
      'Exchange Commission, Varga said he bought more shares.';
    expect(typed(text, 'Organization')).not.toContain('Varga');
    expect(persons(text)).toContain('Mitchell Varga');
  });
});

describe('a list of surnames after a plural title', () => {
  it('makes every member a person', () => {
    const text = "Le comité d'audit comprend MM. Oyelaran, Brask et Teufel depuis mai.";
    expect(persons(text)).toEqual(expect.arrayContaining(['Oyelaran', 'Brask', 'Teufel']));
    expect(persons("Le comité d'audit comprend Oyelaran, Brask et Teufel depuis mai.")).toEqual([]);
  });

  it('reads the title with its dot as a token of its own', () => {
    const tokens = tokenize('consisted of Messrs. Oyelaran, Brask and Teufel');
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(memberOfTitledList(tokens, at('Teufel'), at('Teufel') + 1)).toBe(true);
    const plain = tokenize('consisted of Oyelaran, Brask and Teufel');
    const i = plain.findIndex((t) => t.text === 'Teufel');
    expect(memberOfTitledList(plain, i, i + 1)).toBe(false);
  });
});

describe('a document title after a job title', () => {
  it('is no person', () => {
    const text = 'Exhibit 10.4: Director Appointment Letter between Corvane Inc. and Tobin R. Marsh.';
    expect(persons(text)).not.toContain('Appointment Letter');
    expect(persons('The board named Director Ilse Maren to the panel.')).toContain('Ilse Maren');
  });
});

describe('places and works with a given name in front', () => {
  it('a place opener, a known place, a business plural or a French article refute the shape', () => {
    expect(persons('Il visite Glen Carrick par un temps radieux.')).toEqual([]);
    expect(persons('Elle participe aux Mondiaux de Sierra Leone en 2013.')).toEqual([]);
    expect(persons('Later, Walt Denholm Productions confirmed the musical.')).toEqual([]);
    expect(persons('Il ouvre le score contre le Jared Voska, favori du championnat.')).toEqual([]);
    expect(persons('Il ouvre le score contre Jared Voska, favori du tournoi.')).toContain('Jared Voska');
  });
});

describe('wire brackets and short venue-like surnames', () => {
  it('a bracketed wire name is a company, a two-word name ending in a venue word may be a person', () => {
    expect(persons('It signed a contract with the French concern <Dorian Vellac> last year.')).toEqual([]);
    expect(persons("It also said Thomas Field, Norvex's vice president, was appointed president.")).toContain(
      'Thomas Field',
    );
    expect(persons('The team plays at Chester Field every Sunday.')).toEqual([]);
  });
});
