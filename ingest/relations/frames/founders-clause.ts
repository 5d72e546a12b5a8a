import type { Unit } from '../pattern';
import { GAP_STOPS, isOblique, STRICT_GAP_STOPS } from '../syntax';
import { STAFF_AFTER } from '../syntax-words';
import { kinOfBetween } from './agent-kin';
import { entsAt as idsAt, wordOrLoneNameAt as triggerAt, wordOrNullAt as wordAt } from './clause';
import { openingRelativeOrg } from './founders-subject-relative';
import { placeInDescriptorAt } from './founders-descriptor-place';
import { personAfterFrontDescription } from './person-front-apposition';
import {
  ADVERB,
  AGENT_PRONOUN,
  AUXILIARY,
  CLAUSE_OPENER,
  DETERMINER,
  NEGATION,
  NOT_COMPANY_NOUN,
  PEOPLE_COUNT,
  PLURAL_KIN,
  RELATIVE,
} from './founders-words';

/** Where the parties of a founder or leader reading stand in the clause of its trigger word. */

/** Most plain words read as a person's title or descriptor before the name ("former BBC producer P"). */
const MAX_TITLE_UNITS = 5;
/** Most words of an apposition stepped over inside a list of people ("A, a former engineer at X, and B"). */
const MAX_APPOSITION_UNITS = 12;
/** Most words between a subject and its verb ("ont ensuite", "who had also"). */
const MAX_SUBJECT_GAP_WORDS = 4;
/** Most words of a descriptor before an object or a clause's subject ("la société de production X"). */
const MAX_DESCRIPTOR_WORDS = 6;

// the founder readers' names for the unit readers of clause.ts (a name's word is null here, not '')
export { wordAt, triggerAt, idsAt };

export function isPersonAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.persons && !u.orgs && wordAt(units, k + 1) !== "'s";
}

export function isOrgAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.orgs && wordAt(units, k + 1) !== "'s";
}

/** A lower-case plain word that may be part of a title or descriptor (no clause or role boundary). */
function isTitleWord(units: Unit[], k: number, capitalised = false): boolean {
  const u = units[k];
  if (u?.kind !== 'tok' || u.token.kind !== 'word') return false;
  if (!capitalised && u.token.text !== u.token.lower) return false;
  return !STRICT_GAP_STOPS.has(u.token.lower) && !/^(and|et|&)$/.test(u.token.lower);
}

/**
 * A name right before a staff noun ("former Air Force pilot", "ex-Navy officers"): the service or employer the
 * people came from, which the entity stage may have left a tentative person; it is never the agent itself.
 */
function isStaffModifier(units: Unit[], j: number): boolean {
  return units[j]?.kind === 'ent' && STAFF_AFTER.has(wordAt(units, j + 1) ?? '');
}

/** Index of the person after title words starting at `k` ("chief executive P", "former Acme engineer P"), or -1. */
export function titledPersonAt(units: Unit[], k: number): number {
  for (let j = k; j < units.length && j - k <= MAX_TITLE_UNITS; j++) {
    // "by former Air Force pilot P": a name before a staff noun says where P served, P is the person
    if (isPersonAt(units, j) && !isStaffModifier(units, j)) return j;
    const u = units[j];
    // "founded in 1961 by A, whose grandson B": B is named in another clause, with no role here
    if (CLAUSE_OPENER.test(wordAt(units, j) ?? '')) return -1;
    // a company naming the person's former employer qualifies the next word or name, it is not the person
    const modifier =
      (u.kind === 'ent' && u.orgs && (isTitleWord(units, j + 1, true) || isPersonAt(units, j + 1))) ||
      isStaffModifier(units, j);
    // "Filipino executive P": a nationality is a capitalised word of the title
    if (!modifier && !isTitleWord(units, j, true)) return -1;
  }
  return -1;
}

export interface PersonList {
  ids: number[];
  first: number;
  last: number;
}

/** The preposition before a past employer inside an apposition ("a former lawyer at X", "passée chez X"). */
const EMPLOYER_PREPOSITION = /^(at|chez)$/;

