import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import {
  ADJECTIVE_ENDING_RE,
  CLUB_PREFIXES,
  INSTITUTION_ADJECTIVES,
  INSTITUTION_NOUNS,
  MIN_ADJECTIVE_LETTERS,
  NOT_ADJECTIVES,
  NOT_TEAM_PLURALS,
  PLACE_NOUNS,
  PLACE_PIECES,
} from './lexicon-institutions';
import { NATIONALITIES, PLACES } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { FIRST_NAMES } from './first-names';
import { isTownAfterCorporateForm, isTownAfterOwnName, legalFormAhead } from './company-towns';
import { singularClubOfPlace } from './sports-cues';
import { isKnownPlace } from './world-lexicon';
import { FIELD_PARTICLE, isFieldNoun } from './institution-field';

/** Most lower-case words an institution name may carry after its capitalised part ("de hockey junior majeur"). */
const MAX_TAIL_WORDS = 8;
/** Most "de …" complements chained in one institution name ("Ligue de hockey de l'Ontario"). */
const MAX_TAIL_COMPLEMENTS = 3;
/** Most words of a place after a team name ("Giants de San Francisco"). */
const MAX_TEAM_PLACE_WORDS = 3;
/** Most capitalised words of a team name before "de <place>" ("Red Wings de Détroit"). */
const MAX_TEAM_NAME_WORDS = 2;
/** Letter groups rare in French words: "Heat", "Wild", "Jazz", "Lightning", "Thunder". */
const ENGLISH_SPELLING_RE = /(w|k|y|th|gh|ng$|zz|ck|ea)/u;

const DE = new Set(['de', 'du', 'des', "d'"]);
const DE_ARTICLES = new Set(['la', "l'"]);
/** "of" joins only a capitalised complement ("Berklee College of Music"). */
const OF = 'of';
const AND = new Set(['et', 'and']);
/** A lower-case French or English plural noun of four letters or more ("dépôts", "consignations"). */
const PLURAL_NOUN_RE = /^\p{Ll}[\p{Ll}-]{2,}[sx]$/u;
/** Institution nouns that French writes in lower case before the proper part ("l'université de Nantes"). */
const LOWER_CASE_HEADS = new Set(['université', 'university', 'ministère']);
/** Articles between "de" and the proper part ("ministère de l'Économie", "université de la Sorbonne"). */
const ARTICLES_AFTER_DE = new Set(["l'", 'la']);

function isStop(lower: string): boolean {
  return FR_STOPWORDS.has(lower) || EN_STOPWORDS.has(lower);
}

function isLowerWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.text === t.lower && /^\p{Ll}/u.test(t.text) && !isStop(t.lower);
}

export function isAdjective(t: Token | undefined): boolean {
  if (!isLowerWord(t)) return false;
  if (INSTITUTION_ADJECTIVES.has(t.lower) || NATIONALITIES.has(t.lower)) return true;
  if (NOT_ADJECTIVES.has(t.lower)) return false;
  return t.lower.length >= MIN_ADJECTIVE_LETTERS && ADJECTIVE_ENDING_RE.test(t.lower);
}

/** Lower-case adjectives of a state's own bodies; no given name is followed by one. */
const STATE_ADJECTIVES = new Set([
  'nationale',
  'national',
  'royale',
  'royal',
  'impériale',
  'fédérale',
  'fédéral',
  'républicaine',
  'marchande',
]);

/** The run [from, to) holds a capitalised institution noun ("Ligue", "Parti", "Université"). */
export function hasInstitutionNoun(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower;
    // "Marine Le Pen": a head that is also a given name opens no institution, unless a state adjective follows
    // it in lower case ("la Marine nationale", "la Garde royale")
    if (i === from && FIRST_NAMES.has(l) && !STATE_ADJECTIVES.has(tokens[i + 1]?.text ?? '')) continue;
    if (isCapitalised(tokens[i]) && (INSTITUTION_NOUNS.has(l) || CLUB_PREFIXES.has(l))) return true;
    if (i === from && LOWER_CASE_HEADS.has(tokens[i].text)) return true;
  }
  return false;
}

