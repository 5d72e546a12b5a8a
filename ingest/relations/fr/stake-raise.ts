import { rules } from '../rule';
import { controlOrMinorityReadings } from '../stake-readings';

/**
 * A shareholder raising its holding, as French trade press tells it: "X porte de 25 % à 60 % sa participation dans
 * Y", "X a porté en septembre à 67 % sa participation dans Y", "X porte sa participation de 5 % à 18 % dans Y",
 * "X est monté en deux temps au capital de Y", "X, passé de 10 % à 35 % de Y". The figures sit between the verb and
 * the holding, where the strict gaps of `fr.acquired.majority-stake` stop at "à"; these rules step over them. The
 * figure the holding ends at (values/stakes.ts) says which fact it is: control is an ACQUIRED, anything less a
 * FUNDED (a minority stake taken or raised).
 */

/** Forms of the verbs that raise a holding ("porter", "relever", "augmenter", "renforcer"). */
const RAISE =
  '(porte|portent|porté|portait|portera|porter|portant|relève|relèvent|relevé|relever|relèvera|augmente|augmentent|augmenté|augmenter|augmentera|renforce|renforcent|renforcé|renforcer|renforcera)';
/** Nouns of the holding raised. */
const HOLDING = '(participation|part|parts|détention)';
/** Forms of "monter (au capital)". */
const CLIMB = '(monte|montent|monté|montés|montera|monteront|monter)';
/** Forms of "passer (de A % à B %)". */
const MOVE = '(passe|passent|passé|passée|passés|passera|passant)';

/**
 * Longest stretch between the verb and the holding noun ("de 25 % à 60 % sa", "en septembre à 67 % sa"); a time
 * phrase may stand before both figures ("en octobre de 40 % à 65 % sa", "fin 2024 de 40 % à 65 % sa").
 */
const FIGURES_GAP = 10;

export const FR_STAKE_RAISE_RULES = rules([
  ...controlOrMinorityReadings(
    'fr',
    'raises-holding-in',
    `@src ~6 ${RAISE} ~${FIGURES_GAP} ${HOLDING} ~7 ?(au) ?(capital) (dans|de|du|chez) ~5! @tgt`,
    0.75,
  ),
  ...controlOrMinorityReadings(
    'fr',
    'climbs-into-capital',
    `@src ~6 ${CLIMB} ~4 au capital (de|du|d') ~5! @tgt`,
    0.7,
  ),
  ...controlOrMinorityReadings(
    'fr',
    'moves-share-of',
    `@src ~4 ${MOVE} de ~2! à ~2! ?(du) ?(capital) (de|du|d') ~3! @tgt`,
    0.7,
  ),
]);
