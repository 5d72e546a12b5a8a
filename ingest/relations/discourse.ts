import type { Unit } from './pattern';
import { afterListJoin, isOblique } from './syntax';
import { originDescriptorLength } from './list-member-origin';
import { BIRTH_WORDS } from './anaphor-words';
import { isInvestedIn } from './salience-cues';
import { isLeftCompany } from './left-company-bystander';
import type { DiscourseState } from './discourse-state';
import { recalledPurchaseTarget, recordDealRoles } from './anaphora-deal-roles';
import { rivalsNamedIn } from './anaphora-rivals';
import { namedHeads } from './anaphora-latter-head';
import { citedSourceUnits, citedSources } from './cited-sources';
import {
  firstSubject,
  isBracketed,
  isNamedOrganisation,
  isPossessorName,
  subjectOrgWithoutPerson,
} from './sentence-subject';

// The state and the sentence look-ups live in their own files; callers keep importing them from here.
export { newDiscourseState, salientOrg, startParagraph } from './discourse-state';
export type { DiscourseState } from './discourse-state';
export { cliticObject, firstOrgIn, firstOrgOrPointer, lastOrgIn, subjectOrgBefore } from './sentence-orgs';

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
/** Members before one told with its origin ("A, B et le danois C"); a pair so told would displace the sentence's. */
const MEMBERS_BEFORE_ORIGIN = 2;
/** Words that bring a list's last member. */
const CLOSING_JOINS = new Set(['et', 'and', '&', 'ou', 'or']);

/** A seat word before a list member: "Leipzig-based", "Paris-headquartered". */
const SEAT_DESCRIPTOR = /^\p{L}[\p{L}-]*-(based|headquartered)$/u;

/**
 * Length of a place's possessive before a name ("Finland's A and Sweden's B"): 2 when units[k] is a
 * capitalised word or a non-organisation name followed by "'s", else 0. The list of A and B goes on through it.
 */
function placePossessiveLength(units: Unit[], k: number): number {
  const place = units[k];
  // "Hamburg's DialogWerk and Leipzig-based Sachsen Service Center": a seat said before a member is no break
  if (place?.kind === 'tok' && SEAT_DESCRIPTOR.test(place.token.lower)) return 1;
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
  // "Selon une étude de l'institut X, la société détient 6 %": the source cited is a bystander like an example
  for (const i of citedSourceUnits(units)) examples.add(i);
  const subject = firstSubject(units, examples);
  // the unit after the last list read: its members are counted one by one but the list is read once
  let listEnd = -1;
  // the first party, or past a fronted phrase about persons ("Fondée par P et Q, la start-up …") the first company
  const firstEnt = units.findIndex((u) => u.kind === 'ent');
  const firstCompany = units.findIndex((u) => u.kind === 'ent' && u.orgs);
  const afterFronted =
    firstEnt >= 0 && firstCompany > firstEnt && isOblique(units, firstEnt) && !isOblique(units, firstCompany);
  const opening = units[afterFronted ? firstCompany : firstEnt];
  const pointer = opening?.kind === 'ent' && opening.anaphor && !possessives.has(opening);
  if (pointer && opening.orgs && opening.ents.length === 1) {
    const e = opening.ents[0];
    state.orgMentions.set(e, (state.orgMentions.get(e) ?? 0) + POINTER_SUBJECT_SALIENCE);
    // a paragraph whose subject points back at a company is about it, though it names only a backer or a buyer
    state.paragraphPointed.set(e, (state.paragraphPointed.get(e) ?? 0) + POINTER_SUBJECT_SALIENCE);
  }
  // "Its rivals include A and B", "Ses concurrents A et B …": names after a possessive pointer are its company's
  // rivals, backers or officers, bystanders to the story
  const owned = units.findIndex((u) => possessives.has(u));
  for (const e of rivalsNamedIn(units)) if (e !== state.titleOrg) state.rivals.add(e);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent' && u.orgs && u.word !== undefined && state.firstWordOrg === null)
      state.firstWordOrg = u.ents[0];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.word !== undefined) continue;
    if ((state.lastOrg === null && !isBracketed(units, i)) || i === subject) state.lastOrg = u.ents[0];
    // an example ("des rivaux comme A") is a bystander, weighed like a side party; so is an investment firm and a
    // company someone left ("a quitté X en 2019 et dirige Y")
    const side =
      isOblique(units, i) ||
      examples.has(i) ||
      isBracketed(units, i) ||
      isLeftCompany(units, i) ||
      (owned >= 0 && i > owned) ||
      u.ents.every((e) => sideOrgs.has(e) || state.rivals.has(e));
    const weight = isInvestedIn(units, i)
      ? INVESTED_IN_SALIENCE
      : side
        ? OBLIQUE_SALIENCE
        : i === subject
          ? SUBJECT_SALIENCE
          : OTHER_SALIENCE;
    // a possessor set before another company's apposition ("Meridale's larger rival, Crestway,") is no topic of the
    // paragraph: the sentence turns to the company it introduces
    const possessorOnly = isPossessorName(units, i) && subject !== i && subject > i;
    for (const e of u.ents) {
      state.orgMentions.set(e, (state.orgMentions.get(e) ?? 0) + weight);
      if (!possessorOnly) state.paragraphOrgs.set(e, (state.paragraphOrgs.get(e) ?? 0) + weight);
    }
    if (i < listEnd) continue;
    const run = [...(apposedListHead(units, i) ?? u.ents)];
    let j = i + 1;
    for (;;) {
      let k = afterListJoin(units, j, LIST_JOIN);
      const origin = run.length >= MEMBERS_BEFORE_ORIGIN ? originDescriptorLength(units, k) : 0;
      if (k > j) k += placePossessiveLength(units, k) || origin;
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
  // plain loops: flatMap over every unit of every sentence costs more than the rest of this update
  const previousNamed: number[] = [];
  const previousPointed: number[] = [];
  for (const u of units) {
    if (u.kind !== 'ent') continue;
    if (!u.anaphor) previousNamed.push(...u.ents);
    else if (u.orgs) previousPointed.push(...u.ents);
  }
  state.namedBefore = state.previousNamed;
  state.previousNamed = previousNamed;
  state.previousSources = citedSources(units);
  state.previousHeads = namedHeads(units);
  state.previousPointed = previousPointed;
  // a sentence about another company that names the article's target in passing, telling no deal ("X, dont le
  // logiciel équipe les sites de Y, …"), leaves "Son fondateur" to its own subject
  const told = recordDealRoles(units, state.dealRoles, state.publicBodies);
  const target = state.dealRoles.target;
  const aboutOther = !told && state.lastSubjectOrg !== null && state.lastSubjectOrg !== target;
  // a purchase the sentence recalls in passing names the company "Son fondateur" belongs to before the article's
  // deal does: "Chez Hydrelis, la société avait par ailleurs racheté Aquaflux. Son fondateur, …" (Aquaflux's)
  const recalled = told ? null : recalledPurchaseTarget(units);
  state.lastNamedTarget =
    recalled ??
    (!aboutOther &&
    target !== null &&
    units.some((u) => u.kind === 'ent' && !u.anaphor && u.ents.includes(target))
      ? target
      : null);
  if (state.firstDeal.buyer === null && state.dealRoles.buyer !== null && state.dealRoles.target !== null)
    state.firstDeal = { ...state.dealRoles };
  // side parties ("filiale du groupe X", "rachetée par X") are no protagonists a later "les deux" takes
  const named = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent' && isNamedOrganisation(units, i) && !isSideParty(units, i))
      for (const e of u.ents) named.add(e);
  }
  if (named.size === 2) state.recentPair = [...named];
}

