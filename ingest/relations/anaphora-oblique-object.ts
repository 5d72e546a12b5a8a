import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { salientOrg } from './discourse-state';
import { ANAPHOR_DETERMINERS, ANAPHOR_NOUNS } from './anaphor-words';
import { namedSoon } from './pointing-phrases';
import { placeBeforeNoun } from './syntax';
import { SUBJECT_BLOCKING } from './syntax-words';
import { sellerBoughtTarget } from './anaphora-seller-bought';

/**
 * A pointer that is the object of a stake, investment or loan: "Larchmont took a 35% stake in it", "X extended a
 * credit line to the company", "Y a pris une participation dans la société", "Z est entré au capital de l'entreprise".
 * The clause's own company is its subject: had the writer meant it, the sentence would say "itself" / "elle-même",
 * so the pointer is another company — one the sentence named before its subject ("The retailer … since X took a
 * stake in it", "Y's lender, X, extended … to the company"; first the company lent to in an earlier member: "A
 * accorde à Y un prêt de 3 M€, et B entre au capital de l'entreprise"), else the one the text was about.
 */

/** Money words whose receiver comes after "in"/"into"/"dans" ("stake in", "invested … in", "participation dans"). */
const STAKE_WORDS =
  /^(stakes?|interest|invest(s|ed|ing|ment)?|injected|inject(s|ing)?|capital|participations?|investi(t|ssement)?|injecté|minoritaire|majoritaire|%)$/;
/** Money words whose receiver comes after "to"/"à" ("loan to", "credit line to", "prêt à"): "transfer stock to" sells. */
const LOAN_WORDS =
  /^(loans?|lent|lends?|credit|financing|funding|prêts?|prêté|avance|financement|subvention)$/;
const STAKE_PREPOSITIONS = new Set(['in', 'into', 'dans']);
const LOAN_PREPOSITIONS = new Set(['to', 'à']);
/**
 * Deal verbs whose object is the company bought: "since X bought it", "X a racheté la société". The buyer is the
 * clause's subject, so the pointer is another company.
 */
const BUYING_VERBS =
  /^(bought|buys|acquired|acquires|purchased|racheté|rachetée|rachète|acquis|acquise|acquiert)$/;
/** French "au capital de la société", "au capital du groupe": the capital's owner. */
const CAPITAL_OF = new Set(['de', "d'", 'du']);
/** A participle and its agent after the noun describe a company the writer goes on to name ("the group controlled by P"). */
const DESCRIBED_AFTER = /^(by|par)$/;
/** Most words between the money word and the pointer ("a 35 % stake in it", "un prêt de 40 M€ à la société"). */
const MAX_GAP = 8;
/** Words before the receiver of a loan told first ("accorde à Y un prêt"); English has no word there. */
const DATIVES = new Set(['à', 'au', 'aux']);
/** Most units from that receiver to the loan's noun ("à Y un prêt", "à Y une nouvelle avance"). */
const MAX_RECEIVER_TO_LOAN = 4;
/** Relative openers: a company named inside "…, which also backs Y, …" is no subject of the main clause. */
const RELATIVE_OPENERS = /^(which|who|that|qui|que|dont|lequel|laquelle)$/;

/** The words at `i` without which `obliqueObjectPointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const OBLIQUE_OBJECT_START_WORDS: ReadonlySet<string> = new Set([...ANAPHOR_DETERMINERS, 'it']);

export interface ObliquePointer {
  ent: number;
  length: number;
}

/** Tokens of the pointer at `i` ("it", "the company", "la société", "du groupe"), or 0. */
function pointerLength(tokens: Token[], mentions: Mention[], i: number): number {
  const t = tokens[i];
  if (t.text === 'it') return 1;
  const next = tokens[i + 1];
  if (!ANAPHOR_DETERMINERS.has(t.lower) || !next || !ANAPHOR_NOUNS.has(next.lower)) return 0;
  if (mentions.some((m) => m.from === i + 1) || namedSoon(tokens, mentions, i + 2, t.lower === 'the'))
    return 0;
  return 2;
}

/** Whether the token before the pointer at `i` lets in a receiver of money told a few words before. */
function receiverPlace(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const contracted = tokens[i].lower === 'du' || tokens[i].lower === 'au';
  // "took control of it", "a pris le contrôle de la société": control is taken of another company, like a stake
  const capital = (k: number) => /^(capital|control|contrôle)$/.test(tokens[k]?.lower ?? '');
  const from = Math.max(0, i - 1 - MAX_GAP);
  const told = (words: RegExp) => tokens.slice(from, i).some((t) => words.test(t.lower));
  if (contracted) return capital(i - 1) && tokens[i].lower === 'du';
  if (CAPITAL_OF.has(before) || before === 'of') return capital(i - 2);
  if (BUYING_VERBS.test(before)) return true;
  if (STAKE_PREPOSITIONS.has(before)) return told(STAKE_WORDS);
  return LOAN_PREPOSITIONS.has(before) && told(LOAN_WORDS);
}

