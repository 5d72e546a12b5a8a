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
  /**
   * The organisation the last sentence was about, when its first party was one and it named no person: "Elle"/"Il"
   * opening the next sentence points back at it (after a person, the pronoun is as likely the person).
   */
  lastSubjectOrg: number | null;
}

export function newDiscourseState(): DiscourseState {
  return { lastOrg: null, lastOrgList: null, lastPair: null, lastSubjectOrg: null, orgMentions: new Map() };
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

/** Words after which a name is an example in a list, not the subject ("Face à des rivaux comme A, X …"). */
const EXAMPLE_MARKERS = new Set([
  'comme',
  'like',
  'as',
  'que',
  "qu'",
  'including',
  'notamment',
  'dont',
  'tels',
  'telles',
]);

/** The first organisation named that is not given as an example (nor listed after one), or -1. */
function firstSubject(units: Unit[]): number {
  let example = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'tok') {
      if (EXAMPLE_MARKERS.has(u.token.lower)) example = true;
      else if (!LIST_JOIN.has(u.token.lower) && u.token.lower !== 'ou' && u.token.lower !== 'or')
        example = false;
      continue;
    }
    if (!u.orgs || u.anaphor || u.word !== undefined) continue;
    if (!example) return i;
  }
  return -1;
}

/** Records this sentence's organisations: salience, the first subject, the last coordinated list. */
export function updateState(units: Unit[], state: DiscourseState): void {
  let list: number[] | null = null;
  const subject = firstSubject(units);
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
  state.lastSubjectOrg = subjectOrgWithoutPerson(units);
}

/** The first party of the sentence when it is an organisation (named or pointed at) and no person is named. */
function subjectOrgWithoutPerson(units: Unit[]): number | null {
  if (units.some((u) => u.kind === 'ent' && !u.orgs)) return null;
  const first = units.find((u) => u.kind === 'ent');
  return first && first.kind === 'ent' && first.orgs ? first.ents[0] : null;
}

/**
 * Share of a company's salience carried into a new paragraph: a round-up of several deals turns to a new company
 * with each paragraph, while the company an article is about keeps being named and stays ahead.
 */
const PARAGRAPH_SALIENCE_KEPT = 0.5;

/** A new paragraph starts: earlier mentions weigh less. */
export function startParagraph(state: DiscourseState): void {
  for (const [e, n] of state.orgMentions) state.orgMentions.set(e, n * PARAGRAPH_SALIENCE_KEPT);
  state.lastSubjectOrg = null;
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

/** The sentence's own subject, when one precedes: "X said … the acquisition of the company by Y". */
export function firstOrgIn(units: Unit[]): number | null {
  const u = units[firstEnt(units)];
  return u && u.kind === 'ent' ? u.ents[0] : null;
}

/** The first organisation named or pointed at in the sentence ("The company said …, where it …"). */
export function firstOrgOrPointer(units: Unit[]): number | null {
  const u = units.find((x) => x.kind === 'ent' && x.orgs);
  return u && u.kind === 'ent' ? u.ents[0] : null;
}

/** The organisation named or pointed at last so far in the sentence. */
export function lastOrgIn(units: Unit[]): number | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs) return u.ents[0];
  }
  return null;
}

/**
 * The sentence's subject when it is an organisation standing before unit `end` ("X a obtenu un prêt de Y"):
 * the first party named or pointed at, not after a preposition, nor a person's.
 */
export function subjectOrgBefore(units: Unit[], end: number): number | null {
  const i = units.findIndex((u) => u.kind === 'ent');
  const u = units[i];
  if (i < 0 || i >= end || u.kind !== 'ent' || !u.orgs || isOblique(units, i)) return null;
  // a lone capitalised opening word ("Existing investors A and B …") may be no name at all
  return u.word === undefined ? u.ents[0] : null;
}
