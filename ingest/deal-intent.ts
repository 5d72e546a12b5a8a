import { memoByText } from './values/text-memo';

/**
 * Deals nobody has made yet: a wish ("hopes to acquire"), a report the party would not confirm, or a plan ruled
 * out ("has no plans to bid"). Read on the sentence up to the deal's last party.
 */

/** The deal verbs a wish, a plan or a report may be about ("wants to buy", "no intention of acquiring"). */
const DEAL_VERB = String.raw`(?:acquire|acquiring|buy|buying|purchase|purchasing|take\s+over|taking\s+over|merge|merging|combine|bid|bidding|invest|investing|(?:take|taking|buy|buying|acquire|acquiring)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:stake|holding|interest)|(?:raise|increase|raising|increasing)\s+(?:its|their)\s+(?:\p{L}+\s+)?(?:stake|holding)|(?:make|making)\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:offer|bid)|acquérir|racheter|reprendre|fusionner|investir|prendre\s+(?:une|le|la)\s+(?:participation|contrôle))`;
const WISH_WORDS = String.raw`(?:hopes?|hoped|hoping|wants?|wanted|wishe[sd]|would\s+like|seeks?|seeking|sought|aims?|aimed|aiming|souhaite\p{L}*|espère\p{L}*|voudrai\p{L}*|veut|veulent|voulait)`;
const PLAN_WORDS = String.raw`(?:no|not|n['’]t|pas|aucune?)\s+(?:\p{L}+\s+){0,2}(?:plans?|intentions?|intends?|projet)`;
/** A wish of any kind: read for a minority stake, where "hopes to" tells the stake is not bought yet. */
const WISH_ANY = new RegExp(String.raw`(?<![\p{L}\p{N}])${WISH_WORDS}\s+(?:to|de|d['’])\s`, 'iu');
/** A wish about the deal itself ("seeks to acquire", "would like to take a stake"), for every deal type. */
const WISH_DEAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${WISH_WORDS}\s+(?:(?:to|de|d['’])\s*)?(?:\p{L}+\s+)??${DEAL_VERB}(?![\p{L}])`,
  'iu',
);
/** A report the party would not confirm: "had no comment on a report that it acquired 12 pct". */
const UNCONFIRMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:no comment|(?:declined|refused|would not|wouldn['’]t) (?:to )?comment|ne (?:pas )?commenter|sans commenter)\s+(?:on|sur)\s+(?:\p{L}+\s+){0,4}(?:reports?|rumou?rs?|speculation|information|informations|article|rumeurs?)(?![\p{L}])`,
  'iu',
);
const RULED_OUT_ANY = new RegExp(String.raw`(?<![\p{L}\p{N}])${PLAN_WORDS}\s+(?:to|de|d['’])\s`, 'iu');
/** "has no present plans to acquire", "does not intend to bid", "no intention of buying": no deal at all. */
const RULED_OUT_DEAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${PLAN_WORDS}\s+(?:to|of|de|d['’])\s*(?:\p{L}+\s+)??${DEAL_VERB}(?![\p{L}])`,
  'iu',
);

/** How a deal told as a wish, an unconfirmed report or a plan ruled out reads: no fact, talk, or as told. */
export type DealIntent = 'ruled-out' | 'rumoured' | null;

/**
 * Reads `upToDeal`, the sentence up to the deal's last party, for a deal nobody has made yet. `anyWish` widens
 * the cues to any wish or plan (a minority stake: "hopes to raise its holding" is itself the stake told).
 */
export function dealIntent(upToDeal: string, anyWish = false): DealIntent {
  return anyWish ? anyWishIntent(upToDeal) : dealWishIntent(upToDeal);
}

const anyWishIntent = memoByText((upToDeal: string) => readIntent(upToDeal, true));
const dealWishIntent = memoByText((upToDeal: string) => readIntent(upToDeal, false));

function readIntent(upToDeal: string, anyWish: boolean): DealIntent {
  const text = oneLine(upToDeal);
  if ((anyWish ? RULED_OUT_ANY : RULED_OUT_DEAL).test(text)) return 'ruled-out';
  if ((anyWish ? WISH_ANY : WISH_DEAL).test(text) || UNCONFIRMED.test(text)) return 'rumoured';
  return null;
}

/** Wire copy breaks lines inside phrases ("hopes to\nacquire"): cues are read over single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
