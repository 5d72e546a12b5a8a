import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOrgAt as isOrg } from './clause';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';
import { listOfTradePartners } from './rivals-client-list';

/**
 * Companies told as holding a market between them: "A and B together supplied nearly half of U.S. grid
 * batteries", "A and B, which between them account for 60 per cent of subscriptions", "A et B détiennent à eux
 * deux 55 % du marché". Sharing one market makes them rivals of one another; owning a company together does not
 * ("together own 60 per cent of C", "à eux deux 55 % du capital").
 */

/** Units after the marker searched for the share ("together supplied nearly half of"). */
const SHARE_WINDOW_UNITS = 8;
/** Units after the share searched for what it is a share of ("half of the capital of C"). */
const SHARE_OF_WINDOW_UNITS = 6;

/** Words of a part of a whole: a fraction, a percentage, the bulk. */
const SHARE =
  /^(half|majority|bulk|third|thirds|two-thirds|quarter|quarters|three-quarters|%|percent|cent|share|moitié|majorité|essentiel|tiers|deux-tiers|quart|trois-quarts|parts)$/u;
/** What companies own or raise together, not a market they share. */
const OWNED =
  /^(capital|stake|stakes|equity|shares|voting|votes|board|seats|company|business|round|funding|financing|actions|droits|sièges|conseil|société|entreprise|participation|tour|financement|levée|fonds)$/u;
/**
 * A company's own business, whose share names its customers, channels, units or suppliers, not a market shared
 * with rivals ("A and B together bring in 70% of its bookings", "supply half of its components").
 */
const OWN_BUSINESS =
  /^(sales|revenue|revenues|turnover|business|ventes|chiffre|activité|revenus|bénéfices|profits|bookings|orders|traffic|purchases|components|needs|supplies|réservations|commandes|trafic|achats|composants|besoins|approvisionnements)$/u;
/** Words ending the clause the share is in. */
const CLAUSE_END = /^[;:.!?()]$/u;
/** Words opening a clause of its own before the marker ("as rivals A and B together …" reads from "rivals"). */
const CLAUSE_OPENER =
  /^(while|whereas|but|mais|tandis|alors|où|where|because|car|since|as|when|quand|lorsque)$/u;
const RELATIVE = /^(which|who|qui|lesquels|lesquelles)$/u;
const AND = /^(and|et|&)$/u;
/** Words that may only stand before "ensemble" as a noun ("l'ensemble du marché", "le nouvel ensemble"). */
const BEFORE_ENSEMBLE_NOUN = /^(l'|le|un|de|d'|du|cet|nouvel|dans|sur|pour)$/u;

/** The marker of a shared holding at `i` and the index after it, or -1: "together", "between them", "à eux deux". */
function markerEnd(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === 'together') return wordAt(units, i + 1) === 'with' ? -1 : i + 1;
  if (w === 'between') return wordAt(units, i + 1) === 'them' ? i + 2 : -1;
  if (w === 'ensemble') return BEFORE_ENSEMBLE_NOUN.test(wordAt(units, i - 1) ?? '') ? -1 : i + 1;
  if (w === 'à' && /^(eux|elles)$/u.test(wordAt(units, i + 1) ?? '')) {
    return /^(deux|trois|quatre)$/u.test(wordAt(units, i + 2) ?? '') ? i + 3 : -1;
  }
  return -1;
}

