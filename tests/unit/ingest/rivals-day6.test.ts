import { rivalryCueBefore } from '../../../ingest/entities/rivalry-cue';
import { tokenize } from '../../../ingest/tokens';
import { facts, run } from './helpers';

/**
 * Rivalry as full-length trade-press articles tell it (sixth day): the article's company as a pronoun after an
 * opener or as a descriptor ("la pépite"), market crowds named before their newcomer, singular possessive rivals,
 * price wars, rank participles with time words, races, challengers, leaders in apposition, and the names such
 * phrases announce.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const FR_LEAD =
  "L'éditeur rennais Quorvia, qui conçoit des logiciels de planification pour les hôpitaux, annonce une levée de 12 millions d'euros. ";
const EN_LEAD =
  'Mistral Grid Systems, a maker of grid batteries, said on Tuesday it would build a plant in Ohio. ';

describe('the article company as a pronoun after an opener', () => {
  it.each([
    [`${FR_LEAD}Mais elle talonne désormais Brevalis, longtemps numéro deux du marché.`, 'Brevalis'],
    [`${FR_LEAD}En Espagne, il dispute des parts de marché à Brevalis et à Somelio.`, 'Somelio'],
    [
      `${FR_LEAD}Une percée qui la place directement face au leader du secteur, Brevalis, en Bretagne.`,
      'Brevalis',
    ],
  ])('%s', (text, rival) => {
    expect(has(text, 'Quorvia', rival)).toBe(true);
  });

  it('leaves a pronoun opening the sentence after an unnamed combined company alone', () => {
    const text =
      'Les éditeurs Quorvia et Tessane ont annoncé leur fusion. Le nouvel ensemble sera dirigé par Anne Leroux. Il affrontera Brevalis et Somelio.';
    expect(has(text, 'Quorvia', 'Brevalis')).toBe(false);
    expect(has(text, 'Tessane', 'Somelio')).toBe(false);
  });

  it('reads no rivalry when the pronoun clause denies it or tells of a lawsuit', () => {
    expect(has(`${FR_LEAD}Mais elle ne talonne pas Brevalis.`, 'Quorvia', 'Brevalis')).toBe(false);
    expect(
      has(`${FR_LEAD}En appel, il dispute devant le tribunal à Brevalis un brevet.`, 'Quorvia', 'Brevalis'),
    ).toBe(false);
  });
});

describe('a descriptor subject and a challenger', () => {
  it('pairs "la pépite … se présente comme le challenger de A" with the article company', () => {
    const text = `${FR_LEAD}Créée en 2019 par Marc Olivier, un ancien de Capgemini, la pépite revendique 300 clients et se présente comme le challenger de Brevalis.`;
    expect(has(text, 'Quorvia', 'Brevalis')).toBe(true);
    expect(has(text, 'Capgemini', 'Brevalis')).toBe(false);
  });

  it('reads no rivalry from a partner role', () => {
    const text = `${FR_LEAD}La pépite se présente comme le partenaire de Brevalis.`;
    expect(has(text, 'Quorvia', 'Brevalis')).toBe(false);
  });
});

describe('a crowded market named before its newcomer', () => {
  const text = `${FR_LEAD}Sur ce segment où se bousculent déjà Brevalis, Somelio et Kerdane, l'éditeur mise sur des prix plus bas.`;

  it('pairs the newcomer with each player and the players with one another', () => {
    expect(has(text, 'Quorvia', 'Brevalis')).toBe(true);
    expect(has(text, 'Quorvia', 'Kerdane')).toBe(true);
    expect(has(text, 'Brevalis', 'Somelio')).toBe(true);
  });

  it('reads no players from the customers crowding a market', () => {
    const crowd = `${FR_LEAD}Sur ce marché où se pressent les clients de Brevalis, l'éditeur mise sur des prix plus bas.`;
    expect(has(crowd, 'Quorvia', 'Brevalis')).toBe(false);
  });
});

describe('one rival after a singular possessive', () => {
  it('pairs "le rachat de son concurrent marseillais B" far from the buyer', () => {
    const text =
      'Le transporteur lyonnais Colvane a annoncé mardi avoir finalisé le rachat de son concurrent marseillais Parsela, pour 95 millions d’euros.';
    expect(has(text, 'Colvane', 'Parsela')).toBe(true);
  });

  it('reads no rivalry from another possessed role', () => {
    const text =
      'Le transporteur lyonnais Colvane a annoncé mardi avoir finalisé la vente de son entrepôt marseillais à Parsela.';
    expect(has(text, 'Colvane', 'Parsela')).toBe(false);
  });
});

describe('wars, races and rank participles', () => {
  it('pairs a price war named late in a long sentence', () => {
    const text = `${EN_LEAD}Mistral Grid Systems won approval for its cheaper cells in March, setting up a price war with Voltara Energy and Sunmere Power.`;
    expect(has(text, 'Mistral Grid Systems', 'Voltara Energy')).toBe(true);
    expect(has(text, 'Mistral Grid Systems', 'Sunmere Power')).toBe(true);
  });

  it('reads no rivalry from a patent war', () => {
    const text = `${EN_LEAD}Mistral Grid Systems is locked in a war with Voltara over battery patents.`;
    expect(has(text, 'Mistral Grid Systems', 'Voltara')).toBe(false);
  });

  it('pairs a race against named rivals, not a race to do something', () => {
    expect(
      has(
        `${EN_LEAD}Mistral Grid Systems races Voltara to supply utilities.`,
        'Mistral Grid Systems',
        'Voltara',
      ),
    ).toBe(true);
    expect(
      has(
        `${EN_LEAD}Mistral Grid Systems races to finish its plant before Voltara opens.`,
        'Mistral Grid Systems',
        'Voltara',
      ),
    ).toBe(false);
  });

  it('reads "talonné depuis deux ans par le néerlandais A" and refuses its denial', () => {
    const told = `${FR_LEAD}Quorvia, talonné depuis deux ans par le néerlandais Velmora, accélère en Europe.`;
    expect(has(told, 'Quorvia', 'Velmora')).toBe(true);
    const denied = `${FR_LEAD}Quorvia n'est pas talonné depuis deux ans par le néerlandais Velmora.`;
    expect(has(denied, 'Quorvia', 'Velmora')).toBe(false);
  });
});

describe('names announced by a rivalry phrase', () => {
  function cueAt(text: string, name: string): boolean {
    const tokens = tokenize(text);
    return rivalryCueBefore(
      tokens,
      tokens.findIndex((t) => t.text === name),
    );
  }

  it('carries the cue over earlier members of the list', () => {
    expect(cueAt('Elle affronte sur ce marché Lucerno et la néerlandaise Evrecia.', 'Evrecia')).toBe(true);
    expect(cueAt('Elle affronte Naviro, Tesko et Evrecia.', 'Evrecia')).toBe(true);
    expect(cueAt('Il a déjeuné avec Lucerno et Evrecia.', 'Evrecia')).toBe(false);
  });

  it('reads a place in a ranking only after a rank word', () => {
    expect(
      cueAt('Il devient le numéro deux du secteur, derrière Expelo mais devant Transvia.', 'Transvia'),
    ).toBe(true);
    expect(cueAt('Le camion était garé derrière Expelo.', 'Expelo')).toBe(false);
  });

  it('steps over a "-owned" descriptor after a rival noun', () => {
    expect(cueAt('Its closest rival, Dutch-owned Kostara, gained share.', 'Kostara')).toBe(true);
    expect(cueAt('Its closest partner, Dutch-owned Kostara, gained share.', 'Kostara')).toBe(false);
  });
});
