import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { ANAPHOR_DETERMINERS } from './anaphor-words';
import { POSITION_LINKS, POSITION_NOUNS, STAY_WORDS } from './anaphora-kept-leader';
import { namedSoon } from './pointing-phrases';

/**
 * "Nutrivia rachète Armorine. … Gwenaëlle Le Bihan restera directrice générale de la marque", "Sa fondatrice
 * restera à la tête de la filiale", "P will remain chief executive of the brand": after a takeover, the brand or
 * subsidiary a boss stays at the head of is the company bought — the buyer's own boss staying is no news, and the
 * buyer is no subsidiary. "la marque" alone was read as whichever company the article once called a brand (a rival
 * "la jeune marque bordelaise Y"), "la filiale" as nothing. anaphora-kept-leader.ts does the same for "l'entreprise"
 * read as the buyer.
 */

/** The nouns a bought company is told of once it belongs to its buyer. */
const KEPT_UNIT_NOUNS: ReadonlySet<string> = new Set([
  'marque',
  'filiale',
  'enseigne',
  'brand',
  'subsidiary',
  // "P will remain chief executive of the unit": wire copy's word for a business bought
  'unit',
]);
/** Most tokens between the verb of staying and the pointer ("restera directrice générale de la marque"). */
const MAX_STAY_TO_POINTER_TOKENS = 8;
/** Words that end the stretch between the verb of staying and the pointer: another clause begins. */
const CLAUSE_BREAKS = /^(,|;|:|qui|que|who|which|that|mais|but|tandis|while)$/;

/** The verb of staying governs the position phrase before `i`: seen within a few tokens, no clause between. */
function staysBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 3; k >= 0 && i - k <= MAX_STAY_TO_POINTER_TOKENS; k--) {
    const w = tokens[k].lower;
    if (STAY_WORDS.has(w)) return true;
    if (CLAUSE_BREAKS.test(w)) return false;
  }
  return false;
}

/**
 * The company bought in the article's first deal, and the two tokens of its pointer, when the determiner at `i` and
 * a unit noun close the position phrase of a boss who stays ("à la tête de la filiale", "directeur général de la
 * marque"); null otherwise, and when a name follows the noun or the sentence named a company before it (the
 * subsidiary may then be that company's: "Chez X, P reste aux commandes de la filiale espagnole").
 */
export function keptUnitPointerAt(
  tokens: Token[],
  mentions: Mention[],
  units: Unit[],
  i: number,
  state: DiscourseState,
): { ent: number; length: number } | null {
  const target = state.firstDeal.target;
  if (target === null || !ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  if (!KEPT_UNIT_NOUNS.has(tokens[i + 1]?.lower ?? '')) return null;
  if (!POSITION_LINKS.has(tokens[i - 1]?.lower ?? '') || !POSITION_NOUNS.has(tokens[i - 2]?.lower ?? ''))
    return null;
  if (!staysBefore(tokens, i)) return null;
  if (namedSoon(tokens, mentions, i + 2, tokens[i].lower === 'the')) return null;
  if (units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor && !u.ents.includes(target))) return null;
  return { ent: target, length: 2 };
}
