import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { isOblique } from './syntax';
import { isBracketed } from './sentence-subject';
import { isImpersonalIl } from './anaphora-impersonal';
import { companyVerbAt } from './company-pronoun';
import { lettersOf } from './anaphora-title';

/**
 * The article's own company. A news story names its company in the headline and again as the lead's subject, then
 * mostly points at it: "It competes with …", "L'entreprise affronte …", "Il vient concurrencer …" opening a
 * paragraph after one about rivals, backers or earlier deals are that company, not the last one named (a rival's
 * deal, an investor's earlier bet). Salience alone loses it after a few paragraphs that name it only by pointers.
 */

/**
 * The lead's company among the headline's `titled` ones: the first named there that is not in brackets (a wire's
 * name) nor after a preposition, else the first a pointer stands for ("The London-listed publisher has agreed …").
 */
function leadSubject(units: Unit[], titled: readonly number[]): number | null {
  let pointed: number | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs || u.word !== undefined || !titled.includes(u.ents[0])) continue;
    if (u.anaphor) pointed ??= u.ents[0];
    else if (!isBracketed(units, i) && !isOblique(units, i)) return inPair(units, i) ? null : u.ents[0];
  }
  return pointed;
}

const PAIR_JOINS = new Set(['et', 'and', '&']);

/**
 * "Horizon Santé et Prévia ont annoncé leur fusion": a lead about two companies has no one topic — its "il" is the
 * company they make together.
 */
function inPair(units: Unit[], i: number): boolean {
  const joined = (join: Unit | undefined, other: Unit | undefined) =>
    join?.kind === 'tok' && PAIR_JOINS.has(join.token.lower) && other?.kind === 'ent' && other.orgs;
  return joined(units[i + 1], units[i + 2]) || joined(units[i - 1], units[i - 2]);
}

/**
 * Reads the lead, the first sentence after the headline naming a company: the topic is the lead's subject when the
 * headline names it too (a round-up's headline names none, or other companies than its lead: no topic then).
 */
export function recordTopic(tokens: Token[], units: Unit[], state: DiscourseState): void {
  // a lone unknown capitalised word ("Publié le 4 février - Mis à jour …") is no company a lead would name
  if (state.leadRead || !units.some((u) => u.kind === 'ent' && u.orgs && u.word === undefined)) return;
  const title = state.title;
  // the text often repeats its headline as its first line: the lead is the sentence after it
  if (title !== null && lettersOf(tokens.map((t) => t.text).join('')) === title.letters) return;
  state.leadRead = true;
  const subject = title === null ? null : leadSubject(units, title.orgs);
  // "Harbourview takes minority stake in Lumen" / "X a pris une participation dans Y": the story is the company
  // invested in, not its investor (anaphora-invested-name.ts recorded the lead's stake targets)
  const invested =
    subject === null ? undefined : title!.orgs.find((e) => e !== subject && state.investedNames.has(e));
  state.topicOrg = invested ?? subject;
}

/**
 * "Il vient désormais concurrencer X" mid-paragraph, when no sentence before gave it a company subject: the
 * article's topic, unless the sentence before pointed at another company ("Créée par P, la société [the target] …
 * Elle est dirigée par Q" is that company).
 */
export function companyVerbTopic(state: DiscourseState): number | null {
  const topic = state.topicOrg;
  return topic === null || state.previousPointed.some((e) => e !== topic) ? null : topic;
}

/** True while the current paragraph has neither named nor pointed at a company. */
function paragraphWithoutCompany(state: DiscourseState): boolean {
  return state.paragraphOrgs.size === 0 && state.paragraphPointed.size === 0;
}

/**
 * The company a pointer opening a paragraph stands for ("The company competes with …", "It now has …"): the
 * article's topic, unless the clause names it itself. `namedLater`: companies named after the pointer in its clause.
 */
export function paragraphOpeningTopic(state: DiscourseState, namedLater: ReadonlySet<number>): number | null {
  const topic = state.topicOrg;
  if (topic === null || !paragraphWithoutCompany(state) || namedLater.has(topic)) return null;
  return topic;
}

/**
 * French "Il"/"Elle" opening a paragraph that has named no company yet ("Mais il reste loin des deux leaders",
 * "Il vient concurrencer X"): the article's topic. After a sentence naming a person the pronoun is as likely that
 * person, so then only before a verb that only a company takes.
 */
export function paragraphPronounTopic(tokens: Token[], i: number, state: DiscourseState): number | null {
  const topic = state.topicOrg;
  const next = tokens[i + 1];
  if (topic === null || !next || !paragraphWithoutCompany(state)) return null;
  if (isImpersonalIl(tokens, i)) return null;
  return !state.lastNamedPerson || companyVerbAt(tokens, i + 1) ? topic : null;
}
