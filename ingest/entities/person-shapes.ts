import type { Token } from '../tokens';
import { LEGAL_FORMS, MONTHS, NATIONALITIES, ORG_HEAD_WORDS, PLACES, SECTOR_NOUNS } from './lexicon-common';
import { isCommonWord, isKnownOrganisation, isKnownPlace } from './world-lexicon';
import { isWordLikeGivenName, isWorldGivenName } from './person-given-names';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';
import { PERSON_NOUNS } from './lexicon-people';
import { ROLE_WORDS } from './lexicon-roles';

/** Nouns of people one works or plays with, before their name ("his colleague X", "sa collègue X"). */
const PEER_NOUNS = new Set(['colleague', 'collègue', 'friend', 'ami', 'amie', 'rival', 'rivale', 'partner']);

/**
 * Shapes of personal names that need no context: a given name of any region before one or two surnames
 * ("Debbie Wasserman Schultz", "Klaas-Jan Huntelaar"), a middle initial ("Sol J. Barer"), a surname with a
 * patronymic or family suffix ("… Plekhanov", "… Kaczyński"). And the shapes that refute a person: a venue tail
 * ("… Square Garden") or, in French, a lone name after an article (people take none: "la Caroline").
 */

/** Fewest and most words of a name typed a person by its shape alone. */
const MIN_SHAPE_WORDS = 2;
const MAX_SHAPE_WORDS = 4;

/** "Nowak", "Hülkenberg", "O'Neill", "McCain", "Wasserman-Schultz": one word of a personal name. */
const NAME_WORD_RE = /^(\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*$/u;
/** Generational suffixes after a surname (lower case, no dot). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** An initial and two name words ("O. Mason Hawkins"). */
const FIRST_INITIAL_NAME_TOKENS = 3;
/** "J.", "E.": a middle initial. */
const INITIAL_RE = /^\p{Lu}\.$/u;
/** Lower-case particles inside a name ("Ludwig van Beethoven", "Maria da Silva", "Omar bin Salem"). */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'dos',
  'das',
  'di',
  'del',
  'bin',
  'ben',
  'al',
  'ter',
  // French nobiliary particles: "Thibault d'Hérouville", "Alix du Pontavice", "Anne de la Tour"
  'du',
  "d'",
  'la',
]);

/**
 * Surname endings of Slavic, Baltic, Georgian, Armenian, Romanian, Greek and Turkish families. Long enough not to
 * end ordinary words; a name must still have a capitalised word before the surname.
 */
const SURNAME_SUFFIX_RE =
  /(ski|ska|cki|cka|dzki|ński|ńska|wicz|vich|vitch|ović|ovic|evič|ević|evic|enko|chuk|czuk|czyk|shvili|chvili|dze|escu|opoulos|akis|oglu|oğlu|yan|ov|ova|ová|ev|eva)$/u;
/** A surname must be longer than its suffix by this many letters at least ("Ivanov", not "Kiev"). */
const MIN_SURNAME_STEM_LETTERS = 3;

/** Tails of places and buildings that end a name ("Madison Square Garden", "Lincoln Center"). */
const VENUE_TAILS = new Set(
  `square garden gardens avenue boulevard stadium arena plaza airport center centre memorial county island river
  bay valley beach street field oval palace harbour harbor resort world house`
    .trim()
    .split(/\s+/),
);
/** Words that open names of places in English and Romance geography ("Glen …", "Sierra …", "Val di …"). */
const PLACE_OPENERS = new Set('glen sierra val mount port fort cape lake loch monte costa'.split(' '));
/** Endings of abstract plural nouns that close names of companies and works ("… Productions", "… Communications"). */
const BUSINESS_PLURAL_RE = /(tions|sions|ments|ities|ences|ances|ics)$/u;

/** Fewest words of a name that a venue tail alone keeps from being a person's. */
const MIN_VENUE_NAME_WORDS = 3;

/** Nouns of documents that end a title, not a name ("Appointment Letter", "Merger Agreement"). */
const DOCUMENT_TAILS = new Set(
  'letter agreement agreements report statement contract amendment plan policy prospectus memorandum'.split(
    ' ',
  ),
);
/** French articles: a lone name right after one is a place, a team or a work, not a person ("la Caroline"). */
const FRENCH_ARTICLES = new Set(['le', 'la', "l'", 'les', 'du', 'des']);
/** More articles that never stand right before a person's name. */
const ARTICLES_BEFORE_THINGS = new Set(['au', 'aux', 'the']);

