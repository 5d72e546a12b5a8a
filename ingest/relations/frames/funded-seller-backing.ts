import type { ExtractedRelation } from '../../types';
import { pairKey } from './funded-round-company';

/**
 * "It was backed in 2023 by A, which is selling its 40% stake as part of the deal": the backer sells its stake in
 * the company being bought, so the company it backed is the purchase's target. When a pointer gave that backing to
 * the buyer instead (the article's company, not the one just told of), the fact takes the target back.
 */

/**
 * A selling verb after the backer's name: its stake changes hands in the article's purchase. The verb must end
 * its word on a letter of any script: `\b` sees none between "Vend" and "ée" (Crédit Agricole Atlantique Vendée).
 */
const SELLS_AFTER_BACKER =
  /(?<![\p{L}\p{N}])(?:is selling|are selling|will sell|to sell|sells|sold|selling|cède|cèdent|cédera|céderont|vend|vendent|vendra|revend|revendent)(?![\p{L}\p{N}])/iu;

/** Statuses of a purchase that is no fact. */
const NO_PURCHASE = new Set(['abandoned', 'rumoured']);

/** A purchase of the article: buyer, company bought and where it was first told. */
interface Purchase {
  target: string;
  toldAt: number;
  /** The buyer makes no other purchase in the article. */
  sole: boolean;
}

/**
 * The purchase each buyer is told to make first: the article's news, told in its lead; the buyer's earlier purchases
 * come later as its record ("En 2022, il avait repris …"), and a holder selling out is selling out of the news.
 */
function solePurchaseByBuyer(relations: readonly ExtractedRelation[]): Map<string, Purchase> {
  const out = new Map<string, Purchase>();
  for (const r of relations) {
    if (r.type !== 'ACQUIRED' || (r.status !== null && NO_PURCHASE.has(r.status))) continue;
    const known = out.get(r.source);
    if (known === undefined) out.set(r.source, { target: r.target, toldAt: r.evidence.start, sole: true });
    else if (known.target !== r.target) {
      const first = r.evidence.start < known.toldAt;
      out.set(r.source, {
        target: first ? r.target : known.target,
        toldAt: first ? r.evidence.start : known.toldAt,
        sole: false,
      });
    }
  }
  return out;
}

/** The company the backer sells out of, when a pointer gave its backing to the buyer of an earlier-told purchase. */
function soldCompany(r: ExtractedRelation, bought: Map<string, Purchase>): string | null {
  const purchase = r.type === 'FUNDED' ? bought.get(r.target) : undefined;
  const s = r.evidence.sentence;
  const at = s.indexOf(r.source);
  // the purchase is told before the backing, and the sentence names neither company: its pointer was a guess
  if (!purchase || purchase.target === r.source || purchase.toldAt >= r.evidence.start) return null;
  if (at < 0 || s.includes(r.target) || s.includes(purchase.target)) return null;
  const sells = SELLS_AFTER_BACKER.exec(s.slice(at + r.source.length));
  // beside other purchases, only the backer's own verb: "pushed the company to sell its division" is another sale
  if (sells === null || (!purchase.sole && /^to /iu.test(sells[0]))) return null;
  return purchase.target;
}

/** FUNDED facts whose backer sells in the sentence and whose company is a buyer: the company is what it buys. */
export function withSellerBackingTarget(relations: ExtractedRelation[]): ExtractedRelation[] {
  const bought = solePurchaseByBuyer(relations);
  if (bought.size === 0) return relations;
  const keys = new Set(relations.map(pairKey));
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    const target = soldCompany(r, bought);
    if (target === null) {
      out.push(r);
      continue;
    }
    const key = pairKey({ ...r, type: 'FUNDED', target });
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ ...r, target });
  }
  return out;
}