/** Index in `units` of the company acting in the pointer's clause: the last one named, not inside a relative. */
function clauseSubjectAt(units: Unit[]): number {
  let relativeOpen = false;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'tok') {
      if (u.token.text === ',') relativeOpen = false;
      continue;
    }
    if (!u.orgs) continue;
    // "Le fonds A, géré par B pour le compte de l'État, a pris une participation dans la société": a name governed
    // by a preposition (an agent, a beneficiary) is no subject; the walk goes on to A
    if (governed(units, k)) continue;
    // "X, which also backs Y, invested in the company": walking back from Y, "which" shows Y sits in a relative
    const open = k > 0 ? relativeBefore(units, k) : false;
    if (!open && !relativeOpen) return k;
    relativeOpen = false;
  }
  return -1;
}

/** Words whose object is no clause subject: the agent of a participle ("par", "by"), whom one acts for. */
const GOVERNING: ReadonlySet<string> = new Set([...SUBJECT_BLOCKING, 'pour', 'for']);

/**
 * Whether the name at unit `k` is the object of a governing preposition ("géré par B", "managed by B"), and not
 * the antecedent of a relative that acts ("Y is owned by B, which bought the company in 2021": B is the buyer).
 */
function governed(units: Unit[], k: number): boolean {
  const before = units[k - 1];
  if (before?.kind !== 'tok' || !GOVERNING.has(before.token.lower)) return false;
  const comma = units[k + 1];
  const opener = units[k + 2];
  const relative =
    comma?.kind === 'tok' &&
    comma.token.text === ',' &&
    opener?.kind === 'tok' &&
    RELATIVE_OPENERS.test(opener.token.lower);
  return !relative;
}

/** Whether a relative opener stands between unit `k` and the comma before it. */
function relativeBefore(units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j];
    if (u.kind !== 'tok') return false;
    if (u.token.text === ',') return false;
    if (RELATIVE_OPENERS.test(u.token.lower)) return true;
  }
  return false;
}

/**
 * A single company the sentence told receiving a loan before the clause subject at unit `at`: "A accorde en outre
 * à Y un prêt de 3 M€, et B entre au capital de l'entreprise": the one given money is the one given more; A, the
 * giver, is no receiver. French only: English "granted Y a loan" has no word before Y. Null when none.
 */
function lentToBefore(units: Unit[], at: number): number | null {
  for (let k = 1; k < at; k++) {
    const u = units[k];
    const before = units[k - 1];
    if (u.kind !== 'ent' || !u.orgs || u.ents.length !== 1) continue;
    if (before.kind !== 'tok' || !DATIVES.has(before.token.lower)) continue;
    // the loan's noun follows the receiver within its member ("à Y un prêt", "Y a loan")
    const loan = units
      .slice(k + 1, Math.min(at, k + 1 + MAX_RECEIVER_TO_LOAN))
      .some((w) => w.kind === 'tok' && LOAN_WORDS.test(w.token.lower));
    if (loan) return u.ents[0];
  }
  return null;
}

/** The company an oblique money pointer at `i` stands for, with the tokens it spans; null when no such shape. */
export function obliqueObjectPointerAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
  units: Unit[],
  i: number,
): ObliquePointer | null {
  if (i < 2) return null;
  const length = pointerLength(tokens, mentions, i);
  if (length === 0 || !receiverPlace(tokens, i)) return null;
  const after = tokens.slice(i + length, i + length + 2);
  if (after.some((t) => DESCRIBED_AFTER.test(t.lower))) return null;
  const at = clauseSubjectAt(units);
  const subject = units[at];
  // a pointer as the actor already rests on a guess ("the company said it now holds a stake in the company")
  if (!subject || subject.kind !== 'ent' || subject.anaphor) return null;
  // "X est dirigé par P, qui a racheté l'entreprise": a person after the company is the buyer, X the company bought
  const buying = BUYING_VERBS.test(tokens[i - 1].lower);
  if (buying && units.slice(at + 1).some((u) => u.kind === 'ent' && !u.orgs)) return null;
  const actor = subject.ents[0];
  const isOrg = (e: number) => index.entities[e].type === 'Organization';
  // "the five mln Rexnard shares": a name before a noun is no company of the clause
  const before =
    lentToBefore(units, at) ??
    units
      .slice(0, at)
      .flatMap((u, k) => (u.kind === 'ent' && u.orgs && !placeBeforeNoun(units, k) ? u.ents : []))
      .find((e) => e !== actor && isOrg(e));
  const previous = state.lastSubjectOrg !== actor ? state.lastSubjectOrg : null;
  // the seller of the article's deal once bought what it now sells (anaphora-seller-bought.ts)
  const ent = before ?? sellerBoughtTarget(state, [actor]) ?? previous ?? salientOrg(state, new Set([actor]));
  return ent === null || ent === actor ? null : { ent, length };
}
