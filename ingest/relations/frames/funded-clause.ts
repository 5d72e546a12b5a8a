import type { Unit } from '../pattern';
import { GAP_STOPS, isModifier, isOblique } from '../syntax';
import { wordOrLoneNameAt } from './clause';

/** Where a funding reader looks: the clause around a trigger word, and the parties standing in it. */

/** Words that open a clause of their own: what stands beyond them is no party of the trigger's clause. */
const CLAUSE_OPENERS =
  /^(qui|which|who|that|dont|lequel|laquelle|lesquels|où|where|tandis|while|whereas|mais|but|lorsqu|lorsqu'|lorsque|quand|when|puis|although|alors|since|depuis|after|après|before|avant|because|car|as)$/;
/** Relative pronouns: the clause's subject is the name just before them ("A, qui a réinvesti …"). */
const RELATIVE = /^(qui|which|who|that|lequel|laquelle)$/;
/** Prepositions before a relative pronoun: "B, dans lequel il a investi", "B, in which it invested" make the
 * pronoun the verb's object, so the name before it is the company funded, and the subject follows the pronoun. */
const GOVERNS_RELATIVE = /^(dans|en|pour|sur|avec|par|chez|in|into|for|with|on|to)$/;
/** A clause opener that may also be a preposition with a date ("depuis 2022", "since 2019"): only a clause
 * when a name or a pointer follows. */
const OPENER_OR_PREPOSITION = /^(since|depuis|after|après|before|avant|as)$/;

/** The lower-case word of unit `i`, a lone capitalised word taken for a name included; '' otherwise. */
export function lowerAt(units: Unit[], i: number): string {
  return wordOrLoneNameAt(units, i) ?? '';
}

export function isTok(units: Unit[], i: number, re: RegExp): boolean {
  const u = units[i];
  return u?.kind === 'tok' && re.test(u.token.lower);
}

/** "La Banque européenne d'investissement (BEI) lui accorde …": the bracket of a name's acronym. */
function aliasBracket(units: Unit[], k: number): boolean {
  const text = (units[k] as { token: { text: string } }).token.text;
  const open = text === '(' ? k : text === ')' ? k - 2 : -1;
  return (
    open > 0 &&
    units[open - 1]?.kind === 'ent' &&
    units[open + 1]?.kind === 'ent' &&
    isTok(units, open + 2, /^\)$/)
  );
}

function opensClause(units: Unit[], k: number, overAlias = false): boolean {
  const u = units[k];
  if (u?.kind !== 'tok') return false;
  if (GAP_STOPS.has(u.token.text)) return !(overAlias && aliasBracket(units, k));
  if (!CLAUSE_OPENERS.test(u.token.lower)) return false;
  if (OPENER_OR_PREPOSITION.test(u.token.lower)) return units[k + 1]?.kind === 'ent';
  return true;
}

/** First unit of the trigger's clause: just after strong punctuation, or the opener itself; `overAlias` reads
 * on past a name's bracketed acronym (for a backer, whose acronym is no subject of its own). */
export function clauseStart(units: Unit[], t: number, overAlias = false): number {
  for (let k = t - 1; k >= 0; k--) {
    if (opensClause(units, k, overAlias))
      return units[k].kind === 'tok' &&
        RELATIVE.test(lowerAt(units, k)) &&
        !isTok(units, k - 1, GOVERNS_RELATIVE)
        ? k
        : k + 1;
  }
  return 0;
}

/** One past the last unit of the trigger's clause. */
export function clauseEnd(units: Unit[], t: number): number {
  for (let k = t + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    if (GAP_STOPS.has(u.token.text)) return k;
    if (
      u.token.text === ',' &&
      isTok(units, k + 1, CLAUSE_OPENERS) &&
      !isTok(units, k + 1, /^(as|depuis|since)$/)
    )
      return k;
    if (/^(tandis|while|whereas|mais|but)$/.test(u.token.lower)) return k;
  }
  return units.length;
}

