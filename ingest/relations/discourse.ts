import type { Unit } from './pattern';
import { afterListJoin, isOblique, placeBeforeNoun } from './syntax';
import { BIRTH_WORDS } from './anaphor-words';
import { endQuote, newSpeakerState } from './speaker';
import { isInvestedIn } from './salience-cues';
import type { SpeakerState } from './speaker';

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
  /**
   * The company "il"/"elle" opening the next sentence stands for: the last sentence's grammatical subject when it
   * is one (not a name after a preposition, an inverted verb or a noun of its own) and no person was named. In a
   * biography the pronoun is the person even where the sentence before named only a club it played against.
   * Set by units.ts from paragraph-topic.ts `subjectOrgOpening`, after `updateState`.
   */
  pronounOrg: number | null;
  /** The last company a deal was said to create ("donnera naissance à X", "baptisé X"), for "le nouveau groupe". */
  bornOrg: number | null;
  /** Organisations named so far in the current paragraph, with their salience within it. */
  paragraphOrgs: Map<number, number>;
  /** Entities the previous sentence named, in order: "the former", "ce dernier" take an end when it is a company. */
  previousNamed: number[];
  /** Quotes and their speakers' companies, for "nous", "we", "our". */
  speaker: SpeakerState;
  /**
   * The last sentence's company subject even when it also named a person ("La medtech avait été créée par P"): "Elle
   * affronte X" after it is the company, since only a company is the subject of a rivalry or deal verb.
   */
  companyVerbPronounOrg: number | null;
  /** Trade nouns the article attached to a company ("la chaîne Nonna Pizza"), for "la chaîne" later. */
  described: Map<string, number>;
  /**
   * The first company named only as a sentence's opening word (kept out of salience, since such a word may be no
   * name): the article's company when nothing else was named ("Brightcourt, the Texas … installer, has appointed").
   */
  firstWordOrg: number | null;
}

export function newDiscourseState(): DiscourseState {
  return {
    lastOrg: null,
    lastOrgList: null,
    lastPair: null,
    lastSubjectOrg: null,
    pronounOrg: null,
    orgMentions: new Map(),
    paragraphOrgs: new Map(),
    bornOrg: null,
    previousNamed: [],
    speaker: newSpeakerState(),
    described: new Map(),
    companyVerbPronounOrg: null,
    firstWordOrg: null,
  };
}

/**
 * Weight of a sentence's subject against a name in any other place: an article keeps making the company it
 * is about the subject, while investors and buyers come after "auprès de", "led by" once or twice each.
 */
const SUBJECT_SALIENCE = 1.5;
const OTHER_SALIENCE = 1;
/** A name after a preposition ("auprès d'X", "led by X") is a side party: half a plain mention. */
const OBLIQUE_SALIENCE = 0.5;
/**
 * A pointer opening the sentence ("Le fabricant lyonnais a annoncé …", "The group said …") keeps its company the
 * topic as a plain mention would: articles name their company once and point at it after.
 */
const POINTER_SUBJECT_SALIENCE = 1;
/**
 * The company money goes into ("a $60 million investment in X") outweighs the subject that invests: the story is
 * the funded company's, so its later "its chief executive" and "the company" are that company.
 */
const INVESTED_IN_SALIENCE = 2;
const LIST_JOIN = new Set([',', 'et', 'and', '&']);
/** Words that bring a list's last member. */
const CLOSING_JOINS = new Set(['et', 'and', '&', 'ou', 'or']);

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

/**
 * Units of the organisations named as examples ("Face à des rivaux comme A, B …", "tels que A et B"): a list of
 * rivals or peers, bystanders to what the article is about.
 */
function exampleNames(units: Unit[]): Set<number> {
  const examples = new Set<number>();
  let example = false;
  // "comme A ou B, X mise …": once "et"/"ou" has brought the last member, a comma ends the list
  let closing = false;
  let closed = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'tok') {
      const w = u.token.lower;
      if (EXAMPLE_MARKERS.has(w)) {
        example = true;
        closing = closed = false;
      } else if (CLOSING_JOINS.has(w)) closing = true;
      else if (w === ',' && closed) example = false;
      else if (!LIST_JOIN.has(w)) example = false;
      continue;
    }
    if (example && u.orgs && !u.anaphor && u.word === undefined) examples.add(i);
    closed = closing;
  }
  return examples;
}

