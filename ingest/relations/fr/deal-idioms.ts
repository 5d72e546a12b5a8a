import { rules } from '../rule';
import { AFTER_DEAL_VERB_FR } from './deals';

/**
 * Buying told by an idiom fr/deals.ts does not spell out. "X s'offre Y" in any tense, with an adverb and a date before the object ("s'était déjà offert en 2021 la
 * biscuiterie Y"): fr/deals.ts reads only the plain "s'est offert Y". A bare share over half ("a pris 70 % de
 * Y"). A court choosing a buyer ("le tribunal a retenu l'offre de X pour la reprise de 42 magasins de Y": a
 * business of Y counts as Y). A buyout by the managers backed by a fund that takes the majority ("Y est cédée à
 * son équipe de direction, avec l'appui de X, qui devient actionnaire majoritaire").
 */

/** What a court does to the offer it picks. */
const COURT_PICKS =
  '(retenu|retient|retiennent|validé|valide|choisi|choisit|accepté|accepte|homologué|homologue|arrêté|arrête)';
/** The help a fund lends to the managers who buy. */
const BACKING = '(appui|soutien|concours|aide)';

/**
 * Participles of buying after a name set off by a comma ("Y, finalement racheté par X"): the apposition states
 * the purchase. "cédé par" names the seller, so only buying participles take "par".
 */
const BOUGHT_PARTICIPLE =
  '(racheté|rachetée|rachetés|rachetées|repris|reprise|acquis|acquise|absorbé|absorbée|avalé|avalée)';
/** Participles of selling after such a name ("Y, cédée en 2018 au fonds X"): the buyer follows "à". */
const SOLD_PARTICIPLE = '(cédé|cédée|cédés|cédées|vendu|vendue|vendus|vendues)';

/** Auxiliaries and adverbs that may stand between "s'" and the participle ("s'était déjà offert"). */
const REFLEXIVE_AUX = '?(est|était|sont|étaient|sera|serait|a|avait)';
const ADVERB = '?(déjà|aussi|également|ainsi|récemment|encore)';

/** How many companies a buyer took, announced before a colon that lists them ("a avalé deux marques : A, puis B"). */
const COUNT_WORD = '(deux|trois|quatre|cinq|six|plusieurs)';

export const FR_DEAL_IDIOM_RULES = rules([
  {
    // "la société a avalé deux marques : le barbier A en 2021, puis l'italien B": the colon lists what was bought
    id: 'fr.acquired.counted-list',
    type: 'ACQUIRED',
    pattern: `@src ~7 (racheté|acquis|repris|absorbé|avalé|croqué|rachète|acquiert|reprend|absorbe|avale) ?(déjà|aussi|également) ${COUNT_WORD} ~2! : ~4! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    // "Diagnova, finalement racheté par le suisse X", "Y, racheté l'an passé par le groupe de logiciels X"
    id: 'fr.acquired.apposed-bought-by',
    type: 'ACQUIRED',
    pattern: `@tgt , ~2! ${BOUGHT_PARTICIPLE} ~4! par ~5! @src`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.8,
  },
  {
    // "le quotidien Y, finalement cédé au groupe X", "l'enseigne Y, cédée en 2018 au fonds britannique X"
    id: 'fr.acquired.apposed-sold-to',
    type: 'ACQUIRED',
    pattern: `@tgt , ~2! ${SOLD_PARTICIPLE} ~4! (à|au|aux) ~5! @src`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.treats-itself-to',
    type: 'ACQUIRED',
    pattern: `@src ~7 (s') ${REFLEXIVE_AUX} ${ADVERB} (offert|offerte|offre|offrent|offrira|offrir) ?(en) ?(\\d{4}) ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.8,
  },
  {
    // "a pris 70 % de Y", "acquiert 51 % du capital de Y": a bare share, control only when over half
    id: 'fr.acquired.majority-percent',
    notAfter: AFTER_DEAL_VERB_FR,
    // the verb may be the second of a clause whose subject is further back ("a absorbé A, …, et pris 70 % de B")
    firstParty: true,
    type: 'ACQUIRED',
    pattern: `@src ~6^(et|puis|ensuite) (prend|pris|prennent|prenait|acquiert|acquis|achète|acheté) ~2! (%) ?(du) ?(capital) (de|du|dans) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    stake: 'majority',
  },
  {
    id: 'fr.acquired.court-picks-offer',
    type: 'ACQUIRED',
    pattern: `${COURT_PICKS} ~3! (offre|offres|proposition) (de|du|d') ~3! @src ~3! pour ?(la) (reprise|rachat|reprendre|racheter|acquérir) ~12 @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.buyout-backer',
    type: 'ACQUIRED',
    // the managers are people; the fund backing them buys when the sentence goes on to give it the majority
    pattern: `(cède|cèdent|cédé|cédée|vend|vendu|vendue|reprise|reprend|rachetée|racheté) ~3 @tgt ~14 ${BACKING} (de|du|d') ~3! @src ?(,) ?(qui|désormais) ~6 (majoritaire|majoritairement|contrôle)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
