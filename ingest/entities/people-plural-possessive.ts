import type { Token } from '../tokens';
import { PLACES } from './lexicon-common';
import { hasHead } from './name-joins';

/**
 * Bodies named for the people they serve: "People's Bank of China", "National Cattlemen's Association", "Seamen's
 * Bank for Savings", "Children's Hospital". English writes the possessive of an irregular plural with "'s", the
 * mark a company owning the next name carries ("IBM's Lotus unit"); the owner word tells them apart: a plural of
 * people owns no company, so with a head word after it the possessive lies inside one name.
 */

/** Irregular plurals of people (their possessive is "'s", not a bare apostrophe). */
const PEOPLE_PLURALS = new Set(
  `people peoples children women men businessmen businesswomen cattlemen congressmen craftsmen firemen fishermen
  boatmen freemen longshoremen newspapermen oilmen policemen salesmen seamen servicemen sportsmen stockmen tradesmen
  watermen workmen yachtsmen`.split(/\s+/),
);

/**
 * "Lumbermen", "Dairymen": a trade word of four letters or more before "men" is a plural of people too; shorter
 * stems are towns and countries ("Yemen", "Bremen") as often as trades.
 */
const TRADE_MEN = /^\p{Ll}{4,}men$/u;

function isPeoplePlural(word: string): boolean {
  return PEOPLE_PLURALS.has(word) || (TRADE_MEN.test(word) && !PLACES.has(word));
}

/** The "'s" at `i` follows a plural of people and a head word closes the run `[i + 1, to)`. */
export function isPeoplePluralPossessive(tokens: Token[], i: number, to: number): boolean {
  if (tokens[i]?.lower !== "'s" || i === 0) return false;
  const owner = tokens[i - 1];
  if (!/^\p{Lu}/u.test(owner.text) || !isPeoplePlural(owner.lower)) return false;
  return hasHead(tokens, i + 1, to);
}
