import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { INSTITUTION_HEADS, NATIONALITIES, ORG_HEAD_WORDS } from './lexicon-common';
import { knownOrganisation } from './known-organisations';
import { memberListCueAfter, memberListCueBefore } from './member-list-cue';
import { rivalryCueBefore } from './rivalry-cue';

/**
 * Shapes of the slot a candidate fills that settle it whatever its own shape says: a compass word finishing a
 * place, a label before a colon, a company noun right before a person-shaped name.
 */

const OF_WORDS = new Set(['de', 'du', 'des', "d'", 'of']);
/** Determiners before a company noun ("le groupe", "cette société", "the firm"). */
const NOUN_DETERMINERS = new Set([
  'le',
  'la',
  "l'",
  'les',
  'un',
  'une',
  'ce',
  'cette',
  'son',
  'sa',
  'the',
  'a',
  'an',
  'its',
]);

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** Points of the compass: after "de/du/of" they finish a place ("Europe du Sud", "Amérique du Nord"). */
const COMPASS_WORDS = new Set(['nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'midi']);

/**
 * Company nouns that, right after a determiner and right before a name, make it a company even when it looks like
 * a person's name ("le groupe Jean X", "la société Pierre Y"); people nouns such as "fondateur" are left out.
 */
const COMPANY_NOUNS_BEFORE_NAME = new Set([
  'groupe',
  'société',
  'entreprise',
  'firme',
  'cabinet',
  'enseigne',
  'marque',
  'laboratoire',
  'laboratoires',
  'maison',
  'group',
  'company',
  'firm',
  'brand',
]);

/** "la Corée du Sud", "Europe du Sud-Ouest": a compass word after "de/du/of" finishes a place. */
export function isCompassOfPlace(tokens: Token[], c: Candidate): boolean {
  const prev = tokens[c.from - 1];
  if (c.to - c.from !== 1 || !prev || !OF_WORDS.has(prev.lower)) return false;
  return bare(tokens[c.from])
    .split('-')
    .every((w) => COMPASS_WORDS.has(w));
}

/** "le groupe Jean X": a company noun between a determiner and the name, with nothing else between. */
function companyNounRightBefore(tokens: Token[], c: Candidate): boolean {
  const noun = tokens[c.from - 1];
  const det = tokens[c.from - 2];
  // a lone word there may be the founder's surname ("le groupe X, créé par Jean X"): the resolver settles it
  if (c.to - c.from < 2) return false;
  return !!noun && !!det && COMPANY_NOUNS_BEFORE_NAME.has(noun.lower) && NOUN_DETERMINERS.has(det.lower);
}

/**
 * "Conseil juridique : X", "Banque conseil : Y": a head noun and lower-case words before a colon label a list
 * of advisers; the label is no name.
 */
export function isListLabel(tokens: Token[], c: Candidate): boolean {
  const head = bare(tokens[c.from]);
  // "Fret ferroviaire : X rachète Y": a headline's opening rubric, a sector word and its adjective, is a label too
  const rubric =
    c.initial && c.from === 0 && c.to - c.from === 1 && tokens[c.to]?.text === tokens[c.to]?.lower;
  if (!rubric && !ORG_HEAD_WORDS.has(head) && !INSTITUTION_HEADS.has(head)) return false;
  for (let i = c.from + 1; i < c.to; i++) if (tokens[i].text !== tokens[i].lower) return false;
  let k = c.to;
  while (
    k < tokens.length &&
    k <= c.to + 1 &&
    tokens[k].kind === 'word' &&
    tokens[k].text === tokens[k].lower
  )
    k++;
  return !!tokens[k] && tokens[k].text === ':';
}

/**
 * A name in a company's slot although it reads as a person's: right after a company noun ("le groupe Jean X"), or
 * a well-known name that is also a person's ("Pierre Fabre") after a rivalry word or in a member list.
 */
export function knownNameInCompanySlot(tokens: Token[], c: Candidate): boolean {
  if (companyNounRightBefore(tokens, c)) return true;
  if (knownOrganisation(c.text) === null) return false;
  return (
    rivalryCueBefore(tokens, c.from) ||
    memberListCueBefore(tokens, c.from) ||
    memberListCueAfter(tokens, c.to)
  );
}

/** Departments of a company that a job title names ("Head of Communications", "directrice du Marketing"). */
const DEPARTMENTS = new Set([
  'communications',
  'communication',
  'marketing',
  'sales',
  'finance',
  'legal',
  'operations',
  'engineering',
  'product',
  'people',
  'technology',
  'strategy',
  'investor',
  'ventes',
  'juridique',
  'achats',
]);
/** Job titles that a department follows after "of/de". */
const DEPARTMENT_HEADS = new Set([
  'head',
  'director',
  'vp',
  'directeur',
  'directrice',
  'responsable',
  'chef',
]);

/** "Head of Communications", "Director of Sales": a department named by a job title, not a company. */
export function isDepartmentOfTitle(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1 || !DEPARTMENTS.has(bare(tokens[c.from]))) return false;
  const of = tokens[c.from - 1];
  const title = tokens[c.from - 2];
  return !!of && !!title && OF_WORDS.has(of.lower) && DEPARTMENT_HEADS.has(title.lower);
}

/** Combining forms of nationalities that open a compound demonym ("Franco-German", "Sino-Japanese"). */
const NATIONALITY_COMBINING_FORMS = new Set(
  'franco anglo sino russo italo germano indo austro hispano luso greco turco belgo nippo helveto dano swedo norvego afro euro judeo arabo'.split(
    ' ',
  ),
);

/**
 * "English-language", "French-speaking": a nationality compound is an adjective, not a name; so is a pair of
 * nationalities ("Franco-German", "Anglo-Dutch", "Sino-American").
 */
export function isNationalityCompound(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1) return false;
  const m = /^(\p{L}+)-(\p{Ll}+)$/u.exec(tokens[c.from].text);
  if (m && NATIONALITIES.has(m[1].toLowerCase())) return true;
  const pair = /^(\p{L}+)-(\p{L}+)$/u.exec(tokens[c.from].text);
  if (!pair) return false;
  const first = pair[1].toLowerCase();
  return (
    (NATIONALITY_COMBINING_FORMS.has(first) || NATIONALITIES.has(first)) &&
    NATIONALITIES.has(pair[2].toLowerCase())
  );
}
