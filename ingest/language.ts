import type { DetectedLanguage } from './types';

/** Very frequent function words; each language's share of them decides. */
const FR_WORDS = new Set(
  'le la les des du de un une et est dans pour que qui sur par pas avec au aux ce cette il elle ils sont a été son ses leur plus ou mais nous vous en se ne'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the of and to in a is that for it with as was on by at from be this are an has have had its said will which would were or not they their'.split(
    ' ',
  ),
);
/** Below this share of function words (per word) the text is not read as French or English. */
const MIN_FUNCTION_WORD_SHARE = 0.12;
/** Enough words to judge; shorter texts fall back to whichever language scores higher. */
const MIN_WORDS_FOR_OTHER = 12;
/** Only the head of long articles is read: the language does not change half-way. */
const SAMPLE_CHARS = 20000;

export function detectLanguage(text: string): DetectedLanguage {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  // "a", "en" and "et"-like overlaps are small; a French text also carries accents and elisions
  if (/[éèàùç]|\b[ldj]['’]\p{L}/iu.test(text.slice(0, SAMPLE_CHARS))) fr += 0.5;
  const best = Math.max(fr, en);
  if (words.length >= MIN_WORDS_FOR_OTHER && best / words.length < MIN_FUNCTION_WORD_SHARE) return 'other';
  if (best === 0) return words.length >= MIN_WORDS_FOR_OTHER ? 'other' : 'en';
  return fr > en ? 'fr' : 'en';
}
