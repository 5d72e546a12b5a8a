import type { Unit } from '../pattern';
import type { MoneySubject } from './funded-money-subject';
import { GAP_STOPS } from '../syntax';
import { isParty, isTok, listFrom } from './funded-clause';
import { ALONGSIDE, NEGATION, NOT_FUNDING_CONTEXT, ROUND_WORD } from './funded-words';
import { NATIONALITIES } from '../../entities/lexicon-common';

/** What every funding shape shares: the reading, the givers (who may give) and the clause guards. */

/** One funding read from a clause: givers and (when named) the company funded, as unit indices. */
export interface FundingReading {
  src: number[];
  /** Null: the company is the article's (the clause does not name it). */
  tgt: number | null;
  /** The unit the reading starts at: the givers' when they come first. */
  start: number;
  /** False: the company may not be left to the article (a round told by a noun alone, not a loan). */
  toArticle?: boolean;
  /** Where the reading's clause stops short of the sentence ("… et deviendra … dans Z"): names past it that
   * follow a preposition belong to another verb and do not make the article's company doubtful. */
  scopeEnd?: number;
  /** The clause's subject is the money ("la dette est apportée par A") or the deal it pays for: no company. */
  moneySubject?: MoneySubject;
  /** Past `scopeEnd` the sentence only describes the givers ("joined by backers A and B, the arm of group C"):
   * no name there makes the article's company doubtful. */
  giversDescribedAfter?: boolean;
  /** The trigger follows a relative clause closed before it ("A, qui avait pris une part dans Y, réinvestit …"):
   * a company named inside that clause is another deal's, not this one's. */
  afterRelative?: boolean;
  /** The company may be told by a pointer ("le groupe a fait entrer A à son capital"). */
  pointerOk?: boolean;
}

/** Units read past a participle for its "par"/"by" ("backed since 2020 by A"). */
export const MAX_UNITS_BEFORE_AGENT = 3;
/** Units read after a raise or a funding noun for the words bringing in the givers. */
export const MAX_UNITS_TO_GIVERS = 12;
/** Units before a person read for an investor's title ("le business angel P"). */
const INVESTOR_TITLE_WINDOW_UNITS = 3;
/** Units before "dont P" read for the investors P is one of. */
const INVESTORS_WINDOW_UNITS = 8;
/** Titles of a giver that is a person, or a fund misread as one ("son fonds P"). */
const INVESTOR_TITLE =
  /^(angel|angels|investisseur|investisseurs|investor|investors|entrepreneur|family|fonds|fund)$/;
export const DETERMINER = /^(le|la|l'|les|un|une|the|a|an|its|son|sa|ses|leur|their)$/;
export const OF = /^(de|du|d'|des|of)$/;

export function hasWord(units: Unit[], from: number, to: number, re: RegExp): boolean {
  for (let k = Math.max(0, from); k < to && k < units.length; k++) if (isTok(units, k, re)) return true;
  return false;
}

export function hasMoney(units: Unit[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < units.length; k++) {
    const u = units[k];
    // a bare number may be a year ("en 2020"): only money and round words count
    if (u.kind === 'tok' && ROUND_WORD.test(u.token.lower)) return true;
  }
  return false;
}

/** The giver may be a person only when called an investor ("le business angel P", "angel investor P"). */
export function giverOk(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'ent') return false;
  // "Banks are being invited to join", "Proceeds will finance": a capitalised opening word named nowhere else
  if (u.word !== undefined) return false;
  if (isParty(units, i, false)) return true;
  if (!u.persons) return false;
  if (hasWord(units, i - INVESTOR_TITLE_WINDOW_UNITS, i, INVESTOR_TITLE)) return true;
  // "les business angels de la première heure, dont P": a member of the investors just named
  return (
    (isTok(units, i - 1, MEMBERS_OPENER) ||
      (isTok(units, i - 1, AMONG_WHOM) && isTok(units, i - 2, AMONG))) &&
    hasWord(units, i - INVESTORS_WINDOW_UNITS, i, INVESTOR_TITLE)
  );
}

/** The unit after a strong-punctuation-free run: where a giver list may end (it may cross a relative clause). */
export function sentenceClauseEnd(units: Unit[], t: number): number {
  for (let k = t + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'tok' && GAP_STOPS.has(u.token.text)) return k;
  }
  return units.length;
}

/** The clause says what a funding clause must not: an adviser, a customer, a contract, a negation. */
export function refused(units: Unit[], cs: number, ce: number, t: number): boolean {
  return hasWord(units, cs, ce, NOT_FUNDING_CONTEXT) || hasWord(units, cs, t + 2, NEGATION);
}

export function ents(u: Unit | undefined): number[] {
  return u?.kind === 'ent' ? u.ents : [];
}

