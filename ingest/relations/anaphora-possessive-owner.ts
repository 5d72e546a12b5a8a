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

/**
 * The subject company `subject` unless the sentence's units name another organisation after it that an
 * investment word introduces; an apposition right after the subject ("X, filiale du groupe Y,") is skipped.
 */
export function possessiveOwnerAfter(units: Unit[], subject: number | null): number | null {
  if (subject === null) return null;
  const at = units.findIndex((u) => u.kind === 'ent' && u.ents.includes(subject));
  if (at < 0) return null;
  for (let j = at + 1; j < units.length; j++) {
    const u = units[j];
    if (u.kind !== 'ent' || !u.orgs || u.ents.includes(subject)) continue;
    const window = units.slice(Math.max(at + 1, j - MAX_UNITS_AFTER_INVESTMENT_WORD), j);
    if (window.some((x) => x.kind === 'tok' && INVESTMENT_WORDS.has(x.token.lower))) return null;
  }
  return subject;
}
