import type { Mention } from '../resolve/mentions';
import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';

/**
 * "Bpifrance, entrée au capital en 2020, conserve une participation de 10 %", "La Banque des Territoires réinvestira
 * aux côtés du nouvel actionnaire", "Existing backer X will retain a 10% stake": after a takeover, a shareholder
 * told to keep, roll over or reinvest its stake with no company named holds it in the company that changes hands —
 * the deal's target — not in the buyer the article is about.
 */

/** Verbs of a stake kept through a change of control: their object must be a stake. */
const KEPT =
  /^(conserve|conservera|conservent|conserveront|garde|gardera|gardent|retains|retain|retained|keeps|keep|kept)$/;
/** Verbs of a stake rolled over: a stake by themselves. */
const REINVESTS =
  /^(réinvestit|réinvestira|réinvestissent|réinvestiront|réinvestir|reinvest|reinvests|reinvesting|reinvested)$/;
/** The kept object: a stake ("une participation de 10 %", "20 % du capital", "a 10% stake"), not a seat or a brand. */
const STAKE =
  /^(participation|participations|capital|parts|actions|stake|stakes|shareholding|shares|\d*[.,]?\d*%)$/;
/** A majority kept: the company did not change hands, so it is not the deal's target. */
const MAJORITY = /^(majorité|majoritaire|contrôle|majority|controlling|control)$/;
/** Most tokens between the kept verb and its stake ("conserve une participation minoritaire de 10 %"). */
const MAX_OBJECT_TOKENS = 6;
/** Most sentences between the deal and the kept stake: the deal's paragraph and the one or two after it. */
const MAX_SENTENCES_SINCE_DEAL = 6;

/** The sentence keeps or rolls over a minority stake. */
function keepsStake(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (REINVESTS.test(w)) return true;
    if (!KEPT.test(w)) continue;
    const object = tokens.slice(k + 1, k + 1 + MAX_OBJECT_TOKENS);
    const stake = object.findIndex((t) => STAKE.test(t.lower));
    if (stake >= 0 && !object.slice(0, stake + 3).some((t) => MAJORITY.test(t.lower))) return true;
  }
  return false;
}

/**
 * The target of the deal the article just told, when this sentence keeps or rolls over a stake and names neither
 * that target nor its buyer; else null.
 */
export function keptStakeTarget(tokens: Token[], mentions: Mention[], state: DiscourseState): number | null {
  const deal = state.lastAcquisition;
  if (deal === null || state.sentencesRead - deal.sentence > MAX_SENTENCES_SINCE_DEAL) return null;
  if (!keepsStake(tokens)) return null;
  if (mentions.some((m) => m.entity === deal.target || m.entity === deal.buyer)) return null;
  return deal.target;
}
