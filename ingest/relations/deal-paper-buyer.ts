import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { takerAgentAt } from './frames/issue-taker-agent';
import { listRun } from './pattern-list-member';

/**
 * The buyers of a company's bonds are its lenders, not its new owners: "Y sold €300m of bonds on Tuesday, bought
 * mainly by A and B", "Y a placé des obligations, achetées par A". A passive "bought by A" after a comma is read
 * by the takeover frames as telling of the sentence's subject; when the nearest thing bought before the
 * participle is debt paper, A bought the paper, so an ACQUIRED reading with A as buyer is dropped (the
 * subscriber frames read the FUNDED fact instead).
 */

/** Nouns of debt paper a company issues. */
const DEBT_PAPER = /^(obligations?|obligataire|convertibles?|oca|océanes|notes?|bonds?|debentures)$/;
/** Participles of buying or placing that may take the paper's buyers as their agent. */
const TAKEN =
  /^(bought|purchased|acquired|taken|placed|achetées|achetés|acquises|placées|placés|placée|placé)$/;
/** Most units between the paper noun and the participle ("bonds on Tuesday, which were"). */
const PAPER_WINDOW_UNITS = 8;
/** Most units of a first buyer's description after the agent word ("Dutch pension investor"). */
const BUYER_DESCRIPTION_UNITS = 6;
const SENTENCE_STOPS = /^[.;:]$/;

const tokAt = (units: readonly Unit[], k: number): string | null => {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
};

/** Debt paper named shortly before the participle at `t`, with no company in between. */
function paperBefore(units: readonly Unit[], t: number): boolean {
  for (let k = t - 1; k >= 0 && t - k <= PAPER_WINDOW_UNITS; k--) {
    const w = tokAt(units, k);
    if (w === null || SENTENCE_STOPS.test(w)) return false;
    if (DEBT_PAPER.test(w)) return true;
  }
  return false;
}

/** The entity ids listed as the agent of a paper-buying participle at `t`, or none. */
function paperBuyers(units: Unit[], t: number): number[] {
  if (!TAKEN.test(tokAt(units, t) ?? '') || !paperBefore(units, t)) return [];
  const a = takerAgentAt(units, t);
  if (a < 0) return [];
  for (let k = a + 1; k < units.length && k - a <= BUYER_DESCRIPTION_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return listRun(units, k, 'any', false).got;
    if (u.token.kind !== 'word') return [];
  }
  return [];
}

/** Whether an ACQUIRED reading's buyer is only named as a buyer of the company's debt paper. */
export function paperBuyerOnly(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'ACQUIRED' || rule.source === undefined) return false;
  const sources = caps[rule.source] ?? [];
  if (!sources.length) return false;
  for (let t = 0; t < units.length; t++) {
    const buyers = paperBuyers(units, t);
    if (buyers.length && sources.every((e) => buyers.includes(e))) return true;
  }
  return false;
}
