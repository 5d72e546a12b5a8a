import { rules } from '../rule';

/**
 * The buyer of a holder's minority stake: "A cède sa participation de 30 % au groupe B", "A avait cédé en 2019 une
 * participation de 30 % de la société au fonds B", "A vend une partie de ses titres au fonds B", "the family had
 * sold a 25% stake in the business to investor B", and the newcomer told with an adverb, "B, qui fait ainsi son
 * entrée au capital de Y". The buyer becomes a minority shareholder of the company (GOLD-FORMAT: takes a minority
 * stake = FUNDED); the seller's own past holding is read by `funded-exiting-holders.ts`, never here. A sale of a
 * whole holding of unknown size may give the buyer control, which the deal rules read: the stake sold must carry a
 * percentage, "minoritaire", or be a part of the seller's holding, and `stake: 'minority'` drops a match in a
 * sentence telling a majority. The company is the one named after the stake ("dans Y", "de la société", "in the
 * business"), else the article's.
 */

/** French verbs of selling a stake (present, past participle, future, infinitive, gerund). */
const SELLS_FR =
  '(cède|cèdent|cédé|cédera|céderont|céder|cédant|vend|vendent|vendu|vendra|vendront|vendre|vendant|revend|revendu|revendre)';
/**
 * Most units between the holder selling and its verb ("A, actionnaire minoritaire depuis 2018, en profite pour
 * vendre", "A est sorti du capital de Y, qu'il accompagnait depuis 2017, en cédant"): the match opens on the holder, so the holder is never taken for the company funded (`../funded-target.ts`
 * reads a subject before the match as the company).
 */
const HOLDER_TO_VERB_UNITS = 16;
/** Most words between the verb and the stake: a time phrase or a quantity ("en 2019", "l'intégralité de"). */
const VERB_TO_STAKE_WORDS = 3;
/** Nouns of a stake. */
const STAKE_FR = '(participation|part)';
/** A part of the seller's own holding ("une partie de ses titres", "la moitié de sa participation"). */
const PART_FR = '(partie|moitié|fraction|tiers|quart)';
const OWN_HOLDING_FR = '(sa|ses|leur|leurs) (participation|parts|titres|actions)';
/** The buyer's side: "à B", "au fonds B", "aux investisseurs B et C". */
const TO_BUYER_FR = '(à|au|aux) ~3!';
/** Words of the company in which the stake is held, named after the stake. */
const IN_COMPANY_FR = "(dans|de|du|d')";

/** English verbs of selling a stake. */
const SELLS_EN = '(sold|sells|sell|selling|transferred|transfers)';
/** English words of a percentage before "stake" ("a 25% stake", "its 30 percent stake"). */
const PERCENT_EN = '(percent|pct|per|%)';
const STAKE_EN = '(stake|holding|shareholding|interest)';

/** Verbs of leaving a company's capital ("est sorti du capital de Y"). */
const EXITS_FR = '(sort|sortent|sorti|sortie|sortis|sortira|sortiront)';
/** Gerunds of the sale that makes the exit. */
const SELLING_FR = '(cédant|vendant|revendant)';
/** Most units between the company left and the gerund ("qu'il accompagnait depuis 2017,"). */
const EXIT_TO_SALE_UNITS = 10;

/** Entry verbs told with the noun "entrée" ("fait ainsi son entrée au capital de Y"). */
const MAKES_FR = '(fait|font|faisait|faisaient|fera|feront|faisant)';
/** Most words of an adverb or a phrase between the verb and "son entrée" ("ainsi", "à cette occasion"). */
const ENTRY_INSERT_WORDS = 4;

/** A buyer read from a stake sold: one cue (the sale to it), the company sometimes the article's guess. */
const BUYER_CONFIDENCE = 0.6;

const named = { source: 'src', target: 'tgt', confidence: BUYER_CONFIDENCE, stake: 'minority' } as const;
const topic = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  confidence: BUYER_CONFIDENCE,
  stake: 'minority',
} as const;

