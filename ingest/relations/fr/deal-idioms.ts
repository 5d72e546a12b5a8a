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

/** Auxiliaries and adverbs that may stand between "s'" and the participle ("s'était déjà offert"). */
const REFLEXIVE_AUX = '?(est|était|sont|étaient|sera|serait|a|avait)';
const ADVERB = '?(déjà|aussi|également|ainsi|récemment|encore)';

export const FR_DEAL_IDIOM_RULES = rules([
  {
    id: 'fr.acquired.treats-itself-to',
    type: 'ACQUIRED',
    pattern: `@src ~7 (s') ${REFLEXIVE_AUX} ${ADVERB} (offert|offerte|offre|offrent|offrira|offrir) ?(en) ?(\\d{4}) ~4! @tgt`,
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
    pattern: `${COURT_PICKS} ~3! (offre|offres|proposition) (de|du|d') ~3! @src ~3! pour ?(la) (reprise|rachat) ~12 @tgt`,
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
