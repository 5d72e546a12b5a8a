import type { Sentence } from '../sentences';
import type { DealStatus } from '../types';
import { dealStatus, STATUS_CONFIDENCE_FACTOR } from '../modality';
import type { Unit } from './pattern';
import type { DealValues } from './values';

/**
 * A sentence may tell two deals in two clauses: "B agreed to buy V, while H abandoned a bid for N", "In March, L
 * walked away from a takeover of K, and in May it sold its esports arm to A", "X a racheté Y, tandis que Z a
 * renoncé à son offre sur W". The status cues are read over the whole sentence, so the failed deal's cue made the
 * other deal abandoned too. A cue belongs to the deal of its own clause: when the clause that carries it names a
 * deal of its own (a deal word followed by a company that is no party of this deal), the deal read elsewhere keeps
 * the status its own clause tells. A clause with the cue and no deal of its own ("…, but the deal was blocked by
 * the Commission", "…, but regulators blocked it") speaks of this deal and keeps the sentence's status.
 */

/** Breaks between two clauses that each have their own verb. */
const CLAUSE_BREAK =
  /;\s|,\s+(?:and|but|while|whereas|et|mais|puis)\s|\s(?:while|whereas)\s|,?\s+tandis\s+qu(?:e\s|['’])|,\s+alors\s+qu(?:e\s|['’])/giu;

/** Words naming a deal or the act of making one: what a clause's own deal is told with. */
const DEAL_WORD =
  /(?<![\p{L}\p{N}])(?:bids?|offers?|takeover|acquisition|purchase|merger|buyout|buy|buying|acquire|acquiring|take\s+over|taking\s+over|rachat|racheter|reprise|reprendre|acquérir|offres?|OPA|fusion|fusionner|rapprochement)(?![\p{L}\p{N}])/giu;

/** Most characters from the end of a deal word to the company it is about ("a proposed $600 million takeover of Berlin-based K"). */
const MAX_DEAL_WORD_TO_NAME_CHARS = 40;

/** An agent between the deal word and the name makes the name who acted on the deal, not what it is about. */
const AGENT_WORD = /(?<![\p{L}\p{N}])(?:by|par)(?![\p{L}\p{N}])/iu;

/** Statuses a cue of another clause may have lent. */
const LENT: ReadonlySet<DealStatus> = new Set<DealStatus>(['abandoned', 'rumoured']);

interface Clause {
  start: number;
  end: number;
}

/** The clauses of the sentence as absolute offsets, cut at the breaks. */
function clausesOf(sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}

/** The clause names a deal of its own: a deal word, then soon a company that is none of `parties`. */
function tellsOwnDeal(
  sentence: Sentence,
  clause: Clause,
  units: Unit[],
  parties: ReadonlySet<number>,
): boolean {
  const text = sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start);
  for (const m of text.matchAll(DEAL_WORD)) {
    const after = clause.start + m.index + m[0].length;
    for (const u of units) {
      if (u.kind !== 'ent' || !u.orgs || u.start < after || u.end > clause.end) continue;
      if (u.start - after > MAX_DEAL_WORD_TO_NAME_CHARS) break;
      const between = sentence.text.slice(after - sentence.start, u.start - sentence.start);
      if (AGENT_WORD.test(between)) break;
      if (!u.ents.some((e) => parties.has(e))) return true;
    }
  }
  return false;
}

/**
 * The values of a deal whose parties stand at `partyUnits`, with a status lent by another deal's clause replaced
 * by the one its own clause tells; the same values when the status is the deal's own.
 */
export function withoutOtherDealCues(
  values: DealValues,
  sentence: Sentence,
  units: Unit[],
  partyUnits: readonly number[],
): DealValues {
  if (values.status === null || !LENT.has(values.status)) return values;
  const placed = partyUnits.map((i) => units[i]).filter((u) => u?.kind === 'ent');
  if (placed.length === 0) return values;
  const hi = Math.max(...placed.map((u) => (u.kind === 'ent' ? u.end : -Infinity)));
  const clauses = clausesOf(sentence);
  // a subject shared through a coordination ("L walked away from …, and in May it sold …") stands in an earlier
  // clause: the deal is told in the clause of its last party
  const own = clauses.find((c) => c.start <= hi && hi <= c.end);
  if (own === undefined || clauses.length < 2) return values;
  const ownStatus = dealStatus(sentence.text.slice(own.start - sentence.start, own.end - sentence.start));
  if (LENT.has(ownStatus)) return values;
  const parties = new Set(placed.flatMap((u) => (u.kind === 'ent' ? u.ents : [])));
  let lender = false;
  for (const c of clauses) {
    if (c === own) continue;
    const status = dealStatus(sentence.text.slice(c.start - sentence.start, c.end - sentence.start));
    if (!LENT.has(status)) continue;
    if (!tellsOwnDeal(sentence, c, units, parties)) return values;
    lender = true;
  }
  if (!lender) return values;
  const factor =
    (values.factor / STATUS_CONFIDENCE_FACTOR[values.status]) * STATUS_CONFIDENCE_FACTOR[ownStatus];
  return { ...values, status: ownStatus, factor };
}
