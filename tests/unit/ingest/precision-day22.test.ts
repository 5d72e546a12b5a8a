/**
 * Precision, day twenty-two: facts read where the text tells a look-alike. Sentences written for these tests
 * (dev-gold-22 fr-687, dev-gold-23 fr-731 / en-734 and dev-gold-9 fr-433 show the shapes).
 * - values/other-measure.ts: a percentage of customers, of a market or of a change is no stake, so it does not turn
 *   a takeover into a minority investment.
 * - deal-attempt.ts: a compound-past try ("avait tenté en 2021 de racheter", "tried last year to buy") is no deal;
 *   modality.ts: "avant de retirer son offre" ends it.
 * - people.ts, frames/leads-appointments.ts: "previous"/"prior"/"précédent" titles and "son prédécesseur à la tête
 *   de" are posts given up.
 * - deal-apposed-subject-head.ts: the raiser of "X, <apposition naming Y>, raised money from Z" is X; a head that
 *   complements a noun ("le rival de A, B, a été repris") is not the subject.
 */
import { facts, madePairs, pair, run, typedDealPairs } from './helpers';

const PUBLISHED = '2026-11-20';

describe('a percentage that measures no capital leaves a takeover a takeover', () => {
  it.each([
    [
      'Optimo, racheté en 2021 par le fonds belge Sofina Growth, détient 27 % des parts de marché en Wallonie.',
      ['ACQUIRED Sofina Growth -> Optimo'],
    ],
    [
      'Optimo, racheté en 2021 par le fonds belge Sofina Growth, a vu ses ventes progresser de 12 % l’an dernier.',
      ['ACQUIRED Sofina Growth -> Optimo'],
    ],
    [
      'Domvia, repris en 2019 par le fonds Ardane, devance Gardix (14 %) sur ce marché.',
      ['ACQUIRED Ardane -> Domvia'],
    ],
    [
      'Harcourt Capital bought Brindle in 2022, when the chain had 40% of the market in Ohio.',
      ['ACQUIRED Harcourt Capital -> Brindle'],
    ],
    [
      'Harcourt Capital bought Brindle last year, after its shares fell 30% in a month.',
      ['ACQUIRED Harcourt Capital -> Brindle'],
    ],
  ])('%s', (text, deals) => {
    expect(typedDealPairs(text, PUBLISHED)).toEqual(deals);
  });

  it('still reads a share of the company as a minority investment', () => {
    expect(typedDealPairs('Harcourt Capital bought 30% of Brindle in 2022.', PUBLISHED)).toEqual([
      'FUNDED Harcourt Capital -> Brindle',
    ]);
    const stake = facts(run('Harcourt Capital bought 30% of Brindle in 2022.', PUBLISHED), 'FUNDED')[0];
    expect(stake?.stake).toBe(30);
  });
});

describe('a past try is no deal made', () => {
  it.each([
    'Le groupe Morvan avait tenté en 2021 de racheter Ateliers Sorel.',
    'Brenmark tried last year to buy Holvast Group.',
    'Morvan avait signé un accord pour racheter Ateliers Sorel, avant de retirer son offre en mars.',
  ])('%s', (text) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual([]);
    // the deal is still reported, with the status that says it was not made
    expect(facts(run(text, PUBLISHED), 'ACQUIRED').length).toBe(1);
  });

  it('keeps a purchase told beside a try at something else', () => {
    expect(
      madePairs(
        'Morvan a racheté Ateliers Sorel en 2024, après avoir tenté de se développer seul.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toEqual(['Morvan -> Ateliers Sorel']);
  });
});

describe('a previous head is no leader', () => {
  it.each([
    'Skylark’s previous chief executive, Mark Jensen, now advises startups.',
    'The prior chairman of Dunmore Foods, Alan Pryce, has joined the board of Halstead.',
    'Le précédent PDG de Novalame, Marc Dufour, a rejoint Fives.',
    'Son prédécesseur à la tête de Novalame, Marc Dufour, a rejoint Fives.',
    'His predecessor at the helm of Brixton, Mark Jensen, joined Fives.',
  ])('%s', (text) => {
    expect(madePairs(text, PUBLISHED, 'LEADS')).toEqual([]);
  });

  it.each([
    ['Skylark’s chief executive, Mark Jensen, said the deal was good.', ['Mark Jensen -> Skylark']],
    ['À la tête de Novalame depuis 2016, Marc Dufour a salué l’accord.', ['Marc Dufour -> Novalame']],
    ['At the helm of Brixton since 2019, Mark Jensen has doubled sales.', ['Mark Jensen -> Brixton']],
  ])('keeps the current head: %s', (text, leads) => {
    expect(madePairs(text, PUBLISHED, 'LEADS')).toEqual(leads);
  });
});

describe('the raiser is the head of its apposition', () => {
  it.each([
    [
      'Orvane, the Leeds start-up best known as Greenlake’s main supplier, raised £12 million from Octopus Ventures in March.',
      ['Octopus Ventures -> Orvane'],
    ],
    [
      'Skydio, the California company widely seen as Skylark’s closest rival, has raised $700 million from Andreessen Horowitz.',
      ['Andreessen Horowitz -> Skydio'],
    ],
    [
      'Lumio, principal concurrent du lyonnais Brenta sur ce marché, a levé 40 millions d’euros auprès de Sofinnova.',
      ['Sofinnova -> Lumio'],
    ],
  ])('%s', (text, funded) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(funded);
  });

  it.each([
    [
      'Le grand rival de Tessaro, le lyonnais Vitalink, a été repris en mai par le groupe suisse Helvamed.',
      'Helvamed -> Vitalink',
    ],
    [
      'The main rival of Corbel, Dutch firm Stanwick, was bought in May by Hartland Group.',
      'Hartland Group -> Stanwick',
    ],
  ])('keeps the named subject after a noun complement: %s', (text, deal) => {
    expect(facts(run(text, PUBLISHED), 'ACQUIRED').map(pair)).toEqual([deal]);
  });
});
