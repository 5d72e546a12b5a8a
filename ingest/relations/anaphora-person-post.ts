import type { Token } from '../tokens';
import { isLeaderTitle } from './people';

/**
 * A person's pronoun before the post they hold now: "She is chief executive", "He remains chairman of X", "He will
 * stay on as managing director of the business", "Elle est présidente de X", "Il reste directeur général de la
 * société". Only a copula of the present or of staying on: "was"/"était" is a past post and "will be"/"sera" a
 * future one, and neither makes the person a head today (GOLD-FORMAT, LEADS). The title must be a leader's
 * (people.ts isLeaderTitle refuses "vice-president", "chief operating officer", "directeur technique").
 */

/** Copulas of a post held now or kept; "restera"/"demeurera" are French's "will remain", a post kept. */
const POST_COPULA = /^(est|reste|demeure|restera|demeurera|is|remains|remain|stays|stay|serves)$/;
/** Words between the pronoun and its copula: "will" only before "stay"/"remain" (checked below), adverbs of now. */
const BEFORE_COPULA =
  /^(will|toujours|still|now|today|currently|aujourd'hui|désormais|actuellement|also|aussi)$/;
/** Words between the copula and the title: "on as", "comme", an article or a possessive, adverbs of now. */
const BEFORE_TITLE =
  /^(on|as|comme|le|la|l'|the|its|son|sa|toujours|still|now|today|currently|aujourd'hui|désormais|actuellement|also|aussi|its)$/;
/** Where a title stops: its complement, a new clause or the sentence's end. */
const TITLE_END =
  /^(of|at|de|du|d'|des|chez|and|et|but|mais|,|;|\.|:|since|depuis|until|jusqu'|who|qui|for|pour)$/;
const MAX_GAP = 3;
const MAX_TITLE_WORDS = 4;
/** How many words after the title still tell its kind ("head of sales", "directeur des opérations"). */
const TITLE_TAIL_WORDS = 3;

/** Whether the words after the pronoun at `i` give its person a leader's post held now. */
export function postAfterPronoun(tokens: Token[], i: number): boolean {
  let k = i + 1;
  let will = false;
  for (let gap = 0; k < tokens.length && gap < MAX_GAP && BEFORE_COPULA.test(tokens[k].lower); gap++, k++)
    will ||= tokens[k].lower === 'will';
  const copula = tokens[k]?.lower ?? '';
  if (!POST_COPULA.test(copula)) return false;
  // "will stay on as", "will remain": a post kept; "will" before any other verb is a future post
  if (will !== /^(stay|remain)$/.test(copula)) return false;
  k++;
  for (let gap = 0; k < tokens.length && gap < MAX_GAP && BEFORE_TITLE.test(tokens[k].lower); gap++) k++;
  const from = k;
  while (k < tokens.length && k - from < MAX_TITLE_WORDS && !TITLE_END.test(tokens[k].lower)) k++;
  if (k === from || tokens.slice(from, k).some((t) => t.text !== t.lower)) return false;
  const tail = tokens.slice(k, k + TITLE_TAIL_WORDS).map((t) => t.lower);
  return isLeaderTitle([...tokens.slice(from, k).map((t) => t.lower), ...tail].join(' '));
}
