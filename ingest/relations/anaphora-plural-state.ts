import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { afterListJoin } from './syntax';
import { parallelSubjects } from './anaphora-plural-parallel';

/**
 * What plural pointers ("les deux voyagistes", "the pair", "ils", "the two founders") stand for: the group the
 * text last *told* as a group, not the last two names seen. A definite phrase ("les deux coopératives", "the two
 * groups") takes the pair last told as a sentence's subject ("A et B fusionnent", "Les deux coopératives affrontent
 * C et D"): the objects such a sentence lists are the pair's rivals or targets. A demonstrative ("ces deux poids
 * lourds") takes the list the sentence before just gave, wherever it stood. Kept beside the discourse state.
 */
export interface PluralGroups {
  /** The companies last told together as a sentence's subject ("A et B fusionnent", "Les deux X affrontent"). */
  orgs: number[] | null;
  /** The companies the previous sentence listed together anywhere ("dominé par A et par B"), for "ces deux …". */
  recentOrgs: number[] | null;
  /** The people last named together ("A et B", "A, B and C"). */
  persons: number[] | null;
  /** The people the previous sentence named together, for "the pair" right after them. */
  recentPersons: number[] | null;
  /** What the previous sentence's subject was when it was several: a pronoun "Ils"/"They" opening the next. */
  subject: 'orgs' | 'persons' | null;
  /** The two clause subjects of the previous sentence ("A …, tandis que B …"), for "les deux groupes" after it. */
  parallel: number[] | null;
}

const GROUPS = new WeakMap<DiscourseState, PluralGroups>();

export function pluralGroups(state: DiscourseState): PluralGroups {
  let g = GROUPS.get(state);
  if (!g) {
    g = { orgs: null, recentOrgs: null, persons: null, recentPersons: null, subject: null, parallel: null };
    GROUPS.set(state, g);
  }
  return g;
}

const LIST_JOIN = new Set([',', 'et', 'and', '&']);
/** A preposition repeated after "et/and" keeps the list: "dominé par A et par B", "backed by A and by B". */
const REPEATED_PREPOSITION = /^(par|by|de|d'|du|à|au|avec|with|of|from|to)$/;

/** Words that may stand after "et/and" before the next member: "et par le danois B", "and the German group B". */
const MEMBER_LEAD = /^(le|la|les|l'|the|a|an|un|une)$/;
/** Most units of an apposition between two people ("A, a former engineer at X, and B"). */
const MAX_APPOSITION_UNITS = 16;

/** After "et/and" at `k - 1`: how many words lead the next member (a repeated preposition, an article, an epithet). */
function memberLead(units: Unit[], k: number): number {
  const word = (j: number) =>
    units[j]?.kind === 'tok' ? (units[j] as { token: { lower: string } }).token.lower : null;
  let n = 0;
  if (REPEATED_PREPOSITION.test(word(k) ?? ',')) n++;
  if (MEMBER_LEAD.test(word(k + n) ?? ',')) {
    n++;
    // one epithet or cue word may follow the article: "le danois B"
    const epithet = word(k + n);
    if (epithet !== null && /^[a-zà-ÿ-]+$/.test(epithet) && units[k + n + 1]?.kind === 'ent') n++;
  }
  return units[k + n]?.kind === 'ent' ? n : 0;
}

/** "A, a former engineer at X, and B": the unit after the apposition's closing "and", or -1. */
function pastApposition(units: Unit[], j: number): number {
  if (units[j]?.kind !== 'tok' || (units[j] as { token: { text: string } }).token.text !== ',') return -1;
  for (let k = j + 1; k < units.length && k <= j + MAX_APPOSITION_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.persons) return -1;
    if (u.kind !== 'tok' || u.token.text !== ',') continue;
    const and = units[k + 1];
    return and?.kind === 'tok' && /^(et|and)$/.test(and.token.lower) ? k + 2 : -1;
  }
  return -1;
}

/** Entity units coordinated from unit `i` on ("A, B et C"), of the same kind as `i`; their indexes. */
function runFrom(units: Unit[], i: number): number[] {
  const first = units[i];
  if (first.kind !== 'ent') return [];
  const run = [i];
  let j = i + 1;
  for (;;) {
    let k = afterListJoin(units, j, LIST_JOIN);
    const join = units[k - 1];
    if (k > j && join?.kind === 'tok' && /^(et|and)$/.test(join.token.lower)) k += memberLead(units, k);
    else if (first.persons && run.length === 1) k = Math.max(k, pastApposition(units, j));
    const v = units[k];
    if (k === j || v?.kind !== 'ent' || v.orgs !== first.orgs || v.persons !== first.persons) break;
    run.push(k);
    j = k + 1;
  }
  return run;
}

function entsOf(units: Unit[], run: number[]): number[] {
  // a plain loop: flatMap's allocations showed in the profile, read after every sentence
  const out = new Set<number>();
  for (const k of run) {
    const u = units[k];
    if (u.kind === 'ent') for (const e of u.ents) out.add(e);
  }
  return [...out];
}

/** Called once a sentence's units are built: remembers the groups it told for the next sentences. */
export function rememberPluralGroups(units: Unit[], state: DiscourseState): void {
  const g = pluralGroups(state);
  const firstEnt = units.findIndex((u) => u.kind === 'ent' && u.word === undefined);
  let subject: PluralGroups['subject'] = null;
  let subjectOrgs: number[] | null = null;
  if (firstEnt >= 0) {
    const run = runFrom(units, firstEnt);
    const ents = entsOf(units, run);
    const u = units[firstEnt];
    if (ents.length >= 2 && u.kind === 'ent' && u.orgs) {
      subject = 'orgs';
      subjectOrgs = ents;
    } else if (ents.length >= 2 && u.kind === 'ent' && u.persons) {
      subject = 'persons';
      g.persons = ents;
    }
  }
  // "A a racheté X, tandis que B …": the two clause subjects are the pair told
  g.parallel = parallelSubjects(units);
  subjectOrgs ??= g.parallel;
  let lastOrgRun: number[] | null = null;
  g.recentPersons = subject === 'persons' ? g.persons : null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || u.anaphor) continue;
    const run = runFrom(units, i);
    const ents = entsOf(units, run);
    if (ents.length >= 2 && u.persons && subject !== 'persons') g.persons = g.recentPersons = ents;
    if (ents.length >= 2 && u.orgs) lastOrgRun = ents;
    i = run[run.length - 1];
  }
  g.orgs = subjectOrgs ?? g.orgs;
  g.recentOrgs = lastOrgRun ?? subjectOrgs;
  g.subject = subject;
}
