import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { ROLE_WORDS } from './lexicon-roles';
import { isNameToken } from './name-joins';
import { isCommonWord, isKnownPlace } from './world-lexicon';

/**
 * "In a filing with the Securities and Exchange Commission Moller said he bought …", "told Reuters Taiwan would cut
 * tariffs": wire copy drops the comma (or the "that") between a clause ending on a name and the next clause's
 * one-word subject, so the object and the subject run on as one capitalised run. The subject is cut off when a
 * reporting verb follows it and the words before it already close a name: a public body's head, or a known name
 * after "told" with a place as the subject. A head word, legal form, role or dictionary word as the last word
 * stays part of the name ("Securities and Exchange Commission Chairman", "Deutsche Bank Research said").
 */

/** Verbs that open the clause the one-word subject starts. */
const REPORTING_VERBS = new Set(['said', 'says', 'would', 'will', 'could', 'told', 'added']);

/** Heads that close a public body's name ("… Exchange Commission", "… State Department"). */
const PUBLIC_BODY_HEADS = new Set([
  'commission',
  'department',
  'ministry',
  'agency',
  'board',
  'bureau',
  'court',
  'council',
  'authority',
  'administration',
  'committee',
]);

/** Verbs whose object a news outlet is before a reported clause ("told Reuters Taiwan would …"). */
const TELLING_VERBS = new Set(['told', 'telling', 'tells']);

function isPlaceWord(lower: string): boolean {
  return PLACES.has(lower) || isKnownPlace(lower);
}

/** A capitalised word that could not itself end an organisation's name. */
function isBareSubject(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return isNameToken(t) && !ORG_HEAD_WORDS.has(w) && !LEGAL_FORMS.has(w) && !ROLE_WORDS.has(w);
}

/**
 * True when the token at `k` is a one-word subject glued after a public body's head ("… Exchange Commission Moller
 * said"): the "and" joins read the body's name as ending before it.
 */
export function isSubjectAfterBodyHead(tokens: Token[], k: number): boolean {
  const subject = tokens[k];
  const head = tokens[k - 1];
  if (!subject || !head || !REPORTING_VERBS.has(tokens[k + 1]?.lower ?? '')) return false;
  if (!isBareSubject(subject) || isPlaceWord(subject.lower) || isCommonWord(subject.lower)) return false;
  return PUBLIC_BODY_HEADS.has(head.lower);
}

/**
 * The token where the next clause's subject starts inside the run [runFrom, to) (its last word), or -1. `known`
 * is the length of the known name the run opens with (0 when none).
 */
export function clauseSubjectAfterName(tokens: Token[], runFrom: number, known: number, to: number): number {
  const at = to - 1;
  if (at - runFrom < 1) return -1;
  if (isSubjectAfterBodyHead(tokens, at)) return at;
  const subject = tokens[at];
  if (!REPORTING_VERBS.has(tokens[to]?.lower ?? '') || !isBareSubject(subject)) return -1;
  const told = TELLING_VERBS.has(tokens[runFrom - 1]?.lower ?? '');
  return told && known === at - runFrom && isPlaceWord(subject.lower) ? at : -1;
}
