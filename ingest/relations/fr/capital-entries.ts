import { rules } from '../rule';
import { AFTER_DEAL_VERB_FR } from './deals';

/**
 * French tells a minority investor's arrival by the company's capital rather than by a verb of investing:
 * - the company lets it in: "La société voit entrer à son capital le fonds régional X", "Y a fait entrer à son
 *   capital en mars le fonds X", "Y fait entrer X à son capital" (the subject is the company, the name after is the
 *   investor; "L'opération voit entrer à son capital X": the round's company);
 * - the arrival as a noun: "l'entrée au capital, à hauteur de 15 %, du fonds X", "la montée au capital du chantier
 *   X", "l'entrée de X au capital" (the press names the newcomer after "de"; the company is the article's);
 * - a share of a capital whose owner is left unsaid: "Le fonds X, qui avait pris 15 % du capital en 2017, …", "X a
 *   pris 15 % de son capital" (the article's company), or said: "A et B ont pris ensemble 15 % du capital de Y".
 * A share over half is control (fr/deals.ts reads it), so the share readers keep minority stakes only.
 */

/** The company's own verbs of letting an investor in ("voit entrer", "a fait entrer", "fera entrer"). */
const LETS_IN = '(voit|voient|vu|verra|fait|font|fera|feront|faisait|faisaient)';
/** Adverbs that may stand between the causative verb and "entrer". */
const ADVERBS = '?(également|aussi|surtout|ainsi|donc|enfin|notamment|désormais) ?(par) ?(ailleurs)';
/** "à son capital", "dans son capital", "au capital". */
const INTO_CAPITAL = '(à|dans|au) ?(son|leur|le) capital';
/** Nouns of a round, the subject of "voit entrer" when the company is not named ("L'opération voit entrer …"). */
const ROUND_SUBJECT = '(opération|levée|tour|augmentation|financement|transaction|table)';
/** Nouns of an arrival in a capital ("l'entrée au capital", "la montée au capital"). */
const ARRIVAL = '(entrée|montée|arrivée)';
/** Verbs of taking a share ("a pris 15 % du capital"). */
const TOOK = '(pris|prend|prennent|prenait|prendra|prendront)';
/**
 * A nominal arrival is as often a project as a fact ("Un temps évoquée, l'entrée au capital de X n'a pas abouti",
 * "l'entrée de X au capital serait à l'étude", "le groupe avait étudié une entrée au capital de Y, sans y donner
 * suite"): a sentence with such a word is not read by those rules.
 */
const NOT_A_FACT =
  '!!(évoqué|évoquée|envisagé|envisagée|envisage|envisagent|étudié|étudiée|étudie|étudient|abouti|étude|pourrait|pourraient|serait|seraient|aurait|auraient|projet|négociations|discussions|rumeur|rumeurs)';
/** Units a gap may cross before the investor after "à son capital" ("en mars le fonds régional"). */
export const CAPITAL_ENTRY_GAP = 6;

export const FR_CAPITAL_ENTRY_RULES = rules([
  {
    id: 'fr.funded.lets-into-capital',
    type: 'FUNDED',
    pattern: `@tgt ~6 ${LETS_IN} ${ADVERBS} entrer ${INTO_CAPITAL} ~${CAPITAL_ENTRY_GAP} @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'fr.funded.lets-named-into-capital',
    type: 'FUNDED',
    pattern: `@tgt ~6 ${LETS_IN} ${ADVERBS} entrer ~3 @@src ${INTO_CAPITAL}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'fr.funded.round-lets-into-capital',
    type: 'FUNDED',
    pattern: `${ROUND_SUBJECT} ~4 ${LETS_IN} ${ADVERBS} entrer ${INTO_CAPITAL} ~${CAPITAL_ENTRY_GAP} @@src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'fr.funded.arrival-in-capital-of',
    type: 'FUNDED',
    // "l'entrée au capital, à hauteur de 15 %, du fonds X": the newcomer after "de"; "son entrée au capital de Y"
    // names the company there instead, so only a plain article opens the noun; "la montée au capital de X, passé
    // de 10 % à 35 % de Y" names its company in the raise (fr/stake-raise.ts), not the article's
    pattern: `(l'|la|une) ${ARRIVAL} (au|dans) ?(le) capital ?(,) ~5 ?(,) (de|du|d') ~3! @@src !>(au|dans|à) !>,_(passé|passée|passés|monté|montée|montés) ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.arrival-of-in-capital',
    type: 'FUNDED',
    pattern: `(l'|la|une) ${ARRIVAL} (de|du|d') ~3! @@src (au|dans) ?(son|le|leur) capital !>(de|du|d'|des) ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.took-share-of-capital',
    type: 'FUNDED',
    // the capital's owner left unsaid: the article's company ("a pris 15 % de son capital en 2022")
    notAfter: AFTER_DEAL_VERB_FR,
    pattern: `@@src ?(,) ?(qui) ~3^(et|puis) ${TOOK} ?(ensemble) ~2! (%) (du|de) ?(son|leur) capital !>(de|du|d'|des)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.took-share-of-named-capital',
    type: 'FUNDED',
    // "a repris Y et pris 25 % du capital de Z": a verb after "et" has the clause's subject, not the object Y
    notAfter: AFTER_DEAL_VERB_FR,
    pattern: `@@src ~3^(et|puis) ${TOOK} ?(ensemble) ~2! (%) (du|de) capital (de|du|d') ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);
