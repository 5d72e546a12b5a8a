import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { subjectIsNoBuyer } from './acquired-triggers';
import {
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  isStrongStop,
  MAX_DESCRIPTOR_WORDS,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { objectAfter } from './clause-object';

/**
 * Earlier purchases named after a counted deal noun: "la troisième acquisition de l'année pour le groupe, après
 * l'allemand A et le belge B", "Pour X, c'est la quatrième opération en France, après A et le lyonnais B",
 * "X's third purchase this year, after A and B". The counted deal is the buyer's; the names after
 * "après/after" are the deals that came before it, each a company the same buyer bought.
 */

/** Deal nouns a count may stand before; "opération/deal/transaction" name a deal only when counted. */
const COUNTED_DEAL_NOUNS =
  /^(acquisition|acquisitions|rachat|reprise|opération|operation|purchase|takeover|deal|transaction|buy)$/;
/** Words that count the deal: an ordinal ("troisième", "third", "4e") or "nouvelle/latest". */
const COUNTS =
  /^(\d+(e|ème|th|rd|nd)|\p{L}+ième|deuxième|seconde?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|nouvelle|latest)$/u;
/** Words a count may be separated from its noun by ("la troisième grosse acquisition"). */
const MAX_COUNT_TO_NOUN_UNITS = 2;
/** Units between the noun and "après/after" (its complement: "de l'année pour le groupe"). */
const MAX_NOUN_TO_AFTER_UNITS = 10;
const AFTER = /^(après|after|following)$/;
/** "following" opens a bare list too loosely ("following A's exit"): only before the deals' own noun. */
const AFTER_NEEDING_NOUN = /^following$/;
/** "après avoir racheté" tells a verb, not a list. */
const NOT_A_LIST_AFTER = /^(avoir|être|having|being)$/;
/**
 * "after backing A and B", "after investing in A", "after leading A's round": a gerund tells what the buyer did
 * before, and only a buying one makes the names earlier purchases.
 */
const GERUND_EN = /^\p{Ll}{2,}ing$/u;
const BUYING_GERUNDS = /^(buying|acquiring|purchasing|taking|snapping|absorbing)$/;

function notAListAfter(w: string): boolean {
  return NOT_A_LIST_AFTER.test(w) || (GERUND_EN.test(w) && !BUYING_GERUNDS.test(w));
}
/**
 * What may stand for the earlier deals before "de/of" and the list: "après celles du nantais A et de B", "after
 * those of A and B", "following the purchases of A in 2022, B in 2023 and C in 2025".
 */
const EARLIER_DEALS =
  /^(celles|celle|ceux|celui|those|that|rachats|acquisitions|reprises|purchases|acquisitions|takeovers|buys|rachat|acquisition|reprise|purchase|takeover)$/;
/** A year dating the earlier deal before its "de/of" ("après le rachat en 2023 de A", "after the purchase in 2021 of A"). */
const DATING = /^(en|in)$/;
const YEAR = /^(19|20)\d\d$/;
const OF = /^(de|du|d'|des|of)$/;
const DETERMINERS = /^(le|la|l'|les|the)$/;
/** The buyer's preposition after the noun: "de X", "pour X", "for X", "of X". */
const BUYER_PREPOSITIONS = /^(de|du|d'|des|pour|for|of|by|par)$/;
/** Most units from the noun to its buyer. */
const MAX_BUYER_UNITS = 8;
const JOINS = /^(,|et|and|puis|then)$/;
/** Words that end a descriptor: a link word or a verb's marker means the next name plays another role. */
const DESCRIPTOR_STOPS =
  /^(and|et|or|ou|of|de|du|des|d'|to|à|au|aux|by|par|from|with|avec|for|pour|in|en|dans|on|sur|is|was|has|had|a|est|était|sont|ont|said|which|that|who|qui|que|dont|its|his|her|their|sa|son|ses|leur|un|une|an|rachat|acquisition|reprise|purchase|échec|collapse|failure)$/;

/**
 * After a join or an opener at `at`: an optional determiner and a short descriptor ("l'allemand", "the Polish
 * road haulier", "route-optimization specialist"), then a company. Its index, or -1.
 */
export function describedMemberAfter(units: Unit[], at: number): number {
  let k = at + 1;
  if (DETERMINERS.test(wordAt(units, k))) k++;
  for (let words = 0; words <= MAX_DESCRIPTOR_WORDS; words++, k++) {
    if (isOrgAt(units, k)) return k;
    const u = units[k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || DESCRIPTOR_STOPS.test(u.token.lower)) return -1;
  }
  return -1;
}

/** The companies listed from the opener at `opener`: "A et le belge B", "A, B and C", in order. */
export function describedMembers(units: Unit[], opener: number, repeatedOf = false): number[] {
  const out: number[] = [];
  let at = opener;
  for (;;) {
    const m = describedMemberAfter(units, at);
    if (m < 0) break;
    out.push(m);
    let next = m + 1;
    // a short tail after a member ("en 2023") before the next join
    while (
      next - m <= 3 &&
      units[next]?.kind === 'tok' &&
      !JOINS.test(wordAt(units, next)) &&
      !isStrongStop(units, next)
    )
      next++;
    if (!JOINS.test(wordAt(units, next))) break;
    // ", et B" / ", and B"
    at = JOINS.test(wordAt(units, next + 1)) && wordAt(units, next) === ',' ? next + 1 : next;
    // "celles du A et de l'alsacien B": the list repeats its "de"
    if (repeatedOf && OF.test(wordAt(units, at + 1))) at++;
  }
  return out;
}

/** The count before the noun at `noun`, or -1. */
function countBefore(units: Unit[], noun: number): number {
  for (let k = noun - 1; k >= 0 && noun - k <= MAX_COUNT_TO_NOUN_UNITS; k--) {
    if (COUNTS.test(wordAt(units, k))) return k;
    if (units[k].kind !== 'tok') return -1;
  }
  return -1;
}

/** A copula that gives the deal noun its count as predicate: "cette acquisition est la troisième …". */
const COPULA = /^(est|était|sera|is|was|marks|marque)$/;

/**
 * The count told after the noun at `noun` ("cette acquisition est la troisième en deux ans", "the deal is Ferlog's
 * third this year"): the count's index, or -1. A possessor before the count is the buyer (possessorBeforeCount).
 */
function countAfter(units: Unit[], noun: number): number {
  if (!COPULA.test(wordAt(units, noun + 1))) return -1;
  let k = noun + 2;
  if (DETERMINERS.test(wordAt(units, k))) k++;
  if (isOrgAt(units, k) && /^('s|')$/.test(wordAt(units, k + 1))) k += 2;
  else if (/^(its|their|sa|son|leur)$/.test(wordAt(units, k))) k++;
  return COUNTS.test(wordAt(units, k)) ? k : -1;
}

/** "Pour X, c'est …", "For X, it is …": the company the fronted phrase is about, or -1. */
function frontedFor(units: Unit[], noun: number): number {
  if (!/^(pour|for)$/.test(wordAt(units, 0))) return -1;
  const k = DETERMINERS.test(wordAt(units, 1)) ? 2 : 1;
  return isOrgAt(units, k) && k < noun ? k : -1;
}

/** The buyer of the counted deal: its complement, a possessor, a fronted "pour X", else the clause's subject. */
function buyerOf(units: Unit[], noun: number, after: number): number {
  const complement = objectAfter(units, noun, { crossing: BUYER_PREPOSITIONS, maxUnits: MAX_BUYER_UNITS });
  if (complement >= 0 && complement < after) return complement;
  const before = countBefore(units, noun);
  // a count told after the noun ("is Ferlog's third") has its possessor after the noun; the subject stands before it
  const count = before >= 0 ? before : countAfter(units, noun);
  if (/^('s|')$/.test(wordAt(units, count - 1)) && isOrgAt(units, count - 2)) return count - 2;
  if (before < 0) {
    const fronted = frontedFor(units, noun);
    if (fronted >= 0) return fronted;
    const subject = subjectBefore(units, noun);
    return subject >= 0 && !subjectIsNoBuyer(units, subject, noun) ? subject : -1;
  }
  if (isOrgAt(units, count - 1) && /^(its|sa|son|leur|their)$/.test(wordAt(units, count - 1)))
    return count - 1;
  const fronted = frontedFor(units, noun);
  if (fronted >= 0) return fronted;
  const subject = subjectBefore(units, count);
  return subject >= 0 && !subjectIsNoBuyer(units, subject, noun) ? subject : -1;
}

/** The companies listed after "après/after/following" at `after`, past a word standing for the deals and its "de/of". */
function earlierDealsAt(units: Unit[], after: number): number[] {
  let k = after + 1;
  if (DETERMINERS.test(wordAt(units, k))) k++;
  if (EARLIER_DEALS.test(wordAt(units, k))) {
    const of = DATING.test(wordAt(units, k + 1)) && YEAR.test(wordAt(units, k + 2)) ? k + 3 : k + 1;
    if (OF.test(wordAt(units, of))) return describedMembers(units, of, true);
  }
  return AFTER_NEEDING_NOUN.test(wordAt(units, after)) ? [] : describedMembers(units, after);
}

function readEarlierListed(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!COUNTED_DEAL_NOUNS.test(wordAt(units, i)) || negatedBefore(units, i)) continue;
    if (countBefore(units, i) < 0 && countAfter(units, i) < 0) continue;
    let after = -1;
    for (let k = i + 1; k < units.length && k - i <= MAX_NOUN_TO_AFTER_UNITS; k++) {
      if (isStrongStop(units, k)) break;
      if (AFTER.test(wordAt(units, k))) {
        after = k;
        break;
      }
    }
    if (after < 0 || notAListAfter(wordAt(units, after + 1))) continue;
    const bought = earlierDealsAt(units, after);
    if (bought.length === 0) continue;
    const buyer = buyerOf(units, i, after);
    if (buyer < 0) continue;
    const src = entsAt(units, buyer);
    for (const b of bought) {
      const tgt = entsAt(units, b).filter((e) => !src.includes(e));
      if (tgt.length > 0)
        out.push({ src, tgt, '#src': [buyer], '#tgt': [b], [MATCH_START]: [Math.min(buyer, i)] });
    }
  }
  return out;
}

/** ACQUIRED read from the earlier deals named after a counted deal noun (both languages). */
export const ACQUIRED_AFTER_LIST_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-after-list',
    type: 'ACQUIRED',
    read: readEarlierListed,
    neededWords: ['après', 'after', 'following'],
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
