import type { ExtractedRelation } from '../../types';
import { EXITING_HOLDER_RULE_IDS } from './funded-exiting-holders';
import { STAKE_BUYER_TOPIC_RULE_IDS } from './funded-stake-buyers';
import { pairKey } from './funded-round-company';

/**
 * The company an exiting holder held ("Le fonds A, entré au capital en 2019, a cédé sa participation à B"): the
 * sentence rarely names it, and the article's most salient company is often another one (the buyer of the deal,
 * a company an investor backed before). The buyer of the stake names it: B enters the company it funds or buys in
 * the article's other facts ("… auprès de B", "B mène le tour"). With no buyer named, the holder sells out of the
 * article's purchase ("Summit, which first invested in 2018, will sell its entire holding"): the company bought.
 * The buyer of that stake (`funded-stake-buyers.ts`, company guessed) enters the same company: the one its own
 * earlier fact funds, else the one the holder's exit was moved to; its guess never moves the holder's.
 */

/** A selling verb, in either language; the buyer of the stake is named after it. */
const SELL_VERB =
  /(?<![\p{L}\p{N}])(?:cède|cèdent|cédé|cédera|céderont|vend|vendent|vendu|vendra|vendront|revend|revendent|revendu|sold|sells|sell|selling)(?![\p{L}\p{N}])/iu;

/** Statuses of a deal that is no fact. */
const NO_DEAL = new Set(['abandoned', 'rumoured']);

function isFact(r: ExtractedRelation): boolean {
  return (r.type === 'FUNDED' || r.type === 'ACQUIRED') && !(r.status !== null && NO_DEAL.has(r.status));
}

/** The company the buyer named after the sale verb enters elsewhere in the article, or null. */
function buyersCompany(exit: ExtractedRelation, others: readonly ExtractedRelation[]): string | null {
  const s = exit.evidence.sentence;
  const verb = SELL_VERB.exec(s);
  if (verb === null) return null;
  const after = s.slice(verb.index + verb[0].length);
  let best: ExtractedRelation | null = null;
  for (const r of others) {
    if (r.source === exit.source || r.target === exit.source || !after.includes(r.source)) continue;
    // the stake's buyer enters the round or purchase told before; its record comes after ("B a déjà soutenu Z")
    if (r.evidence.start > exit.evidence.start) continue;
    const near = best === null || distance(r, exit) < distance(best, exit);
    if (near) best = r;
  }
  return best?.target ?? null;
}

function distance(a: ExtractedRelation, b: ExtractedRelation): number {
  return Math.abs(a.evidence.start - b.evidence.start);
}

/** The company the stake's buyer funds in a fact told before its purchase ("B mène le tour … ; A cède ses titres à B"). */
function ownEarlierCompany(buyer: ExtractedRelation, others: readonly ExtractedRelation[]): string | null {
  let best: ExtractedRelation | null = null;
  for (const r of others) {
    if (r.source !== buyer.source || r.target === buyer.source || r.evidence.start >= buyer.evidence.start)
      continue;
    if (best === null || distance(r, buyer) < distance(best, buyer)) best = r;
  }
  return best?.target ?? null;
}

/** The company bought by the exit's guessed company, when that company is a buyer told before the exit. */
function boughtByGuess(exit: ExtractedRelation, others: readonly ExtractedRelation[]): string | null {
  const purchase = others.find(
    (r) =>
      r.type === 'ACQUIRED' &&
      r.source === exit.target &&
      r.target !== exit.source &&
      r.evidence.start < exit.evidence.start,
  );
  return purchase?.target ?? null;
}

/** Exiting holders' facts with the company the stake's buyer enters, or the company bought from the holder. */
export function withExitCompany(relations: ExtractedRelation[]): ExtractedRelation[] {
  const exits = relations.filter((r) => r.type === 'FUNDED' && EXITING_HOLDER_RULE_IDS.has(r.rule));
  const buyers = relations.filter((r) => r.type === 'FUNDED' && STAKE_BUYER_TOPIC_RULE_IDS.has(r.rule));
  if (exits.length === 0 && buyers.length === 0) return relations;
  const others = relations.filter(
    (r) => isFact(r) && !EXITING_HOLDER_RULE_IDS.has(r.rule) && !STAKE_BUYER_TOPIC_RULE_IDS.has(r.rule),
  );
  const keys = new Set(relations.map(pairKey));
  const out: ExtractedRelation[] = [];
  const movedExits = new Map<number, string>();
  for (const r of relations) {
    if (!exits.includes(r) && !buyers.includes(r)) {
      out.push(r);
      continue;
    }
    // a company the sentence names is the rule's own reading ("premier investisseur de Y")
    const named = r.evidence.sentence.includes(r.target);
    const target = named
      ? null
      : buyers.includes(r)
        ? (ownEarlierCompany(r, others) ?? movedExits.get(r.evidence.start) ?? null)
        : (buyersCompany(r, others) ?? boughtByGuess(r, others));
    if (target !== null && exits.includes(r)) movedExits.set(r.evidence.start, target);
    if (target === null || target === r.target) {
      out.push(r);
      continue;
    }
    const moved = { ...r, target };
    if (keys.has(pairKey(moved))) continue;
    keys.add(pairKey(moved));
    out.push(moved);
  }
  return out;
}
