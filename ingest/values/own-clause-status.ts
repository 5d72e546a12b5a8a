import type { Sentence } from '../sentences';
import type { DealStatus } from '../types';
import { dealStatus, dealStatusInStory } from '../modality';
import { sideClauseStatus } from './relative-clause-status';

/**
 * The status a deal takes from its own clause. A sentence's status cues are read over the whole sentence, but a
 * sentence often tells two facts in two clauses, and a cue of talk or failure belongs to the clause that carries it:
 * - after the deal, a coordinated clause with a predicate of its own ("X sold its unit to Y in 2024 and said in
 *   September it was no longer in talks with Z") tells another fact: its talk is not the sale's;
 * - in any other clause that names a deal of its own ("B agreed to buy V, while H abandoned a bid for N", "In
 *   March, L walked away from a takeover of K, and in May it sold its esports arm to A"), the cue is that deal's.
 * A clause with the cue and no deal of its own ("…, but the deal was blocked by the Commission") speaks of this
 * deal and keeps the sentence's status. One module, so both directions and both statuses answer the same way.
 */

/** A company named in the deal's sentence (absolute offsets); `party` when it is one of the deal's two ends. */
export interface ClauseOrg {
  start: number;
  end: number;
  party: boolean;
}

/** Where the deal's parties stand among the sentence's companies: what the other-deal cut reads. */
export interface ClauseParties {
  /** End of the deal's last party (absolute offset): its clause is the deal's own. */
  lastPartyEnd: number;
  /**
   * Start of the deal's first captured party (absolute offset). The match span starts at the party's first
   * mention in the sentence, which may stand in the lead-in ("Y shares rose on bid talk after X bought 5 pct of Y").
   */
  firstPartyStart: number;
  orgs: readonly ClauseOrg[];
}

/**
 * After the deal, a conjunction followed by a new predicate (a reporting verb, a pronoun subject, an auxiliary) or
 * a semicolon opens another fact's clause; a bare "and" may join the targets of one deal.
 */
const NEW_PREDICATE_AFTER =
  /(?:,?\s+and\s+(?:then\s+)?(?:said|says|added|announced|confirmed|told|noted|disclosed|revealed|it|he|she|they|has|had|was|is|is now)\s|;\s|,\s+(?:while|whereas|but)\s|,?\s+(?:et|mais)\s+(?:a\s+(?:indiqué|annoncé|précisé|confirmé|déclaré)|il|elle|ils|elles|avait|était|est)\s|,?\s+tandis\s+qu)/iu;

/** Statuses a later predicate's clause may wrongly lend to a deal told in full before it. */
const BORROWABLE: ReadonlySet<DealStatus> = new Set<DealStatus>(['rumoured']);

/**
 * A lead-in before the deal's clause that tells of talks now over ("Après deux ans de discussions, X et Y ont
 * annoncé leur fusion", "Following lengthy talks, X has acquired Y"): the deal's own verb says where they ended.
 */