/** The first organisation named that is not given as an example (nor listed after one), or -1. */
function firstSubject(units: Unit[], examples: Set<number>): number {
  return units.findIndex(
    (u, i) => u.kind === 'ent' && u.orgs && !u.anaphor && u.word === undefined && !examples.has(i),
  );
}

/**
 * Records this sentence's organisations: salience, the first subject, the last coordinated list. `possessives`:
 * pointer units that stand for a possessive ("Ses cofondateurs"), which do not make their company the subject.
 */
export function updateState(
  units: Unit[],
  state: DiscourseState,
  possessives: ReadonlySet<Unit>,
  sideOrgs: ReadonlySet<number> = new Set(),
): void {
  let list: number[] | null = null;
  const examples = exampleNames(units);
  const subject = firstSubject(units, examples);
  // the unit after the last list read: its members are counted one by one but the list is read once
  let listEnd = -1;
  const opening = units.find((u) => u.kind === 'ent');
  const pointer = opening?.kind === 'ent' && opening.anaphor && !possessives.has(opening);
  if (pointer && opening.orgs && opening.ents.length === 1) {
    const e = opening.ents[0];
    state.orgMentions.set(e, (state.orgMentions.get(e) ?? 0) + POINTER_SUBJECT_SALIENCE);
  }
  // "Its rivals include A and B", "Ses concurrents A et B …": names after a possessive pointer are its company's
  // rivals, backers or officers, bystanders to the story
  const owned = units.findIndex((u) => possessives.has(u));
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent' && u.orgs && u.word !== undefined && state.firstWordOrg === null)
      state.firstWordOrg = u.ents[0];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.word !== undefined) continue;
    if (state.lastOrg === null || i === subject) state.lastOrg = u.ents[0];
    // an example ("des rivaux comme A") is a bystander, weighed like a side party; so is an investment firm
    const side =
      isOblique(units, i) ||
      examples.has(i) ||
      (owned >= 0 && i > owned) ||
      u.ents.every((e) => sideOrgs.has(e));
    const weight = isInvestedIn(units, i)
      ? INVESTED_IN_SALIENCE
      : side
        ? OBLIQUE_SALIENCE
        : i === subject
          ? SUBJECT_SALIENCE
          : OTHER_SALIENCE;
    for (const e of u.ents) {
      state.orgMentions.set(e, (state.orgMentions.get(e) ?? 0) + weight);
      state.paragraphOrgs.set(e, (state.paragraphOrgs.get(e) ?? 0) + weight);
    }
    if (i < listEnd) continue;
    const run = [...u.ents];
    let j = i + 1;
    for (;;) {
      let k = afterListJoin(units, j, LIST_JOIN);
      if (k > j) k += placePossessiveLength(units, k);
      const v = units[k];
      if (k > j && v && v.kind === 'ent' && v.orgs && !v.anaphor) {
        run.push(...v.ents);
        j = k + 1;
      } else break;
    }
    if (run.length >= 2) list = [...new Set(run)];
    if (list?.length === 2) state.lastPair = list;
    listEnd = j;
  }
  state.lastOrgList = list;
  state.lastSubjectOrg = subjectOrgWithoutPerson(units, examples);
  state.bornOrg = bornOrgIn(units) ?? state.bornOrg;
  state.previousNamed = units.flatMap((u) => (u.kind === 'ent' && !u.anaphor ? u.ents : []));
}

/** How many words may stand between a birth word and the name ("naissance à X", "sous le nom de X"). */
const BIRTH_GAP_UNITS = 2;

/** The company this sentence says a deal creates, if any. */
function bornOrgIn(units: Unit[]): number | null {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor) continue;
    for (let k = i - 1; k >= 0 && k >= i - 1 - BIRTH_GAP_UNITS; k--) {
      const w = units[k];
      if (w.kind !== 'tok') break;
      if (BIRTH_WORDS.has(w.token.lower)) return u.ents[0];
      // "prendra le nom de X", "sous le nom de X", not "au nom de X" (on X's behalf)
      const before = units[k - 1];
      if (w.token.lower === 'nom' && !(before?.kind === 'tok' && before.token.lower === 'au'))
        return u.ents[0];
    }
  }
  return null;
}