/** The end of an apposition opened by the comma at `c` that names no one: the index of its closing comma, or -1. */
function plainAppositionEnd(units: Unit[], c: number): number {
  // "by A, who previously led research at X, and B": a relative naming no one is stepped over like an apposition
  for (let j = c + 1; j < units.length && j - c <= MAX_APPOSITION_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      // "A, a former lawyer at Arthur Cox, and B": a firm after its employer's preposition, even one the entity
      // stage took for a person, is where the founder worked, not a founder
      if (u.persons && !EMPLOYER_PREPOSITION.test(wordAt(units, j - 1) ?? '')) return -1;
      continue;
    }
    if (u.token.text === ',') return j;
    // "A, un ancien de X, et B": the past employer after its preposition belongs to the apposition
    if (isFormerEmployer(units, j + 1)) continue;
    if (GAP_STOPS.has(u.token.text)) return -1;
  }
  return -1;
}

/**
 * The person after "par"/"by" at `k`, behind a title or a trade with its article ("par le quincaillier P", "et la
 * journaliste Q", "by the engineer P"), or -1.
 */
function agentPersonAt(units: Unit[], k: number): number {
  const at = titledPersonAt(units, k);
  if (at >= 0 || !DETERMINER.test(wordAt(units, k) ?? '') || !isTitleWord(units, k + 1)) return at;
  return titledPersonAt(units, k + 1);
}

/** A verb's past participle ("appointed", "named") as a word of a title: a title names no action. */
const PAST_PARTICIPLE_EN = /^\p{Ll}{3,}ed$/u;

/** True when an auxiliary or an English past participle stands among the words from `from` to before `to`. */
function verbBetween(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = wordAt(units, j) ?? '';
    if (AUXILIARY.test(w) || PAST_PARTICIPLE_EN.test(w)) return true;
  }
  return false;
}

/** Conjunctions opening a clause of their own: a name after them is no further member of a list of agents. */
const CLAUSE_CONJUNCTION =
  /^(after|before|since|while|when|until|although|because|après|avant|depuis|lorsque|quand|tandis|alors|puisque|car)$/;

/** The person a list continues with after the joining words at `k` ("and P", "et par P", ", P"), or -1. */
function nextMember(units: Unit[], k: number): number {
  const w = wordAt(units, k);
  if (w === 'and' || w === 'et' || w === '&') {
    const again = /^(par|by)$/.test(wordAt(units, k + 1) ?? '') ? k + 2 : k + 1;
    return agentPersonAt(units, again);
  }
  if (w !== ',') return -1;
  // "run by P, after former chief executive Q stepped down": a conjunction after the comma opens another clause
  if (CLAUSE_CONJUNCTION.test(wordAt(units, k + 1) ?? '')) return -1;
  const bare = titledPersonAt(units, k + 1);
  // "run by P, the daughter of Q": Q is named as whose relative P is, no second agent
  if (bare >= 0 && kinOfBetween(units, k + 1, bare)) return -1;
  // "co-founded by A and B, has appointed C": a verb after the comma opens the main clause, C is its object
  if (bare >= 0 && !verbBetween(units, k + 1, bare)) return bare;
  const close = plainAppositionEnd(units, k);
  return close > 0 && /^(and|et)$/.test(wordAt(units, close + 1) ?? '') ? nextMember(units, close + 1) : -1;
}

/**
 * The people named after "par"/"by" at `k`, with titles and appositions stepped over ("by A, its chief
 * executive, and B"); "par lui" takes up the last person named before `before`. Null when no person is there.
 */
export function agentsAt(units: Unit[], k: number, before: number): PersonList | null {
  const pronoun = wordAt(units, k) ?? '';
  // "by her daughter, P": "her" before a noun is a possessive, not the agent
  if (AGENT_PRONOUN.test(pronoun) && !(DETERMINER.test(pronoun) && isTitleWord(units, k + 1))) {
    for (let j = before - 1; j >= 0; j--)
      if (isPersonAt(units, j)) return { ids: idsAt(units, j), first: j, last: j };
    return null;
  }
  let at = agentPersonAt(units, k);
  if (at < 0) {
    // "par son arrière-petite-fille, P", "par deux anciens de X, A et B": a kin, title or count apposed to the names
    const w = wordAt(units, k) ?? '';
    const close = DETERMINER.test(w) || PEOPLE_COUNT.test(w) ? commaAfterWords(units, k) : -1;
    at = close > 0 && isPersonAt(units, close + 1) ? close + 1 : -1;
  }
  if (at < 0) return null;
  for (let j = k; j < at; j++) if (PLURAL_KIN.test(wordAt(units, j) ?? '')) return null;
  const list: PersonList = { ids: [...idsAt(units, at)], first: at, last: at };
  for (let next = nextMember(units, at + 1); next >= 0; next = nextMember(units, next + 1)) {
    list.ids.push(...idsAt(units, next));
    list.last = next;
  }
  return list;
}

