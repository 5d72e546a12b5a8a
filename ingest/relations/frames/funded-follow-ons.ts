import { rules } from '../rule';

/**
 * Existing holders putting money in again, told with a verb of the follow-on and not of the round: "A remet au
 * pot", "A réinvestit aux côtés de B", "A will reinvest", "A rolled over its stake", "existing backers A and B also
 * returned", and a round that "drew" or "attracted" a newcomer. The verb names no company: it is the one funded
 * earlier in the sentence, else the article's (topic rules); a company named after "dans/in" is read first so the
 * topic rules of the same sentence take it (see `../extract-relations.ts`, `fundedHere`).
 */

/** French verbs of putting money in again. */
const REINVESTS_FR =
  '(réinvestit|réinvestissent|réinvestira|réinvestiront|réinvesti|réinvestir|réinvestirait|réinjecte|réinjectent|réinjectera)';
/** "remet(tent) au pot": the idiom of a holder following its own investment. */
const PUTS_BACK_FR = '(remet|remettent|remettra|remettront|remis|remettre)';
const ALSO_FR = "(également|aussi|lui-même|elle-même|eux-mêmes|d'ailleurs|ailleurs|ainsi|donc)";
/** A sum told inside "remettre … au pot" ("5 millions d'euros", "500 000 euros", "2,5 M€"), word by word. */
const SUM_FR =
  "?([0-9][^a-z]*) ?(millions|million|milliards|milliard|m|k|md) ?(d'|de) ?(euros|euro|dollars|€|\\$)";
/** "par ailleurs": the adverb's first word. */
const BY_FR = '(par)';
/** "eux aussi", "lui aussi": the stressed pronoun before the adverb. */
const SELF_FR = '(eux|elles|lui|elle)';
/**
 * A buyout's words: there a manager "réinvestit aux côtés du fonds" that buys the company, which funds nothing
 * (the manager's own money is the gold's, told with "dans Y").
 */
const NOT_A_BUYOUT_FR =
  '!!(reprise|rachat|rachète|rachètent|reprend|reprennent|lbo|cession|cède|cèdent|acquisition)';
const AUX_FR = '(a|ont|va|vont|avait|avaient|doit|doivent|devrait|devraient)';
/** Nouns of a company's holders, before the names set off in apposition. */
const HOLDERS_FR =
  '(investisseurs|actionnaires|soutiens|financeurs|investisseur|actionnaire|fonds|angels|historique|historiques)';
/** English verbs of putting money in again. */
const REINVESTS_EN =
  '(reinvest|reinvests|reinvested|reinvesting|re-invest|re-invests|re-invested|re-investing|reinjected|re-upped)';
const ROLLS_EN = '(rolled|rolls|roll|rolling)';
const HELD_EN = '(stake|stakes|holding|holdings|shares|investment|investments|equity)';
const RETURNS_EN = '(returned|return|returns|returning)';
const AUX_EN = '(has|have|had|will|would|is|are|was|were|also)';
/** "returned" is a funding only when the sentence is about investors or a round ("returned to profit" is not). */
const INVESTORS_EN =
  '&&(backers|backer|investors|investor|shareholders|round|funding|financing|raise|series)';
/** Nouns of a round that "drew" its investors. */
const ROUND_EN = '(round|raise|financing|funding|offering|series|placement|ipo)';

