/**
 * Day thirty-one (second round), founders and leaders: a company named after a preposition whose apposition a
 * participle of founding closes founded by the agents (frames/founders-apposed-oblique.ts
 * `en.founded.by-apposed-description` and `fr.founded.by-apposed-description`), the sentence's subject no longer given those founders
 * (founded-apposed-company-guard.ts); a relative naming a head after a description apposed to the company
 * (frames/leads-whose-head.ts `any.leads.whose-after-description`); the founder's relative heading the company
 * founded, widened (`any.leads.founder-kin-heads`: "set up", no comma, a trade word, "has been its"). Sentences
 * written for these tests.
 */
import { madePairs } from './helpers';

function founded(text: string): string[] {
  return madePairs(text, '2026-11-30', 'FOUNDED');
}

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('a company after a preposition, described, then founded by its agents', () => {
  it.each([
    [
      'Harland Mills completed its purchase of Quarrytop Bakeries, the sourdough brand founded in 1998 by Helen Strand.',
      ['Helen Strand -> Quarrytop Bakeries'],
    ],
    [
      'Lakemoor Foods said it had completed its $90 million purchase of Pell Creek Tea, the iced-tea brand founded in 2014 by siblings Rosa and Miguel Ferrer.',
      ['Miguel Ferrer -> Pell Creek Tea', 'Rosa Ferrer -> Pell Creek Tea'],
    ],
    [
      'Le groupe Vallorge a finalisé le rachat de Biscuits Tanguy, la marque fondée en 1961 par les frères Yves et Marc Tanguy.',
      ['Marc Tanguy -> Biscuits Tanguy', 'Yves Tanguy -> Biscuits Tanguy'],
    ],
    [
      'Norlande a pris une participation dans Atelier Sorel, une maison fondée en 2004 à Lyon par Claire Sorel.',
      ['Claire Sorel -> Atelier Sorel'],
    ],
  ])('%s', (text, facts) => {
    expect(founded(text)).toEqual(facts);
  });

  it('does not give the founders to the buyer named before the deal noun', () => {
    const facts = founded(
      'Harland Mills completed its purchase of Quarrytop Bakeries, the brand founded in 1998 by Helen Strand.',
    );
    expect(facts).toContain('Helen Strand -> Quarrytop Bakeries');
    expect(facts).not.toContain('Helen Strand -> Harland Mills');
  });

  it('leaves a participle after a closed apposition to the first company', () => {
    expect(
      founded('Vantorel, a spin-off of Harland Mills, was founded in 2010 by Helen Strand and makes valves.'),
    ).toEqual(['Helen Strand -> Vantorel']);
  });

  it('reads no founding told by another verb in the description', () => {
    expect(
      founded(
        'Harland Mills completed its purchase of Quarrytop Bakeries, the brand run since 2015 by Helen Strand.',
      ),
    ).toEqual([]);
  });
});

describe('a head named in a relative after a description of the company', () => {
  it.each([
    [
      'Whitlow Grocers, a regional supermarket chain whose chief executive Dana Price has backed the brand, sells a fifth of the output.',
      'Dana Price -> Whitlow Grocers',
    ],
    [
      'Brightwater Cables, a Corvex customer whose chairman Ian Rudd has used the robots since 2020, welcomed the deal.',
      'Ian Rudd -> Brightwater Cables',
    ],
    [
      "Laiterie Brelan, une coopérative normande dont la directrice générale Anne Morel a salué l'accord, reste cliente.",
      'Anne Morel -> Laiterie Brelan',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it.each([
    // a former head, and a founder, are no current leaders
    'Whitlow Grocers, a regional supermarket chain whose former chief executive Dana Price backed the brand, sells a fifth of the output.',
    'Whitlow Grocers, a regional supermarket chain whose founder Dana Price backed the brand, sells a fifth of the output.',
    // no leader's title at all
    'Whitlow Grocers, a regional supermarket chain whose chief financial officer Dana Price backed the brand, sells a fifth of the output.',
  ])('%s', (text) => {
    expect(leads(text)).not.toContain('Dana Price -> Whitlow Grocers');
  });

  it('does not reach past another company named in the description', () => {
    expect(
      leads(
        'Brightwater Cables, a unit of Corvex Group whose chief executive Ian Rudd welcomed the deal, stays a client.',
      ),
    ).not.toContain('Ian Rudd -> Brightwater Cables');
  });
});

describe("the founder's relative who heads the company founded", () => {
  it.each([
    [
      'Tallis Boats was set up in 1961 by shipwright Owen Tallis, whose granddaughter Ruth Tallis has been its managing director since 2018.',
      'Ruth Tallis -> Tallis Boats',
    ],
    [
      'Carrow Mills was founded in 1948 by Peter Carrow, whose grandson Luke Carrow is the current chairman.',
      'Luke Carrow -> Carrow Mills',
    ],
    [
      "La maison Fabre, fondée en 1932 par l'ébéniste Louis Fabre, dont le petit-fils Paul Fabre est aujourd'hui le directeur général, emploie 40 personnes.",
      'Paul Fabre -> Fabre',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it.each([
    // a post held before, in either language, and a seat that is no head's
    [
      'Carrow Mills was founded in 1948 by Peter Carrow, whose grandson Luke Carrow was chairman until 2019.',
      'Luke Carrow -> Carrow Mills',
    ],
    [
      'Carrow Mills was founded in 1948 by Peter Carrow, whose grandson Luke Carrow has been a director since 2019.',
      'Luke Carrow -> Carrow Mills',
    ],
    [
      "La maison Fabre, fondée en 1932 par l'ébéniste Louis Fabre, dont le petit-fils Paul Fabre a été le directeur général, emploie 40 personnes.",
      'Paul Fabre -> Fabre',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).not.toContain(fact);
  });
});