/** Descriptor words read before a giver's name ("la banque publique B"). */
const MAX_GIVER_DESCRIPTOR_UNITS = 4;
/** A group of lenders told by its leader: "un pool bancaire mené par A", "a syndicate led by A". */
const LENDER_GROUP = /^(pool|syndicat|consortium|syndicate|club|groupement)$/;
/** The participle that brings in the group's leader. */
const GROUP_LED = /^(mené|emmené|conduit|piloté|arrangé|led|arranged|headed)$/;
/** Units between a lenders' group noun and its participle ("pool bancaire régional mené"). */
const MAX_GROUP_TO_LED_UNITS = 3;
/** Tails of a compound whose name backs or owns the noun after it ("Sequoia-backed"). */
const BACKER_COMPOUND_TAIL = /^-(backed|funded|financed|owned|controlled)$/;

/** Units read past a capitalised word that is no name we know ("la région R") for the conjunction after it. */
const UNREAD_MEMBER_UNITS = 3;

/** The first giver from `g`: a name, possibly after a determiner and a few descriptor words. */
export function firstGiver(units: Unit[], g: number, ce: number): number {
  // a capitalised word may be an adjective ("the Portuguese fund B") or a name we do not know
  let unread = -1;
  let from = g;
  for (let n = g; n < ce && n - from <= MAX_GIVER_DESCRIPTOR_UNITS; n++) {
    const u = units[n];
    // "par son actionnaire de référence, le fonds A": the role, a comma, then the name in apposition
    if (u.kind === 'tok' && u.token.text === ',' && from === g && n > g && calledGiverRole(units, g, n)) {
      from = n + 1;
      continue;
    }
    // "auprès de business angels, dont P": the named members of a group of investors told first
    const members =
      u.kind === 'tok' && u.token.text === ',' && from === g && n > g ? membersAfter(units, n + 1) : -1;
    if (members > 0 && investorGroup(units, g, n)) {
      from = members;
      n = members - 1;
      continue;
    }
    // "par son actionnaire A": a possessive read as a pointer to the company is only the determiner
    if (u.kind === 'ent' && u.anaphor && possessiveBeforeNoun(units, n)) continue;
    // "from Sequoia-backed Arcadia Capital": the name before the compound backs the giver, it only describes it
    if (u.kind === 'ent' && isTok(units, n + 1, BACKER_COMPOUND_TAIL)) {
      n++;
      continue;
    }
    if (u.kind === 'ent') return giverOk(units, n) ? n : -1;
    if (LENDER_GROUP.test(u.token.lower)) return groupLeader(units, n, ce);
    if (u.token.kind !== 'word') return -1;
    if (u.token.text !== u.token.lower) {
      // "to Canadian pension fund A": an origin word may open the giver's descriptor
      if (n === g && !NATIONALITIES.has(u.token.lower)) return -1;
      if (unread < 0) unread = n;
    }
  }
  return unread < 0 ? -1 : nextMember(units, unread, ce);
}

/** Characters of the longest possessive determiner a pointer may be read from ("leurs", "their"); a pointing
 * phrase ("la société") is longer. */
const MAX_POSSESSIVE_CHARS = 5;

/** The pointer at `n` is a possessive before a lower-case noun ("son actionnaire A"), not a party. */
function possessiveBeforeNoun(units: Unit[], n: number): boolean {
  const u = units[n];
  const next = units[n + 1];
  return (
    u.kind === 'ent' &&
    u.end - u.start <= MAX_POSSESSIVE_CHARS &&
    next?.kind === 'tok' &&
    next.token.kind === 'word' &&
    next.token.text === next.token.lower
  );
}

/** Words that open the named members of a group ("dont", "parmi lesquels", "including"). */
const MEMBERS_OPENER = /^(dont|notamment|including)$/;
const AMONG = /^(parmi|among)$/;
const AMONG_WHOM = /^(lesquels|lesquelles|eux|elles|them|whom)$/;

/** Where the members named after an opener at `k` start, or -1. */
function membersAfter(units: Unit[], k: number): number {
  if (isTok(units, k, MEMBERS_OPENER)) return k + 1;
  if (isTok(units, k, AMONG) && isTok(units, k + 1, AMONG_WHOM)) return k + 2;
  return -1;
}

/** The words in [from, to) are lower-case words naming investors ("plusieurs business angels"). */
function investorGroup(units: Unit[], from: number, to: number): boolean {
  let investors = false;
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (u.kind === 'ent' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    investors ||= INVESTOR_TITLE.test(u.token.lower) || ROLE_BEFORE_APPOSITION.test(u.token.lower);
  }
  return investors;
}

/** Nouns of a giver's role that an apposed name may follow ("son actionnaire de référence, A"). */
const ROLE_BEFORE_APPOSITION =
  /^(actionnaire|actionnaires|investisseur|investisseurs|shareholder|shareholders|investor|investors|backer|backers|partenaire|partner)$/;

/** The words in [from, to) hold a giver's role noun and nothing but lower-case words and a possessive. */
function calledGiverRole(units: Unit[], from: number, to: number): boolean {
  let role = false;
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (!(u.anaphor && possessiveBeforeNoun(units, k))) return false;
      continue;
    }
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    role ||= ROLE_BEFORE_APPOSITION.test(u.token.lower);
  }
  return role;
}