export const FR_STAKE_BUYER_RULES = rules([
  {
    id: 'fr.funded.exits-capital-selling-to',
    type: 'FUNDED',
    // "A est sorti du capital de Y, qu'il accompagnait depuis 2017, en cédant sa participation de 30 % au groupe B":
    // the company is the one left; read before the rules that take the article's company
    pattern: `${EXITS_FR} du capital (de|du|d') ?(la|le|l') ~3! @tgt ~${EXIT_TO_SALE_UNITS} en ${SELLING_FR} ~${VERB_TO_STAKE_WORDS} (sa|ses|leur|leurs) ~4 ${TO_BUYER_FR} **src`,
    ...named,
  },
  {
    id: 'fr.funded.stake-sold-in-named-to',
    type: 'FUNDED',
    // "A avait cédé en 2019 une participation de 30 % de la société au fonds B"
    pattern: `${SELLS_FR} ~${VERB_TO_STAKE_WORDS} (sa|une|la|leur) ${STAKE_FR} ?(minoritaire) (de|d') ~2! (%) ?(du) ?(capital) ${IN_COMPANY_FR} ?(la|le|l') @tgt ${TO_BUYER_FR} **src`,
    ...named,
  },
  {
    id: 'fr.funded.stake-sold-to',
    type: 'FUNDED',
    // "en cédant sa participation de 30 % au groupe B"
    pattern: `**holder ~${HOLDER_TO_VERB_UNITS} ${SELLS_FR} ~${VERB_TO_STAKE_WORDS} (sa|une|la|leur) ${STAKE_FR} ?(minoritaire) (de|d') ~2! (%) ?(du) ?(capital) ${TO_BUYER_FR} **src`,
    ...topic,
  },
  {
    id: 'fr.funded.minority-stake-sold-to',
    type: 'FUNDED',
    // "A cède sa participation minoritaire au fonds B"
    pattern: `**holder ~${HOLDER_TO_VERB_UNITS} ${SELLS_FR} ~${VERB_TO_STAKE_WORDS} (sa|une|la|leur) ${STAKE_FR} minoritaire ?(du) ?(capital) ${TO_BUYER_FR} **src`,
    ...topic,
  },
  {
    id: 'fr.funded.part-of-holding-sold-to',
    type: 'FUNDED',
    // "A a cédé une partie de ses titres à B"
    pattern: `**holder ~${HOLDER_TO_VERB_UNITS} ${SELLS_FR} ?(une|la|un|le) ${PART_FR} (de|d') ${OWN_HOLDING_FR} ${TO_BUYER_FR} **src`,
    ...topic,
  },
  {
    id: 'fr.funded.buys-stake-held-by',
    type: 'FUNDED',
    // "le fonds B rachète la participation minoritaire de 20 % que A détenait dans Y"
    pattern: `**src ~2 (rachète|rachètent|racheté|rachètera|reprend|reprennent|repris|acquiert|acquis) ~2! (la|les) (participation|parts) ~4 (que|qu') ~3! **seller (détenait|détenaient|détient|détiennent|possédait) (dans|de|d'|du) ?(la|le|l') @tgt`,
    ...named,
  },
  {
    id: 'fr.funded.makes-entry-into-named-capital',
    type: 'FUNDED',
    // "le fonds B, qui fait ainsi son entrée au capital de Y" (an adverb the plain entry rule does not cross)
    pattern: `**src ?(,) ?(qui) ${MAKES_FR} ~${ENTRY_INSERT_WORDS} (son|sa|leur) entrée (au|dans) ?(le) capital (de|du|d') ?(la|le|l') ~3! @tgt`,
    ...named,
  },
]);

export const EN_STAKE_BUYER_RULES = rules([
  {
    id: 'en.funded.stake-sold-in-pointed-to',
    type: 'FUNDED',
    // "The family had sold a 25% stake in the business to investor B"
    pattern: `${SELLS_EN} (a|an|its|their|his|her) ~2! ${PERCENT_EN} ?(cent) ${STAKE_EN} in ?(the) @tgt to ~3! **src`,
    ...named,
  },
]);

/** Ids of the rules above whose company is the article's guess: `funded-exit-company.ts` sets it straight. */
export const STAKE_BUYER_TOPIC_RULE_IDS: ReadonlySet<string> = new Set(
  FR_STAKE_BUYER_RULES.filter((r) => r.topicTarget).map((r) => r.id),
);