/** The run already holds a "de" complement ("Autorité de contrôle …"), so "et de …" may coordinate another. */
function hasComplement(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (DE.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Lower-case words that continue an institution name after its capitalised part: adjectives
 * ("nationale", "européenne") and "de/du/des (la|l') noun adjectives*" complements ("de hockey"). When a
 * complement's noun is capitalised only the particles are taken, so the caller's run goes on with the
 * name ("Banque de l'Indochine"). Returns how many tokens to take from `at`; 0 when nothing continues.
 */
export function institutionTail(tokens: Token[], runFrom: number, at: number): number {
  if (!hasInstitutionNoun(tokens, runFrom, at)) return 0;
  let i = at;
  let complements = 0;
  let taken = at;
  while (i < tokens.length && i - at < MAX_TAIL_WORDS) {
    const t = tokens[i];
    if (isAdjective(t)) {
      i++;
      taken = i;
      continue;
    }
    // "de la communication audiovisuelle et numérique": a taken adjective coordinated with another
    if (
      AND.has(t.lower) &&
      taken === i &&
      i > at &&
      isAdjective(tokens[i - 1]) &&
      isAdjective(tokens[i + 1])
    ) {
      i += 2;
      taken = i;
      continue;
    }
    if (
      t.lower === OF &&
      tokens[i + 1] &&
      isCapitalised(tokens[i + 1]) &&
      !FIRST_NAMES.has(tokens[i + 1].lower)
    ) {
      // "X Savings and Loan Association of Newport Beach", "Compagnie … Bull of France": where, not who
      const placeAfterName =
        PLACES.has(tokens[i + 1].lower) &&
        !INSTITUTION_NOUNS.has(tokens[i - 1].lower) &&
        !legalFormAhead(tokens, i + 1);
      if (placeAfterName || isTownAfterOwnName(tokens, runFrom, i) || isTownAfterCorporateForm(tokens, i))
        break;
      return i + 1 - at;
    }
    // "de peinture et de sculpture": a coordinated complement continues the name
    const coordinated =
      (complements > 0 || hasComplement(tokens, runFrom, at)) &&
      AND.has(t.lower) &&
      !!tokens[i + 1] &&
      DE.has(tokens[i + 1].lower);
    // "Caisse de dépôt et placement du Québec": a bare noun coordinated with the complement, itself completed
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      (complements > 0 || hasComplement(tokens, runFrom, at)) &&
      complements < MAX_TAIL_COMPLEMENTS &&
      AND.has(t.lower) &&
      isLowerWord(next) &&
      /^\p{L}[\p{L}-]*$/u.test(next.text) &&
      !!after &&
      DE.has(after.lower)
    ) {
      complements++;
      i += 2;
      taken = i;
      continue;
    }
    // "Caisse des dépôts et consignations": a last plural noun paired with a plural complement closes the name
    const prevNoun = tokens[i - 1];
    if (
      (complements > 0 || hasComplement(tokens, runFrom, at)) &&
      complements < MAX_TAIL_COMPLEMENTS &&
      AND.has(t.lower) &&
      isLowerWord(prevNoun) &&
      isLowerWord(next) &&
      PLURAL_NOUN_RE.test(prevNoun.text) &&
      PLURAL_NOUN_RE.test(next.text) &&
      !(after && DE.has(after.lower))
    ) {
      i += 2;
      taken = i;
      break;
    }
    // "Agence de l'innovation en santé": a field noun after a complement belongs to the name
    const field = tokens[i + 1];
    if (
      t.text === FIELD_PARTICLE &&
      (complements > 0 || hasComplement(tokens, runFrom, at)) &&
      complements < MAX_TAIL_COMPLEMENTS &&
      isLowerWord(field) &&
      isFieldNoun(field)
    ) {
      complements++;
      i += 2;
      taken = i;
      continue;
    }
    if ((DE.has(t.lower) || coordinated) && complements < MAX_TAIL_COMPLEMENTS) {
      let k = coordinated ? i + 2 : i + 1;
      if (coordinated && tokens[k - 1].lower === 'de' && tokens[k] && DE_ARTICLES.has(tokens[k].lower)) k++;
      if (!coordinated && t.lower === 'de' && tokens[k] && DE_ARTICLES.has(tokens[k].lower)) k++;
      const noun = tokens[k];
      if (!noun) break;
      // "l'Autorité de la concurrence et de l'ARS": a capitalised noun after "et de" opens another name
      if (coordinated && isCapitalised(noun)) break;
      // "le Parti québécois de Jacques Parizeau": a person after "de" is the leader, not the name
      if (isCapitalised(noun)) return FIRST_NAMES.has(noun.lower) ? taken - at : k - at;
      if (isLowerWord(noun) && /^\p{L}[\p{L}-]*$/u.test(noun.text) && noun.text.length > 2) {
        complements++;
        i = k + 1;
        taken = i;
        continue;
      }
    }
    break;
  }
  return taken - at;
}

/** A place of up to three capitalised words ("de San Francisco", "de Green Bay", "de Mississauga"). */
function isPlaceRun(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_TEAM_PLACE_WORDS && isCapitalised(tokens[k])) {
    const l = tokens[k].lower;
    // "de la Caroline": a given name after a feminine article is a place, people take no article
    const afterArticle = k === from && from > 0 && DE_ARTICLES.has(tokens[from - 1].lower);
    if (!PLACES.has(l) && ((FIRST_NAMES.has(l) && !afterArticle) || isStop(l))) break;
    k++;
  }
  return k - from;
}

