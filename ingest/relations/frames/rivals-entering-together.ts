import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { governedByVerb } from '../rival-object-cues';
import { wordAt } from './rivals-clause';
import { NOT_RIVALS } from './rivals-list';
import { orgListsIn } from './rivals-subject-lists';
import { pairAll } from './rivals-market';

/**
 * Two companies told as moving into one market together: "Sweden's A and France's B are both pushing into German
 * telemedicine", "le chinois A et l'américain B ont tous deux annoncé leur arrivée en Europe", "A et B s'apprêtent
 * tous deux à lancer une offre". The word "both / tous deux" makes the pair the subject of one entry into one market,
 * which is a rivalry for that market even though no word of rivalry is said. Only the pair as the clause's subject
 * counts: "A et B, tous deux financés par …" and "de A et de B, qui ont tous deux …" describe the pair, and bids,
 * candidacies and investments ("are both bidding", "ont tous deux investi") are deal roles, not market entries.
 */

/** Words of "both" in either language ("tous deux", "toutes les deux", "both"). */
const BOTH = /^(both|tous|toutes)$/u;
const BOTH_SECOND = /^(deux|les)$/u;
/** Units after the pair searched for its "both" (an auxiliary, a reflexive pronoun, an adverb). */
const BOTH_WINDOW_UNITS = 4;
/** Words that may stand between the pair and "both": auxiliaries, reflexive pronouns, adverbs. */
const BEFORE_BOTH =
  /^(are|were|have|had|is|now|also|already|ont|sont|avaient|étaient|se|s'|apprêtent|apprêtaient|préparent|veulent|comptent|aussi|désormais|déjà)$/u;
/** Units after "both" searched for the verb of entry ("à lancer cet automne", "annoncé leur arrivée"). */
const ENTRY_WINDOW_UNITS = 5;
/** Verbs and nouns of a market entry that need nothing after them. */
const ENTRY =
  /^(lancer|lancent|lancé|lancée|lancés|arrivée|arriver|arrivent|arrivés|débarquer|débarquent|débarqué|débarqués|implanter|implantent|implantés|attaquer|attaquent|attaqués|pénétrer|pénètrent|entering|entered|launching|launched|launch|targeting|targeted)$/u;
/** Verbs of moving that tell an entry only with "into" ("pushing into", "moving into", "expanding into"). */
const MOVING =
  /^(push|pushing|pushed|move|moving|moved|expand|expanding|expanded|pile|piling|piled|break|breaking|muscle|muscling|muscled|entrer|entrent|entrés|entrée)$/u;
const INTO = /^(into|sur|dans|en)$/u;
/** A denied or refused entry: "n'ont tous deux pas l'intention", "are both not …". */
const NEGATION = /^(not|never|ne|n'|pas|jamais|no)$/u;

/** The unit of "both / tous deux" within a few units after the pair, or -1. */
function bothAfter(units: Unit[], after: number): number {
  for (let k = after; k < units.length && k < after + BOTH_WINDOW_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (BOTH.test(w) && (w === 'both' || BOTH_SECOND.test(wordAt(units, k + 1) ?? ''))) return k;
    if (!BEFORE_BOTH.test(w)) return -1;
  }
  return -1;
}

/** A verb of market entry within a few units after "both" at `both`, with no negation and no deal noun first. */
function entryAfter(units: Unit[], both: number): boolean {
  const from = wordAt(units, both) === 'both' ? both + 1 : both + 2;
  const last = wordAt(units, both + 1) === 'les' ? from + 1 : from;
  for (let k = last; k < units.length && k < last + ENTRY_WINDOW_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null || /^[,;:.!?()]$/u.test(w) || NEGATION.test(w) || NOT_RIVALS.test(w)) return false;
    if (ENTRY.test(w)) return !NOT_RIVALS.test(wordAt(units, k + 1) ?? '');
    if (MOVING.test(w)) return INTO.test(wordAt(units, k + 1) ?? '');
  }
  return false;
}

/** "A and B, two of the largest operators, are both …": the pair apposed to a subject that a comma closes. */
function pastApposedComma(units: Unit[], first: number, after: number): number {
  if (wordAt(units, after) !== ',') return after;
  for (let k = first - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') return after;
    if (u.token.text === ',') return after + 1;
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return after;
  }
  return after;
}

/** The pairs of companies entering one market together in the sentence. */
function readEnteringTogether(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (const { members: list, after } of orgListsIn(units)) {
    // "exactly two": "both" is said of a pair; the pair stands as the subject, not after a preposition or a verb
    if (list.length !== 2 || isOblique(units, list[0]) || governedByVerb(units, 0, list[0])) continue;
    const both = bothAfter(units, pastApposedComma(units, list[0], after));
    if (both >= 0 && entryAfter(units, both)) out.push(...pairAll(units, list, list[0]));
  }
  return out;
}

export const ENTERING_TOGETHER_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-entering-together',
    type: 'COMPETES_WITH',
    read: readEnteringTogether,
    neededWordPattern: BOTH,
    source: 'a',
    target: 'a',
    confidence: 0.5,
  },
];