/** The first party of the sentence when it is an organisation (named or pointed at) and no person is named. */
function subjectOrgWithoutPerson(units: Unit[], examples: Set<number>): number | null {
  if (units.some((u) => u.kind === 'ent' && !u.orgs)) return null;
  // a lone capitalised opening word ("Nouvelle levée pour X") and a fronted example ("Face à des rivaux comme
  // A, X …") are no subject
  const first = units.find((u, i) => u.kind === 'ent' && u.word === undefined && !examples.has(i));
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
  state.pronounOrg = null;
  state.companyVerbPronounOrg = null;
  state.paragraphOrgs.clear();
  endQuote(state.speaker);
}

/**
 * The most salient organisation so far; among equals the first named wins, because a news article opens on
 * the company it is about (the last subject is often an investor or a bystander).
 */
export function salientOrg(state: DiscourseState): number | null {
  let best = state.lastOrg ?? state.firstWordOrg;
  let bestCount = 0;
  for (const [e, n] of state.orgMentions) {
    if (n > bestCount) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The sentence's own subject, when one precedes: "X said … the acquisition of the company by Y". A first name
 * after a preposition with no company before it is no subject ("Face à Klarna, qui domine …, la société nantaise
 * mise …", "Fondée par P, passée par X, …, la jeune pousse", "the third deal for X since Y took a stake in the
 * company"): the pointer is then left to the discourse.
 */
export function firstOrgIn(units: Unit[]): number | null {
  const i = units.findIndex(
    (u, k) => u.kind === 'ent' && u.orgs && !u.anaphor && u.word === undefined && !placeBeforeNoun(units, k),
  );
  const u = units[i];
  if (!u || u.kind !== 'ent') return null;
  const fronted = isOblique(units, i) && !units.slice(0, i).some((x) => x.kind === 'ent' && x.orgs);
  // "A, B et C se disputent les mêmes clients que la société nantaise": a list is no singular pointer's antecedent
  const next = afterListJoin(units, i + 1, LIST_JOIN);
  const member = units[next];
  const listed = next > i + 1 && member?.kind === 'ent' && member.orgs && !member.anaphor;
  return fronted || listed ? null : u.ents[0];
}

/** The first organisation named or pointed at in the sentence ("The company said …, where it …"). */
export function firstOrgOrPointer(units: Unit[]): number | null {
  const u = units.find((x, k) => x.kind === 'ent' && x.orgs && !placeBeforeNoun(units, k));
  return u && u.kind === 'ent' ? u.ents[0] : null;
}

/**
 * The organisation named or pointed at last so far in the sentence ("a Dayton, Ohio, dentist" names none);
 * with `subjectOnly`, not after a preposition: "X, which is owned by Y, said it …" reports X's news.
 */
export function lastOrgIn(units: Unit[], subjectOnly = false): number | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (subjectOnly && isOblique(units, k)) continue;
    if (u.kind === 'ent' && u.orgs && !placeBeforeNoun(units, k)) return u.ents[0];
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

/**
 * The company an object clitic stands for: the previous sentence's subject, which the clause's own subject
 * cannot be. A pointer subject that took that same company ("Le groupe l'avait rachetée") is the article's
 * company instead.
 */
export function cliticObject(units: Unit[], state: DiscourseState): number | null {
  // "Son actionnaire, le fonds X, l'a cédé": the apposition's closing comma stands between subject and clitic;
  // the object is then only a true subject before (not "Rachetée par X, Y …", whose first name is the agent)
  const last = units[units.length - 1];
  const closing = last?.kind === 'tok' && last.token.text === ',';
  const object = closing ? state.pronounOrg : state.lastSubjectOrg;
  const subject = closing ? units[units.length - 2] : last;
  if (object === null || subject?.kind !== 'ent' || !subject.orgs) return null;
  if (subject.ents.includes(object)) {
    // the article's first company, else its most salient: the company just told of often outweighs it by now
    const other = [state.speaker.firstOrg, salientOrg(state)].find((e) => e !== null && e !== object);
    if (!subject.anaphor || other === undefined || other === null) return null;
    subject.ents = [other];
  }
  return object;
}
