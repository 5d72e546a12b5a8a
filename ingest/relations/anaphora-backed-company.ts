import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Token } from '../tokens';
import type { ExtractedRelation } from '../types';
import type { DiscourseState } from './discourse-state';
import type { Unit } from './pattern';
import { isInvestorName } from './anaphora-invested-name';
import { entityUnitFrom } from './anaphora-relative-subject';
import { CLAUSE_OPENERS, clauseStart, wordAt } from './frames/clause';

/**
 * "Le fonds X était entré au capital de Y en 2019. Créée en 2009 par P, l'entreprise …", "Granite Peak bought a
 * majority stake in Y in 2019. Founded in 2004 by P, the company …", "Trois fonds accompagnent la série A de Y : A,
 * B et C. Son président, P, …": a sentence whose only companies are one company and the investors that funded or
 * bought it tells that company's story; the pointer opening the next sentence (a fronted founding phrase's
 * "l'entreprise", a possessive title "Son président", "Its chief executive") is that company. A fund, a bank or a
 * lender is never the company "founded in 1987" that "employs 240 people", nor the one whose chief executive is
 * told next; the article's buyer, salient since the headline, is not either when the sentence before turned from
 * it to the company's investors.
 */

/** A company the sentence just read told funded, or bought by an investment firm, with the investors named. */
export interface Backing {
  company: number;
  investors: number[];
  /** Index of the sentence that told it (`state.sentencesRead` counts it once read). */
  sentence: number;
  /**
   * Every telling of it stood in a relative or reported clause ("X, which took a stake in Y, said …", "X said it
   * raised its stake in Y"): the sentence's main clause told of the investor (`toldInSubordinateClause`).
   */
  subordinate: boolean;
}

/**
 * "Fieldstone has also backed Aquaterra. Its managing partner, P, …": a partner's title is an investment firm's,
 * never the company backed (`partnerTitleAt`).
 */
const PARTNER_TITLE = /^(partners?|associée?s?)$/;
/** Words of a possessive title read for a partner noun ("managing partner", "directeur associé"). */
const MAX_TITLE_WORDS = 3;

/** The possessive title after token `i` names a fund's partner ("Its managing partner", "Son associé-gérant"). */
export function partnerTitleAt(tokens: readonly Token[], i: number): boolean {
  return tokens
    .slice(i + 1, i + 1 + MAX_TITLE_WORDS)
    .some((t) => PARTNER_TITLE.test(t.lower) || PARTNER_TITLE.test(t.lower.split('-')[0]));
}

/** Statuses of a deal that did not happen: the company is then not what the next sentence tells of. */
const NOT_DONE: ReadonlySet<string> = new Set(['rumoured', 'abandoned']);

/** Marks a sentence that told two companies backed: its next sentence's pointer is left to the other readers. */
const SEVERAL_COMPANIES = -1;

/** The backing must be told in the sentence right before the pointer's (sentences counted as `sentencesRead`). */
const SENTENCES_BACK = 1;

/**
 * Keeps a funding (investor `a`, company `b`), or an acquisition by an investment firm, that a rule read in
 * sentence `sentence`, for the next sentence's opening pointer. An industrial buyer is no backer: "X bought Y. Its
 * chief executive, P" is as often the buyer's head.
 */
export function recordBacking(
  state: DiscourseState,
  index: EntityIndex,
  fact: ExtractedRelation,
  a: number,
  b: number,
  sentence: number,
  subordinate: boolean,
): void {
  if (fact.status !== null && NOT_DONE.has(fact.status)) return;
  const backer =
    fact.type === 'FUNDED' ||
    (fact.type === 'ACQUIRED' &&
      (state.funds.has(a) || isInvestorName(index, state, a) || isFormerOwner(state, a, b)));
  if (!backer) return;
  const last = state.lastBacking;
  if (last === null || last.sentence !== sentence) {
    state.lastBacking = { company: b, investors: [a], sentence, subordinate };
    return;
  }
  if (last.company !== b) last.company = SEVERAL_COMPANIES;
  else if (!last.investors.includes(a)) last.investors.push(a);
  last.subordinate &&= subordinate;
}

/**
 * "Buyout firm R, which paid $300 million for a stake in Y in 2023, said it backed the merger", "Le fonds A, qui
 * détient 20 % de Y, soutient l'opération", "X said it raised its stake in Y": company `b`, named from the match's
 * start `start` on, stands in a clause opened by a relative pronoun or a reporting word, so the sentence's main
 * verb is the investor's own. A company not named in the sentence (a pointer's round) counts as the main clause's.
 */
export function toldInSubordinateClause(units: Unit[], start: number, b: number): boolean {
  const at = entityUnitFrom(units, start, b);
  if (at < 0) return false;
  const from = clauseStart(units, at);
  return from > 0 && CLAUSE_OPENERS.test(wordAt(units, from - 1));
}

/**
 * "Aldéra prend le contrôle de Y. Le sortant, A, qui avait pris le contrôle de Y en 2021, cède …": another buyer
 * of the target of the acquisition told before is its former owner, which backed it as a fund does (read before
 * this acquisition is recorded as the last one).
 */
function isFormerOwner(state: DiscourseState, a: number, b: number): boolean {
  const deal = state.lastAcquisition;
  return deal !== null && deal.target === b && deal.buyer !== a;
}

/**
 * The company the sentence just before told backed, when every other organisation it named was one of that
 * company's investors (or a court or regulator) and the current sentence names neither it nor them; else null.
 * A possessive ("Its chief executive", "Son président") goes on with the main clause's subject, so it takes the
 * company only when the main clause told the backing (`possessive`); a fronted founding phrase's "l'entreprise" is
 * no investor's even after "Le sortant, A, qui avait pris le contrôle de Y en 2021, cède ses titres".
 */
export function backedCompanyBefore(
  state: DiscourseState,
  index: EntityIndex,
  mentions: Mention[],
  possessive = false,
): number | null {
  const backing = state.lastBacking;
  if (backing === null || backing.company === SEVERAL_COMPANIES) return null;
  if (possessive && backing.subordinate) return null;
  if (state.sentencesRead - backing.sentence !== SENTENCES_BACK) return null;
  const { company, investors } = backing;
  // "X rachète Y. L'opération est financée par le fonds Z": a deal's financing backs its buyer, and the story
  // stays on the company bought
  if (state.lastAcquisition?.buyer === company) return null;

  const own = (e: number) => e === company || investors.includes(e) || state.publicBodies.has(e);
  const others = state.previousNamed.some((e) => index.entities[e]?.type === 'Organization' && !own(e));
  if (others || mentions.some((m) => m.entity === company || investors.includes(m.entity))) return null;
  return company;
}