/**
 * "Canadiens de Montréal", "Red Wings de Détroit": a short capitalised plural name, not a place, a
 * nationality or a given name, followed by "de/du/d' (l') <place>" is a team. Returns the tokens to take.
 */
export function teamOfPlace(tokens: Token[], runFrom: number, at: number): number {
  const n = at - runFrom;
  if (n < 1 || n > MAX_TEAM_NAME_WORDS) return 0;
  const last = tokens[at - 1].lower;
  if (NOT_TEAM_PLURALS.has(tokens[runFrom].lower)) return 0;
  // "Alès", "Agnès": an accented final "ès" is a singular French word, never a plural team name
  const plural = /^\p{L}{2,}[sx]$/u.test(last) && !/ès$/u.test(last);
  // a singular team name must look English ("Heat", "Wild", "Jazz") and its place must be a known one
  const englishSingular = !plural && ENGLISH_SPELLING_RE.test(last);
  const clubSingular = !plural && !englishSingular && singularClubOfPlace(tokens, runFrom, at);
  if (!plural && !englishSingular && !clubSingular) return 0;
  for (let i = runFrom; i < at; i++) {
    const l = tokens[i].lower;
    if (PLACES.has(l) || NATIONALITIES.has(l) || FIRST_NAMES.has(l) || isStop(l) || INSTITUTION_NOUNS.has(l))
      return 0;
  }
  const t = tokens[at];
  if (!t || !DE.has(t.lower)) return 0;
  let k = at + 1;
  if (tokens[k] && DE_ARTICLES.has(tokens[k].lower)) k++;
  const place = isPlaceRun(tokens, k);
  if (place === 0 || (englishSingular && !PLACES.has(tokens[k].lower))) return 0;
  // "la Sampdoria de Gianluca Vialli": a club's several-word place must be a known one, not a person
  const placeText = tokens
    .slice(k, k + place)
    .map((t) => t.lower)
    .join(' ');
  if (clubSingular && place > 1 && !PLACES.has(placeText) && !isKnownPlace(placeText)) return 0;
  const after = tokens[k + place];
  if (after && isCapitalised(after)) return 0;
  return k + place - at;
}

/** The candidate [from, to) reads as a whole "team de <place>" name. */
export function isTeamOfPlace(tokens: Token[], from: number, to: number): boolean {
  for (let p = from + 1; p < to; p++) {
    if (DE.has(tokens[p].lower)) return teamOfPlace(tokens, from, p) === to - p;
  }
  return false;
}

/**
 * Words that make a bigger or a part of a known place, not a club or a branch of it ("Greater Manchester", "Upper
 * Austria", "Central London", "West Yorkshire").
 */
const PLACE_PREFIXES = new Set(
  'greater upper lower north south east west northern southern eastern western central inner outer'.split(
    ' ',
  ),
);

/** "Bayern Munich", "Ajax Amsterdam": one unknown word before a known city names the city's club or branch. */
export function isNameOfPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const head = tokens[from].lower;
  const place = tokens[from + 1].lower;
  if (!PLACES.has(place) || PLACE_PIECES.has(place) || PLACE_NOUNS.has(head)) return false;
  if (PLACES.has(head) || NATIONALITIES.has(head) || FIRST_NAMES.has(head)) return false;
  return (
    !isStop(head) &&
    !/^(saint|sainte|st|san|santa|grand|grande|nouvelle|nouveau|new|mont|port|cap)$/u.test(head) &&
    !PLACE_PREFIXES.has(head)
  );
}

/**
 * Where a name that begins at `from` really begins: "université de Princeton" and "université Harvard"
 * take the lower-case head noun in front of them.
 */
export function lowerCaseHeadStart(tokens: Token[], from: number): number {
  const prev = tokens[from - 1];
  if (prev && LOWER_CASE_HEADS.has(prev.text)) return from - 1;
  const head = tokens[from - 2];
  if (prev && DE.has(prev.lower) && head && LOWER_CASE_HEADS.has(head.text)) return from - 2;
  const articledHead = tokens[from - 3];
  if (
    prev &&
    ARTICLES_AFTER_DE.has(prev.lower) &&
    head?.lower === 'de' &&
    articledHead &&
    LOWER_CASE_HEADS.has(articledHead.text)
  )
    return from - 3;
  return from;
}

/** A hyphenated compound of capitalised words ("Jules-Verne", "Georges-Pompidou", "Saint-Exupéry"). */
const HYPHENATED_NAME_RE = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)+$/u;

/**
 * "Centre médical Jules-Verne", "Hôpital européen Georges-Pompidou": after an institution's lower-case tail, a
 * hyphenated name (French hyphenates a person's name given to a building) completes the institution's name. A
 * capitalised word after it would make a person ("Parti socialiste Jean-Luc X"), so none may follow.
 */
export function dedicationAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !HYPHENATED_NAME_RE.test(t.text)) return false;
  const next = tokens[j + 1];
  return !(next && isCapitalised(next));
}
