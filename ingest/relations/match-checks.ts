import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import type { DealValues, MatchSpan } from './values';
import type { Rule } from './rule';
import { capturedAt, MATCH_START } from './pattern';
import { boardMemberGovernor } from './board-governor';
import { isLeaderTitle } from './people';
import { isGovernedAcrossDescriptor } from './governed-descriptor';
import { titleLookbackStart } from './title-lookback';

/*
 * The checks a rule's match passes before it becomes a fact (moved out of extract-relations.ts, unchanged): the
 * leader's title between the parties, the words before the match, the first party, the minority purchase.
 */

/** Characters before the organisation searched for a title in "le président de X, P". */
const TITLE_LOOKBACK_CHARS = 40;

/** From the first to the last entity unit a match took: deal values are read in the deal's own clause. */
export function matchSpan(units: Unit[], caps: Captures): MatchSpan | undefined {
  const ids = new Set(
    Object.entries(caps)
      .filter(([role]) => !role.startsWith(MATCH_START))
      .flatMap(([, ents]) => ents),
  );
  let start = Infinity;
  let end = -Infinity;
  for (const u of units) {
    if (u.kind !== 'ent' || !u.ents.some((e) => ids.has(e))) continue;
    start = Math.min(start, u.start);
    end = Math.max(end, u.end);
  }
  return start === Infinity ? undefined : { start, end };
}

export function roleOk(rule: Rule, caps: Captures, units: Unit[], sentence: Sentence): boolean {
  if (!rule.checkRole) return true;
  // the very units the rule matched: "X was founded by P, its chief executive" reads "its", not the first X
  const p = units[capturedAt(caps, rule.source!)];
  const o = units[capturedAt(caps, rule.target!)];
  if (!p || p.kind !== 'ent' || !o || o.kind !== 'ent') return false;
  const from = Math.min(p.end, o.end);
  const to = Math.max(p.start, o.start);
  let between = sentence.text.slice(from - sentence.start, to - sentence.start);
  if (rule.roleBefore) {
    // only the person's own clause: a title earlier in the sentence may be someone else's
    const before = titleBefore(units, p, sentence);
    if (before === null) return false;
    between = before;
  } else if (rule.roleAfter)
    between +=
      ' ' +
      sentence.text.slice(
        Math.max(p.end, o.end) - sentence.start,
        Math.max(p.end, o.end) - sentence.start + TITLE_LOOKBACK_CHARS,
      );
  else if (o.start < p.start) {
    const lookback = titleLookbackStart(units, o, Math.max(sentence.start, o.start - TITLE_LOOKBACK_CHARS));
    between = sentence.text.slice(lookback - sentence.start, o.start - sentence.start) + ' ' + between;
  }
  if (boardMemberGovernor(sentence.text.slice(o.start - sentence.start, o.end - sentence.start), between))
    return false;
  return isLeaderTitle(between);
}

/**
 * The words before a person back to the clause start ("Founder and chief executive P", "by chief executive P"),
 * or null when a name stands there: "Acme chief executive P" says whom P leads, and it is not the rule's party.
 */
function titleBefore(units: Unit[], person: Unit, sentence: Sentence): string | null {
  let k = units.indexOf(person) - 1;
  let from = sentence.start;
  for (; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') {
      // "Hoverdesk was co-founded by chief executive P": the founded company opens the clause, P's title follows
      if (byBetween(units, k, units.indexOf(person))) break;
      return null;
    }
    if (/^[,;:(]$/.test(u.token.text)) {
      from = u.token.end;
      break;
    }
  }
  if (person.kind !== 'ent') return null;
  const start = Math.max(from, person.start - TITLE_LOOKBACK_CHARS);
  return sentence.text.slice(start - sentence.start, person.start - sentence.start);
}

/** "by"/"par" stands between units `from` and `to`: the name after it is the agent of a passive. */
function byBetween(units: Unit[], from: number, to: number): boolean {
  return units.slice(from + 1, to).some((u) => u.kind === 'tok' && /^(by|par)$/.test(u.token.lower));
}

/** Words looked at before a match for a rule's `notAfter` cue. */
const NOT_AFTER_WINDOW_UNITS = 3;

/** None of the few words before the match is one the rule must not follow. */
export function contextOk(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (!rule.notAfter) return true;
  const start = caps[MATCH_START]?.[0] ?? 0;
  if (rule.notAfterName && start > 0 && units[start - 1].kind === 'ent') return false;
  for (let k = Math.max(0, start - NOT_AFTER_WINDOW_UNITS); k < start; k++) {
    const u = units[k];
    // a sentence-opening capitalised word may stand as a guessed name ("Larger players such as …")
    const word = u.kind === 'tok' ? u.token : u.word;
    if (word && rule.notAfter.test(word.lower)) return false;
  }
  return true;
}

/** The rule's `notOblique` role does not follow a preposition, even across a description or as a later member. */
export function notObliqueOk(rule: Rule, caps: Captures, units: Unit[]): boolean {
  return !rule.notOblique || !isGovernedAcrossDescriptor(units, capturedAt(caps, rule.notOblique));
}

/** The first party is the first organisation the sentence names or points at (and named, when asked). */
/** The capture is a name written in the sentence, not a pointer resolved to one. */
function namedAt(caps: Captures, name: string, units: Unit[]): boolean {
  const u = units[capturedAt(caps, name)];
  return !!u && u.kind === 'ent' && !u.anaphor;
}

export function firstPartyOk(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.namedSource && rule.source && !namedAt(caps, rule.source, units)) return false;
  if (rule.namedTarget && rule.target && !namedAt(caps, rule.target, units)) return false;
  if (rule.pointedOnly && caps[rule.pointedOnly] !== undefined && namedAt(caps, rule.pointedOnly, units))
    return false;
  if (!rule.firstParty || !rule.source) return true;
  return units.findIndex((u) => u.kind === 'ent' && u.orgs) === capturedAt(caps, rule.source);
}

/** Buying a minority stake is an investment, not an acquisition (the gold format's FUNDED). */
const MAJORITY_PERCENT = 50;
export function isMinorityPurchase(rule: Rule, values: DealValues): boolean {
  const stake = values.stake;
  if (values.completesOwnership === true) return false;
  if (values.securitiesOnly === true) return rule.mayBeMinority === true;
  return rule.mayBeMinority === true && typeof stake === 'number' && stake < MAJORITY_PERCENT;
}
