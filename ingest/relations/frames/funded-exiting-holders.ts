import { rules } from '../rule';

/**
 * An investor that exits: "Le fonds A, entré au capital en 2019, a cédé sa participation à B", "Seed investor A,
 * which put £2m into the company in 2020, sold its entire stake to B". The sale of its own holding ("sa
 * participation", "ses titres", "its stake") by a name the clause calls a holder (an entry into the capital, a
 * holder noun, a relative of holding or investing) says the name held the company: GOLD-FORMAT counts that
 * minority stake as FUNDED. Both cues are needed: a bare "A cède sa participation" may be a majority owner's sale,
 * and a bare holder apposition with a sale was left out of `fr.funded.apposed-holder` for that reason. The company
 * is named after "au capital de" / "in", else it is the article's; when a pointer gave the article's buyer, the
 * seller-backing pass (`funded-seller-backing.ts`) sends the fact to the company bought.
 */

/** French verbs of selling a holding (present, past participle, future). */
const SELLS_FR =
  '(cède|cèdent|cédé|cédera|céderont|vend|vendent|vendu|vendra|vendront|revend|revendent|revendu)';
/** French auxiliaries and modals before the sale. */
const SELL_AUX_FR = '?(a|ont|avait|avaient|va|vont|doit|doivent|devrait|devraient)';
/** The seller's own holding, after a few words of quantity ("l'intégralité de", "une partie de"). */
const OWN_HOLDING_FR = '~4! (sa|ses|leur|leurs) ~2! (participation|participations|parts|titres|actions)';
/** Words that make a name a holder in French. */
const HOLDER_FR = '(actionnaire|actionnaires|investisseur|investisseurs)';
/** Participles of entering a company's capital. */
const ENTERED_FR = '(entré|entrée|entrés|entrées)';
/** Verbs of a relative that tells a past holding or investment ("qui détient 35 %", "qui avait investi"). */
const HELD_FR =
  '(investi|mené|accompagné|soutenu|financé|accompagnait|accompagnaient|soutenait|soutenaient|accompagne|soutient)';
/** Verbs of holding: read only before a percentage ("qui détenait l'enseigne" is an owner, who sells control). */
const HOLDS_FR = '(détient|détiennent|détenait|détenaient|possède|possédait)';
/** Words after which the clause names a company ("au capital de Y"): the named rules read those. */
const OF_FR = "(de|d'|du)";

/** English verbs of selling a holding. */
const SELLS_EN = '(sold|sells|sell|selling)';
/** English auxiliaries before the sale. */
const SELL_AUX_EN = '?(has|had|is|was|will|would|also|to)';
/** The seller's own holding, after a few words of quantity ("half of", "its entire 12% stake"). */
const OWN_HOLDING_EN = '~2! (its|their) ~3! (stake|holding|holdings|shares|shareholding|interest)';
/** Words that make a name a holder in English. */
const HOLDER_EN = '(investor|investors|backer|backers|shareholder|shareholders|fund)';
/** Verbs of a relative that tells a past holding or investment ("which put £2m into", "which has held"). */
const HELD_EN = '(held|holds|owned|owns|put|invested|backed|led|bought|took)';

/** How many words an apposition or relative between the holder and its sale may hold. */
const HOLDER_CLAUSE_WORDS = 14;
/** Confidence of a holder read from its exit: two cues, but the company is often the article's guess. */
const EXIT_CONFIDENCE = 0.6;

// a majority holder selling out sold control: the purchase rules read that sale
const topic = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  confidence: EXIT_CONFIDENCE,
  stake: 'minority',
} as const;
const named = { source: 'src', target: 'tgt', confidence: EXIT_CONFIDENCE, stake: 'minority' } as const;

export const FR_EXITING_HOLDER_RULES = rules([
  {
    id: 'fr.funded.entered-then-sells',
    type: 'FUNDED',
    pattern: `**src , ${ENTERED_FR} (au|à) ?(son|leur) capital !>${OF_FR} ~${HOLDER_CLAUSE_WORDS} ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...topic,
  },
  {
    id: 'fr.funded.entered-named-then-sells',
    type: 'FUNDED',
    pattern: `**src , ${ENTERED_FR} (au|à) capital ${OF_FR} @tgt ~${HOLDER_CLAUSE_WORDS} ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...named,
  },
  {
    id: 'fr.funded.holder-then-sells',
    type: 'FUNDED',
    // "A, actionnaire minoritaire depuis 2021, qui cède l'intégralité de sa participation"
    pattern: `**src , ~2! ${HOLDER_FR} !>${OF_FR} ~${HOLDER_CLAUSE_WORDS} ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...topic,
  },
  {
    id: 'fr.funded.holder-of-then-sells',
    type: 'FUNDED',
    // "A, premier investisseur de Refugio, cède sa participation à B"
    pattern: `**src , ~2! ${HOLDER_FR} ${OF_FR} @tgt ~${HOLDER_CLAUSE_WORDS} ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...named,
  },
  {
    id: 'fr.funded.fronted-holder-sells',
    type: 'FUNDED',
    // "L'actionnaire minoritaire historique, le fonds régional A, cède l'intégralité de ses parts à B"
    pattern: `${HOLDER_FR} ~3! , ?(le|la|l') ~3! **src , ~${HOLDER_CLAUSE_WORDS} ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...topic,
  },
  {
    id: 'fr.funded.relative-holder-sells',
    type: 'FUNDED',
    // "Le fonds, qui avait mené le tour d'amorçage en 2021, cède l'intégralité de sa participation"
    pattern: `**src , qui ?(a|ont|avait|avaient) ?(déjà|également|aussi) ${HELD_FR} ~${HOLDER_CLAUSE_WORDS} , ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...topic,
  },
  {
    id: 'fr.funded.percent-holder-sells',
    type: 'FUNDED',
    // "A, qui détient 35 % du capital depuis 2017, cédera une partie de ses titres"
    pattern: `**src , qui ?(en) ${HOLDS_FR} ~3! (%) ~${HOLDER_CLAUSE_WORDS} , ${SELL_AUX_FR} ${SELLS_FR} ${OWN_HOLDING_FR}`,
    ...topic,
  },
]);

export const EN_EXITING_HOLDER_RULES = rules([
  {
    id: 'en.funded.apposed-holder-sells',
    type: 'FUNDED',
    // "A, the Norwegian state climate fund, will sell its 12% stake to B" (a holder noun before the name is folded
    // into its unit, so the apposition after it is read)
    pattern: `**src , ?(a|an|the|its) ~4! ${HOLDER_EN} , ${SELL_AUX_EN} ?(be) ${SELLS_EN} ?(half|part|all|some|most) ?(of) ${OWN_HOLDING_EN}`,
    ...topic,
  },
  {
    id: 'en.funded.relative-holder-sells',
    type: 'FUNDED',
    // "A, which put £2m into the company in 2020, sold its entire stake to B"
    pattern: `**src , (which|that|who) ?(has|had|have) ?(already|also|first) ${HELD_EN} ~${HOLDER_CLAUSE_WORDS} , ${SELL_AUX_EN} ${SELLS_EN} ?(half|part|all|some|most) ?(of) ${OWN_HOLDING_EN}`,
    ...topic,
  },
]);

/** Ids of the rules above: their company may be set straight by the buyer of the stake (`funded-exit-company.ts`). */
export const EXITING_HOLDER_RULE_IDS: ReadonlySet<string> = new Set(
  [...FR_EXITING_HOLDER_RULES, ...EN_EXITING_HOLDER_RULES].map((r) => r.id),
);
