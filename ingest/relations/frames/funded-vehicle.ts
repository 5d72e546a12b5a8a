import type { ExtractedRelation } from '../../types';
import { rules } from '../rule';
import { FOLDED_VEHICLE_RULE_ID } from './funded-folded-vehicle';

/**
 * The vehicle an investor puts its money through: "Vantor Systems joined the round through its corporate venture
 * arm, Vantor Ventures", "l'armateur A, via son fonds de capital-risque B". The vehicle named after the possessive
 * holds the stake, so it funds the round's company too (the parent's own reading, when a rule made one, stays: gold
 * rows give either or both). The parent must stand before the vehicle in the sentence ("its" is the parent's), and
 * the company is the one the sentence funds or the article's (a topic rule, see `../extract-relations.ts`).
 */

/** Nouns of an investment vehicle of a group. */
// "venture" and "capital-risque" stand for the noun when "fund X" folds into the name ("its venture fund X");
// not "investment" ("through its investment in Y" names the company, not a vehicle)
const VEHICLE_NOUN =
  '(arm|fund|vehicle|unit|fonds|véhicule|branche|bras|structure|venture|ventures|capital-risque|cvc)';
/** Most words from "through/via" to the vehicle's name ("via its corporate venture capital arm,"). */
const MAX_WORDS_VIA_TO_VEHICLE = 8;
/** Most units between the parent and "through/via" ("joined the $45 million round"). */
const PARENT_TO_VIA_UNITS = 12;

/** Id of the vehicle rule, whose guessed company `funded-round-company.ts` checks against the parent. */
const VEHICLE_RULE_ID = 'any.funded.through-vehicle';

export const VEHICLE_RULES = rules([
  {
    id: VEHICLE_RULE_ID,
    type: 'FUNDED',
    pattern: `**parent ~${PARENT_TO_VIA_UNITS} (through|via) (its|their|son|sa|leur|leurs) ~4! ${VEHICLE_NOUN} ~3! ?(,) **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

/** "through its / via son …" after a name: the name is the parent of the vehicle named next. */
const VIA_POSSESSIVE = /\b(?:through|via)\s+(?:its|their|son|sa|leur|leurs)\b/iu;

/** "through", "via", "au travers de", "par l'intermédiaire de" after a name (the folded vehicle's reader). */
const VIA_ANY = /\b(?:through|via|au travers d|par l'intermédiaire d|par le biais d)/iu;

/** The vehicle's guessed company is its own parent, named before "through its / via son" in the sentence. */
export function parentOfVehicle(r: ExtractedRelation): boolean {
  const via =
    r.rule === VEHICLE_RULE_ID ? VIA_POSSESSIVE : r.rule === FOLDED_VEHICLE_RULE_ID ? VIA_ANY : null;
  if (via === null) return false;
  const s = r.evidence.sentence;
  const at = s.indexOf(r.target);
  return at >= 0 && via.test(s.slice(at + r.target.length));
}

/** "A invested via its venture arm, V": A puts money through V, it does not fund V (any rule's reading). */
export function fundsOwnVehicle(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  const s = r.evidence.sentence;
  const src = s.indexOf(r.source);
  const tgt = s.lastIndexOf(r.target);
  if (src < 0 || tgt <= src) return false;
  const between = s.slice(src + r.source.length, tgt);
  const via = VIA_POSSESSIVE.exec(between);
  // the vehicle follows its possessive within a few words ("via son fonds de capital-risque V")
  return via !== null && between.slice(via.index).split(/\s+/).length <= MAX_WORDS_VIA_TO_VEHICLE;
}
