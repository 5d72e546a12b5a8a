/**
 * "Vautrin Mécanique (VTM)", "Société Lorraine de Fonderie (SOLOFO)": a bracketed acronym often takes more than
 * one letter of a word, or skips small words, so one initial per word is too strict. The acronym fits the name
 * when it opens with the name's first letter and all its letters appear in the name in order, the last one in
 * the name's last word.
 */
function letters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '');
}

/** Shortest acronym read this way: two letters match too many names by chance. */
const MIN_ACRONYM_LETTERS = 3;

export function acronymFitsName(acronym: string, name: string): boolean {
  const a = letters(acronym).replace(/\s/g, '');
  const words = letters(name).split(/\s+/).filter(Boolean);
  if (a.length < MIN_ACRONYM_LETTERS || words.length < 2 || a[0] !== words[0][0]) return false;
  // one initial per word is read where the name's own type is decided ("World Economic Forum (WEF)" is an event's)
  if (words.map((w) => w[0]).join('') === a) return false;
  const flat = words.join('');
  const lastWordAt = flat.length - words[words.length - 1].length;
  let k = 0;
  let at = -1;
  for (let i = 0; i < flat.length && k < a.length; i++)
    if (flat[i] === a[k]) {
      k++;
      at = i;
    }
  // every letter read in order, the last one inside the name's last word
  return k === a.length && at >= lastWordAt;
}