const bare = (t: Token): string => t.lower.replace(/\.$/, '');
const lowerText = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');

function isNotNameWord(lower: string): boolean {
  return (
    PLACES.has(lower) ||
    isKnownPlace(lower) ||
    NATIONALITIES.has(lower) ||
    MONTHS.has(lower) ||
    LEGAL_FORMS.has(lower) ||
    ORG_HEAD_WORDS.has(lower) ||
    SECTOR_NOUNS.has(lower) ||
    VENUE_TAILS.has(lower)
  );
}

/** Where the capital of the first word proves nothing: the sentence start, after a quote or a colon. */
function isSentenceStart(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return !prev || (prev.kind === 'punct' && /^["«“:(‘'—–-]$/u.test(prev.text));
}

/** The words of the name, when every one is a name word, an initial or a particle (not first nor last). */
function nameWords(tokens: Token[], from: number, to: number): Token[] | null {
  const words: Token[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const inner = i > from && i < to - 1;
    if (inner && (INITIAL_RE.test(t.text) || NAME_PARTICLES.has(t.text))) continue;
    if (t.kind !== 'word' || !NAME_WORD_RE.test(t.text)) return null;
    words.push(t);
  }
  return words;
}

function hasMiddleInitial(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) if (INITIAL_RE.test(tokens[i].text)) return true;
  return false;
}

function hasSurnameSuffix(lower: string): boolean {
  const m = SURNAME_SUFFIX_RE.exec(lower);
  return !!m && lower.length - m[0].length >= MIN_SURNAME_STEM_LETTERS;
}

/** Most lower-case words between a determiner and the name ("la crêperie industrielle X"). */
const MAX_NOUN_PHRASE_WORDS = 3;
const DETERMINERS = new Set(
  "le la l' les un une ce cette son sa ses leur the a an its his her their this".split(' '),
);

/**
 * "la coopérative X", "la crêperie industrielle X", "the Dutch startup X": a noun phrase right before the name
 * that names a company or any thing but a person ("le théoricien russe X" and "his colleague X" name people).
 */
/** "l'ingénieure", "la chirurgienne": French feminine forms of a listed occupation noun count as it. */
function isPersonNoun(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) return true;
  return (
    (lower.endsWith('e') && PERSON_NOUNS.has(lower.slice(0, -1))) ||
    (lower.endsWith('ne') && PERSON_NOUNS.has(lower.slice(0, -2)))
  );
}

