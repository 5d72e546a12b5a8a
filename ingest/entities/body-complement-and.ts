import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { isWorldGivenName } from './person-given-names';
import { isKnownOrganisation, isKnownPlace } from './world-lexicon';

/**
 * Public bodies and schools are named by a head, "of" and a field that is often two fields joined by "and":
 * "Office of Competition and Consumer Protection", "University of Science and Technology", "School of Economics
 * and Political Science". The cutter stops at the lower-case "and", leaving two false names. The portfolio reader
 * (portfolio-names.ts) knows ministries' fields by a word list; this one reads the shape, for any field words.
 */

/** Heads of a public body or a school whose "of" complement names a field, not a place or an owner. */
const FIELD_BODY_HEADS: ReadonlySet<string> = new Set([
  'office',
  'department',
  'ministry',
  'university',
  'institute',
  'school',
  'college',
  'academy',
  'bureau',
  'agency',
  'commission',
  'council',
  'board',
  'authority',
  'administration',
]);
/** Longest field written on either side of "and", in words ("Consumer Protection", "Political Science"). */
const MAX_FIELD_WORDS = 3;

function isFieldWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  const w = t.lower.replace(/\.$/, '');
  // a company, a place, a person or a legal form after "and" is a second party, not a second field
  return (
    !LEGAL_FORMS.has(w) &&
    !ORG_HEAD_WORDS.has(w) &&
    !FIELD_BODY_HEADS.has(w) &&
    !PLACES.has(w) &&
    !isKnownPlace(w) &&
    !isKnownOrganisation(w) &&
    !isWorldGivenName(w)
  );
}

/**
 * Tokens to take at the "and" at `j`: "and" and the second field, when the run holds "<Head> of <field>" right
 * before `j` and the field after "and" closes the run (no capitalised word follows it). 0 when the shape is not
 * there, so "the Department of Energy and Exxon Corp" and "University of Chicago and Harvard University" stay two.
 */
export function bodyFieldAndJoin(tokens: Token[], runFrom: number, j: number): number {
  const joiner = tokens[j]?.text;
  if (joiner !== 'and' && joiner !== ',') return 0;
  let of = j - 1;
  while (of > runFrom && j - of <= MAX_FIELD_WORDS && isFieldWord(tokens[of])) of--;
  if (of === j - 1 || tokens[of]?.text !== 'of' || of - 1 < runFrom) return 0;
  const head = tokens[of - 1];
  if (!/^\p{Lu}/u.test(head.text) || !FIELD_BODY_HEADS.has(head.lower)) return 0;
  // "Office of Industry, Trade and Labour": fields listed with commas before the last "and"
  if (joiner === ',') return fieldListEnd(tokens, j) - j;
  let end = j + 1;
  while (end < tokens.length && end - j - 1 < MAX_FIELD_WORDS && isFieldWord(tokens[end])) end++;
  // a lone company head word ("and Technology") is a field: no company is named by its head alone
  const lone = tokens[j + 1];
  if (
    end === j + 1 &&
    lone?.kind === 'word' &&
    /^\p{Lu}\p{Ll}/u.test(lone.text) &&
    ORG_HEAD_WORDS.has(lone.lower)
  )
    end++;
  if (end === j + 1) return 0;
  const after = tokens[end];
  if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) return 0;
  return end - j;
}

/** Most fields listed between commas before the "and" that closes the list. */
const MAX_LISTED_FIELDS = 4;

/**
 * Where a comma list of fields starting at the comma `j` ends ("…, Trade and Labour" → after "Labour"), or `j`
 * when the list does not close with "and" and a last field ending the run.
 */
function fieldListEnd(tokens: Token[], j: number): number {
  let k = j;
  for (let fields = 0; fields < MAX_LISTED_FIELDS && tokens[k]?.text === ','; fields++) {
    let end = k + 1;
    while (end < tokens.length && end - k - 1 < MAX_FIELD_WORDS && isFieldWord(tokens[end])) end++;
    if (end === k + 1) return j;
    k = end;
  }
  if (tokens[k]?.text !== 'and') return j;
  const tail = bodyFieldAndJoinAt(tokens, k);
  return tail > 0 ? k + tail : j;
}

/** The "and" join at `k` once a comma list has been read up to it (the head was checked by the caller). */
function bodyFieldAndJoinAt(tokens: Token[], k: number): number {
  let end = k + 1;
  while (end < tokens.length && end - k - 1 < MAX_FIELD_WORDS && isFieldWord(tokens[end])) end++;
  if (end === k + 1) return 0;
  const after = tokens[end];
  if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) return 0;
  return end - k;
}
