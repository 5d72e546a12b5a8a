import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * "Chrysler said it agreed in principle with French state-owned Renault to acquire American Motors", "X s'est
 * entendu avec Y pour racheter Z": the infinitive after an agreement takes the agreement's subject as its agent;
 * the party named after "with/avec" is the counterpart (often the seller), never the buyer or investor. A loose
 * gap from that name to the deal verb reads it as the subject, so such a source is refused; the subject before
 * the agreement keeps the deal (agreement-with-seller and the plain verb rules read it).
 */

const AGREEMENT_WORDS =
  /^(agreed|agree|agrees|agreement|agreements|accord|accords|pact|deal|arrangement|convenu|entendu|entendus|entendue|accordé|accordés|protocole|contrat)$/u;
const WITH = /^(with|avec)$/u;
/** Infinitive markers after the counterpart ("to acquire", "pour racheter", "de reprendre", "afin de"). */
const INFINITIVE_MARK = /^(to|pour|de|d'|afin)$/u;
/**
 * Verbs whose agent the refused party would be; with "to sell" the counterpart is the buyer ("reached an agreement
 * with Disney to sell it the station"), so selling verbs are left alone.
 */
const AGENT_VERBS =
  /^(acquire|buy|purchase|take|invest|merge|racheter|acquérir|reprendre|investir|prendre|fusionner|entrer)$/u;
/** Most words of the counterpart's descriptor ("French state-owned", "Dutch retailer"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** Most words between the agreement word and "with" ("in principle", "en principe"). */
const MAX_AGREEMENT_TAIL_WORDS = 2;

function wordAt(units: Unit[], i: number): string | null {
  const u = units[i];
  return u?.kind === 'tok' && u.token.kind === 'word' ? u.token.lower : null;
}

/** Joins of a counterpart list ("avec la famille Perrier et le fonds Z"): each member has its own descriptor. */
const COUNTERPART_JOINS = /^(et|and|,)$/u;
/** Most members of such a list before the name at `a`. */
const MAX_COUNTERPART_MEMBERS = 3;

/** Index of "with/avec" before the name at `a`, past a short descriptor and earlier list members; -1 when none. */
function withBefore(units: Unit[], a: number): number {
  let members = 1;
  for (let k = a - 1, n = 0; k >= 0 && n <= MAX_DESCRIPTOR_WORDS; k--, n++) {
    const u = units[k];
    // an earlier member of the list is a name, or a plain phrase ("la famille Perrier")
    if (u?.kind === 'ent') continue;
    const w = u?.kind === 'tok' && u.token.text === ',' ? ',' : wordAt(units, k);
    if (w === null) return -1;
    if (WITH.test(w)) return k;
    if (COUNTERPART_JOINS.test(w)) {
      if (++members > MAX_COUNTERPART_MEMBERS) return -1;
      n = -1;
    }
  }
  return -1;
}

/** An agreement word stands just before "with" at `w` (past "in principle"). */
function agreementBefore(units: Unit[], w: number): boolean {
  for (let k = w - 1, n = 0; k >= 0 && n <= MAX_AGREEMENT_TAIL_WORDS; k--, n++) {
    const word = wordAt(units, k);
    if (word === null) return false;
    if (AGREEMENT_WORDS.test(word)) return true;
  }
  return false;
}

/** The unit after the name at `a`, past a wire ticker ("Renault <RENA.PA>"). */
function afterName(units: Unit[], a: number): number {
  const u = units[a + 1];
  if (u?.kind !== 'tok' || u.token.text !== '<') return a + 1;
  for (let k = a + 2; k < units.length && k <= a + 4; k++) {
    const v = units[k];
    if (v.kind === 'tok' && v.token.text === '>') return k + 1;
  }
  return a + 1;
}

/** Refuses a buyer or investor that is the counterpart of an agreement whose infinitive tells the deal. */
export function agreementCounterpartAsAgent(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if ((rule.type !== 'ACQUIRED' && rule.type !== 'FUNDED') || !rule.source) return false;
  const a = capturedAt(caps, rule.source);
  if (a < 0) return false;
  const w = withBefore(units, a);
  if (w < 0 || !agreementBefore(units, w)) return false;
  let k = afterName(units, a);
  if (!INFINITIVE_MARK.test(wordAt(units, k) ?? '')) return false;
  // "afin de racheter"
  if (wordAt(units, k) === 'afin' && /^(de|d')$/u.test(wordAt(units, k + 1) ?? '')) k++;
  return AGENT_VERBS.test(wordAt(units, k + 1) ?? '');
}
