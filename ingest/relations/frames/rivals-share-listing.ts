import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';
import { respectiveHolders, shareBefore, stakeInNamedCompany } from './rivals-share-told';
import { ownerPastSource } from '../cited-sources';

/**
 * Companies each given their share of one market in a sentence: "A holds 30% of the market, B 25% and C 12%",
 * "A détient 30 % du marché, devant B (25 %)", also told in a relative clause ("A, which holds roughly 18% of it,
 * followed by B with 11%"). Several shares of one market make their holders rivals; shares of a
 * company's capital, of sales growth or of a price move do not, so a sentence telling of those is not read.
 */

/** A market the shares are of, also a hyphenated one ("the mid-market", "le sous-segment"). */
const MARKET = /^(\p{L}+-)?(market|markets|marché|marchés|segment|share|parts|part)$/u;
/** Shares of something else than a market: a capital, a vote, a price or sales move. */
const NOT_MARKET_SHARE =
  /^(capital|stake|stakes|equity|shareholder|shareholders|shareholding|actionnaire|actionnaires|participation|vote|votes|voting|poll|polls|sondage|rose|fell|gained|lost|jumped|dropped|climbed|slid|soared|slumped|grew|growth|hausse|baisse|progresse|progressé|recule|reculé|bondi|chuté|croissance|sales|revenue|revenues|ventes|chiffre|dividend|dividende|discount|remise|rabais|yield|rendement|interest|intérêt|taux|rate)$/u;
/** Verbs of a move that say a share itself moved when "share" stands before them ("X's share rose to 26%"). */
const MOVE_VERB =
  /^(rose|fell|gained|lost|jumped|dropped|climbed|slid|soared|slumped|grew|progresse|progressé|recule|reculé|bondi|chuté)$/u;
/** A singular share word the move may be told of (not "shares", the stock). */
const SHARE_WORD = /^(share|part)$/u;
/** Most words between the share word and its move ("share of installations rose"). */
const SHARE_MOVE_GAP = 4;
/** The word linking a move to the share it reaches ("rose to 26%", "a progressé à 26 %"). */
const REACHED = /^(to|à)$/u;

/**
 * "Calderwood's share of installations rose to 26%, against 21% for B": the move is the share's own, reaching the
 * percentage its holder is compared by, no price or sales move; "Shares rose 4%" and "sales grew to 26%" stay
 * barred.
 */
function shareMoveAt(units: Unit[], words: string[], k: number): boolean {
  if (!MOVE_VERB.test(words[k]) || !REACHED.test(words[k + 1] ?? '') || !percentAt(units, k + 2))
    return false;
  for (let j = k - 1; j >= 0 && k - j <= SHARE_MOVE_GAP; j--) {
    if (SHARE_WORD.test(words[j])) return true;
    if (units[j].kind !== 'ent' && !/^\p{L}/u.test(words[j])) return false;
  }
  return false;
}

/** "X's share of installations rose to 26%": the possessive's owner holds the share that moved. */
function possessedShareMove(units: Unit[], words: string[], i: number): boolean {
  if (words[i + 1] !== "'s" || !SHARE_WORD.test(words[i + 2] ?? '')) return false;
  for (let k = i + 3; k <= i + 2 + SHARE_MOVE_GAP && k < units.length; k++)
    if (shareMoveAt(units, words, k)) return true;
  return false;
}

/** A word that says the shares are of something else than a market (a move of the share itself excepted). */
function notMarketWordAt(units: Unit[], words: string[], k: number): boolean {
  return NOT_MARKET_SHARE.test(words[k]) && !shareMoveAt(units, words, k);
}

/** Units after a name searched for its percentage ("holds 30 %", "with 25%", "(25 %)"). */
const SHARE_WINDOW_UNITS = 4;
/** Punctuation ending the clause a name's share may be in. */
const CLAUSE_END = /^[;:.!?]$/u;

