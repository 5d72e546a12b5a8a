import type { Token } from '../tokens';
import { isCommonWord, isKnownOrganisation, isKnownPlace } from './world-lexicon';
import { NATIONALITIES, PLACES } from './lexicon-common';

/**
 * Clauses around a name that only a person fills: "X is the chief executive of", "X has been Chairman", "X,
 * 52,", "X was born", "X est née", "X said he", "named X as president"; and titles before a lone surname
 * ("President Reagan", "Messrs. A, B and C").
 */

/** Leadership and office words that, as the predicate of "is/was/has been", make the subject a person. */
const OFFICE_WORDS = new Set(
  `chief ceo cfo coo cto president chairman chairwoman chair director founder co-founder cofounder spokesman
  spokeswoman secretary treasurer minister governor senator mayor président présidente directeur directrice
  fondateur fondatrice cofondateur cofondatrice pdg p-dg ministre maire sénateur sénatrice gouverneur`
    .trim()
    .split(/\s+/),
);
/** Words after "chief" that make it a title. */
const CHIEF_TITLES = new Set(['executive', 'financial', 'operating', 'technology', 'officer', 'economist']);
/** Copulas before an office ("is", "has been", "became", "serves as", "est", "a été"). */
const COPULAS = new Set([
  'is',
  'was',
  'became',
  'becomes',
  'est',
  'était',
  'fut',
  'devient',
  'devenu',
  'devenue',
]);
const PERFECT_AUX = new Set(['has', 'had', 'have', 'a', 'avait']);
const BEEN = new Set(['been', 'été']);
/** Words that may stand between a copula and the office ("the", "its new", "senior vice"). */
const OFFICE_FILLERS = new Set(
  `the a an its his her their le la l' un une son sa new former interim acting executive senior vice deputy
  co nouveau nouvelle`
    .trim()
    .split(/\s+/),
);
/** Most filler words between the copula and the office. */
const MAX_OFFICE_FILLERS = 3;

function officeAt(tokens: Token[], at: number): boolean {
  for (let i = at, n = 0; i < tokens.length && n <= MAX_OFFICE_FILLERS; i++, n++) {
    const w = tokens[i].lower.replace(/\.$/, '');
    // "chief supplier" is no office: "chief" only opens a title ("chief executive", "chief financial officer")
    if (w === 'chief') return !!tokens[i + 1] && CHIEF_TITLES.has(tokens[i + 1].lower);
    if (OFFICE_WORDS.has(w)) return true;
    if (!OFFICE_FILLERS.has(w)) return false;
  }
  return false;
}

/** "X is the CEO of", "X has been Chairman", "X serves as president", "X est la présidente". */
function officeClauseAfter(tokens: Token[], to: number): boolean {
  const a = tokens[to]?.lower;
  const b = tokens[to + 1]?.lower;
  if (a === undefined) return false;
  if (COPULAS.has(a)) return officeAt(tokens, to + 1);
  if (PERFECT_AUX.has(a) && b !== undefined && BEEN.has(b)) return officeAt(tokens, to + 2);
  if ((a === 'serves' || a === 'served') && b === 'as') return officeAt(tokens, to + 2);
  if (a === 'will' && b === 'serve' && tokens[to + 2]?.lower === 'as') return officeAt(tokens, to + 3);
  return false;
}

/** Youngest and oldest age read as an age apposition ("X, 52,"), in years. */
const MIN_AGE_YEARS = 18;
const MAX_AGE_YEARS = 99;

/** "Jane Roe, 52, was named": an age between commas right after the name. */
function ageAfter(tokens: Token[], to: number): boolean {
  const [c1, age, c2] = [tokens[to], tokens[to + 1], tokens[to + 2]];
  if (!c1 || !age || !c2 || c1.text !== ',' || age.kind !== 'number' || c2.text !== ',') return false;
  if (!/^\d{2}$/.test(age.text)) return false;
  const years = Number(age.text);
  return years >= MIN_AGE_YEARS && years <= MAX_AGE_YEARS;
}

const BIRTH_WORDS = new Set(['born', 'né', 'née', 'died', 'décédé', 'décédée', 'mort', 'morte']);