function thingNounBefore(tokens: Token[], from: number): boolean {
  let words = 0;
  for (let i = from - 1; i >= 0 && words <= MAX_NOUN_PHRASE_WORDS; i--) {
    const t = tokens[i];
    // "son rival américain X": a peer noun names a person as readily as a company, so the given name decides
    if (isPersonNoun(t.lower) || ROLE_WORDS.has(t.lower) || PEER_NOUNS.has(t.lower)) return false;
    if (ORG_CUES_FR.has(t.lower) || ORG_CUES_EN.has(t.lower)) return true;
    if (DETERMINERS.has(t.lower)) return words > 0;
    // "la campagne de X", "l'absence d'X": past a preposition the noun phrase is another's
    if (FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    words++;
  }
  return false;
}

/**
 * "… Works", "… Mills", "… Stores": a plural of an everyday noun or a verb ending the name names a business, not
 * a family ("Rogers", "Edwards" are plurals of given names, not of words).
 */
function isPluralOfWord(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singular = lower.slice(0, -1);
  return isCommonWord(singular) && !isWorldGivenName(singular);
}

const SPEECH_VERBS = new Set(['said', 'says', 'added']);
const NEUTER_PRONOUNS = new Set(['it', 'its']);

/** "X said it would …": the speaker calls itself "it", as a company does. */
function speaksAsIt(tokens: Token[], to: number): boolean {
  return !!tokens[to + 1] && SPEECH_VERBS.has(tokens[to]?.lower) && NEUTER_PRONOUNS.has(tokens[to + 1].lower);
}

/** Words of the name or around it that say a person-shaped name names something else. */
function shapeRefuted(tokens: Token[], from: number, to: number, first: string, last: string): boolean {
  const whole = lowerText(tokens, from, to);
  if (isKnownOrganisation(whole) || isKnownPlace(whole) || PLACE_OPENERS.has(first)) return true;
  // "Otis Otis": a word said twice is an echo of a heading, not a given name and a surname
  if (first === last || isPluralOfWord(last) || BUSINESS_PLURAL_RE.test(last)) return true;
  if (isNotNameWord(last) || isNotNameWord(first) || speaksAsIt(tokens, to)) return true;
  // French puts no article before a person's name ("contre le X Y" names a club, "à l'X Y" a place), nor
  // does English ("The X Y said" is a paper or a firm)
  const prev = tokens[from - 1];
  if (prev && (FRENCH_ARTICLES.has(prev.lower) || ARTICLES_BEFORE_THINGS.has(prev.lower))) return true;
  return thingNounBefore(tokens, from);
}

/** True when the name alone reads as a person's: given name + surname(s), a middle initial, a family suffix. */
export function personNameShape(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < MIN_SHAPE_WORDS || n > MAX_SHAPE_WORDS) return false;
  // "Harold T. Bingham Jr.": the generational suffix is read apart from the name's shape
  if (n > MIN_SHAPE_WORDS && NAME_SUFFIXES.has(bare(tokens[to - 1])))
    return personNameShape(tokens, from, to - 1);
  // "J. Walter Pruitt": a first initial before the given name the person goes by
  if (n > MIN_SHAPE_WORDS && INITIAL_RE.test(tokens[from].text) && isWorldGivenName(tokens[from + 1].lower))
    return personNameShape(tokens, from + 1, to);
  // "O. Mason Hawkins", "T. Boone Pickens": a first initial says a person's name as a middle one does, even when
  // the name the person goes by is no listed given name
  if (n === FIRST_INITIAL_NAME_TOKENS && INITIAL_RE.test(tokens[from].text)) {
    const rest = nameWords(tokens, from + 1, to);
    return (
      rest !== null && rest.length === 2 && !shapeRefuted(tokens, from, to, rest[0].lower, rest[1].lower)
    );
  }
  const words = nameWords(tokens, from, to);
  if (!words || words.length < MIN_SHAPE_WORDS) return false;
  const first = words[0].lower;
  const last = words[words.length - 1].lower;
  if (shapeRefuted(tokens, from, to, first, last)) return false;
  if (isWorldGivenName(first)) return !(isWordLikeGivenName(first) && isSentenceStart(tokens, from));
  if (isSentenceStart(tokens, from)) return false;
  return hasMiddleInitial(tokens, from, to) || (words.length <= 3 && hasSurnameSuffix(last));
}

/** Nouns of what a company has, right after its name ("X stock", "X shareholders", "X subsidiary"). */
const COMPANY_ATTRIBUTE_NOUNS = new Set(
  'stock stake shareholders stockholders subsidiary subsidiaries unit division affiliate'.split(' '),
);
const SHARE_NOUNS = new Set(['shares', 'share']);

/** "X stock", "900,000 X shares": the name qualifies a company's stock or part ("X shares" alone may be a verb). */
function companyAttributeAfter(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!next || next.text !== next.lower) return false;
  if (COMPANY_ATTRIBUTE_NOUNS.has(next.lower)) return true;
  return SHARE_NOUNS.has(next.lower) && tokens[from - 1]?.kind === 'number';
}

/** Verbs whose object is the employer a person moves to. */
const JOIN_VERBS = new Set([
  'join',
  'joins',
  'joined',
  'joining',
  'rejoindre',
  'rejoint',
  'rejoignent',
  'rejoindra',
]);

/** True when the name's own shape or its article says it is no person, whatever its given name. */
export function notPersonName(tokens: Token[], from: number, to: number): boolean {
  const last = bare(tokens[to - 1]);
  // two words may still be a person ("Thomas Bay"): the tail alone refutes only a longer name
  if (to - from >= MIN_VENUE_NAME_WORDS && VENUE_TAILS.has(last)) return true;
  if (to - from >= 2 && DOCUMENT_TAILS.has(last)) return true;
  // "<X Y>": wire copy brackets the names of unlisted companies
  if (tokens[from - 1]?.text === '<' && tokens[to]?.text === '>') return true;
  if (companyAttributeAfter(tokens, from, to)) return true;
  const prev = tokens[from - 1];
  // "will join X as chief technology officer": one joins an employer; the role after "as" is the newcomer's
  if (to - from === 1 && prev && JOIN_VERBS.has(prev.lower)) return true;
  return (
    to - from === 1 && !!prev && FRENCH_ARTICLES.has(prev.lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[from].text)
  );
}
