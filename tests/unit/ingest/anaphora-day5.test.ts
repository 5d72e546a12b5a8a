import { isFundLikeName } from '../../../ingest/relations/salience-cues';
import { facts, pair, run } from './helpers';
import { articleUnits as unitsOf } from './article-units';

/**
 * Fifth day: which company a pointer stands for when the sentence does not name it — trade descriptors the
 * article attached to a name, the company money goes into, investment firms as side parties, lists that are no
 * antecedent, an object clitic after an apposition, "elle" before a verb only a company takes.
 */

/** Each sentence as its units, pointers starred: "[*Medrix] chief executive , [Tiago Fontes] , said …". */
function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

describe('a trade descriptor stands for the company the article attached that noun to', () => {
  it('reads "the chain" as the company introduced as a chain, not the buyer the article is about', () => {
    const text =
      'Pellworth Group has bought the bakery chain Crumbly Oven. ' +
      'The chain was started in 1994 by Agnes Varga, who is retiring.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Agnes Varga -> Crumbly Oven']);
  });

  it('reads a noun apposed to the first name ("X, the … installer,") for "the installer" later', () => {
    const text =
      'Zentrel, the Lyon-based heat-pump installer, has named Ines Moor chief executive. ' +
      'Carrow Holdings owns a majority of its shares. ' +
      'The installer competes with Solvix and Ampero.';
    expect(unitsOf(text)[2]).toMatch(/^\[\*Zentrel\] competes with/);
  });

  it('opening a sentence, a trade noun never attached to a name is the article’s company', () => {
    const text =
      'Covelia, the Munich-based insurtech, has secured $25 million from Brandl Invest. ' +
      'The insurer competes with Lemonade and Getsafe.';
    expect(unitsOf(text)[1]).toMatch(/^\[\*Covelia\] competes/);
  });

  it('does not give a lender or a bank to the article’s company', () => {
    const text =
      'Fintora has obtained a $20 million loan from Brenner Credit. The lender also holds warrants.';
    expect(unitsOf(text)[1]).toBe('The lender also holds warrants .');
  });

  it('reads a qualified descriptor after the subject as the other company of the sentence before', () => {
    const text =
      'Vortal s’offre Pikso. ' +
      'Le spécialiste nantais a signé pour acquérir la pépite lilloise, fondée en 2019 par Anne Roux et Paul Diaz.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Anne Roux -> Pikso', 'Paul Diaz -> Pikso']);
  });

  it('leaves a ranked predicate alone ("makes X the third-largest UK outsourcer")', () => {
    const text =
      'Corlan Group completed its purchase of Teyside Calls. ' +
      'The deal makes Corlan Group the third-largest UK outsourcer behind Capita and Serco.';
    expect(unitsOf(text)[1]).not.toContain('[*');
  });

  it('leaves a noun with its own complement alone ("The chain of stores was acquired …")', () => {
    const text =
      'Harwick Trust said it will sell its Dorley business. The chain of stores was acquired in 1985.';
    expect(unitsOf(text)[1]).not.toContain('[*');
  });
});

