import { rules } from '../rule';

/**
 * Those beside an investor entering the capital: "le fonds A, qui fait son entrée au capital aux côtés de B",
 * "A entre au capital de Y aux côtés de B et de C", "A, qui entre au capital aux côtés du fonds de capital-risque B".
 * The newcomer's verb is the round's; those it enters beside put
 * money in the same company (GOLD-FORMAT: joins a funding round). With no company named, the round's company is
 * the article's (`roundCompany`), never the newcomer just named; the newcomer itself funds it too ("Le laboratoire A
 * fait à cette occasion son entrée au capital").
 */

/** The entry noun's verb ("fait son entrée", "font leur entrée", "faisant son entrée"). */
const MAKES_FR = '(fait|font|faisait|faisaient|fera|feront|faisant)';
/** Verbs of entering ("entre au capital de Y"). */
const ENTERS_FR = '(entre|entrent|entrera|entreront|entré|entrés|entrée|entrées|entrant)';
const BESIDE_FR = "(aux|au) côtés (de|d'|du|des)";
/** Most units of a descriptor before the first investor beside ("du fonds de capital-risque A"). */
const BESIDE_DESCRIPTION_UNITS = 5;
/** Most words of an adverbial phrase before the entry noun ("à cette occasion", "pour la première fois"). */
const ENTRY_INSERT_WORDS = 4;
/** A buyout's words: those beside the buyer of a company buy it with him, which is no funding. */
const NOT_A_BUYOUT_FR = '!!(reprise|rachat|rachète|rachètent|reprend|reprennent|lbo|majoritaire|contrôle)';

/** Shared roles of those beside the newcomer: a minority funding of the round's company (the article's). */
const BESIDE_ROLES = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  roundCompany: true,
  confidence: 0.6,
  stake: 'minority',
} as const;

export const FR_ENTRY_ALONGSIDE_RULES = rules([
  {
    id: 'fr.funded.entry-alongside',
    type: 'FUNDED',
    pattern: `${MAKES_FR} (son|sa|leur) entrée au capital ?(,) ${BESIDE_FR} ~3! **src ${NOT_A_BUYOUT_FR}`,
    ...BESIDE_ROLES,
  },
  {
    id: 'fr.funded.makes-entry-into-capital',
    type: 'FUNDED',
    // "Le laboratoire A fait à cette occasion son entrée au capital, à hauteur de 8 %": the newcomer itself
    pattern: `**src ?(,) ?(qui) ${MAKES_FR} ~${ENTRY_INSERT_WORDS} (son|sa|leur) entrée au capital !>(de|du|d'|des) ${NOT_A_BUYOUT_FR}`,
    ...BESIDE_ROLES,
  },
  {
    id: 'fr.funded.enters-bare-capital-alongside',
    type: 'FUNDED',
    // "le fonds A, qui entre au capital aux côtés du fonds de capital-risque B et de la holding familiale C": no
    // company after "au capital", so the round's; the first investor beside may carry a descriptor with its
    // complement, which a strict gap would not cross
    pattern: `${ENTERS_FR} au capital ?(,) ${BESIDE_FR} ~${BESIDE_DESCRIPTION_UNITS} **src ${NOT_A_BUYOUT_FR}`,
    ...BESIDE_ROLES,
  },
  {
    id: 'fr.funded.enters-capital-alongside',
    type: 'FUNDED',
    pattern: `${ENTERS_FR} au capital (de|du|d') ~3! @tgt ?(,) ${BESIDE_FR} ~3! **src ${NOT_A_BUYOUT_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);
