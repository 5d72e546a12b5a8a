import type { Token } from '../tokens';
import type { Candidate } from './candidates';

/**
 * Credit-rating grades ("BBB-plus", "Ba2", "B-1", "AA-minus", "Caa3") are written in capitals like acronyms and
 * fill the slots of names in ratings copy ("cut to Ba2 from B2"), but they grade debt and name no party. Some
 * grades spell real acronyms too ("CCC", "AA"), so a grade counts only in a sentence about ratings or debt.
 */

/** Standard and Poor's style letters with an optional sign or a written "-plus"/"-minus". */
const LETTER_GRADE_RE = /^(?:AAA|AA|BBB|BB|CCC|CC)(?:[+-]|-plus|-minus)?$|^[ABCD](?:[+]|-plus|-minus)$/;
/**
 * Moody's style grades ("Aaa", "Aa2", "Baa3", "Ba1", "B2", "Caa", "Ca") and dashed ones ("B-1", "A-2", "P-1"); wire
 * copy dashes every one of them ("Ba-3", "Baa-2", "Aa-1") and may set "Caa" in capitals ("to B-3 from CAA").
 */
const MOODYS_GRADE_RE =
  /^(?:Aaa|Aa[1-3]?|A[1-3]|Baa[1-3]?|Ba[1-3]?|B[1-3]|Caa[1-3]?|Ca|CAA)$|^(?:[ABCP]|Aa|Baa|Ba|Caa)-[1-3]$|^Prime-[1-3]$/;

/** Words that make a sentence one about ratings or debt, where a grade is read as a grade. */
const RATING_WORDS = new Set([
  'rated',
  'rating',
  'ratings',
  'rates',
  'downgrade',
  'downgraded',
  'downgrades',
  'upgrade',
  'upgraded',
  'upgrades',
  'affirmed',
  'affirms',
  'debt',
  'debentures',
  'bonds',
  'notes',
  'paper',
  'grade',
  'investment-grade',
  'note',
  'obligations',
  'notation',
  'noté',
]);

/** Tokens searched on each side of the grade for a rating word. */
const RATING_WINDOW = 15;

/** True for a token spelled as a credit-rating grade. */
function isGradeSpelling(text: string): boolean {
  return LETTER_GRADE_RE.test(text) || MOODYS_GRADE_RE.test(text);
}

/** A candidate made of one rating grade, in a sentence that talks about ratings or debt. */
export function isRatingGrade(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1 || !isGradeSpelling(tokens[c.from].text)) return false;
  const lo = Math.max(0, c.from - RATING_WINDOW);
  const hi = Math.min(tokens.length, c.to + RATING_WINDOW);
  for (let k = lo; k < hi; k++) if (RATING_WORDS.has(tokens[k].lower)) return true;
  return false;
}
