import type { Token } from '../tokens';

/**
 * "Furrow Robotics, a Fort Collins, Colorado-based maker of weeding robots", "a Tacoma, Washington-based valve
 * maker": English wire copy writes a company's seat as "a <town>, <state>-based <noun>". The town opens that
 * compound adjective and is no party; read alone, it took the cue noun after the compound ("maker", "company") and
 * became a company. (French writes "basée à Tacoma, dans l'Etat de Washington", read by `site-places.ts`.)
 */

/** Articles that open the described noun phrase ("a Tacoma, Washington-based maker"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** The closing compound: a capitalised place word glued to "-based" ("Colorado-based", "York-based"). */
const BASED_RE = /^\p{Lu}[\p{L}.]*-based$/u;
/** A title-case word of the town or of the state before the compound ("Fort", "Collins", "New"). */
const TITLE_RE = /^\p{Lu}\p{Ll}+\.?$/u;
/** Longest town ("Salt Lake City") and longest state before its "-based" word ("New York-based": one word). */
const MAX_TOWN_WORDS = 3;
const MAX_STATE_WORDS_BEFORE_BASED = 1;

/** Whether tokens [from, to) are the town of "a <town>, <state>-based …". */
export function isTownBeforeBasedRegion(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_TOWN_WORDS || !ARTICLES.has(tokens[from - 1]?.lower ?? '')) return false;
  for (let i = from; i < to; i++) if (!TITLE_RE.test(tokens[i].text)) return false;
  if (tokens[to]?.text !== ',') return false;
  let k = to + 1;
  for (let n = 0; n < MAX_STATE_WORDS_BEFORE_BASED && TITLE_RE.test(tokens[k]?.text ?? ''); n++) k++;
  return BASED_RE.test(tokens[k]?.text ?? '');
}
