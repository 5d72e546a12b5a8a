import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { clauseStart, isTok } from './funded-clause';
import type { FundingReading } from './funded-giver';
import { DETERMINER, ents } from './funded-giver';
export { passiveReading } from './funded-passive';
export { raiserReading } from './funded-raiser';

/** When a reading may name the company funded, or leave it to the article. */

/** Subject nouns that name the deal or the money, not a company ("l'amorçage", "the acquisition"). */
const DEAL_SUBJECT =
  /^(acquisition|acquisitions|deal|transaction|opération|rachat|operation|purchase|takeover|amorçage|tour|levée|round|financement|financing|funding|investissement|investment|somme|montant|enveloppe|sum|amount)$/;

/**
 * A reading that leaves the company to the article may do so only when the sentence names no other company
 * than the givers, and the clause's subject, if any, is the deal or the money: "le grossiste niortais a ouvert
 * son capital …" has a subject of its own that the reading cannot tell, and the article's company is a guess.
 */
export function topicFits(units: Unit[], r: FundingReading, coGivers: readonly number[] = []): boolean {
  if (r.toArticle === false) return false;
  // the givers of the sentence's other readings are no other company ("A injected $30m, while B extended a loan")
  const givers = new Set([...r.src, ...coGivers].flatMap((i) => ents(units[i])));
  // a lone capitalised opening word ("Existing backers A and B") may be no name at all
  // a pointer ("le groupe") stands for the article's company far more often than for another one
  const others = units.some(
    (u, i) =>
      u.kind === 'ent' &&
      u.orgs &&
      u.word === undefined &&
      !u.anaphor &&
      !u.ents.some((e) => givers.has(e)) &&
      !(
        r.scopeEnd !== undefined &&
        i > r.scopeEnd &&
        (r.giversDescribedAfter === true || isOblique(units, i))
      ),
  );
  if (others) return false;
  // the givers open the clause, or its subject is the money: nothing to check
  if (r.src.includes(r.start) || r.moneySubject !== undefined) return true;
  const cs = clauseStart(units, r.start);
  for (let k = cs; k < r.start && k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent') break;
    if (!isTok(units, k - 1, DETERMINER) || u.token.kind !== 'word' || u.token.text !== u.token.lower)
      continue;
    return DEAL_SUBJECT.test(u.token.lower);
  }
  return true;
}

/**
 * The company is named, not pointed at: a frame's reading is a fallback, and "the firm", "le groupe" resolved to
 * the wrong company is the commonest way it goes wrong (the pattern rules still read pointers).
 */
export function namedFits(units: Unit[], r: FundingReading, shape: string): boolean {
  const u = r.tgt === null ? undefined : units[r.tgt];
  if (u?.kind !== 'ent') return false;
  // an object pointer ("A accompagne la société") is the article's company far more often than a subject one
  return !u.anaphor || r.pointerOk === true || (shape === 'backer' && r.tgt! > r.start);
}
