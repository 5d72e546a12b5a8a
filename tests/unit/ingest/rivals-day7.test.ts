import { tokenize } from '../../../ingest/tokens';
import { rivalryCueBefore } from '../../../ingest/entities/rivalry-cue';
import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the seventh day's full articles: firms the text itself calls rivals of one another, a
 * newcomer in a market dominated by others, a list opened by a kind phrase ("aux grands groupes, A en tête") or by
 * a descriptor ("Face à la licorne, mais aussi à B"), market holders after "Face à", set phrases of attack and
 * distance, "dauphin", a descriptor subject with an aside, and the names a verb of fighting announces.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const EN_LEAD = 'Corlan Foods, a maker of biscuits, said on Monday it had named a new finance chief. ';
const FR_LEAD = 'Le biscuitier vendéen Corlan a nommé un nouveau directeur financier. ';

describe('firms the text calls rivals of one another', () => {
  it.each([
    `${EN_LEAD}The regulator blocked a tie-up between rivals Brevik and Castell in 2019.`,
    `${EN_LEAD}The fight between the two longtime rivals Brevik and Castell has moved to price.`,
    `${FR_LEAD}La bataille entre les concurrents Brevik et Castell se joue sur les prix.`,
    `${FR_LEAD}Corlan affronte Brevik et Castell, deux concurrents qui se livrent une rude bataille.`,
    `${EN_LEAD}Brevik and Castell, longtime rivals, both cut prices this year.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
  });

  it.each([
    // rivals of someone else, or measured against someone: not one another's
    `${FR_LEAD}Corlan affronte Brevik et Castell, deux concurrents bien plus gros.`,
    `${FR_LEAD}Corlan affronte Brevik et Castell, deux concurrents directs de Norvik.`,
    `${EN_LEAD}Corlan competes with its rivals Brevik and Castell in Spain.`,
    `${EN_LEAD}The deal was struck between Brevik and Castell last year.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });
});

describe('a newcomer in a market dominated by others', () => {
  it.each([
    [`${FR_LEAD}Avec cette levée, Corlan entend s'attaquer à un marché dominé par Brevik.`, 'Corlan'],
    [`${EN_LEAD}Corlan is entering a crowded market dominated by Brevik.`, 'Corlan Foods'],
    [`${FR_LEAD}Corlan arrive sur un marché largement dominé par Brevik.`, 'Corlan'],
  ])('%s', (text, company) => {
    expect(has(text, company, 'Brevik')).toBe(true);
  });

  it('does not make a rival of a firm that only reports on such a market', () => {
    const text = `${EN_LEAD}Analysts at Norvik Securities said the market is dominated by Brevik.`;
    expect(rivals(text).some((p) => p.includes('Norvik'))).toBe(false);
  });
});

describe('a list of rivals opened by a kind phrase or a descriptor', () => {
  it('reads the leader apposed with "en tête" and the list after it', () => {
    const text = `${FR_LEAD}Sur la proximité, Corlan se mesure aux enseignes des grands groupes, Brevik en tête, mais aussi à Castell et aux magasins Ostby.`;
    expect(has(text, 'Corlan', 'Brevik')).toBe(true);
    expect(has(text, 'Corlan', 'Castell')).toBe(true);
    expect(has(text, 'Corlan', 'Ostby')).toBe(true);
  });

  it('reads "in the lead" in English', () => {
    const text = `${EN_LEAD}Corlan competes with the big chains, Brevik in the lead, and with Castell.`;
    expect(has(text, 'Corlan Foods', 'Brevik')).toBe(true);
    expect(has(text, 'Corlan Foods', 'Castell')).toBe(true);
  });

  it('takes no name apposed to a kind phrase without a word of first place', () => {
    const text = `${FR_LEAD}Corlan se mesure aux enseignes des grands groupes, Brevik a racheté Castell.`;
    expect(has(text, 'Corlan', 'Brevik')).toBe(false);
  });

  it('goes on past a descriptor that opens a fronted "Face à"', () => {
    const text =
      "La néobanque Fintello lève des fonds. Elle se présente comme le challenger de Quarzo. Face à la licorne, mais aussi à Brevik et à l'allemand Castell, elle mise sur des prix bas.";
    expect(has(text, 'Fintello', 'Brevik')).toBe(true);
    expect(has(text, 'Fintello', 'Castell')).toBe(true);
  });

  it('reads nothing when no name follows the descriptor', () => {
    const text = `${FR_LEAD}Corlan affronte la crise, mais aussi la fin des aides publiques.`;
    expect(rivals(text)).toEqual([]);
  });
});

