import { rules } from '../rule';
import type { Rule } from '../rule';
import { NOT_MARKET } from './rivals-placed-behind';

/**
 * One company's market share told with the names placed ahead of or behind it: "Carse holds about 4% of that
 * segment, behind A and B", "It is the third-largest supplier …, with a 12% share, behind A and B", "avec 7 % des
 * ventes, loin derrière A (19 %) et B (15 %)", "with an estimated 18% share, behind A and ahead of B". The share
 * places the names in one market (GOLD-FORMAT: the key players of the same market are rivals): the holder competes
 * with each name placed, and the names placed together ahead of it with one another. The rank readers
 * (`any.competes.behind`, `placed-behind`) need a rank word close to "behind", and `frame-share-listing` a share for
 * every name; here the share and its source ("selon le panéliste X", "according to Y") stand between.
 * A share of a capital or of a vote is no market share.
 */

/** A percentage: "14 %", "4%", "12.5 per cent", "7 pct". */
const PERCENT = '\\d+([.,]\\d+)? (%|per|pct|percent) ?(cent)';
/** Words that bring a share: a verb of holding, or "with / avec" ("with a 12% share", "avec 7 % des ventes"). */
const SHARE_CUE =
  '(holds|hold|held|claims|claimed|commands|controls|accounts|with|détient|détenait|détiendra|revendique|revendiquait|revendiquera|pèse|pesait|possède|contrôle|avec)';
/** From the holder to its share cue: no other name (a gap stops at names) and no new clause. */
const TO_SHARE = '~16^(qui|que|dont|which|who|;)';
/** From the percentage to "behind": the market and the share's source. */
const TO_PLACE = '~24^(qui|que|dont|which|who|;)';
/** From the names placed ahead to the ones placed behind ("(22 %) mais devant B", "and ahead of B"). */
const TO_AHEAD = '~6^(qui|que|dont|which|who|;)';
/** The sentence names the market the share is of. */
const MARKET_WORD =
  '&&(share|market|markets|segment|segments|sales|volumes|marché|marchés|ventes|parts|part|volume)';
/** Shares of a company's capital ("Bpifrance détient 12 % du capital, derrière la famille X"): holders, not rivals. */
const NOT_CAPITAL =
  '!!(capital|stake|stakes|equity|shareholder|shareholders|shareholding|actionnaire|actionnaires|participation)';
const GUARDS = `${MARKET_WORD} ${NOT_CAPITAL} ${NOT_MARKET}`;

export const SHARE_BEHIND_RULES: Rule[] = rules([
  {
    id: 'any.competes.share-behind',
    type: 'COMPETES_WITH',
    pattern: `@a ${TO_SHARE} ${SHARE_CUE} ~4 ${PERCENT} ${TO_PLACE} (derrière|behind) ?(of) ~2! @@b ${GUARDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.share-ahead',
    type: 'COMPETES_WITH',
    pattern: `@a ${TO_SHARE} ${SHARE_CUE} ~4 ${PERCENT} ${TO_PLACE} (devant|ahead) ?(of) ~2! @@b ${GUARDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.share-behind-and-ahead',
    type: 'COMPETES_WITH',
    // "with an 18% share, behind A and ahead of B": the holder competes with B too
    pattern: `@a ${TO_SHARE} ${SHARE_CUE} ~4 ${PERCENT} ${TO_PLACE} (derrière|behind) ?(of) ~2! @@c ${TO_AHEAD} (devant|ahead) ?(of) ~2! @@b ${GUARDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.share-behind-list',
    type: 'COMPETES_WITH',
    pattern: `${SHARE_CUE} ~4 ${PERCENT} ${TO_PLACE} (derrière|behind) ?(of) ~2! @@a ${GUARDS}`,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.share-behind-then-ahead',
    type: 'COMPETES_WITH',
    // "… derrière A (22 %) mais devant B (9 %)": A, ahead of the holder, is ahead of B as well
    pattern: `${SHARE_CUE} ~4 ${PERCENT} ${TO_PLACE} (derrière|behind) ?(of) ~2! @@a ${TO_AHEAD} (devant|ahead) ?(of) ~2! @@b ${GUARDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
]);
