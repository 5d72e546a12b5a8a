import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { isOblique } from './syntax';

/** What earlier sentences leave for later ones to point back at. */
export interface DiscourseState {
  lastOrg: number | null;
  /** Salience per organisation so far: "la société" with no antecedent nearby means the article's main one. */
  orgMentions: Map<number, number>;
  /** The last coordinated list of two or more organisations ("respectivement Webhelp et Acticall"). */
  lastOrgList: number[] | null;
  /** The last two organisations named together ("A and B agreed to merge"), for "the two companies" later. */
  lastPair: number[] | null;
}

export function newDiscourseState(): DiscourseState {
  return { lastOrg: null, lastOrgList: null, lastPair: null, orgMentions: new Map() };
}

/**
 * Weight of a sentence's subject against a name in any other place: an article keeps making the company it
 * is about the subject, while investors and buyers come after "auprès de", "led by" once or twice each.
 */
const SUBJECT_SALIENCE = 1.5;
const OTHER_SALIENCE = 1;
/** A name after a preposition ("auprès d'X", "led by X") is a side party: half a plain mention. */
const OBLIQUE_SALIENCE = 0.5;
const LIST_JOIN = new Set([',', 'et', 'and', '&']);

/**
 * Length of a place's possessive before a name ("Finland's A and Sweden's B"): 2 when units[k] is a
 * capitalised word or a non-organisation name followed by "'s", else 0. The list of A and B goes on through it.
 */
function placePossessiveLength(units: Unit[], k: number): number {
  const place = units[k];
  const mark = units[k + 1];
  if (!place || mark?.kind !== 'tok' || mark.token.lower !== "'s") return 0;
  if (place.kind === 'ent') return place.orgs ? 0 : 2;
  return /^\p{Lu}/u.test(place.token.text) ? 2 : 0;
}

/** Index of the first organisation named (not pointed at) in the units, or -1. */
export function firstEnt(units: Unit[]): number {
  return units.findIndex((u) => u.kind === 'ent' && u.orgs && !u.anaphor && u.word === undefined);
}

/** Records this sentence's organisations: salience, the first subject, the last coordinated list. */
export function updateState(units: Unit[], state: DiscourseState): void {
  let list: number[] | null = null;
  const subject = firstEnt(units);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.word !== undefined) continue;
    if (state.lastOrg === null || i === subject) state.lastOrg = u.ents[0];
    const weight = isOblique(units, i) ? OBLIQUE_SALIENCE : i === subject ? SUBJECT_SALIENCE : OTHER_SALIENCE;
    for (const e of u.ents) state.orgMentions.set(e, (state.orgMentions.get(e) ?? 0) + weight);
    const run = [...u.ents];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (
        units[k] &&
        units[k].kind === 'tok' &&
        LIST_JOIN.has((units[k] as { token: Token }).token.lower) &&
        k - j < 2
      )
        k++;
      if (k > j) k += placePossessiveLength(units, k);
      const v = units[k];
      if (k > j && v && v.kind === 'ent' && v.orgs && !v.anaphor) {
        run.push(...v.ents);
        j = k + 1;
      } else break;
    }
    if (run.length >= 2) list = [...new Set(run)];
    if (list?.length === 2) state.lastPair = list;
    i = j - 1;
  }
  state.lastOrgList = list;
}

/**
 * The most salient organisation so far; among equals the first named wins, because a news article opens on
 * the company it is about (the last subject is often an investor or a bystander).
 */
export function salientOrg(state: DiscourseState): number | null {
  let best = state.lastOrg;
  let bestCount = 0;
  for (const [e, n] of state.orgMentions) {
    if (n > bestCount) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}