describe('market holders after a fronted "Face à"', () => {
  it('pairs the firms a relative says hold the market', () => {
    const text = `${FR_LEAD}Face à Brevik et à Castell, qui dominent le marché du froid, Corlan et Ostby jugeaient leur taille insuffisante.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
  });

  it('does not pair firms faced without such a relative', () => {
    const text = `${FR_LEAD}Face à Brevik et à Castell, Corlan mise sur les prix bas.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });
});

describe('set phrases of attack and distance, and "dauphin"', () => {
  it.each([
    `${FR_LEAD}Corlan vient clairement sur les plates-bandes de Brevik.`,
    `${FR_LEAD}Avec 23 % du marché, Corlan laisse loin derrière la société Brevik.`,
    `${FR_LEAD}Corlan laisse derrière elle la société Brevik.`,
    `${FR_LEAD}La société Brevik, dauphin de Corlan sur le marché français, a perdu des parts.`,
  ])('%s', (text) => {
    expect(has(text, 'Corlan', 'Brevik')).toBe(true);
  });

  it.each([
    `${FR_LEAD}Corlan laisse derrière lui une dette de 3 millions d'euros envers la société Brevik.`,
    `${FR_LEAD}Corlan travaille depuis longtemps avec les plates-bandes municipales et la société Brevik.`,
  ])('%s', (text) => {
    expect(has(text, 'Corlan', 'Brevik')).toBe(false);
  });
});

describe('a descriptor subject with an aside before its verb', () => {
  const lead = 'Harlow Tracking raised $12 million on Tuesday. ';

  it('reads the rivals against the article company', () => {
    const text = `${lead}The New Jersey-based company, founded in 2016 by Amaka Obi and Pieter van Dam, competes with Brevik and Castell in shipment tracking.`;
    expect(has(text, 'Harlow Tracking', 'Brevik')).toBe(true);
    expect(has(text, 'Harlow Tracking', 'Castell')).toBe(true);
  });

  it('steps over no aside that is not about the subject', () => {
    const text = `${lead}Analysts, citing Norvik Securities, said prices compete with Brevik offers.`;
    expect(has(text, 'Harlow Tracking', 'Brevik')).toBe(false);
  });
});

describe('names announced by a verb of fighting', () => {
  function cueBefore(text: string, name: string): boolean {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.text === name);
    return rivalryCueBefore(tokens, at);
  }

  it.each([
    ['Routix se bat contre Fretlo et Evrad.', 'Fretlo'],
    ['Routix se bat contre Fretlo et Evrad.', 'Evrad'],
    ['Elle se positionne face à Cuistot.', 'Cuistot'],
    ['La start-up est concurrencée par Fretlo.', 'Fretlo'],
  ])('%s (%s)', (text, name) => {
    expect(cueBefore(text, name)).toBe(true);
  });

  it.each([
    ['Le député a voté contre Dupont.', 'Dupont'],
    ['Le coureur devance Viviani sur la ligne.', 'Viviani'],
    ['Elle fait face à Lyon samedi.', 'Lyon'],
  ])('%s (%s)', (text, name) => {
    expect(cueBefore(text, name)).toBe(false);
  });

  it('reads the rivalry once the names are found', () => {
    const text =
      "La plateforme de fret Routix a levé 15 millions d'euros. Routix se bat contre Fretlo et Evrad.";
    expect(has(text, 'Routix', 'Fretlo')).toBe(true);
    expect(has(text, 'Routix', 'Evrad')).toBe(true);
  });
});

describe('a verb after "but" shares the subject opening the sentence', () => {
  const lead = 'Movaro, a ride-hailing app, raised $40 million on Monday. ';

  it.each([
    `${lead}Movaro still trails market leader Brevik in Brazil, but overtook Castell last year in Colombia.`,
    `${lead}Movaro, the Mexico City app, trails Brevik in Brazil, but has overtaken Castell in Colombia.`,
  ])('%s', (text) => {
    expect(has(text, 'Movaro', 'Castell')).toBe(true);
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });

  it('does not take an object of the first clause as the subject', () => {
    const text = `${lead}Last year Brevik sold its stake, but overtook Castell in Colombia.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });
});
