import { rules } from '../rule';

/**
 * An investor's record told as rounds it led in named companies: "after it led rounds in A and B", "Ribbit has
 * also co-led seed rounds in A", and the second verb of a record whose subject was told with the first: "X has
 * invested in A and B, and led a €10m round in C". The verb must be active (a "was led by" round is the passive
 * readers'), and the companies are named right after "in" (a place or a date there is no organisation).
 */

/** Active verbs of an investor heading a round. */
const LED_EN = '(led|co-led|headed|co-headed|anchored|spearheaded)';
/** Nouns of a round, singular or plural ("rounds in A and B"). */
const ROUNDS_EN = '(round|rounds|financing|financings|raise|raises|series)';
/** Most words between the verb and the round noun ("a €10m seed", "a 30 million pound funding"). */
const ROUND_DESCRIPTION_WORDS = 6;
/** Most words of a company's description after "in" ("Lisbon-based", "payments startup"). */
const OBJECT_DESCRIPTION_WORDS = 4;

export const EN_LED_ROUND_RULES = rules([
  {
    id: 'en.funded.led-rounds-in',
    type: 'FUNDED',
    pattern: `@src ?(has|have|had) ?(also|previously|already|recently|itself) ${LED_EN} ~${ROUND_DESCRIPTION_WORDS}! ${ROUNDS_EN} (in|into) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    // "it led rounds in A" is often read as the article's company, which raises rather than leads
    namedSource: true,
    stake: 'minority',
  },
  {
    // "Lindenhof has invested in A and B, and led a €10m round in C": the subject of the first verb leads
    id: 'en.funded.and-led-rounds-in',
    type: 'FUNDED',
    pattern: `@src (has|have|had) ?(also|previously|already) (invested|backed|funded) ?(in|into) ~${OBJECT_DESCRIPTION_WORDS}! @@earlier ~3! ?, and ?(also) ${LED_EN} ~${ROUND_DESCRIPTION_WORDS}! ${ROUNDS_EN} (in|into) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);
