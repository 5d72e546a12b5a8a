import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { wordAt } from './rivals-clause';
import { NOT_RIVALS, rivalsAfter } from './rivals-list';
import { orgListsIn } from './rivals-subject-lists';
import { anyWordOf } from './word-cue';
import { NOT_MARKET_RANK } from './rivals-not-market-rank';

/**
 * Market overviews: players named together as the leaders of one market are rivals of one another
 * ("A, B et C dominent le rayon", "A and B are the largest players", "les poids lourds du secteur, A et B",
 * "the market leader A, followed by B and C").
 */

/** Units after a list searched for what it does ("A, B and C all still dominate …"). */
const PREDICATE_WINDOW_UNITS = 4;
/** Units after a rank word searched for the players or market it ranks ("the three largest European players"). */
const PLAYER_WINDOW_UNITS = 3;
/** Units after the predicate searched for the market it is about. */
const MARKET_WINDOW_UNITS = 10;
/** Plain words between a leaders noun and its list ("les poids lourds du secteur bancaire, A et B"). */
const LEADERS_TO_LIST_WORDS = 6;
/** Words looked back before a leaders noun for a subject facing them ("face aux géants A et B"). */
const FACING_LOOKBACK_UNITS = 3;

const MARKET =
  /^(marché|marchés|market|markets|rayon|rayons|linéaires|secteur|sector|segment|industry|industrie|sales|ventes|parts|share|%|classement|ranking|podium|field)$/u;
/** A market itself, not a figure of it ("share", "%" may be a stock's). */
const MARKET_NOUN =
  /^(marché|marchés|market|markets|rayon|rayons|linéaires|secteur|sector|segment|industry|industrie|sales|ventes)$/u;
/** Words allowed between a list and the verb by which it holds a market ("A et B se partagent", "A and B still dominate"). */
const BEFORE_HOLD =
  /^(,|qui|which|who|se|s'|all|both|together|jointly|still|now|already|tous|toutes|deux|trois|ensemble|désormais|déjà|encore|toujours|largely|largement)$/u;
/** Words of a sector before a leaders noun ("market leaders", "les géants du secteur" is read after it). */
const SECTOR =
  /^(marché|market|secteur|sector|industry|industrie|filière|branche|rayon|segment|du|de|la|the|of|l')$/u;

/** The verb right after a list by which it holds a market; "share" must take a determiner ("share the market"). */
function holdAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k < from + PREDICATE_WINDOW_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (HOLD.test(w)) {
      if (/^(share|shared)$/u.test(w) && !/^(the|a)$/u.test(wordAt(units, k + 1) ?? '')) return -1;
      return k;
    }
    if (!BEFORE_HOLD.test(w)) return -1;
  }
  return -1;
}

/** Verbs by which the members of a list hold one market together. */
const HOLD =
  /^(domin\p{L}*|partag\p{L}*|share|shared|control|controls|controlled|contrôl\p{L}*|disput\p{L}*)$/u;
const COPULA = /^(are|were|remain|sont|restent|demeurent|étaient)$/u;
/** A phrase of rank after a copula: "are the three largest players", "sont les leaders du marché". */
export const LEADING =
  /^(leaders|leading|largest|biggest|main|top|dominant|principaux|premiers|numéros|poids-lourds|géants|giants|heavyweights|ténors|incumbents)$/u;
/** A noun naming the leaders of a market, or a size word before players ("the biggest players"). */
const LEADERS_NOUN = /^(leaders|poids-lourds|géants|giants|heavyweights|ténors|incumbents|majors|cadors)$/u;
const SIZE_BEFORE_PLAYERS = /^(largest|biggest|leading|main|principaux|grands|gros|top|dominant|dominants)$/u;
const PLAYERS = /^(players|acteurs|groups|groupes|companies|vendors|providers|operators|opérateurs)$/u;
/**
 * Nouns of a trade's firms ranked after a copula ("A and B are the two largest makers of …", "A et B sont les deux
 * premiers fabricants européens"); suppliers, distributors and lenders are left out: they are ranked by a client too.
 */
const TRADE_PLAYERS =
  /^(makers|manufacturers|producers|carmakers|automakers|brewers|retailers|airlines|carriers|insurers|fabricants|producteurs|constructeurs|brasseurs|enseignes|assureurs|transporteurs|éditeurs|laboratoires|équipementiers)$/u;