export const FR_FOLLOW_ON_RULES = rules([
  {
    id: 'fr.funded.reinvests-in',
    type: 'FUNDED',
    // "P réinvestit une partie du produit de la vente dans Y"; "A réinvestira 5 M€ au capital de Y"
    pattern: `**src ~3! ?${AUX_FR} ?${BY_FR} ?${ALSO_FR} ${REINVESTS_FR} ?${BY_FR} ?${ALSO_FR} ~10 (dans|au) ?(capital) ?(de|d'|du) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.reinvests-in-resumed',
    type: 'FUNDED',
    // "Quant à P, elle réinvestit une partie du produit de la vente dans Y": the pronoun takes up the name
    pattern: `**src , (il|elle|ils|elles) ?${AUX_FR} ?${ALSO_FR} ${REINVESTS_FR} ~10 (dans|au) ?(capital) ?(de|d'|du) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.puts-back-in',
    type: 'FUNDED',
    // "Le groupe Vartec, actionnaire majoritaire depuis 2020, remet également au pot"; "…, qui remet au pot"
    // the sum may stand inside the idiom: "remet 5 millions d'euros au pot"
    pattern: `**src ~3! ?${AUX_FR} ?${ALSO_FR} ${PUTS_BACK_FR} ?${SELF_FR} ?${ALSO_FR} ${SUM_FR} au pot`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.puts-back-in-apposed',
    type: 'FUNDED',
    // "Le groupe Vartec, actionnaire majoritaire depuis 2020, remet également au pot", "A, son premier
    // investisseur, réinjecte 2 M€": the holder's apposition between commas, the verb after it (a company named
    // after the verb is the named rules')
    pattern: `**src , ~8! , ?${AUX_FR} ?${ALSO_FR} (${PUTS_BACK_FR.slice(1, -1)}|${REINVESTS_FR.slice(1, -1)}) ?${SELF_FR} ?${ALSO_FR} ${SUM_FR} ?(au) ?(pot) !>(dans|chez|capital|en) ${NOT_A_BUYOUT_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.holders-put-back-in',
    type: 'FUNDED',
    // "Ses investisseurs historiques, A et le business angel B, remettent au pot": the holders named in apposition
    pattern: `${HOLDERS_FR} ~5 , **src , ?${AUX_FR} ?${ALSO_FR} (${REINVESTS_FR.slice(1, -1)}|${PUTS_BACK_FR.slice(1, -1)}) ?${ALSO_FR} ?(au) ?(pot)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.follow-on-alongside',
    type: 'FUNDED',
    // "A remet au pot aux côtés de B, le family office de P, et de la coopérative C": those beside a holder
    // following its own investment put money in the same company (the idiom only: after "réinvestit aux côtés de B"
    // with no company named, the topic would fall on A itself)
    pattern: `${PUTS_BACK_FR} ?${SELF_FR} ?${ALSO_FR} au pot ?, (aux|au) côtés (de|d'|du|des) ~3! **src ${NOT_A_BUYOUT_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    // the round's company, not the holder just named
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.follow-on-alongside-apposed',
    type: 'FUNDED',
    // "… aux côtés de B, le family office de la famille B, et de la coopérative C": the member after the first one's
    // apposition (the list stops at the apposition's closing comma)
    pattern: `${PUTS_BACK_FR} ?${SELF_FR} ?${ALSO_FR} au pot ?, (aux|au) côtés (de|d'|du|des) *first , (le|la|l'|les|son|sa|ses|leur) ~8 , et (de|d'|du|des) ~3! **src ${NOT_A_BUYOUT_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
]);

export const EN_FOLLOW_ON_RULES = rules([
  {
    id: 'en.funded.reinvests-in',
    type: 'FUNDED',
    // "P will reinvest part of the proceeds in Y"
    pattern: `**src ~3! ?${AUX_EN} ?(also) ${REINVESTS_EN} ~10 (in|into) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.funded.rolls-over-stake',
    type: 'FUNDED',
    // "seed investor A rolled over its stake", "A and B will roll their holdings into the new company"
    pattern: `**src ~3! ?${AUX_EN} ?(also) ${ROLLS_EN} ?(over) (its|their|his|her|part|all|some|a) ?(of) ?(its|their|his|her) ?(existing|entire|whole|remaining) ${HELD_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.returned',
    type: 'FUNDED',
    // "Existing backers A and B also returned", "A returned to the round"
    pattern: `**src ~3! ?${AUX_EN} ?(also|again) ${RETURNS_EN} ?(to) ?(the) ?(round|table) (\\.|,|;|alongside|too|as|and|with|for) ${INVESTORS_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.round-drew',
    type: 'FUNDED',
    // "the round drew A, the family office of P", "The financing also attracted B"
    pattern: `${ROUND_EN} ~2! ?(also) (drew|draws|attracted|attracts) ?(in) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

/**
 * Rules whose verb says a holder puts money in again ("remet 5 M€ au pot", "réinvestit", "will reinvest", "also
 * returned"): told of a majority owner, this money is a funding beside its control (owner-backing.ts keeps it).
 */
export const PUTS_MONEY_AGAIN_RULE_IDS: ReadonlySet<string> = new Set([
  'fr.funded.reinvests-in',
  'fr.funded.reinvests-in-resumed',
  'fr.funded.puts-back-in',
  'fr.funded.puts-back-in-apposed',
  'fr.funded.holders-put-back-in',
  'en.funded.reinvests-in',
  'en.funded.returned',
]);
