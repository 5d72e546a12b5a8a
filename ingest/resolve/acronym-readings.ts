/**
 * Three more ways wire copy spells an acronym, each a class of names:
 * - an agency keeps the letter of "of" and leaves out the country it belongs to: "U.S. Department of
 *   Transportation" … "DOT", "Department of Justice" … "DOJ", "Bank of England" … "BOE";
 * - a name that opens with dotted initials is called by them: "C.T.C. Dealer Holdings Ltd" … "CTC";
 * - a department the wire names head last is spelled head first, maybe after its country: "Agriculture
 *   Department" … "USDA", "Justice Department" … "DOJ", "Energy Department" … "DOE".
 * Words are folded (lower case, dots turned into spaces), so initials are runs of one-letter words.
 */

/** Letters the "of" reading keeps: only "of" is spelled, articles and "and" still are not. */
const STILL_SKIPPED = new Set(['the', 'and', 'for', 'de', 'des', 'du', 'la', 'le', 'les', 'et']);

/** Number of one-letter words opening the name ("u s department …" → 2). */
function leadingInitials(words: string[]): number {
  let n = 0;
  while (n < words.length && words[n].length === 1) n++;
  return n;
}

/** The "of"-keeping initials, the country initials opening the name dropped; "" when no "of" is inside. */
function initialsWithOf(words: string[]): string {
  const rest = words.slice(leadingInitials(words));
  if (rest.length < 3 || !rest.slice(1, -1).includes('of')) return '';
  return rest
    .filter((w) => !STILL_SKIPPED.has(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Whether `acronym` (folded, one word) is spelled by one of these readings of the folded `words`. */
export function spellsOtherReading(acronym: string, words: string[]): boolean {
  if (acronym.length < 2) return false;
  const lead = leadingInitials(words);
  // "c t c dealer holdings": the initials and a name after them, so the initials are no country's
  if (lead >= 2 && lead < words.length && words.slice(0, lead).join('') === acronym) return true;
  return initialsWithOf(words) === acronym || spellsHeadLastDepartment(acronym, words);
}

/** The head word a department named head last ends on ("Agriculture Department"). */
const HEAD_LAST_DEPARTMENT = 'department';
/** Letters an acronym may open on before a head-first department: the country's ("USDA"). */
const DEPARTMENT_COUNTRY_LETTERS = 'us';

/**
 * The acronyms of a department named head last ("agriculture department", "u s justice department"): its head-first
 * initials with or without the "of" ("da", "doa") and with the country before them ("usda"); none for other names.
 */
function headLastDepartmentAcronyms(words: string[]): string[] {
  const rest = words.slice(leadingInitials(words));
  if (rest.length < 2 || rest[rest.length - 1] !== HEAD_LAST_DEPARTMENT) return [];
  const subject = rest
    .slice(0, -1)
    .filter((w) => !STILL_SKIPPED.has(w))
    .map((w) => w.charAt(0))
    .join('');
  const bare = ['d' + subject, 'do' + subject];
  return [...bare, ...bare.map((a) => DEPARTMENT_COUNTRY_LETTERS + a)];
}

/** Whether `acronym` spells a department the wire names head last (`headLastDepartmentAcronyms`). */
export function spellsHeadLastDepartment(acronym: string, words: string[]): boolean {
  return acronym.length > 2 && headLastDepartmentAcronyms(words).includes(acronym);
}