/** Prepositions that make a name a side party: its owner ("filiale du groupe X") or an agent ("rachetée par X"). */
const SIDE_PREPOSITIONS = new Set(['de', "d'", 'du', 'des', 'of', 'par', 'by']);
const SIDE_DETERMINERS = new Set(['le', 'la', "l'", 'les', 'the']);

/**
 * The name right after such a preposition, or after it and a determiner (cue nouns are already folded into the
 * name: "filiale du groupe X" reads "du X"); "le fabricant de vélos cargo X" is a descriptor, not a side party.
 */
function isSideParty(units: Unit[], i: number): boolean {
  const word = (k: number) => {
    const u = units[k];
    return u?.kind === 'tok' ? u.token.lower : '';
  };
  const k = SIDE_DETERMINERS.has(word(i - 1)) ? i - 2 : i - 1;
  return SIDE_PREPOSITIONS.has(word(k));
}

/**
 * The two companies "les deux sociétés", "Both" stand for when no pair was coordinated: the parties of the
 * article's deal when it told one (a deal recalled in passing does not replace them), else the last sentence's
 * two protagonists.
 */
export function implicitPair(state: DiscourseState): number[] | null {
  const { buyer, target, seller } = state.dealRoles;
  const other = buyer ?? seller;
  if (target !== null && other !== null && other !== target) return [other, target];
  return state.recentPair;
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

/** Most words of an apposition a list steps over ("A, numéro un depuis son rachat de B, C et D"). */
const MAX_APPOSITION_WORDS = 10;

/**
 * "A, numéro un depuis son rachat de B, C et D": a name after a preposition inside an apposition, followed by a
 * comma and more names, is where the apposition ends — the list resumes from the apposition's head A, and B
 * (what the apposition talks about) is no member. Returns A's entities, or null when the shape is not there.
 */
function apposedListHead(units: Unit[], i: number): number[] | null {
  const comma = units[i + 1];
  if (comma?.kind !== 'tok' || comma.token.text !== ',' || !isOblique(units, i)) return null;
  for (let k = i - 1; k >= 1 && k >= i - 1 - MAX_APPOSITION_WORDS; k--) {
    const w = units[k];
    // "X, numéro un depuis son rachat de Y, Z et W": a possessive pointer inside the apposition is no list member
    if (w.kind === 'ent' && w.anaphor) continue;
    if (w.kind !== 'tok') return null;
    if (w.token.text !== ',') continue;
    const head = units[k - 1];
    return head.kind === 'ent' && head.orgs && !head.anaphor && k < i - 2 ? head.ents : null;
  }
  return null;
}