/** "X was born", "X, born in", "X est née", "X, né à", "X died": birth and death are a person's. */
function lifeEventAfter(tokens: Token[], to: number): boolean {
  let i = to;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i] && ['was', 'est', 'is'].includes(tokens[i].lower)) i++;
  return !!tokens[i] && BIRTH_WORDS.has(tokens[i].lower);
}

const SPEECH_VERBS = new Set(['said', 'says', 'added', 'told']);
const PERSONAL_PRONOUNS = new Set(['he', 'she']);

/** "X said he would …": a speaker who refers to itself as he or she. */
export function speakerIsHeOrShe(tokens: Token[], to: number): boolean {
  return (
    !!tokens[to] &&
    SPEECH_VERBS.has(tokens[to].lower) &&
    !!tokens[to + 1] &&
    PERSONAL_PRONOUNS.has(tokens[to + 1].lower)
  );
}

/** "appointed X as senior vice president", "X as chief executive": a name given an office with "as". */
function officeAsAfter(tokens: Token[], to: number): boolean {
  return tokens[to]?.lower === 'as' && officeAt(tokens, to + 1);
}

/** "Iyer will serve as the CFO", "Dube is president", "Marsh said he": a lone surname in a person's clause. */
export function loneSurnameInOffice(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !isLoneSurname(tokens[from])) return false;
  return officeClauseAfter(tokens, to) || officeAsAfter(tokens, to) || speakerIsHeOrShe(tokens, to);
}

/** True when the clause after a name says it is a person's (any name shape; the caller checks the shape). */
export function personClauseAfter(tokens: Token[], to: number): boolean {
  return (
    officeClauseAfter(tokens, to) ||
    ageAfter(tokens, to) ||
    lifeEventAfter(tokens, to) ||
    speakerIsHeOrShe(tokens, to) ||
    officeAsAfter(tokens, to)
  );
}

/** Capitalised titles of office that stand before a lone surname ("President Reagan", "Chancellor Kohl"). */
const TITLES_BEFORE_SURNAME = new Set(
  `president chancellor senator sen governor gov premier minister king queen pope judge justice rep
  representative ambassador mayor general gen admiral colonel col cardinal bishop archbishop`
    .trim()
    .split(/\s+/),
);
/** Plural honorifics that open a list of surnames ("Messrs. A, B and C", "MM. A et B"). */
const PLURAL_TITLES = new Set(['messrs', 'mm', 'mmes']);
const LIST_JOINERS = new Set([',', 'and', 'et', '&']);

function isLoneSurname(t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const l = t.lower;
  return (
    !isCommonWord(l) && !isKnownPlace(l) && !PLACES.has(l) && !NATIONALITIES.has(l) && !isKnownOrganisation(l)
  );
}

/** "President Reagan": a capitalised title of office right before a one-word name. */
export function titleBeforeSurname(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !isLoneSurname(tokens[from])) return false;
  const prev = tokens[from - 1];
  return !!prev && /^\p{Lu}/u.test(prev.text) && TITLES_BEFORE_SURNAME.has(prev.lower.replace(/\.$/, ''));
}

/** Most members of a list of surnames after a plural title. */
const MAX_TITLED_LIST_MEMBERS = 6;

/** "Messrs. Brandt, Osei and Lund": every lone name of the list after a plural title. */
export function memberOfTitledList(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !isLoneSurname(tokens[from])) return false;
  let i = from - 1;
  for (let members = 0; i >= 0 && members < MAX_TITLED_LIST_MEMBERS; members++) {
    if (isPluralTitle(tokens, i)) return true;
    if (!LIST_JOINERS.has(tokens[i].lower)) return false;
    while (i >= 0 && LIST_JOINERS.has(tokens[i].lower)) i--;
    if (i < 0 || !isLoneSurname(tokens[i])) return false;
    i--;
  }
  return i >= 0 && isPluralTitle(tokens, i);
}

/** "Messrs." at `i`, its dot a token of its own or not. */
function isPluralTitle(tokens: Token[], i: number): boolean {
  const at = tokens[i].text === '.' && i > 0 ? i - 1 : i;
  return PLURAL_TITLES.has(tokens[at].lower.replace(/\.$/, ''));
}
