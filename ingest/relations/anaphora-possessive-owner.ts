import type { Unit } from './pattern';

/**
 * Who "Son président, P, …" / "Its chief executive, P, …" opening a sentence belongs to. The sentence before
 * was about its subject company ("X, filiale de Y, ne commente pas. Son président …" is X's; so is "X, fondée par A
 * et B, est contrôlée par le fonds Y. Son président …", and "X veut reprendre des parts face à Y. Sa présidente …").
 * But when that subject put money into another company ("Le fonds X est entré au capital de Y. Son PDG …", "X has
 * led an investment in Y. Its chief executive …") the subject is a backer, and the backed company is the one whose
 * leader is told: the article's company is kept (null here).
 */

/** Words of an investment shortly before the company it goes to ("au capital de Y", "an investment in Y"). */
const INVESTMENT_WORDS = new Set(
  `capital investment investments investissement investissements stake participation round tour financing
  financement invested investi invests investit`.split(/\s+/),
);
/** Most units between an investment word and the company it names ("a stake in the Lyon maker Y"). */
const MAX_UNITS_AFTER_INVESTMENT_WORD = 5;

/** Words opening a relative clause on the subject ("X, which paid … for a stake in Y, said …", "X, qui détient …,"). */
const SUBJECT_RELATIVE_OPENERS = new Set(['which', 'who', 'qui', 'dont']);
/** Most units a relative clause on the subject spans before its closing comma. */
const MAX_RELATIVE_UNITS = 20;

/**
 * The index of the comma closing a relative clause opened right after the subject unit `at` ("Buyout firm X, which
 * paid $300 million for an 18% stake in Y in 2023, said …"), else -1. What the clause recalls is background to the
 * main clause, which still tells of the subject: "Its chief executive, P" next is X's, not Y's.
 */
function subjectRelativeEnd(units: Unit[], at: number): number {
  const comma = units[at + 1];
  const opener = units[at + 2];
  if (comma?.kind !== 'tok' || comma.token.text !== ',') return -1;
  if (opener?.kind !== 'tok' || !SUBJECT_RELATIVE_OPENERS.has(opener.token.lower)) return -1;
  for (let j = at + 3; j < units.length && j - at <= MAX_RELATIVE_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'tok' && u.token.text === ',') return j;
  }
  return -1;
}

/**
 * The subject company `subject` unless the sentence's units name another organisation after it that an
 * investment word introduces; an apposition right after the subject ("X, filiale du groupe Y,") is skipped, and so
 * is a relative clause on the subject (`subjectRelativeEnd`).
 */
export function possessiveOwnerAfter(units: Unit[], subject: number | null): number | null {
  if (subject === null) return null;
  const at = units.findIndex((u) => u.kind === 'ent' && u.ents.includes(subject));
  if (at < 0) return null;
  const relativeEnd = subjectRelativeEnd(units, at);
  for (let j = Math.max(at + 1, relativeEnd + 1); j < units.length; j++) {
    const u = units[j];
    if (u.kind !== 'ent' || !u.orgs || u.ents.includes(subject)) continue;
    const window = units.slice(Math.max(at + 1, relativeEnd + 1, j - MAX_UNITS_AFTER_INVESTMENT_WORD), j);
    if (window.some((x) => x.kind === 'tok' && INVESTMENT_WORDS.has(x.token.lower))) return null;
  }
  return subject;
}
