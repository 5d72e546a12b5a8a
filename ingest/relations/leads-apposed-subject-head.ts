import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import { isComma, NOUN_COMPLEMENT_WORDS } from './deal-apposed-subject-head';

/**
 * "Le groupe familial X, numéro quatre du secteur derrière A, B et C, a nommé P à sa présidence", "X, which trails
 * A and B in the market, has named P chief executive": the companies of the subject's apposition describe the
 * subject; the post handed after the closing comma is the subject's. A pattern's loose gap reaches the verb from
 * the last inner name as well as from the head, so the nearer, wrong one wins. `deal-apposed-subject-head.ts` does
 * the same for deals, where an apposition holding a list is read apart; a leader's post has one company only.
 */

/** Most units from the head's comma to the comma that closes its apposition. */
const MAX_APPOSITION_UNITS = 24;
/** Prepositions before the head that make it no subject ("la coentreprise créée avec l'italien A, B, dont …"). */
const PREPOSITIONS = new Set([
  ...NOUN_COMPLEMENT_WORDS,
  'par',
  'by',
  'for',
  'pour',
  'from',
  'chez',
  'at',
  'in',
  'en',
  'dans',
  'sur',
  'on',
]);
/** Words of a second clause: an apposition holding one is no description of the head ("…, while B's chief, P,"). */
const CLAUSE_WORDS = new Set(['while', 'whereas', 'tandis', 'alors', 'but', 'mais', 'and', 'et']);
/** Fewest words between the head's comma and the inner name: a name right after it is the head's own alias. */
const MIN_DESCRIPTION_WORDS = 2;
/** Words that end the clause inside the apposition: past them the comma closes something else. */
const CLAUSE_ENDS = new Set([';', ':', '.', '(', ')', '«', '»', '"']);

/** The first named company of the sentence, followed by a comma, with no preposition before it; or -1. */
function headBefore(units: Unit[], a: number): number {
  const h = units.findIndex((u) => u.kind === 'ent' && u.orgs);
  if (h < 0 || h >= a || !isComma(units[h + 1])) return -1;
  for (let k = 0; k < h; k++) {
    const u = units[k];
    if (u.kind === 'ent' || PREPOSITIONS.has(u.token.lower)) return -1;
  }
  return h;
}

/** The comma after `a` that closes the apposition, with no name between; or -1. */
function closingComma(units: Unit[], a: number, limit: number): number {
  for (let k = a + 1; k < units.length && k <= limit; k++) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (isComma(u)) return k;
    if (CLAUSE_ENDS.has(u.token.text)) return -1;
  }
  return -1;
}

/** A LEADS match whose company stands inside the subject's apposition, the person after it, takes the subject. */
export function leadsApposedSubjectHead(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return caps;
  const a = capturedAt(caps, rule.target);
  const p = capturedAt(caps, rule.source);
  if (a < 0 || p <= a || units[a]?.kind !== 'ent') return caps;
  const h = headBefore(units, a);
  if (h < 0) return caps;
  const close = closingComma(units, a, h + 1 + MAX_APPOSITION_UNITS);
  if (close < 0 || p <= close) return caps;
  let words = 0;
  for (let k = h + 2; k < a; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (!u.orgs) return caps;
      continue;
    }
    if (CLAUSE_ENDS.has(u.token.text) || CLAUSE_WORDS.has(u.token.lower)) {
      // "derrière A, B et C": the "and" of a list of companies is part of the description
      const listAnd = /^(and|et)$/.test(u.token.lower) && units[k + 1]?.kind === 'ent';
      if (!listAnd) return caps;
    }
    words++;
  }
  if (words < MIN_DESCRIPTION_WORDS) return caps;
  const head = units[h];
  if (head.kind !== 'ent') return caps;
  return { ...caps, [rule.target]: [...head.ents], [`#${rule.target}`]: [h] };
}