function commaAfterWords(units: Unit[], k: number): number {
  for (let j = k; j < units.length && j - k <= MAX_TITLE_UNITS; j++) {
    if (wordAt(units, j) === ',') return j;
    // "deux anciens de X,": a former employer named inside the description
    if (isFormerEmployer(units, j)) continue;
    if (!isTitleWord(units, j) && !DETERMINER.test(wordAt(units, j) ?? '')) return -1;
  }
  return -1;
}

/** A company after "de"/"of"/"at" inside a description of people ("anciens de X", "veterans of the X"). */
function isFormerEmployer(units: Unit[], j: number): boolean {
  const u = units[j];
  if (u?.kind !== 'ent' || !u.orgs) return false;
  // "anciens de l'ANSSI", "veterans of the NSA": an article may stand between the preposition and the name
  const link = /^(l'|la|le|les|the)$/.test(wordAt(units, j - 1) ?? '') ? j - 2 : j - 1;
  return /^(de|d'|du|des|of|at|chez)$/.test(wordAt(units, link) ?? '');
}

export interface SubjectReading {
  ids: number[];
  at: number;
  negated: boolean;
}

/** Skips auxiliaries, adverbs and negations back from `k`; returns the index before them and whether one negated. */
function backOverVerbGroup(units: Unit[], k: number): { k: number; negated: boolean } {
  let negated = false;
  let j = k;
  while (j >= 0 && k - j < MAX_SUBJECT_GAP_WORDS) {
    const w = wordAt(units, j);
    if (w === null) break;
    if (NEGATION.test(w)) negated = true;
    else if (!AUXILIARY.test(w) && !ADVERB.test(w)) break;
    j--;
  }
  return { k: j, negated };
}

/** Prepositions before a person inside a relative clause ("who handed over to Q", "qui a succédé à Q"). */
const OBJECT_PREPOSITION = /^(to|from|by|à|de|par)$/;

/** Most units of a relative clause between a person and the verb ("P, who left X in 2015, now runs Y"). */
const MAX_RELATIVE_ASIDE_UNITS = 12;

/**
 * "P, who left the business in 2015, now runs Y", "P, qui a quitté X en 2019, dirige désormais Y": the comma at `k`
 * closes a relative clause on a person; returns that person's unit, or `k` when no such clause ends there. Another
 * person or comma inside means the clause is something else.
 */
function backOverRelativeAside(units: Unit[], k: number): number {
  if (wordAt(units, k) !== ',') return k;
  for (let j = k - 1; j >= 0 && k - j <= MAX_RELATIVE_ASIDE_UNITS; j--) {
    const w = wordAt(units, j);
    if (w === null) {
      // "P, who handed over to Q in 2015, now chairs Y": a person a preposition brings in is no subject
      if (isPersonAt(units, j) && !OBJECT_PREPOSITION.test(wordAt(units, j - 1) ?? '')) return k;
      continue;
    }
    if (w === ',' || /^[;:.()«»"]$/.test(w)) return k;
    if (RELATIVE.test(w)) return wordAt(units, j - 1) === ',' && isPersonAt(units, j - 2) ? j - 2 : k;
  }
  return k;
}

/** Most units of a person's apposition before a relative ("P, the company's finance chief, who …"). */
const MAX_PERSON_APPOSITION_UNITS = 6;

/**
 * "P, the company's finance chief, who has run X", "P, le directeur financier, qui …": the apposition closed at `k`
 * (its last word) describes the person before its opening comma; returns that person's unit, or `k`. Only words and
 * pointers stand in it ("the company's"): a name there is another party.
 */
function backOverPersonApposition(units: Unit[], k: number): number {
  if (isPersonAt(units, k)) return k;
  for (let j = k; j >= 0 && k - j < MAX_PERSON_APPOSITION_UNITS; j--) {
    const u = units[j];
    if (u.kind === 'ent') {
      if (!u.anaphor || !u.orgs) return k;
      continue;
    }
    if (u.token.text === ',') return j < k && isPersonAt(units, j - 1) ? j - 1 : k;
    if (/^[;:.()«»"]$/.test(u.token.text) || RELATIVE.test(u.token.lower)) return k;
  }
  return k;
}

/** The people who are the subject of the verb at `t` ("A et B créaient", "A, who co-founded"), or null. */
export function subjectPeopleBefore(units: Unit[], t: number): SubjectReading | null {
  const back = backOverVerbGroup(units, t - 1);
  let k = backOverRelativeAside(units, back.k);
  if (RELATIVE.test(wordAt(units, k) ?? '')) {
    k = wordAt(units, k - 1) === ',' ? backOverPersonApposition(units, k - 2) : k - 1;
  }
  // "A former banker, P, now runs Y": the person set off after a description opening the sentence
  const fronted = personAfterFrontDescription(units, k);
  if (fronted >= 0 && isPersonAt(units, fronted)) k = fronted;
  if (!isPersonAt(units, k) || isOblique(units, k)) return null;
  const ids = [...idsAt(units, k)];
  let first = k;
  while (/^(,|et|and|&)$/.test(wordAt(units, first - 1) ?? '') && isPersonAt(units, first - 2)) {
    first -= 2;
    ids.push(...idsAt(units, first));
  }
  if (isOblique(units, first)) return null;
  return { ids, at: first, negated: back.negated };
}

/** Words that make the next name the object of a preposition, not of the verb. */
const PREPOSITION =
  /^(de|du|des|d'|of|in|en|dans|on|sur|for|pour|at|à|au|aux|from|with|avec|by|par|to|into)$/;

const FOUNDING_YEAR = /^(1[89]\d\d|20\d\d)$/;

/** "une agence web, X", "a web agency, X": an indefinite article opens a description the name is apposed to. */
const INDEFINITE = /^(un|une|a|an)$/;

/**
 * The name apposed to the description running from `k` to the comma at `c` ("cofondé une agence web, X,"), when
 * the description opens on an indefinite article and the name closes the apposition (a comma, a full stop or the
 * end follows it): after a definite article the comma more often ends the object than opens its name.
 */
function apposedNameAfter(units: Unit[], k: number, c: number): number {
  if (!INDEFINITE.test(wordAt(units, k) ?? '')) return -1;
  const u = units[c + 1];
  if (u?.kind !== 'ent' || u.anaphor || !isOrgAt(units, c + 1)) return -1;
  return /^(,|\.|;)?$/.test(wordAt(units, c + 2) ?? '') ? c + 1 : -1;
}

/**
 * The organisation that is the direct object of the verb ending at `k - 1` ("créaient X", "a cofondé la fondation
 * X"); `named` refuses a pointer ("l'entreprise"), which after a person's verb is often the person's own company.
 */
export function objectOrgAfter(units: Unit[], k: number, named = false): number {
  // "a cofondé en 2014 une agence web": the year told before the object
  if (/^(en|in)$/.test(wordAt(units, k) ?? '') && FOUNDING_YEAR.test(wordAt(units, k + 1) ?? ''))
    return objectOrgAfter(units, k + 2, named);
  for (let j = k; j < units.length && j - k <= MAX_DESCRIPTOR_WORDS; j++) {
    const u = units[j];
    if (u.kind === 'ent') return isOrgAt(units, j) && !(named && u.anaphor) ? j : -1;
    const w = u.token.lower;
    if (j > k && w === ',') return apposedNameAfter(units, k, j);
    // "la société de production X", "le cabinet de conseil en cybersécurité X": "de"/"en" inside a descriptor,
    // before a lower-case noun
    const innerOf = j > k && /^(de|d'|en)$/.test(w) && isTitleWord(units, j + 1);
    if (!innerOf && (PREPOSITION.test(w) || u.token.kind !== 'word' || STRICT_GAP_STOPS.has(w))) return -1;
  }
  return -1;
}

/** The organisation a participle of founding or heading at `t` is about when it stands after it
 * ("X a été fondée par", "X, une start-up créée par", "X was founded by A and is led by B"). */
export function orgBeforeParticiple(units: Unit[], t: number): SubjectReading | null {
  const back = backOverVerbGroup(units, t - 1);
  let k = back.k;
  if (isOrgAt(units, k))
    return isOblique(units, k) ? null : { ids: idsAt(units, k), at: k, negated: back.negated };
  if (NOT_COMPANY_NOUN.test(wordAt(units, k) ?? '')) return null;
  if (/^(and|et)$/.test(wordAt(units, k) ?? '')) {
    // "X, un groupe familial de 1 800 salariés basé à Annecy et dirigé par P": the participle closes the apposition
    const c = appositionStart(units, k);
    return c > 0 ? { ids: idsAt(units, c - 1), at: c - 1, negated: back.negated } : null;
  }
  if (RELATIVE.test(wordAt(units, k) ?? '')) k--;
  else if (wordAt(units, k) === ',' && back.k < t - 1) {
    // "Crestpay, backed by A and B, was founded by P": the comma closes an apposition of the subject named first
    const open = appositionOpening(units, k);
    if (open > 0) return { ids: idsAt(units, open - 1), at: open - 1, negated: back.negated };
    const opener = openingRelativeOrg(units, k);
    if (opener >= 0) return { ids: idsAt(units, opener), at: opener, negated: back.negated };
  } else {
    // "X, la jeune pousse fondée par": a descriptor apposed to the name
    let words = 0;
    while (k >= 0 && words < MAX_DESCRIPTOR_WORDS) {
      const step = isTitleWord(units, k) ? 1 : placeInDescriptorAt(units, k) ? 2 : 0;
      if (step === 0) break;
      k -= step;
      words += step;
    }
    if (words > 0 && !DETERMINER.test(wordAt(units, k + 1) ?? '')) return null;
  }
  if (wordAt(units, k) !== ',' || !isOrgAt(units, k - 1)) return null;
  return { ids: idsAt(units, k - 1), at: k - 1, negated: back.negated };
}

/** The comma opening an apposition closed by the comma at `close`, right after an organisation, or -1. */
function appositionOpening(units: Unit[], close: number): number {
  for (let j = close - 2; j > 0 && close - j <= MAX_APPOSITION_BACK_UNITS; j--) {
    const u = units[j];
    if (u.kind === 'ent') continue;
    if (GAP_STOPS.has(u.token.text) || RELATIVE.test(u.token.lower)) return -1;
    if (u.token.text === ',') return isOrgAt(units, j - 1) ? j : -1;
  }
  return -1;
}

/** Most units of an apposition read back from its closing "et"/"and". */
const MAX_APPOSITION_BACK_UNITS = 15;

/** The comma opening an apposition of plain words that ends at `k`, right after an organisation ("X, une PME … et"). */
function appositionStart(units: Unit[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= MAX_APPOSITION_BACK_UNITS; j--) {
    const u = units[j];
    if (u.kind === 'ent') return -1;
    if (u.token.text === ',')
      return isOrgAt(units, j - 1) && DETERMINER.test(wordAt(units, j + 1) ?? '') ? j : -1;
    if (GAP_STOPS.has(u.token.text) || RELATIVE.test(u.token.lower)) return -1;
  }
  return -1;
}

/**
 * The earlier participle a participle at `t` is coordinated with ("fondée par A et dirigée par lui", "was founded by
 * A and is led by B"), so both read the same company; -1 when there is none in the clause.
 */
export function coordinatedParticiple(
  units: Unit[],
  t: number,
  isParticiple: (w: string) => boolean,
): number {
  const k = backOverVerbGroup(units, t - 1).k;
  if (!/^(and|et)$/.test(wordAt(units, k) ?? '')) return -1;
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j];
    if (u.kind === 'tok' && GAP_STOPS.has(u.token.text)) return -1;
    const w = triggerAt(units, j);
    if (w !== null && isParticiple(w)) return j;
  }
  return -1;
}