const FRONTED_TALKS =
  /^(?:after|following|at\s+the\s+end\s+of|après|au\s+terme\s+d(?:e\s|['’])|à\s+l['’]issue\s+d(?:e\s|['’])|suite\s+à)[^,:;]{0,60}?(?:talks|negotiations|discussions|négociations|pourparlers)(?![\p{L}\p{N}])[^,:;]{0,30},\s/iu;

/**
 * A clause ended by a colon that announces what follows ("Le paysage pourrait changer : X a racheté Y", "That
 * could change: X agreed to buy Y"): its doubt is about the news to come, which the words after the colon tell.
 * A lead-in that cites a source ("Selon nos informations :") keeps its doubt on the news.
 */
const COLON_LEAD = /^[^:;«»"“”]{1,80}?\s?:\s/u;
const SOURCING =
  /(?<![\p{L}\p{N}])(?:selon|d['’]après|according|sources?|reportedly|rumou?rs?|rumeurs?|said\s+to|people\s+familiar|proches?\s+du\s+dossier|informations)(?![\p{L}\p{N}])/iu;

/** Statuses a lead-in before the deal's clause may wrongly lend to it. */
const LEAD_LENT: ReadonlySet<DealStatus> = new Set<DealStatus>(['rumoured']);

/**
 * A main clause whose talk ends on a conjunction of time opening the deal's clause ("It has been the subject of
 * takeover speculation since <X> acquired a 20 pct stake", "Shares rose on bid rumours after X bought 5 pct", "les
 * rumeurs courent depuis que X a pris 10 %"): the rumour is the main clause's; the clause after it tells what
 * happened. Only when the deal's first party opens that clause (a wire bracket may stand before it).
 */
const FACT_CLAUSE_OPENER = /(?:^|\s)(?:since|after|depuis\s+qu(?:e\s|['’])|après\s+qu(?:e\s|['’]))\s*<?$/iu;

/** Offset in the sentence where the deal's clause starts after a lead-in of talks or a colon, or null. */
function afterLeadIn(text: string, dealStart: number): number | null {
  const talks = FRONTED_TALKS.exec(text);
  if (talks && talks[0].length <= dealStart) return talks[0].length;
  const colon = COLON_LEAD.exec(text);
  if (colon && colon[0].length <= dealStart && !SOURCING.test(colon[0])) return colon[0].length;
  if (FACT_CLAUSE_OPENER.test(text.slice(0, dealStart))) return dealStart;
  return null;
}

/** Breaks between two clauses that each have their own verb, before or after the deal. */
const CLAUSE_BREAK =
  /;\s|,\s+(?:and|but|while|whereas|et|mais|puis)\s|\s(?:while|whereas)\s|,?\s+tandis\s+qu(?:e\s|['’])|,\s+alors\s+qu(?:e\s|['’])/giu;

/** Words naming a deal or the act of making one: what a clause's own deal is told with. */
const DEAL_WORD =
  /(?<![\p{L}\p{N}])(?:bids?|offers?|takeover|acquisition|purchase|merger|buyout|buy|buying|acquire|acquiring|take\s+over|taking\s+over|rachat|racheter|reprise|reprendre|acquérir|offres?|OPA|fusion|fusionner|rapprochement)(?![\p{L}\p{N}])/giu;

/** Most characters from the end of a deal word to the company it is about ("a proposed $600 million takeover of Berlin-based K"). */
const MAX_DEAL_WORD_TO_NAME_CHARS = 40;

/** An agent between the deal word and the name makes the name who acted on the deal, not what it is about. */
const AGENT_WORD = /(?<![\p{L}\p{N}])(?:by|par)(?![\p{L}\p{N}])/iu;

/** Statuses a cue of another deal's clause may have lent. */
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

/** The clause names a deal of its own: a deal word, then soon a company that is no party of this deal. */
function tellsOwnDeal(sentence: Sentence, clause: Clause, orgs: readonly ClauseOrg[]): boolean {
  const text = sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start);
  for (const m of text.matchAll(DEAL_WORD)) {
    const after = clause.start + m.index + m[0].length;
    for (const o of orgs) {
      if (o.start < after || o.end > clause.end) continue;
      if (o.start - after > MAX_DEAL_WORD_TO_NAME_CHARS) break;
      const between = sentence.text.slice(after - sentence.start, o.start - sentence.start);
      if (AGENT_WORD.test(between)) break;
      if (!o.party) return true;
    }
  }
  return false;
}

/** A status lent by another deal's clause, replaced by the one the deal's own clause tells; else `status`. */
function withoutOtherDealCues(status: DealStatus, sentence: Sentence, at: ClauseParties): DealStatus {
  if (!LENT.has(status)) return status;
  const clauses = clausesOf(sentence);
  // a subject shared through a coordination ("L walked away from …, and in May it sold …") stands in an earlier
  // clause: the deal is told in the clause of its last party
  const own = clauses.find((c) => c.start <= at.lastPartyEnd && at.lastPartyEnd <= c.end);
  if (own === undefined || clauses.length < 2) return status;
  const ownStatus = dealStatus(sentence.text.slice(own.start - sentence.start, own.end - sentence.start));
  if (LENT.has(ownStatus)) return status;
  let lender = false;
  for (const c of clauses) {
    if (c === own) continue;
    const cue = dealStatus(sentence.text.slice(c.start - sentence.start, c.end - sentence.start));
    if (!LENT.has(cue)) continue;
    if (!tellsOwnDeal(sentence, c, at.orgs)) return status;
    lender = true;
  }
  return lender ? ownStatus : status;
}

/** The status a part of the sentence tells, its deal clause being the clause when the part holds it whole. */
function partStatus(
  part: string,
  clause: Sentence,
  following: readonly string[],
  parties: readonly string[],
): DealStatus {
  return dealStatusInStory(part, part.includes(clause.text) ? clause.text : part, following, parties);
}

/** The story's status of the deal, with a rumour cue only in a later predicate's clause cut off. */
function storyStatus(
  sentence: Sentence,
  clause: Sentence,
  dealEnd: number,
  following: readonly string[],
  parties: readonly string[],
  matchStart?: number,
  firstPartyStart?: number,
): DealStatus {
  const whole = dealStatusInStory(sentence.text, clause.text, following, parties);
  // a purchase told as done in a relative or participle clause keeps its own status ("X, which bought Y in 2023, …")
  if (whole !== 'completed' && matchStart !== undefined) {
    const side = sideClauseStatus(sentence, matchStart, dealEnd);
    if (side !== null) return side;
  }
  if (LEAD_LENT.has(whole) && matchStart !== undefined) {
    const lead = afterLeadIn(sentence.text, (firstPartyStart ?? matchStart) - sentence.start);
    if (lead !== null) {
      const own = partStatus(sentence.text.slice(lead), clause, following, parties);
      if (!LEAD_LENT.has(own)) return own;
    }
  }
  if (!BORROWABLE.has(whole)) return whole;
  const from = Math.max(0, dealEnd - sentence.start);
  const tail = sentence.text.slice(from);
  const m = NEW_PREDICATE_AFTER.exec(tail);
  if (!m) return whole;
  const own = partStatus(sentence.text.slice(0, from + m.index), clause, following, parties);
  return BORROWABLE.has(own) ? whole : own;
}

/**
 * The deal's status as its own clause tells it. `told` is a status the deal's own words already fixed (a denied
 * sale, an intent before the deal); otherwise the story's cues are read up to a later predicate's clause. With
 * the parties' places (`at`), a cue that belongs to another deal's clause is then dropped.
 */
export function ownClauseStatus(
  sentence: Sentence,
  clause: Sentence,
  dealEnd: number,
  following: readonly string[],
  parties: readonly string[],
  matchStart?: number,
  told: DealStatus | null = null,
  at?: ClauseParties,
): DealStatus {
  const status =
    told ?? storyStatus(sentence, clause, dealEnd, following, parties, matchStart, at?.firstPartyStart);
  return at === undefined ? status : withoutOtherDealCues(status, sentence, at);
}
