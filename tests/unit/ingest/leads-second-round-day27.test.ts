/**
 * Day twenty-seven, founders and leaders (second round): a post handed over with the company's own board after a
 * possessive ("a confié la présidence de son directoire à P", frames/leads-post-holder.ts); a person set off after a
 * description opening the sentence is the subject of the verb after it ("A former banker, P, now runs Y",
 * frames/person-front-apposition.ts), also past a relative naming a successor after "to"/"à"; a relative clause
 * telling the person leaving a post makes the title before the name a past one (leader-left-relative-guard.ts); "its
 * founder, P, who still runs it" (frames/leads-pronoun-possessor.ts); "Chez X, c'est P qui tient la barre"
 * (frames/leads-helm-phrases.ts); "P, le directeur financier, qui assure l'intérim" (frames/leads-topic-posts.ts).
 * Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return run(text, '2026-03-10')
    .relations.map(typedPair)
    .filter((f) => f.startsWith(`${type} `))
    .sort();
}

/** Lead-ins long enough for the language to be told. */
const EN = 'The company said on Monday that it had closed the transaction with its lenders. ';
const FR = "Le groupe a indiqué lundi qu'il avait bouclé l'opération avec ses banques. ";

describe("a post handed over with the company's own board", () => {
  it.each([
    [
      'La biscuiterie normande Orvane a confié jeudi la présidence de son directoire à Agnès Leroux, qui arrivera en mars.',
      'LEADS Agnès Leroux -> Orvane',
    ],
    [
      'Le fabricant Tessor a confié la présidence de son conseil de surveillance à Marc Pelletier.',
      'LEADS Marc Pelletier -> Tessor',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it('reads no head for a function handed over', () => {
    expect(
      facts('Le fabricant Tessor a confié la direction financière de son usine à Marc Pelletier.', 'LEADS'),
    ).toEqual([]);
  });
});

describe('a person set off after a description opening the sentence', () => {
  it.each([
    [
      `${EN}A former investment banker, Owen Hale, now runs Brackley Foods.`,
      'LEADS Owen Hale -> Brackley Foods',
    ],
    [
      `${FR}Ancien banquier d'affaires, Louis Garnier dirige désormais la société Valtis.`,
      'LEADS Louis Garnier -> Valtis',
    ],
    [
      `${FR}Son ancien directeur général, Louis Garnier, dirige désormais la société Valtis.`,
      'LEADS Louis Garnier -> Valtis',
    ],
    [
      `${EN}Dunmore's first chief executive, Owen Hale, who handed over to Keith Brann in 2018, now chairs Brackley Foods.`,
      'LEADS Owen Hale -> Brackley Foods',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it.each([
    // two names before the verb: a list, no description
    `${EN}Brackley Foods, Owen Hale, Keith Brann and others run the local trade body.`,
    // a person inside the description is another subject
    `${EN}Keith Brann's partner, Owen Hale, said he had no plans to run Brackley Foods.`,
  ])('reads no head: %s', (text) => {
    expect(facts(text, 'LEADS')).not.toContain('LEADS Owen Hale -> Brackley Foods');
  });
});

describe('a relative clause telling the person leaving a post', () => {
  it.each([
    `${EN}Dunmore's chief executive, Owen Hale, who stepped down last year, said the deal made sense.`,
    `${EN}Dunmore's first chief executive, Owen Hale, who handed over to Keith Brann in 2018, now chairs Brackley Foods.`,
    `${FR}Le président de Valtis, Louis Garnier, qui a quitté l'entreprise en 2019, s'est félicité de l'accord.`,
  ])('the title before the name is a past one: %s', (text) => {
    const leads = facts(text, 'LEADS');
    expect(leads.filter((f) => f.endsWith('-> Dunmore') || f.endsWith('-> Valtis'))).toEqual([]);
  });

  it('keeps the title when the clause names another company left', () => {
    expect(
      facts(
        `${EN}Dunmore's chief executive, Owen Hale, who left Brackley Foods in 2015, said the deal made sense.`,
        'LEADS',
      ),
    ).toContain('LEADS Owen Hale -> Dunmore');
  });
});

describe('"its founder, P, who still runs it"', () => {
  it("gives the pronoun the possessive's company, not the subject", () => {
    const text = `${EN}Dunmore will compete with Kettering Pumps, a Leeds company named after its founder, Arthur Kettering, who still runs it.`;
    const leads = facts(text, 'LEADS');
    expect(leads).toContain('LEADS Arthur Kettering -> Kettering Pumps');
    expect(leads).not.toContain('LEADS Arthur Kettering -> Dunmore');
  });

  it("leaves a person apposed to a named company's title to the other readers", () => {
    const text = `${EN}Dunmore's chief executive, Owen Hale, who still runs it, said the deal made sense.`;
    expect(facts(text, 'LEADS')).toEqual(['LEADS Owen Hale -> Dunmore']);
  });
});

describe('"Chez X, c\'est P qui tient la barre"', () => {
  it.each([
    [
      `${FR}Chez Valtis, c'est Claire Aubert, la petite-fille du fondateur, qui tient la barre depuis 2021.`,
      'LEADS Claire Aubert -> Valtis',
    ],
    [`${FR}Chez Valtis, c'est Claire Aubert qui tient les rênes.`, 'LEADS Claire Aubert -> Valtis'],
    [
      `${FR}Chez Valtis, c'est Claire Aubert qui est aux commandes depuis 2021.`,
      'LEADS Claire Aubert -> Valtis',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it.each([
    `${FR}Chez Valtis, c'est Claire Aubert qui tient les comptes depuis 2021.`,
    `${FR}Chez Valtis, c'est Claire Aubert qui a signé le contrat, pas le directeur.`,
  ])('reads no head: %s', (text) => {
    expect(facts(text, 'LEADS')).not.toContain('LEADS Claire Aubert -> Valtis');
  });
});

describe('an interim told in a relative clause of the person', () => {
  const intro = 'La biscuiterie Orvane a nommé Agnès Leroux à sa présidence. ';
  it.each([
    `${FR}${intro}Elle succède à Paul Morel, le directeur financier, qui assure l'intérim depuis le départ en juin de son prédécesseur.`,
    `${FR}${intro}Paul Morel, qui assure l'intérim depuis juin, retrouvera ensuite ses fonctions.`,
  ])('%s', (text) => {
    expect(facts(text, 'LEADS')).toContain('LEADS Paul Morel -> Orvane');
  });

  it('reads no head for another post the relative tells', () => {
    const text = `${FR}${intro}Elle travaillait avec Paul Morel, qui assure la direction commerciale.`;
    expect(facts(text, 'LEADS')).not.toContain('LEADS Paul Morel -> Orvane');
  });
});
