import { rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A place in a market told as a placement, not a rank word: "vise la troisième place du marché, derrière A et B",
 * "se placera derrière A et B", "would rank behind A and B", "comes in behind A and B". The leaders placed ahead
 * are rivals of one another (as `any.competes.behind-list` reads "third-largest behind A and B") and of the one
 * placed behind them when it is named. "Se ranger derrière" (to back someone) and "the investors behind X" are
 * no placement; nor is a place in a vote or a sports draft.
 */

/** Nouns and verbs of a place in a ranking. */
const PLACEMENT =
  '(place|places|position|positions|marche|podium|placera|placerait|placer|placent|placé|placée|classe|classera|classerait|classent|classé|classée|situe|situera|situerait|positionne|positionnera|hisse|hissera|hisserait|hissé|rank|ranks|ranked|ranking|sits|sit|sat|comes|come|came|finishes|finished)';

/** A vote, a poll or a sports draft ranks candidates and players, not companies in a market. */
export const NOT_MARKET =
  '!!(voix|vote|votes|scrutin|élection|élections|election|elections|poll|polls|sondage|sondages|draft|drafted|sélectionné|sélectionnée|selected|pick|picked|points)';

/**
 * A distance behind the leaders after a verb of staying or lagging, with an aside allowed between them: "X reste,
 * malgré sa croissance, loin derrière A et B", "X remains far behind A", "X lags well behind A and B".
 */
const STAYING =
  '(reste|restent|restait|restaient|restera|demeure|demeurent|demeurait|pointe|pointait|remains|remained|remain|lags|lagged|lag|stays|stayed|is|was|sits)';
const DISTANCE = '(loin|largement|nettement|très|bien|far|well|way|distantly)';
/** No new clause between the verb and the distance ("X reste, selon Y qui …, loin …" is another's). */
const ASIDE = '~10^(qui|que|dont|which|who|that|mais|but|et|and|;)';

export const PLACED_BEHIND_RULES: Rule[] = rules([
  {
    id: 'any.competes.far-behind',
    type: 'COMPETES_WITH',
    pattern: `@a ?(,) ${STAYING} ?(,) ${ASIDE} ${DISTANCE} (derrière|behind) ?(of) @@b ${NOT_MARKET}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.far-behind-list',
    type: 'COMPETES_WITH',
    pattern: `${STAYING} ?(,) ${ASIDE} ${DISTANCE} (derrière|behind) ?(of) @@a ${NOT_MARKET}`,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.placed-behind-list',
    type: 'COMPETES_WITH',
    pattern: `${PLACEMENT} ~8 (derrière|behind) ?(of) @@a ${NOT_MARKET}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.placed-behind',
    type: 'COMPETES_WITH',
    pattern: `@a ?(,) ~8! ${PLACEMENT} ~8 (derrière|behind) ?(of) @@b ${NOT_MARKET}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
]);
