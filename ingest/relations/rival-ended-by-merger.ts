import type { ExtractedRelation } from '../types';
import { pairKey } from './merger-also-takeover';

/**
 * A rivalry the same sentence closes with a merger made is history: "the group was formed in 2019 when A and B,
 * which had fought over Dutch growers for two decades, merged", "C est né en 2021 de la fusion de A et de B, qui se
 * disputaient jusque-là les mêmes clients". GOLD-FORMAT pairs firms the text says *are* rivals; two firms that have
 * become one are not, so gold records such a pair as a negative. A merger only announced leaves the rivalry
 * running until it closes ("French rivals A and B agreed to combine", "jusqu'ici concurrentes, ont annoncé leur
 * fusion"): those stay paired, as gold pairs them. The rivalry must also be told in a tense before the merger (an
 * English pluperfect, a French imperfect or "jusque-là"), so "A merged with its rival B in January" — a rivalry
 * named by a noun, whose end the sentence does not tell — keeps its pair.
 */

/** A merger status that says the combination is done. */
const MADE = 'completed';
/** A merger status that says it is still to close: the rivalry runs until then. */
const PENDING = 'pending';
/** A year the sentence dates something in ("in 2019", "en 2018"), compared with the publication's year. */
const TOLD_YEAR = /\b(?:in|en|since|depuis)\s+((?:19|20)\d\d)\b/giu;
/** Characters of an ISO date that hold its year. */
const YEAR_CHARS = 4;

/** English: a pluperfect rivalry ("which had fought", "that had long competed", "had been rivals"). */
const EN_PAST_RIVALRY =
  /\bhad\b(?:\s+\p{L}+){0,3}?\s+(?:fought|competed|battled|vied|clashed|duelled|dueled|undercut|contested|been\s+(?:\p{L}+\s+)?(?:rivals|competitors|at\s+war))\b/iu;
/**
 * French: a rivalry verb in the imperfect ("se disputaient", "se livraient … une guerre", "s'affrontaient",
 * "étaient concurrents"), or the bound "jusque-là"/"jusqu'alors" that closes a state at the merger. Letter
 * lookarounds, not \b: JavaScript's \b knows ASCII letters only, so it never stands before "é" or after "à".
 */
const FR_PAST_RIVALRY =
  /(?<!\p{L})(?:se\s+(?:disput|livr|partage|concurren)\p{L}*aient|s'affront\p{L}*aient|(?:étaient|était)\s+(?:\p{L}+\s+)?(?:concurrent|rivau|rival|adversaire)\p{L}*|jusque-là|jusqu'alors)(?!\p{L})/iu;

/** Whether a sentence tells a rivalry in a tense that lies before the event it also tells. */
export function rivalryToldBefore(sentence: string): boolean {
  return EN_PAST_RIVALRY.test(sentence) || FR_PAST_RIVALRY.test(sentence);
}

/**
 * Whether the merger read from a sentence is told as done: its status says so, its own date lies in an earlier
 * year than the article's, or (the date reader missing it) the sentence dates something in an earlier year while
 * the merger is not told as pending.
 */
function mergerMade(m: ExtractedRelation, publishedYear: number | null): boolean {
  if (m.status === MADE) return true;
  if (publishedYear === null || m.status === PENDING) return false;
  const own = m.date ? Number(m.date.slice(0, YEAR_CHARS)) : NaN;
  if (own < publishedYear) return true;
  return [...m.evidence.sentence.matchAll(TOLD_YEAR)].some((x) => Number(x[1]) < publishedYear);
}

/** Drops a pair's COMPETES_WITH read from the sentence that tells the pair's completed merger as its end. */
export function withoutRivalryEndedByMerger(
  relations: ExtractedRelation[],
  published: string | null | undefined,
): ExtractedRelation[] {
  const publishedYear = published ? Number(published.slice(0, YEAR_CHARS)) || null : null;
  const ended = new Set<string>();
  for (const r of relations)
    if (r.type === 'MERGED_WITH' && mergerMade(r, publishedYear) && rivalryToldBefore(r.evidence.sentence))
      ended.add(`${pairKey(r.source, r.target)}\u0000${r.evidence.start}`);
  if (ended.size === 0) return relations;
  return relations.filter(
    (r) =>
      r.type !== 'COMPETES_WITH' || !ended.has(`${pairKey(r.source, r.target)}\u0000${r.evidence.start}`),
  );
}