/** Units a list member may carry before its name ("le fonds londonien A", "the French state bank B"). */
const MAX_DESCRIPTOR_WORDS = 4;
/** Conjunctions that join a second verb to the first one's subject. */
const COORDINATOR = /^(et|and|puis|then)$/;
/** Words that join list members. */
const JOINS = /^(,|et|and|&|ou|or)$/;
/** Prepositions a list may repeat after its conjunction ("auprès de A et de B", "par A et par B"). */
const REPEATED = /^(de|d'|du|des|par|by|from|auprès|with|avec)$/;
/** A descriptor word is lower case and no clause word (a verb here would open another clause). */
const NOT_DESCRIPTOR =
  /^(qui|which|who|that|dont|a|ont|est|sont|was|were|is|are|has|have|had|also|aussi|également|said|says|pour|for|to|à|au|aux|en|in|on|sur|dans|with|avec|de|du|d'|des|of|by|par|from)$/;

/**
 * Verbs of another deal that a conjunction may bring in after the givers ("auprès de A et rachète le fabricant B",
 * "led by A and acquired the software maker B"): the name after them is that deal's party, not a giver.
 */
export const OTHER_DEAL_VERB =
  /^(rachète|rachètent|racheté|rachetée|acquiert|acquis|acquise|reprend|repris|reprise|absorbe|absorbé|cède|cédé|vend|vendu|fusionne|rejoint|signe|signé|lance|lancé|acquires|acquired|acquire|buys|bought|buy|sells|sold|sell|takes|took|merges|merged|purchased|purchases|snaps|snapped|launches|launched|signs|signed|hires|hired|names|named)$/;

/** Index of the name a list member's descriptor leads to, from `j`, or -1. */
function afterDescriptor(units: Unit[], j: number): number {
  for (let k = j; k < units.length && k - j <= MAX_DESCRIPTOR_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs || u.persons ? k : -1;
    // a capitalised adjective may stand in the descriptor ("and the French state bank B")
    if (
      u.token.kind !== 'word' ||
      (k === j && u.token.text !== u.token.lower) ||
      NOT_DESCRIPTOR.test(u.token.lower) ||
      OTHER_DEAL_VERB.test(u.token.lower)
    )
      return -1;
  }
  return -1;
}

/** The end of a relative clause opened after a member ("A, qui mène le tour, et de B"): its closing comma. */
export function skipRelative(units: Unit[], k: number, end: number): number {
  if (!isTok(units, k, /^,$/) || !isTok(units, k + 1, RELATIVE)) return k;
  for (let n = k + 2; n < end; n++) {
    if (units[n].kind === 'ent') continue;
    if (isTok(units, n, /^,$/)) return n;
  }
  return k;
}

/**
 * The members of a list starting at unit `first` (an entity), read up to `end`: members joined by commas and
 * conjunctions, each may carry descriptors and its own preposition, and a relative clause may stand between.
 */
export function listFrom(units: Unit[], first: number, end: number): number[] {
  const out = [first];
  let k = first + 1;
  for (;;) {
    k = skipRelative(units, k, end);
    let j = k;
    let joined = false;
    let conjoined = false;
    while (j < end && isTok(units, j, JOINS)) {
      joined = true;
      conjoined ||= !isTok(units, j, /^,$/);
      j++;
    }
    if (!joined) break;
    // "A, selon B": after a bare comma only a name or a determiner carries the list on
    if (!conjoined && units[j]?.kind !== 'ent' && !isTok(units, j, /^(le|la|l'|les|the|un|une|a|an)$/)) break;
    if (isTok(units, j, REPEATED)) j++;
    if (isTok(units, j, /^(la|le|l'|les|the)$/) && units[j + 1]?.kind === 'ent') j++;
    const m = j < end ? afterDescriptor(units, j) : -1;
    if (m < 0 || m >= end) break;
    // "A is backed by X, and B by Y": a name right before "by" opens a gapped clause of its own, it is no member
    if (isTok(units, m + 1, /^(by|par)$/)) break;
    out.push(m);
    k = m + 1;
  }
  return out;
}

/** An aside opened by a possessive relative: ", whose …, ", ", dont …, ". */
const ASIDE_OPENER = /^(whose|dont)$/;

/** Index of the comma opening an aside closed just before `t` ("Y, whose rivals include A, raised"), or -1. */
function asideBefore(units: Unit[], cs: number, t: number): number {
  if (!isTok(units, t - 1, /^,$/)) return -1;
  for (let k = t - 2; k > cs; k--) {
    if (isTok(units, k, /^,$/)) return isTok(units, k + 1, ASIDE_OPENER) ? k : -1;
  }
  return -1;
}

/** Both names are companies, or both people. */
function sameKind(a: Unit, b: Unit): boolean {
  return a.kind === 'ent' && b.kind === 'ent' && a.orgs === b.orgs && a.persons === b.persons;
}

/** Plural auxiliaries right after a relative pronoun: its antecedent is a list. */
const PLURAL_AUXILIARY = /^(ont|avaient|sont|étaient|avaient|seront|auront|have|had|were|are)$/;
/** Units read back from a list's last member for its first one. */
const MAX_LIST_UNITS = 12;

/** The list whose last member is unit `last`, read back to its first member (a single name when no list). */
function listBefore(units: Unit[], last: number): number[] {
  if (units[last]?.kind !== 'ent') return [];
  let head = last;
  for (let h = last - 1; h >= 0 && last - h <= MAX_LIST_UNITS; h--) {
    if (units[h].kind !== 'ent') continue;
    if (listFrom(units, h, last + 1).includes(head)) head = h;
    else break;
  }
  return listFrom(units, head, last + 1);
}

/** Words before a person in a list that call it an investor ("A et le business angel P"). */
const INVESTOR_TITLE_BEFORE = /^(angel|angels|investisseur|investor|entrepreneur)$/;
/** Units read back from a person for `INVESTOR_TITLE_BEFORE`. */
const TITLE_WINDOW_UNITS = 2;

/** A person called an investor just before the name: a co-investor of the companies in its list. */
function titledInvestor(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'ent' || !u.persons) return false;
  for (let k = i - 1; k >= 0 && i - k <= TITLE_WINDOW_UNITS; k--)
    if (isTok(units, k, INVESTOR_TITLE_BEFORE)) return true;
  return false;
}

/** The unit is an organisation (or, when `people` is set, a person) and a party, not a name qualifying a noun. */
export function isParty(units: Unit[], i: number, people: boolean): boolean {
  const u = units[i];
  return u?.kind === 'ent' && (u.orgs || (people && u.persons)) && !isModifier(units, i, false);
}

/**
 * The subject of the clause opening at `cs`, standing before `t`: the antecedent of a relative pronoun, or the
 * last list of non-oblique names before the trigger. Unit indices, empty when none.
 */
function hasComma(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTok(units, k, /^,$/)) return true;
  return false;
}

/** Units of an apposition read back from its relative pronoun ("the private-equity group that"). */
const MAX_APPOSITION_UNITS = 6;

/** The name before ", <apposition> that|qui": the unit before the comma opening it, or -1. A relative right after
 * the name's own comma ("A, which …") has the name itself. */
function appositionHeadBefore(units: Unit[], rel: number, capitalsOk = false): number {
  for (let k = rel - 1; k >= 0 && rel - k <= MAX_APPOSITION_UNITS + 1; k--) {
    const u = units[k];
    if (u.kind === 'ent') return isTok(units, k + 1, /^,$/) || k === rel - 1 ? k : -1;
    if (u.token.text === ',') {
      if (k === rel - 1) continue;
      return units[k - 1]?.kind === 'ent' ? k - 1 : -1;
    }
    if (u.token.kind !== 'word' || (u.token.text !== u.token.lower && !capitalsOk)) return -1;
  }
  return -1;
}

export function subjectOf(units: Unit[], cs: number, t: number, people: boolean): number[] {
  // "Y, whose rivals include A and B, raised …": the names inside the aside are not the subject
  const aside = asideBefore(units, cs, t);
  if (aside >= 0) return subjectOf(units, cs, aside, people);
  if (isTok(units, cs, RELATIVE)) {
    // "A, the private-equity group that has held a stake since 2019, would inject …": the relative closed
    // before the trigger, whose subject is the name the apposition describes
    if (hasComma(units, cs + 1, t)) {
      const head = appositionHeadBefore(units, cs);
      return head >= 0 && isParty(units, head, people) ? [head] : [];
    }
    const a = isTok(units, cs - 1, /^,$/) ? cs - 2 : cs - 1;
    // "aux côtés de A et de P, qui avaient financé l'amorçage": a plural verb takes the whole list back
    if (isTok(units, cs + 1, PLURAL_AUXILIARY)) {
      const list = listBefore(units, a);
      if (list.length > 1) return list.filter((m) => isParty(units, m, people) || titledInvestor(units, m));
    }
    if (isParty(units, a, people)) return [a];
    // "A, the London investor that also backs Y": the relative describes the noun apposed to A
    const head = units[a]?.kind === 'tok' ? appositionHeadBefore(units, cs, true) : -1;
    return head >= 0 && isParty(units, head, people) ? [head] : [];
  }
  for (let k = t - 1; k >= cs; k--) {
    if (units[k].kind !== 'ent') continue;
    // walk back to the list's first member, then read the whole list forward
    let head = k;
    for (let h = k - 1; h >= cs; h--) {
      if (units[h].kind !== 'ent') continue;
      // "Créé par A et B, Y a levé …": the founders before the comma are no list with the company
      if (
        listFrom(units, h, t).includes(head) &&
        (sameKind(units[h], units[head]) || titledInvestor(units, head))
      )
        head = h;
      else break;
    }
    // "Le fonds A, actionnaire de B depuis 2019, accompagne …": a name after a preposition is no subject
    if (isOblique(units, head)) {
      k = head;
      continue;
    }
    const list = listFrom(units, head, t);
    // "X a racheté Y en 2022 et investit …": Y is the first verb's object; the second verb is X's too
    const last = list[list.length - 1];
    if (units.slice(last + 1, t).some((u) => u.kind === 'tok' && COORDINATOR.test(u.token.lower)))
      return head > cs ? subjectOf(units, cs, head, people) : [];
    return list.filter((m) => isParty(units, m, people));
  }
  return [];
}
