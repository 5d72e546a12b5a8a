import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';

/**
 * "The executives, A and B, who work for X Inc, said they bought Y stock", "Two brothers who work for X said they
 * bought …", "P, qui travaille pour X, a racheté Y": a company named inside a relative clause about people is where
 * they work, not the subject of the verb after the clause; the people are. A deal rule whose buyer or investor is
 * such a company reads the wrong party, so the match is refused (a person buyer is read by the person rules).
 */

/** Relative pronouns that stand for people only. */
const PEOPLE_RELATIVE_EN = /^(who|whom)$/;
/** French "qui" stands for anything: it is read as people's only after a person's name or a noun of people. */
const RELATIVE_FR = /^qui$/;
/** Nouns of people a French "qui" may follow ("les deux dirigeants, qui travaillent pour X"). */
const PEOPLE_NOUNS_FR =
  /^(dirigeants?|dirigeantes?|cadres?|salariés?|salariées?|employés?|employées?|associés?|associées?|fondateurs?|fondatrices?|frères|sœurs|analystes|directeurs|directrices)$/u;
/** Pronouns opening a relative clause of the company itself ("X, which bought Y"): the verb is then X's own. */
const OWN_RELATIVE = /^(which|that|who|qui|dont)$/;
/** Most units from the relative pronoun to the company ("who have worked since 2019 for X"). */
const MAX_CLAUSE_UNITS = 10;
/** Pronouns that stand for a company as the subject of the next verb. */
const COMPANY_PRONOUN = /^(it|il|elle)$/;
/** Words of a deal inside the people's clause: the company after them is that deal's party. */
const CLAUSE_DEAL_WORD =
  /^(sell|sells|sold|selling|divested|c[eèé]d\p{L}*|vend\p{L}*|buy|buys|bought|acqui\p{L}*|purchas\p{L}*|rach[eè]t\p{L}*|invest\p{L}*)$/u;
/** Deal relations: a buyer or investor is their source. */
const DEAL_TYPES: ReadonlySet<string> = new Set(['ACQUIRED', 'FUNDED']);

function tokAt(units: readonly Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

function isPersonUnit(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs;
}

/** Whether the relative pronoun at `j` stands for people. */
function peopleRelativeAt(units: readonly Unit[], j: number): boolean {
  const w = tokAt(units, j) ?? '';
  if (PEOPLE_RELATIVE_EN.test(w)) return true;
  if (!RELATIVE_FR.test(w)) return false;
  const before = tokAt(units, j - 1) === ',' ? j - 2 : j - 1;
  return isPersonUnit(units[before]) || PEOPLE_NOUNS_FR.test(tokAt(units, before) ?? '');
}

/**
 * Whether the organisation named at unit `k` stands inside a relative clause about people, with no comma and no
 * other name between the pronoun and it.
 */
export function inPeopleRelative(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  // a pronoun is never inside the clause it follows ("Analysts who follow X said it would buy Y")
  if (u?.kind !== 'ent' || !u.orgs || u.anaphor) return false;
  // "A, who runs X, which bought Y": X has its own clause, whose verb is X's
  if (OWN_RELATIVE.test(tokAt(units, tokAt(units, k + 1) === ',' ? k + 2 : k + 1) ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_CLAUSE_UNITS; j--) {
    const w = tokAt(units, j);
    // another name between the pronoun and the company: the clause is not read this far
    if (w === null) return false;
    if (/^[,;:()«»"“”]$/u.test(w)) return false;
    // "P, qui l'a cédée au fonds X": the clause tells its own deal, X is its party
    if (CLAUSE_DEAL_WORD.test(w)) return false;
    if (peopleRelativeAt(units, j)) return true;
  }
  return false;
}

/** The deal rule's buyer or investor is a company named inside a relative clause about people. */
export function sourceInPeopleRelative(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (!DEAL_TYPES.has(rule.type) || !rule.source) return false;
  const k = capturedAt(caps, rule.source);
  const end = rule.target ? capturedAt(caps, rule.target) : units.length;
  // "P, who sold it to X": a buyer after what is sold is the clause's own deal, told inside it
  if (end >= 0 && end < k) return false;
  if (!inPeopleRelative(units, k)) return false;
  // "John Smith, who heads X, said it would buy Y": a company pronoun after the clause takes X up as the subject
  return !units.slice(k + 1, end < 0 ? units.length : end).some(companyPronoun);
}

/** A pronoun for a company: a resolved pointer to one, or the bare "it" / "il" / "elle". */
function companyPronoun(u: Unit): boolean {
  if (u.kind === 'ent') return u.anaphor && u.orgs;
  return COMPANY_PRONOUN.test(u.token.lower);
}
