import type { Unit } from './pattern';
import { afterListJoin, isOblique, placeBeforeNoun } from './syntax';
import { salientOrg } from './discourse-state';
import { isGovernedName } from './oblique-conjunct';
import { PREPOSITIONS } from './syntax-words';
import { topicAt } from './anaphora-topic-deal';
import type { DiscourseState } from './discourse-state';
import { isCitedSource } from './cited-sources';
import { outletAt } from './frames/funded-told-outlet';
import { isNamedUnitMeans } from './instrument-unit';

/** Which company of the sentence so far a pointer takes: its subject, its last name, a clitic's object. */

const LIST_JOIN = new Set([',', 'et', 'and', '&']);

/**
 * The sentence's own subject, when one precedes: "X said … the acquisition of the company by Y". A first name
 * after a preposition with no company before it is no subject ("Face à Klarna, qui domine …, la société nantaise
 * mise …", "Fondée par P, passée par X, …, la jeune pousse", "the third deal for X since Y took a stake in the
 * company"): the pointer is then left to the discourse. Nor is a cited source ("Selon le quotidien X, Y
 * aurait …; son directeur"): the paper only tells the news.
 */
export function firstOrgIn(units: Unit[]): number | null {
  const i = units.findIndex(
    (u, k) =>
      u.kind === 'ent' &&
      u.orgs &&
      !u.anaphor &&
      u.word === undefined &&
      !placeBeforeNoun(units, k) &&
      !isCitedSource(units, k) &&
      // "a confié à l'AFP P, présidente de l'entreprise": the outlet spoken to is no antecedent
      !outletAt(units, k),
  );
  const u = units[i];
  if (!u || u.kind !== 'ent') return null;
  const before = units.slice(0, i);
  // "Son cofondateur P, ancien de X, prend la direction de l'entreprise": a side name after a pointer that opened
  // the sentence is no subject; the pointer's company is
  const openerAt = before.findIndex((x) => x.kind === 'ent' && x.orgs);
  const opener = before[openerAt];
  const personBetween = before.slice(openerAt + 1).some((x) => x.kind === 'ent' && x.persons);
  if (
    isOblique(units, i) &&
    opener?.kind === 'ent' &&
    opener.anaphor &&
    opener.ents.length === 1 &&
    personBetween
  )
    return opener.ents[0];
  // "Chez X, P, gérant de la société" / "At X, P, who runs the company": a topic phrase names the sentence's company
  // "Through its subsidiary Z, the company acquired Y": the unit is the means, the pointer is the parent (its "its")
  const fronted =
    (isOblique(units, i) || isNamedUnitMeans(units, i)) &&
    !before.some((x) => x.kind === 'ent' && x.orgs) &&
    topicAt(units) !== i;
  // "A, B et C se disputent les mêmes clients que la société nantaise": a list is no singular pointer's antecedent
  const next = afterListJoin(units, i + 1, LIST_JOIN);
  const member = units[next];
  const listed = next > i + 1 && member?.kind === 'ent' && member.orgs && !member.anaphor;
  return fronted || listed ? null : u.ents[0];
}

/**
 * The first organisation named or pointed at in the sentence ("The company said …, where it …"). A cited source
 * opening the sentence ("According to researcher Z, X holds 6 % of the market, where it competes with Y") is not
 * the subject "it" takes up, as in `lastOrgIn`.
 */
export function firstOrgOrPointer(units: Unit[]): number | null {
  const u = units.find(
    (x, k) =>
      x.kind === 'ent' && x.orgs && !placeBeforeNoun(units, k) && (x.anaphor || !isCitedSource(units, k)),
  );
  return u && u.kind === 'ent' ? u.ents[0] : null;
}

/**
 * The organisation named or pointed at last so far in the sentence ("a Dayton, Ohio, dentist" names none);
 * with `subjectOnly`, not after a preposition: "X, which is owned by Y, said it …" reports X's news. A cited
 * source ("…, according to researcher Z; its chief executive") owns nothing told.
 */
export function lastOrgIn(units: Unit[], subjectOnly = false): number | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    // "X, owned by A and B, said it …", "X, which includes A and B, said it …": no member of the list is the subject
    if (subjectOnly && isGovernedName(units, k, PREPOSITIONS)) continue;
    if (u.kind === 'ent' && u.orgs && !placeBeforeNoun(units, k) && (u.anaphor || !isCitedSource(units, k)))
      return u.ents[0];
  }
  return null;
}

/**
 * The sentence's subject when it is an organisation standing before unit `end` ("X a obtenu un prêt de Y"):
 * the first party named or pointed at, not after a preposition, nor a person's.
 */
export function subjectOrgBefore(units: Unit[], end: number): number | null {
  const i = afterFrontedAgents(
    units,
    units.findIndex((u) => u.kind === 'ent'),
  );
  const u = units[i];
  if (i < 0 || i >= end || u.kind !== 'ent' || !u.orgs || isOblique(units, i)) return null;
  // a lone capitalised opening word ("Existing investors A and B …") may be no name at all
  return u.word === undefined ? u.ents[0] : null;
}

/**
 * "Founded in 2009 by P and Q, X has raised …", "Backed by A, X raised …": a sentence opening on a phrase whose first
 * name follows a preposition has its subject after the phrase's comma; the first entity unit there, else `i`.
 */
function afterFrontedAgents(units: Unit[], i: number): number {
  if (i <= 0 || units[0].kind !== 'tok' || !(isOblique(units, i) || frontedAgentPhrase(units, i))) return i;
  const comma = units.findIndex((u, k) => k > i && u.kind === 'tok' && u.token.text === ',');
  const next = comma < 0 ? undefined : units[comma + 1];
  return next?.kind === 'ent' ? comma + 1 : i;
}

/** A participle opening a sentence on its agent ("Conseillé par", "Advised by", "Soutenu par", "Led by"). */
const OPENING_PARTICIPLE = /^(\p{L}+(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed)|led|run)$/u;
const AGENT_WORDS = new Set(['par', 'by']);

/**
 * "Conseillé par la banque d'affaires A, l'acquéreur financera …": the agent sits several words after its "par",
 * behind a descriptor the oblique test does not look past; the opening participle and its "par" before the first
 * name, with no comma on the way, still make the phrase fronted.
 */
function frontedAgentPhrase(units: Unit[], i: number): boolean {
  const first = units[0];
  if (first.kind !== 'tok' || !OPENING_PARTICIPLE.test(first.token.lower)) return false;
  const phrase = units.slice(1, i);
  if (phrase.some((u) => u.kind === 'tok' && u.token.text === ',')) return false;
  return phrase.some((u) => u.kind === 'tok' && AGENT_WORDS.has(u.token.lower));
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
