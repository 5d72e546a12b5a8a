import type { Sentence } from '../sentences';
import type { ClauseParties } from '../values/own-clause-status';
import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import type { DealValues } from './values';
import { asDenied } from './clause-guards';
import { asConditional, toldUnderCondition } from './deal-condition';
import { EARLIER_OWNER } from './frames/acquired-owner-earlier-stake';
import { ownerPurchaseRelative, ownerRelativeDate } from '../values/owner-purchase-relative';
import type { Language } from '../types';

/**
 * The status a deal reading keeps from its sentence, strongest first: a denial of this very match; a condition the
 * deal is told under ("if it succeeds in acquiring the company"); an owner's earlier purchase of the company the
 * sentence sells ("sell Y, which it bought in 2021, to Z"), which is done and whose price is not the sale's;
 * otherwise the status its own clause tells, which the deal values read (`../values/own-clause-status.ts`, given
 * `clauseParties`).
 */
export function toldStatus(
  told: DealValues,
  denied: boolean,
  rule: Rule,
  sentence: Sentence,
  units: Unit[],
  caps: Captures,
  published: string | null,
  lang: Language,
): DealValues {
  if (denied) return asDenied(told);
  if (toldUnderCondition(rule, sentence, units, caps)) return asConditional(told);
  if (caps[EARLIER_OWNER] !== undefined) {
    // a relative right after the company dates and prices that purchase; the sentence's price is the sale's
    const bought = units[capturedAt(caps, rule.target ?? '')];
    const after = bought?.kind === 'ent' ? bought.end - sentence.start : -1;
    const relative = after < 0 ? null : ownerPurchaseRelative(sentence.text, published, lang, after);
    // or a relative on the owner dates it ("Y, propriété du fonds H, qui en avait pris le contrôle en 2018")
    const owner = units[capturedAt(caps, rule.source ?? '')];
    const ownerDate =
      owner?.kind === 'ent' ? ownerRelativeDate(sentence.text, published, owner.end - sentence.start) : null;
    return {
      ...told,
      status: 'completed',
      date: relative?.date ?? ownerDate ?? told.date,
      amount: relative?.money?.amount ?? null,
      currency: relative?.money?.currency ?? null,
      amountText: relative?.money?.text ?? null,
    };
  }
  return told;
}

/**
 * Where a deal reading's two ends stand among the sentence's companies: the deal values cut the sentence's status
 * cues at its clauses with it. Undefined when neither end is a named unit of the sentence.
 */
export function clauseParties(rule: Rule, caps: Captures, units: Unit[]): ClauseParties | undefined {
  const placed = [capturedAt(caps, rule.source ?? ''), capturedAt(caps, rule.target ?? '')]
    .map((i) => units[i])
    .filter((u) => u?.kind === 'ent');
  if (placed.length === 0) return undefined;
  const lastPartyEnd = Math.max(...placed.map((u) => (u.kind === 'ent' ? u.end : -Infinity)));
  const firstPartyStart = Math.min(...placed.map((u) => (u.kind === 'ent' ? u.start : Infinity)));
  const parties = new Set(placed.flatMap((u) => (u.kind === 'ent' ? u.ents : [])));
  const orgs = units.flatMap((u) =>
    u.kind === 'ent' && u.orgs
      ? [{ start: u.start, end: u.end, party: u.ents.some((e) => parties.has(e)) }]
      : [],
  );
  return { lastPartyEnd, firstPartyStart, orgs };
}