describe('the article’s company outweighs investors', () => {
  it('makes the company an investment goes into the one "its chief executive" belongs to', () => {
    const text =
      'Corvane Holdings has led a $30 million investment in Medrix, a Lisbon diagnostics startup. ' +
      'Its chief executive, Tiago Fontes, said the money would fund trials.';
    expect(pairs(text, 'LEADS')).toEqual(['Tiago Fontes -> Medrix']);
  });

  it('keeps the holder the subject when it raises a stake ("X raised its stake in Y")', () => {
    const text =
      'Corvane Industries said it raised its stake in Medrix to 12 pct. ' +
      'Its chief executive, Paula Reis, said the stake was an investment.';
    expect(pairs(text, 'LEADS')).toEqual(['Paula Reis -> Corvane Industries']);
  });

  it('weighs an investment firm named twice as a side party, so "It" stays the funded company', () => {
    const text =
      'Quorna has raised €8 million from Alder Ventures. ' +
      'Alder Ventures has backed three robotics firms this year. ' +
      'It competes with Robix and Servo Dynamics.';
    expect(unitsOf(text)[2]).toMatch(/^\[\*Quorna\] competes/);
  });

  it('tells investment firms by the last word of their name', () => {
    expect([isFundLikeName('Alder Ventures'), isFundLikeName('Brenner Capital Partners')]).toEqual([
      true,
      true,
    ]);
    expect([isFundLikeName('Capital One Bank'), isFundLikeName('Ventura Foods')]).toEqual([false, false]);
  });

  it('keeps the names after "Ses concurrents" from becoming the article’s topic', () => {
    const text =
      'Rydex, l’application de covoiturage, change de dimension. Rydex revendique 2 millions d’utilisateurs. ' +
      'Ses concurrents Blablo et Karova n’ont pas encore levé autant. ' +
      'La société a été cofondée par Kwame Asare.';
    expect(unitsOf(text)[3]).toMatch(/^\[\*Rydex\]/);
  });

  it('falls back on a company named only as the opening word of the first sentence', () => {
    const text =
      'Brightholm, the Texas solar installer, has appointed Rosa Delgado as chief executive. ' +
      'She succeeds its founder, Aaron Whitfield.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Aaron Whitfield -> Brightholm']);
  });
});

describe('possessives, lists and pronouns', () => {
  it('points "Its backers" and "Sa maison mère" at the article’s company', () => {
    expect(
      unitsOf(
        'Portlane makes port software. Its backers, Insight Partners and Summit Partners, invested.',
      )[1],
    ).toMatch(/^\[\*Portlane\] backers/);
    expect(
      unitsOf('Orbital obtient 20 millions d’euros. Sa maison mère, Aérostar, apporte la moitié.')[1],
    ).toMatch(/^\[\*Orbital\] maison mère/);
  });

  it('leaves "its backers" to the rules once a company is named before it in the sentence', () => {
    expect(unitsOf('Portlane makes software. Portlane said its backers would sell.')[1]).toBe(
      '[Portlane] said its backers would sell .',
    );
  });

  it('does not take a coordinated list opening the sentence as a singular pointer’s antecedent', () => {
    const text =
      'L’éditeur rennais Facturo automatise la facturation. ' +
      'Axonaut, Sellsy et Pennylane visent les mêmes clients que la société rennaise.';
    expect(unitsOf(text)[1]).toContain('que [*Facturo]');
  });

  it('reads an object clitic after an apposition’s closing comma', () => {
    const text =
      'Le laboratoire d’analyses Biomer, basé à Brest, change de mains. ' +
      'Son actionnaire, le fonds Iroise Croissance, l’a cédé au groupe Labrix pour 90 millions d’euros.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Labrix -> Biomer']);
  });

  it('does not give that clitic the agent of a fronted participle', () => {
    const text =
      'Rachetée par Voltis pour 45 millions d’euros, Soléa change de mains. ' +
      'Son vendeur, Ardel Capital, l’avait acquise en 2020.';
    expect(pairs(text, 'ACQUIRED')).not.toContain('Ardel Capital -> Voltis');
  });

  it('reads "Elle affronte" as the company when the sentence before named its founder after it', () => {
    const text =
      'Cardiomed annonce une levée de fonds. La medtech avait été créée en 2017 par Yann Morel, son actuel PDG. ' +
      'Elle affronte notamment l’américain iRhythm.';
    expect(pairs(text, 'COMPETES_WITH')).toEqual(['Cardiomed -> iRhythm']);
  });

  it('gives "Il affrontera" to no merging company when the subject before was the new entity', () => {
    const text =
      'Les mutuelles Varenne Santé et Prévoya ont annoncé leur fusion. ' +
      'Le nouvel ensemble sera dirigé par Nadia Ferhat. Il affrontera Harmonie Mutuelle.';
    expect(pairs(text, 'COMPETES_WITH')).toEqual([]);
  });
});