function isOrgUnit(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

/** A number right before a percent sign or word at `k` ("30 %", "25 per cent", "12 pour cent"). */
function percentAt(units: Unit[], k: number): boolean {
  const w = wordAt(units, k);
  const next = wordAt(units, k + 1);
  if (w === null || !/^\d+([.,]\d+)?$/u.test(w)) return false;
  if (next === '%' || next === 'percent') return true;
  return (next === 'per' || next === 'pour') && wordAt(units, k + 2) === 'cent';
}

/** Units of a relative clause's opening before its share ("A, which holds roughly 18%", "A, qui détient environ"). */
const RELATIVE_SHARE_UNITS = 4;
/** Relative pronouns whose clause, right after a name, tells that name's share. */
const RELATIVE = /^(which|that|qui)$/u;

/** The name at `i` is followed by its own percentage before any other name or clause end. */
function hasShare(units: Unit[], i: number): boolean {
  const relative = wordAt(units, i + 1) === ',' && RELATIVE.test(wordAt(units, i + 2) ?? '');
  const window = SHARE_WINDOW_UNITS + (relative ? RELATIVE_SHARE_UNITS : 0);
  for (let k = i + 1; k <= i + window && k < units.length; k++) {
    if (units[k].kind === 'ent' || CLAUSE_END.test(wordAt(units, k) ?? '')) return false;
    if (percentAt(units, k)) return true;
  }
  return false;
}

/** Units after a name its percentage follows at once in a gapped list ("B 21%", "B (22 %)", "B with 11%"). */
const GAPPED_SHARE_UNITS = 3;
/** Share words that bar a gapped list too: a capital, a round, a vote, a price move (not the sales of a market). */
const SALES_WORDS = /^(sales|revenue|revenues|ventes|chiffre)$/u;
const NOT_GAPPED_SHARE =
  /^(round|tour|levée|fund|fonds|owned|détenu|détenue|détenus|investors|investisseurs|backers)$/u;

/** The name at `i` has its percentage right after it, as a gapped comparison gives each member's. */
function gappedShare(units: Unit[], i: number): boolean {
  for (let k = i + 1; k <= i + GAPPED_SHARE_UNITS && k < units.length; k++) {
    const w = wordAt(units, k) ?? '';
    if (percentAt(units, k)) return true;
    if (!/^(\(|with|avec|for|pour)$/u.test(w)) return false;
  }
  return false;
}

/**
 * "A held 34% of installations last year, B 21% and C 9%": three holders or more, the later ones given their
 * share at once with the verb gapped, compare shares of one whole though no market word names it (nor "sales"
 * when it is the sales of a market); a capital, a round or a price move still bars it.
 */
function gappedListing(
  units: Unit[],
  words: string[],
  members: number[],
  told: ReadonlySet<number>,
): boolean {
  const gapped = members.slice(1).filter((i) => told.has(i) || gappedShare(units, i));
  if (members.length < 3 || gapped.length < 2) return false;
  return !words.some(
    (w, k) => (notMarketWordAt(units, words, k) && !SALES_WORDS.test(w)) || NOT_GAPPED_SHARE.test(w),
  );
}

/** Participles of ownership before an agent ("bought in 2024 by", "owned by", "racheté par", "contrôlé par"). */
const OWNED_PARTICIPLE =
  /^(bought|acquired|owned|controlled|backed|purchased|taken|rachetée?s?|acquise?s?|détenue?s?|contrôlée?s?|repris|reprise|possédée?s?)$/u;
const AGENT = /^(by|par)$/u;
/** Units searched back from a name for its agent word, and from that word for the participle. */
const OWNER_LOOKBACK_UNITS = 4;

/**
 * "followed by Wärmeland, bought in 2024 by U.S. group Carrow, on 14%": the share after an owner named in an aside
 * is the owned company's, told before the aside; the owner holds no share of the market. Returns the owned name's
 * unit for an owner at `i`, `i` itself for any other name.
 */
function shareHolder(units: Unit[], i: number): number {
  let agent = -1;
  for (let k = i - 1; k >= 0 && i - k <= OWNER_LOOKBACK_UNITS; k--) {
    if (units[k].kind === 'ent' || wordAt(units, k) === ',') break;
    if (AGENT.test(wordAt(units, k) ?? '')) agent = k;
  }
  if (agent < 0) return i;
  for (let k = agent - 1; k >= 1 && agent - k <= OWNER_LOOKBACK_UNITS; k--) {
    if (units[k].kind === 'ent') return i;
    if (OWNED_PARTICIPLE.test(wordAt(units, k) ?? ''))
      return wordAt(units, k - 1) === ',' && isOrgUnit(units, k - 2) ? k - 2 : i;
  }
  return i;
}

function readShareListing(units: Unit[], _lang: Language): Captures[] {
  const words = units.map((_, k) => wordAt(units, k) ?? '');
  // "contre 15 % pour B", "B and C hold 11% and 9% respectively": shares told before or after their holders
  // … but "Brightline owns 12% of Kopra, against 15% for Ardian" are stakes in a company
  const told = new Set(
    stakeInNamedCompany(units)
      ? []
      : [
          ...respectiveHolders(units),
          ...units.flatMap((_, i) => (isOrgUnit(units, i) && shareBefore(units, i) ? [i] : [])),
        ],
  );
  const holders = units
    .flatMap((_, i) =>
      isOrgUnit(units, i) && (told.has(i) || hasShare(units, i) || possessedShareMove(units, words, i))
        ? [ownerPastSource(units, shareHolder(units, i))]
        : [],
    )
    .filter((i) => i >= 0);
  const members = [...new Set(holders)].sort((x, y) => x - y);
  const plain = words.some((w) => MARKET.test(w)) && !words.some((_, k) => notMarketWordAt(units, words, k));
  if (!plain && !gappedListing(units, words, members, told)) return [];
  return members.length >= 2 ? pairAll(units, members, members[0]) : [];
}

export const SHARE_LISTING_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-share-listing',
    type: 'COMPETES_WITH',
    read: readShareListing,
    neededWords: ['%', 'percent', 'cent'],
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
