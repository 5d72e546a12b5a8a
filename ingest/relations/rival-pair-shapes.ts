import { rules } from './rule';
import type { Rule } from './rule';

/**
 * Two or more firms set side by side as the holders of one market, with no rivalry word: a duopoly ("the duopoly
 * of A and B", "A et B forment un duopole"), shares given respectively ("A et B détiennent respectivement 30 % et
 * 25 % du marché", "A and B hold 30% and 25% of the market respectively"), or a leader and its runner-up named
 * together ("market leader A and second-placed B", "le leader A et son dauphin B", "A, numéro un du secteur, et
 * B, numéro deux"), or one firm placed beside others in a market the sentence opens on ("Sur le marché des
 * boissons bio, X évolue aux côtés de A et de B") or joining them among its leaders ("X joins A and B in the top
 * tier", "X rejoint A et B dans le peloton de tête"). Each pair of the list is read.
 */

/** Verbs of holding a share of a market. */
const HOLD =
  '(détiennent|détenaient|contrôlent|contrôlaient|pèsent|pesaient|revendiquent|captent|hold|held|have|had|control|controlled|claim|claimed|account)';
/** Words of the first of a market ranking before its name. */
const LEADER = '(leader|no.|no|number|numéro)';
/** Words of the second of a market ranking before its name ("second-placed", "son dauphin", "numéro deux"). */
const RUNNER_UP =
  '(second-placed|second-largest|second-biggest|runner-up|dauphin|challenger|no.|number|numéro)';

/** Nouns of a market a sentence may open on ("Sur le marché des …", "In the market for …"). */
const MARKET = '(marché|market|segment|secteur|sector|créneau|rayon)';
/** Nouns of a market's leading group ("the top tier", "le peloton de tête", "among the leaders"). */
const LEADING_GROUP = '(leaders|top|tier|peloton|club|ranks|rang|rangs|tête|podium|big)';

/** Verbs of a place held in a market ("évolue", "figure", "sits"); "travaille aux côtés de" tells a partner. */
const STANDS =
  '(évolue|évoluent|figure|figurent|hisse|place|positionne|trône|sits|sit|stands|stand|ranks|ranked|is|are|est|sont)';
/** A partner, a client or a supplier named in the sentence: those beside the firm are no rivals. */
const NOT_PARTNER =
  '!!(partenaire|partenaires|partner|partners|client|clients|customer|customers|fournisseur|fournisseurs|supplier|suppliers|allié|alliés|ally|allies)';

export const PAIR_SHAPE_RULES: Rule[] = rules([
  {
    id: 'any.competes.duopoly-of',
    type: 'COMPETES_WITH',
    // "the duopoly of A and B", "le duopole formé par A et B", "a duopoly between A and B"
    pattern: `(duopoly|duopole|duopolies|duopoles) ?(formé|formed) (of|between|de|entre|par|by) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.form-duopoly',
    type: 'COMPETES_WITH',
    // "A and B form a duopoly", "A et B forment un quasi-duopole"
    pattern: `@@a ~2! (form|forms|formed|constitute|constitutes|forment|formaient|constituent|constituaient) (a|un) ?(virtual|de|facto|quasi|véritable|quasi-duopole|quasi-duopoly) (duopoly|duopole|quasi-duopole|quasi-duopoly)`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.respective-shares-fr',
    type: 'COMPETES_WITH',
    // "A et B détiennent respectivement 30 % et 25 % du marché"
    pattern: `@@a ~2! ${HOLD} respectivement ~8! (marché|parts|part)`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.respective-shares-en',
    type: 'COMPETES_WITH',
    // "A and B hold 30% and 25% of the market respectively"
    pattern: `@@a ~2! ${HOLD} ~8! (market|markets|share|shares) ~4! respectively`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.leader-and-runner-up',
    type: 'COMPETES_WITH',
    // "market leader A and second-placed B", "le leader A et son dauphin B"
    pattern: `${LEADER} ?(one|un|1) @a (and|et) ?(son|sa|its) ${RUNNER_UP} ?(two|deux|2) @b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.leader-and-runner-up-apposed',
    type: 'COMPETES_WITH',
    // "A, numéro un du secteur, et B, numéro deux", "A, the market leader, and B, the No. 2"
    pattern: `@a , ?(the|le) ?(market) (leader|numéro|number|no.) ~4! , (and|et) @b , ?(the|le|son|its) ?(market) ${RUNNER_UP}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.fronted-market-alongside',
    type: 'COMPETES_WITH',
    // "Sur le marché des boissons bio, X évolue aux côtés de A et de B", "In the SME market, X sits alongside A"
    pattern: `(sur|on|in|dans) ?(le|la|the|ce|cette|this) ${MARKET} ~6 , @a ~2 ${STANDS} ~2 (alongside|côtés) ?(de|d'|du|des|of) @@b ${NOT_PARTNER}`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.55,
  },
  {
    id: 'any.competes.joins-leaders',
    type: 'COMPETES_WITH',
    // "X joins A and B in the top tier of the market", "X rejoint A et B dans le peloton de tête"
    pattern: `@a ~2! (joins|joined|join|rejoint|rejoindra|rejoignent) @@b (in|among|parmi|dans|au|aux) ~3! ${LEADING_GROUP}`,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
]);