const FACING =
  /^(face|à|au|aux|against|contre|with|avec|compete|competes|affronte|affrontent|mesure|mesurent|rivalise|rivalisent|outre)$/u;
const FOLLOWED = /^(followed|suivi|suivie|suivis|suivies)$/u;
/** Verbs of facing whose object may stand further off ("Il affrontera sur ce marché des poids lourds comme A"). */
const FACING_VERB =
  /^(affront\p{L}*|mesur\p{L}*|rivalis\p{L}*|heurt\p{L}*|confront\p{L}*|compet(e|es|ed|ing)|takes|take|took|faces|facing|faced)$/u;
/** Words looked back before a leaders noun for such a verb ("affrontera sur ce marché des poids lourds"). */
const FACING_VERB_LOOKBACK_UNITS = 6;

function ents(units: Unit[], idx: number[]): number[] {
  return [
    ...new Set(idx.flatMap((i) => (units[i].kind === 'ent' ? (units[i] as { ents: number[] }).ents : []))),
  ];
}

function within(units: Unit[], from: number, n: number, re: RegExp): number {
  for (let k = from; k < units.length && k < from + n; k++) {
    const u = units[k];
    if (u.kind === 'tok' && /^[;:.!?]$/u.test(u.token.text)) return -1;
    const w = wordAt(units, k);
    if (w !== null && re.test(w)) return k;
  }
  return -1;
}

export function pairAll(units: Unit[], members: number[], start: number): Captures[] {
  const a = ents(units, members);
  return a.length >= 2 ? [{ a, '#a': [members[0]], [MATCH_START]: [start] }] : [];
}

/** After a copula: a phrase of rank naming players or a market ("the largest players", "les leaders du marché"),
 * not investors or clients ("the main shareholders"). */
export function leadingPlayersAfter(units: Unit[], from: number): boolean {
  const lead = within(units, from, PREDICATE_WINDOW_UNITS, LEADING);
  if (lead < 0) return false;
  for (let k = from; k <= lead + PLAYER_WINDOW_UNITS && k < units.length; k++) {
    const w = wordAt(units, k);
    if (w === null) return false;
    if (NOT_RIVALS.test(w)) return false;
    if (k > lead && (PLAYERS.test(w) || TRADE_PLAYERS.test(w) || MARKET.test(w) || LEADERS_NOUN.test(w)))
      return true;
  }
  return LEADERS_NOUN.test(wordAt(units, lead) ?? '') || wordAt(units, lead) === 'leaders';
}

/** A relative clause opens at `k` (", qui", ", which"): what it says is said of the list before it. */
function relativeAt(units: Unit[], k: number): boolean {
  return wordAt(units, k) === ',' && /^(qui|which|who)$/u.test(wordAt(units, k + 1) ?? '');
}

/** "A, B et C dominent le rayon", "A and B are the largest players in Europe". */
function readHolders(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  // the remark after the list is its predicate here ("A et B, qui dominent le rayon")
  for (const { members: list, after } of orgListsIn(units)) {
    // a list after a preposition holds the market only in a relative of its own ("Face à A et à B, qui dominent …")
    if (isOblique(units, list[0]) && !relativeAt(units, after)) continue;
    const hold = holdAfter(units, after);
    if (hold >= 0 && within(units, hold + 1, MARKET_WINDOW_UNITS, MARKET_NOUN) >= 0) {
      out.push(...pairAll(units, list, list[0]));
      continue;
    }
    const be = within(units, after, PREDICATE_WINDOW_UNITS, COPULA);
    if (be >= 0 && leadingPlayersAfter(units, be + 1)) out.push(...pairAll(units, list, list[0]));
  }
  return out;
}

/** The first name within a few plain words after `from` (no word saying they are no rivals), or -1. */
function firstNameAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k <= from + LEADERS_TO_LIST_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs ? k : -1;
    if (/^[;:.!?()]$/u.test(u.token.text) || NOT_RIVALS.test(u.token.lower)) return -1;
  }
  return -1;
}

/** A sector word just before the noun, or in the words after it before the first name. */
function sectorAround(units: Unit[], k: number): boolean {
  if (/^(market|industry|sector|tech)$/u.test(wordAt(units, k - 1) ?? '')) return true;
  for (let j = k + 1; j < units.length && j <= k + LEADERS_TO_LIST_WORDS; j++) {
    const w = wordAt(units, j);
    if (w === null || !SECTOR.test(w)) return false;
    if (MARKET_NOUN.test(w)) return true;
  }
  return false;
}

