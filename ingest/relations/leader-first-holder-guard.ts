import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';
import { wordOrNullAt } from './frames/clause';
import { LEADER_TITLE_WORDS } from './anaphor-words';

/**
 * "Veridian's first chief executive, Mark Ellison, took the company public", "Le premier directeur général de X, P,
 * dirige aujourd'hui Y", "P, premier président de X, avait …": the first holder of a post is told as history, and
 * the gold counts only heads who hold the post now, so a LEADS match whose title is called the first is refused.
 * Being given the post keeps it ("X named P as its first chief executive", "P devient le premier président de X",
 * "P will be the combined group's first chief executive"): such a verb in the span reads a new head.
 */

/** "first" and its French forms, read right before a leader's title. */
const FIRST = /^(first|premier|première|1er|1re)$/;
/** Words giving or taking up the post: with one in the span, the first holder is the new head. */
const TAKING_POST =
  /^(named|names|name|appointed|appoints|appoint|elected|became|become|becomes|becoming|will|would|is|as|hired|hires|chosen|nommé|nommée|nomme|nommer|désigné|désignée|devient|devenu|devenue|deviendra|sera|est|comme|élu|élue|recruté|recrutée|choisi|choisie)$/;
/** Units read before the earlier party for a title standing in front of it ("Le premier directeur général de X"). */
const MAX_TITLE_LOOKBACK = 5;
/** The title's first word stands right after "first": "the first woman to run X" names no title. */
const TITLE_OFFSET = 1;

/** Whether a leader's title called the first stands in units `from`..`to`, with no verb giving the post. */
function firstHolderTitleIn(units: readonly Unit[], from: number, to: number): boolean {
  let first = false;
  for (let k = Math.max(0, from); k <= to; k++) {
    const w = wordOrNullAt(units, k);
    if (w === null) continue;
    if (TAKING_POST.test(w)) return false;
    if (FIRST.test(w) && LEADER_TITLE_WORDS.has(wordOrNullAt(units, k + TITLE_OFFSET) ?? '')) first = true;
  }
  return first;
}

/** A LEADS match whose title, between or just before the parties, is called the first holder's. */
export function leaderIsFirstHolder(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return false;
  const p = capturedAt(caps, rule.source);
  const o = capturedAt(caps, rule.target);
  if (p < 0 || o < 0 || p === o) return false;
  // the title is the company's when it stands between them, or before the company that comes first ("Le premier
  // directeur général de X, P"); a first post before the person who comes first ("X's first chief executive, P,
  // … now chairs Y") is another company's
  return o < p ? firstHolderTitleIn(units, o - MAX_TITLE_LOOKBACK, p) : firstHolderTitleIn(units, p, o);
}
