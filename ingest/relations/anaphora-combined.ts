import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { isFundLikeName } from './salience-cues';

/**
 * "the combined company", "the enlarged group", "the merged group", "le nouvel ensemble", "la nouvelle entité": after
 * a deal the press names the company it makes. A merger that named its result ("donnera naissance à X") makes X;
 * a purchase makes its buyer bigger, so the phrase is the buyer; a merger with no named result is no one company.
 */

/** English adjectives of a company made by a deal, before "company", "group", "entity", "business". */
const COMBINED_ADJECTIVES_EN = new Set(['combined', 'enlarged', 'merged', 'expanded']);
/**
 * Besides the plain company nouns, the kind of company that merged ("the combined bank will be run by P", "the merged
 * insurer", "the combined cooperative, to be called X"): a deal between two banks makes a bank.
 */
const COMBINED_NOUNS_EN = new Set([
  'company',
  'group',
  'entity',
  'business',
  'firm',
  'bank',
  'lender',
  'insurer',
  'cooperative',
  'carrier',
  'airline',
]);
/**
 * French: "le nouvel ensemble", "la nouvelle entité", "le nouveau groupe". Not "la nouvelle société", which is a
 * company set up for the deal, nor "le futur groupe", often a buy-out's holding.
 */
const COMBINED_ADJECTIVES_FR = new Set(['nouvel', 'nouveau', 'nouvelle']);
const COMBINED_NOUNS_FR = new Set(['ensemble', 'entité', 'groupe']);
const DETERMINERS = new Set(['the', 'le', 'la', "l'", 'du', 'au']);
/** The words at `i` without which `combinedPhraseLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const COMBINED_PHRASE_START_WORDS: ReadonlySet<string> = DETERMINERS;

/**
 * "le groupe issu du rapprochement", "l'entité née de la fusion", "the company formed by the merger", "the group
 * created through the tie-up": a company noun and a participle of birth from the deal name what the deal made.
 */
const BORN_NOUNS = new Set([...COMBINED_NOUNS_EN, ...COMBINED_NOUNS_FR, 'société', 'firm']);
const BORN_PARTICIPLES = new Set(['issu', 'issue', 'né', 'née', 'formed', 'created', 'resulting', 'born']);
const BORN_LINKS = new Set([
  'de',
  'du',
  "d'",
  'la',
  "l'",
  'by',
  'from',
  'through',
  'in',
  'the',
  'this',
  'cette',
  'ce',
]);
const DEAL_NOUNS = new Set([
  'rapprochement',
  'fusion',
  'opération',
  'merger',
  'deal',
  'tie-up',
  'combination',
  'union',
]);
/** Most linking words between the participle and the deal noun ("issue de la", "created through the"). */
const MAX_LINKS = 2;

/** Tokens of "le groupe issu du rapprochement" at `i`, else 0. */
function bornPhraseLength(tokens: Token[], i: number): number {
  if (!BORN_NOUNS.has(tokens[i + 1]?.lower ?? '') || !BORN_PARTICIPLES.has(tokens[i + 2]?.lower ?? ''))
    return 0;
  let k = i + 3;
  while (k < tokens.length && k - (i + 3) < MAX_LINKS && BORN_LINKS.has(tokens[k].lower)) k++;
  return k > i + 3 && DEAL_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 - i : 0;
}

/** Tokens of such a phrase at `i` with no name right after it, else 0. */
export function combinedPhraseLength(tokens: Token[], mentions: Mention[], i: number): number {
  if (!DETERMINERS.has(tokens[i].lower)) return 0;
  const born = bornPhraseLength(tokens, i);
  if (born > 0) return born;
  const adjective = tokens[i + 1]?.lower ?? '';
  const noun = tokens[i + 2]?.lower ?? '';
  const english = COMBINED_ADJECTIVES_EN.has(adjective) && COMBINED_NOUNS_EN.has(noun);
  if (!english && !(COMBINED_ADJECTIVES_FR.has(adjective) && COMBINED_NOUNS_FR.has(noun))) return 0;
  // "the combined group, Weaveroute," / "le nouvel ensemble Talencia" name it themselves
  if (mentions.some((x) => x.from === i + 3 || (x.from === i + 4 && tokens[i + 3].text === ','))) return 0;
  return 3;
}

/**
 * The company the article's deal made: the result a merger named; else, unless the article told a merger, the buyer
 * of its first purchase (later deals are usually recalled ones) when that buyer is no investment fund, which owns
 * what it buys without becoming one group with it. Else null.
 */
export function dealResultOrg(state: DiscourseState, names: (e: number) => string): number | null {
  if (state.bornOrg !== null) return state.bornOrg;
  if (state.mergingPair !== null) return null;
  const { buyer, target } = state.firstDeal;
  if (buyer === null || target === null || buyer === target || isFundLikeName(names(buyer))) return null;
  return buyer;
}