/** A leaders noun at `k`: "poids-lourds", "giants", or a size word before "players"/"acteurs". */
function leadersAt(units: Unit[], k: number): boolean {
  const w = wordAt(units, k);
  if (w === null) return false;
  // a leaders noun names a market's players only with its market: "market leaders", "les géants du secteur"
  if (LEADERS_NOUN.test(w)) return sectorAround(units, k);
  if (w === 'lourds' && wordAt(units, k - 1) === 'poids') return true;
  return PLAYERS.test(w) && SIZE_BEFORE_PLAYERS.test(wordAt(units, k - 1) ?? '');
}

/** Counts before a leaders noun with a definite determiner: "les deux leaders", "the three giants". */
const COUNT = /^(deux|trois|quatre|two|three|four)$/u;
const DEFINITE = /^(les|the|ses|its|leurs|their)$/u;

/** "les deux leaders du marché", "les trois poids lourds du secteur": the market's leaders, counted. */
function countedLeaders(units: Unit[], k: number): boolean {
  const head = wordAt(units, k) === 'lourds' && wordAt(units, k - 1) === 'poids' ? k - 1 : k;
  return COUNT.test(wordAt(units, head - 1) ?? '') && DEFINITE.test(wordAt(units, head - 2) ?? '');
}

/** A word of facing just before a leaders noun, or a verb of facing a little further ("affrontera sur ce marché"). */
function facingBefore(units: Unit[], k: number): boolean {
  const near = Math.max(0, k - FACING_LOOKBACK_UNITS);
  const far = Math.max(0, k - FACING_VERB_LOOKBACK_UNITS);
  return within(units, near, k - near, FACING) >= 0 || within(units, far, k - far, FACING_VERB) >= 0;
}

/** "Les poids lourds du secteur, A et B, …", "the sector's giants such as A and B". */
function readLeadersNamed(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 0; k < units.length; k++) {
    if (!leadersAt(units, k)) continue;
    // "face aux géants A et B": the giants are someone's rivals, read by the contest reader; not when they are
    // counted as the market's leaders ("rivaliser avec les deux leaders du marché, A et B")
    if (!countedLeaders(units, k) && facingBefore(units, k)) continue;
    // "du secteur, A et B": the comma before the list is the apposition's, not a member's
    const at = firstNameAfter(units, k + 1);
    if (at < 0) continue;
    out.push(...pairAll(units, rivalsAfter(units, at, 0), k));
  }
  return out;
}

/** "The market leader A, followed by B and C", "X, numéro un, suivi de B et de C". */
function readFollowedBy(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 1; k < units.length; k++) {
    const w = wordAt(units, k);
    if (w === null || !FOLLOWED.test(w) || !/^(by|de|par|du|des)$/u.test(wordAt(units, k + 1) ?? ''))
      continue;
    const lead = wordAt(units, k - 1) === ',' ? k - 2 : k - 1;
    const head = units[lead];
    if (head?.kind !== 'ent' || !head.orgs) continue;
    // the first of the ranking must be told as a leader in its own clause
    let ranked = false;
    for (let j = lead - 1; j >= 0 && j >= lead - PREDICATE_WINDOW_UNITS; j--)
      if (
        /^(leader|leaders|numéro|number|largest|biggest|premier|première|top)$/u.test(wordAt(units, j) ?? '')
      )
        ranked = true;
    if (!ranked) continue;
    // "the largest lender to the group, followed by B and C": a ranking of backers, not of a market's players
    if (units.slice(0, k).some((_, j) => NOT_MARKET_RANK.test(wordAt(units, j) ?? ''))) continue;
    const rest = rivalsAfter(units, k + 2, 0);
    if (rest.length > 0) out.push(...pairAll(units, [lead, ...rest], lead));
  }
  return out;
}

export const MARKET_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-market-holders',
    type: 'COMPETES_WITH',
    read: readHolders,
    neededWordPattern: new RegExp(`${HOLD.source}|${COPULA.source}`, 'u'),
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-leaders-named',
    type: 'COMPETES_WITH',
    read: readLeadersNamed,
    // leadersAt fires only on these words
    neededWordPattern: anyWordOf([LEADERS_NOUN, /^lourds$/u, PLAYERS]),
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-followed-by',
    type: 'COMPETES_WITH',
    read: readFollowedBy,
    neededWordPattern: FOLLOWED,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