/** A share of a market starts within the window after `from`: none of its words tells of ownership or funding. */
function marketShareAfter(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + SHARE_WINDOW_UNITS; k++) {
    const w = wordAt(units, k);
    if (w !== null && CLAUSE_END.test(w)) return false;
    if (w === null || !SHARE.test(w)) continue;
    // a bare "30 %" held by investors is a stake: a market share says what it is a share of
    if (!/^(of|de|du|des|d')$/u.test(wordAt(units, k + 1) ?? '')) return false;
    for (let j = k + 1; j < units.length && j <= k + SHARE_OF_WINDOW_UNITS; j++) {
      const x = wordAt(units, j);
      // "60 per cent of C": a share of a company is a stake in it
      if (x === null) return !(isOrg(units, j) && /^(of|de|du|d')$/u.test(wordAt(units, j - 1) ?? ''));
      if (CLAUSE_END.test(x) || x === ',') return true;
      if (OWNED.test(x)) return false;
      // "a third of its customers' orders": a share of what the article's company owns is its own business
      if (j === k + 2 && /^(its|their|ses|leurs|son|sa|leur)$/u.test(x)) return false;
      // "a third of its sales", "un tiers des ventes": the share of a company's own business (its customers)
      if (
        OWN_BUSINESS.test(x) &&
        /^(its|their|ses|leurs|des|du|son|sa|leur)$/u.test(wordAt(units, j - 1) ?? '')
      )
        return false;
    }
    return true;
  }
  return false;
}

/** The coordinated names ending at unit `last` ("A, B and C"), or [] when no "and" joins them. */
function listEndingAt(units: Unit[], last: number): number[] {
  if (!isOrg(units, last)) return [];
  const got = [last];
  let k = last - 1;
  let joined = false;
  while (k >= 1 && (wordAt(units, k) === ',' || AND.test(wordAt(units, k) ?? ''))) {
    if (AND.test(wordAt(units, k) ?? '')) joined = true;
    const j = wordAt(units, k) === ',' && AND.test(wordAt(units, k - 1) ?? '') ? k - 2 : k - 1;
    if (!isOrg(units, j)) break;
    got.unshift(j);
    k = j - 1;
  }
  return joined ? got : [];
}

/** A comma stands strictly between units `from` and `to`. */
function commaBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (wordAt(units, k) === ',') return true;
  return false;
}

/** Only lower-case words stand from `from` up to `to` ("as rivals A", "the grocers A"). */
function plainWordsBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(units, k);
    if (w === null || !/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) return false;
  }
  return true;
}

/**
 * The holders before the marker at `m`: the list a relative "which between them" follows, or the members of the
 * clause's subject list, each opening the clause or joined by "and" after asides ("A, which is owned by C, and B,
 * the arm of D, together …").
 */
function holdersBefore(units: Unit[], m: number): number[] {
  const rel = m - 1;
  if (RELATIVE.test(wordAt(units, rel) ?? '')) {
    return wordAt(units, rel - 1) === ',' ? listEndingAt(units, rel - 2) : [];
  }
  let from = 0;
  for (let k = m - 1; k >= 0; k--) {
    const w = wordAt(units, k);
    if (w !== null && (CLAUSE_END.test(w) || CLAUSE_OPENER.test(w) || RELATIVE.test(w))) {
      if (RELATIVE.test(w) && wordAt(units, k - 1) === ',') {
        // a relative aside closed before the marker ("A, which is owned by C, and B, together …") is stepped over
        if (commaBetween(units, k, m)) continue;
        // the marker is in the relative clause: its holders are the list it follows ("A and B, qui … à eux deux")
        return listEndingAt(units, k - 2);
      }
      from = k + 1;
      break;
    }
  }
  const members: number[] = [];
  let joined = false;
  let commaSinceMember = false;
  for (let k = from; k < m; k++) {
    if (wordAt(units, k) === ',') commaSinceMember = true;
    if (!isOrg(units, k)) continue;
    const prev = wordAt(units, k - 1) ?? '';
    const prevAnd = AND.test(prev) || (prev === ',' && AND.test(wordAt(units, k - 2) ?? ''));
    // the first holder opens the clause, maybe after a few plain words ("as rivals A and B")
    const opens = members.length === 0 && plainWordsBetween(units, from, k);
    if (
      opens ||
      (members.length > 0 && (prevAnd || (prev === ',' && members[members.length - 1] === k - 2)))
    ) {
      members.push(k);
      joined ||= prevAnd;
      commaSinceMember = false;
    } else if (members.length > 0 && !commaSinceMember) {
      // a name neither listed nor set off by commas is another verb's object ("A said B and C together …")
      return [];
    }
  }
  return joined ? members : [];
}

/** "A and B together supplied nearly half of …", "A et B détiennent à eux deux 55 % du marché". */
function readSharedMarket(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    const end = markerEnd(units, i);
    if (end < 0 || !marketShareAfter(units, end)) continue;
    const holders = holdersBefore(units, i);
    // "its customers include A, B and C, which together …": a company's book, not a shared market
    if (holders.length >= 2 && !listOfTradePartners(units, holders[0]))
      out.push(...pairAll(units, holders, holders[0]));
  }
  return out;
}

export const SHARED_MARKET_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-shared-market',
    type: 'COMPETES_WITH',
    read: readSharedMarket,
    neededWordPattern: /^(together|between|ensemble|eux|elles)$/u,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
