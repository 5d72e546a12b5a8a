import type { Sentence } from '../sentences';
import { findDateMentions } from './date-mentions';

/**
 * "Harcourt listed in London in 2021. The company's purchase of Kilbride Bakery that year doubled its presence in
 * Scotland", "Concentrix, qui a absorbé Webhelp la même année, …": a year told by pointing back at the one the
 * sentence before gave. With no date of its own, the deal takes that year, not the publication date a dateless
 * deal falls back on.
 */

/** "that year", "that same year", "the same year", "cette année-là", "la même année", "cette même année". */
const THAT_YEAR =
  /(?<![\p{L}\p{N}])(?:that(?:\s+same)?\s+year|the\s+same\s+year|cette\s+année-là|(?:la|cette)\s+même\s+année)(?![\p{L}\p{N}])/iu;
/** A four-digit year at the head of a date mention ("2021", "2021-03", "2021-03-02"). */
const YEAR_HEAD = /^(\d{4})/;

/** The year "that year" in sentence `s` points back to (the last year the sentence before gave), or null. */
export function yearPointedBack(
  sentences: readonly Sentence[],
  s: number,
  published: string | null,
): string | null {
  const sentence = sentences[s];
  if (!sentence || !THAT_YEAR.test(sentence.text) || s === 0) return null;
  // the sentence's own date comes first ("jusqu'en 2021, Y avait été repris cette année-là")
  if (findDateMentions(sentence.text, published).length > 0) return null;
  const before = findDateMentions(sentences[s - 1].text, published);
  const last = before[before.length - 1];
  return last ? (YEAR_HEAD.exec(last.date)?.[1] ?? null) : null;
}