/** "pool bancaire mené par le A": the leader after the group's participle. */
function groupLeader(units: Unit[], n: number, ce: number): number {
  for (let k = n + 1; k < ce && k - n <= MAX_GROUP_TO_LED_UNITS; k++) {
    if (isTok(units, k, GROUP_LED) && isTok(units, k + 1, /^(par|by)$/)) {
      const d = isTok(units, k + 2, DETERMINER) ? k + 3 : k + 2;
      return units[d]?.kind === 'ent' && giverOk(units, d) ? d : -1;
    }
  }
  return -1;
}

/** "de la région R et du fonds B": the member after an unread one, when a conjunction joins them. */
function nextMember(units: Unit[], n: number, ce: number): number {
  for (let k = n + 1; k < ce && k - n <= UNREAD_MEMBER_UNITS; k++) {
    if (!isTok(units, k, /^(et|and)$/)) continue;
    let m = k + 1;
    if (isTok(units, m, /^(de|du|des|d'|of)$/)) m++;
    for (let d = m; d < ce && d - m <= MAX_GIVER_DESCRIPTOR_UNITS; d++) {
      const u = units[d];
      if (u.kind === 'ent') return giverOk(units, d) ? d : -1;
      if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return -1;
    }
    return -1;
  }
  return -1;
}

/** Words that bring in the fund a backer invests through. */
export const VEHICLE_INTRO = /^(via|through)$/;
/** Descriptor words read back from a co-investor to its "alongside" word ("along with new backer B"). */
const MAX_CO_INVESTOR_DESCRIPTOR_UNITS = 3;

/** Nouns that call a co-investor one ("along with new backer B", "with existing investor B"). */
export const INVESTOR_NOUN =
  /^(backer|backers|investor|investors|investisseur|investisseurs|fonds|fund|funds|actionnaire|actionnaires|shareholder|shareholders)$/;

/**
 * Words of an investor's trade in a descriptor that call the name an investor as much as the nouns do ("alongside
 * venture capital firm B", "with private equity group B"); "investment" is left out ("with investment bank B").
 */
const INVESTOR_TRADE = /^(venture|equity|capital-risque)$/;

/** Verbs after a co-investor that say it put money in too ("with B also participating"). */
const TAKES_PART = /^(particip\w*|joined|joining|joins|took|taking|investing|rejoint|rejoignent)$/;

/** The "with/avec/côtés" word bringing in the name at `k`: its index, and whether the words between call the
 * name an investor ("along with new backer B") or are only a determiner. Null when there is none. */
function alongsideWord(units: Unit[], name: number): { at: number; named: boolean } | null {
  let investor = false;
  // "via son premier fonds, B": the vehicle's name may be set off by a comma
  const k = isTok(units, name - 1, /^,$/) ? name - 1 : name;
  for (let j = k - 1; j >= 0 && k - j <= MAX_CO_INVESTOR_DESCRIPTOR_UNITS + 2; j--) {
    const u = units[j];
    if (u.kind !== 'tok' || u.token.kind !== 'word') return null;
    const direct = k === name && (isTok(units, j + 1, DETERMINER) ? j + 2 === k : j + 1 === k);
    // "via son fonds B", "through its fund B": the vehicle the backer invests with
    if (ALONGSIDE.test(u.token.lower) || VEHICLE_INTRO.test(u.token.lower))
      return { at: j, named: direct || investor };
    if (OF.test(u.token.lower) && isTok(units, j - 1, ALONGSIDE))
      return { at: j - 1, named: direct || investor };
    if (u.token.text !== u.token.lower || k - j > MAX_CO_INVESTOR_DESCRIPTOR_UNITS) return null;
    investor ||= INVESTOR_NOUN.test(u.token.lower) || INVESTOR_TRADE.test(u.token.lower);
  }
  return null;
}

/**
 * Index of the "with/avec/côtés" word bringing in the name at `k`, or -1. Descriptor words may stand between
 * only when they call the name an investor ("along with new backer B", not "with its rival B"): "with" alone
 * says too little.
 */
export function alongsideBefore(units: Unit[], k: number): number {
  const w = alongsideWord(units, k);
  return w !== null && w.named ? w.at : -1;
}

function isPerson(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs && u.word === undefined;
}

/** Co-investors after the givers: "…, with existing investor B also participating" (called investors, or
 * said to take part). */
export function coInvestorsAfter(units: Unit[], from: number, ce: number): number[] {
  for (let k = from; k < ce; k++) {
    if (units[k].kind !== 'ent') continue;
    const w = alongsideWord(units, k);
    if (w === null) continue;
    const list = listFrom(units, k, ce);
    const next = list[list.length - 1] + 1;
    const takesPart = isTok(units, isTok(units, next, /^(also|aussi|too)$/) ? next + 1 : next, TAKES_PART);
    if (!takesPart && !hasWord(units, w.at, k, INVESTOR_NOUN)) continue;
    // "with existing backers A and comedian P also investing": the list is called investors, its people too
    return list.filter((m) => giverOk(units, m) || isPerson(units[m]));
  }
  return [];
}
