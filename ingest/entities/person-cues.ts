import type { Token } from '../tokens';
import { ROLE_WORDS } from './lexicon-roles';
import { FIRM_MODIFIERS, PERSON_NOUNS, STAFF_AFTER } from './lexicon-people';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { isNamingParticiple } from './context-cues';
import { personNameShape } from './person-shapes';
import { holdsPostOfBodyBefore } from './post-holder-apposition';
import { apposedSpeakerIsHeOrShe } from './apposed-speaker';
import {
  loneSurnameInOffice,
  memberOfTitledList,
  personClauseAfter,
  titleBeforeSurname,
} from './person-clauses';

/** Longest owner name in "P, Acme Corp's chief executive", in words. */
const MAX_OWNER_WORDS = 3;

/**
 * Cues that make a two- or three-word name a person when its given name is not one we know: who founded a
 * company, who wrote a dispatch, who holds a post named just before. Company founders with a company's shape
 * (a legal form, a head word) are typed by that shape first.
 */

/** Participles whose agent, after "by"/"par", is a founder ("founded by", "cofondée par"). */
const FOUNDING_PARTICIPLES = new Set([
  'founded',
  'co-founded',
  'cofounded',
  'started',
  'fondé',
  'fondée',
  'fondés',
  'fondées',
  'cofondé',
  'cofondée',
  'co-fondé',
  'co-fondée',
  'créé',
  'créée',
  'créés',
  'créées',
]);
/** Wire bylines: "(Reporting by A; Editing by B)". */
const BYLINE_NOUNS = new Set(['reporting', 'editing', 'writing', 'reportage', 'rédaction']);
const BY = new Set(['by', 'par']);
/** "set up by": the participle is two words. */
const SET_UP = ['set', 'up'];

/** Fewest and most words of a name typed a person by these cues. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * A capital then lower case, hyphenated parts included; Gaelic and Norman surname prefixes keep a second capital
 * ("McKinnon", "MacLeod", "O'Neill", "D'Souza").
 */
const PERSONAL_WORD_RE = /^(?:Mc|Mac|O'|D'|O’|D’)?\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u;

/** Every word an initial capital then lower case ("Tiago Paiva"), the shape of a personal name. */
function looksLikePersonalName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < MIN_NAME_WORDS || n > MAX_NAME_WORDS) return false;
  for (let i = from; i < to; i++) if (!PERSONAL_WORD_RE.test(tokens[i].text)) return false;
  return true;
}

/** Most lower-case words or numbers between a founding participle and "by" ("founded last year by", "créée en 2019 par"). */
const MAX_WORDS_BEFORE_BY = 3;

/** Participles whose agent, after "by"/"par", holds the chair or the management ("chaired by", "dirigée par"). */
const LEADING_PARTICIPLES = new Set([
  'chaired',
  'headed',
  'run',
  'dirigé',
  'dirigée',
  'présidé',
  'présidée',
  'codirigé',
  'codirigée',
]);
/** Most descriptor words between "by" and the name ("by former TV producer X", "par l'entrepreneur X"). */
const MAX_DESCRIPTOR_WORDS = 4;

/** Where "by"/"par" stands before the name, past lower-case descriptors, acronyms and nationalities; -1 if not. */
function agentWordBefore(tokens: Token[], from: number): number {
  for (let i = from - 1, n = 0; i >= 0 && n <= MAX_DESCRIPTOR_WORDS; i--, n++) {
    const t = tokens[i];
    if (BY.has(t.lower)) return i;
    if (t.kind !== 'word') return -1;
    const descriptor =
      t.text === t.lower || t.text === t.text.toUpperCase() || /^\p{Lu}\p{Ll}+$/u.test(t.text);
    if (!descriptor || EN_STOPWORDS.has(t.lower) || (FR_STOPWORDS.has(t.lower) && t.lower !== "l'"))
      return -1;
  }
  return -1;
}

/** "founded by A and B": where the first agent's name starts when `from` follows "and/et" after it; -1 if not. */
function coordinatedAgentStart(tokens: Token[], from: number): number {
  const conj = tokens[from - 1];
  if (!conj || (conj.lower !== 'and' && conj.lower !== 'et')) return -1;
  let i = from - 2;
  while (i >= 0 && from - 2 - i < MAX_NAME_WORDS && PERSONAL_WORD_RE.test(tokens[i].text)) i--;
  return i + 1 < from - 1 && looksLikePersonalName(tokens, i + 1, from - 1) ? i + 1 : -1;
}

function agentOfFounding(tokens: Token[], from: number): boolean {
  const first = coordinatedAgentStart(tokens, from);
  if (first >= 0) return agentOfFounding(tokens, first);
  const at = agentWordBefore(tokens, from);
  if (at < 0) return false;
  // descriptors only after a founding or leading participle ("founded in 2016 by former TV producer X")
  if (at < from - 1) return participleBefore(tokens, at);
  if (tokens[at - 1] && LEADING_PARTICIPLES.has(tokens[at - 1].lower)) return true;
  return foundingAgentAt(tokens, from);
}

/** A founding or leading participle shortly before "by" at `at`, past lower-case words and years. */
function participleBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_WORDS_BEFORE_BY; i--) {
    const t = tokens[i];
    if (FOUNDING_PARTICIPLES.has(t.lower) || LEADING_PARTICIPLES.has(t.lower)) return true;
    if (t.kind === 'punct' || t.text !== t.lower) return false;
  }
  return false;
}

function foundingAgentAt(tokens: Token[], from: number): boolean {
  const by = tokens[from - 1];
  if (!by || !BY.has(by.lower)) return false;
  const verb = tokens[from - 2];
  if (verb && BYLINE_NOUNS.has(verb.lower)) return true;
  if (tokens[from - 3]?.lower === SET_UP[0] && verb?.lower === SET_UP[1]) return true;
  for (let i = from - 2; i >= 0 && i >= from - 2 - MAX_WORDS_BEFORE_BY; i--) {
    const t = tokens[i];
    if (FOUNDING_PARTICIPLES.has(t.lower)) return true;
    if (t.kind === 'punct' || t.text !== t.lower) return false;
  }
  return false;
}

/**
 * Lower-case posts that are everyday words elsewhere ("Hugo Boss", "the Chair"), so they are no ROLE_WORDS, but
 * that name a post when written in lower case before an apposed name ("Acme's boss, X Y,").
 */
const APPOSED_POSTS = new Set(['boss', 'chair', 'chairperson', 'head', 'owner', 'founder']);

/** "chief executive, Mikko Rantanen,": a role word, a comma, then the name. */
function roleThenComma(tokens: Token[], from: number): boolean {
  const comma = tokens[from - 1];
  const role = tokens[from - 2];
  if (!comma || comma.text !== ',' || !role) return false;
  if (ROLE_WORDS.has(role.lower.replace(/\.$/, ''))) return true;
  return role.text === role.lower && APPOSED_POSTS.has(role.lower);
}

/** English speech verbs that put the speaker after them in quoted copy ("…," said A, owner of B). */
const SPEECH_VERBS_BEFORE_SPEAKER = new Set(['said', 'says', 'added', 'explained', 'told']);

/** '"…," said A B,': a quote's speaker, named right after the speech verb and closed by a comma or a stop. */
function speakerAfterQuote(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[from - 1];
  const after = tokens[to];
  if (!verb || !SPEECH_VERBS_BEFORE_SPEAKER.has(verb.text)) return false;
  return !after || after.text === ',' || after.text === '.';
}

/**
 * True when the words around a personal-looking name say it is a person. A founding agent followed by a staff noun
 * ("founded by former Royal Air Force pilots") is the service or firm the founders came from, not one of them.
 */
export function personCue(tokens: Token[], from: number, to: number): boolean {
  if (personNameShape(tokens, from, to)) return true;
  if (titleBeforeSurname(tokens, from, to) || memberOfTitledList(tokens, from, to)) return true;
  if (loneSurnameInOffice(tokens, from, to)) return true;
  if (!looksLikePersonalName(tokens, from, to)) return false;
  return (
    (agentOfFounding(tokens, from) && !STAFF_AFTER.has(tokens[to]?.lower ?? '')) ||
    roleThenComma(tokens, from) ||
    holdsPostOfBodyBefore(tokens, from, to) ||
    speakerAfterQuote(tokens, from, to) ||
    personClauseAfter(tokens, to) ||
    apposedSpeakerIsHeOrShe(tokens, to)
  );
}

/** "P, Acme's chief executive": a capitalised owner, "'s", then a role word. */
export function possessedRole(tokens: Token[], at: number): boolean {
  for (let i = at; i < at + MAX_OWNER_WORDS && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === "'s" || t.lower === '’s')
      return tokens[i + 1] !== undefined && ROLE_WORDS.has(tokens[i + 1].lower.replace(/\.$/, ''));
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * French trade nouns the business press gives a company after a masculine determiner ("le chimiste allemand X",
 * "au chimiste X": a chemicals group), while "la chimiste X" is a woman; an English "chemist" keeps its person.
 */
const FR_FIRM_TRADES = new Set(['chimiste']);
/** Masculine determiners before such a noun ("le", "du", "au"). */
const FR_MASCULINE_DETERMINERS = new Set(['le', 'du', 'au']);

/** Most lower-case words from an occupation noun to the name, the noun included ("le théoricien marxiste russe X"). */
const MAX_WORDS_FROM_OCCUPATION = 3;

/** "l'acteur X", "le guitariste rythmique X", "son frère aîné, X": an occupation or kin noun just before. */
export function occupationBefore(tokens: Token[], from: number): boolean {
  let i = from - 1;
  if (tokens[i] && tokens[i].text === ',') i--;
  // one adjective may stand between ("l'acteur américain X"), not a naming participle ("un acteur baptisé X")
  if (isNamingParticiple(tokens[i])) return false;
  for (let k = 0; k < MAX_WORDS_FROM_OCCUPATION && i >= 0; k++, i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    // "via son fonds X": a word before the noun, French "son" is a possessive, not the English kin noun
    if (PERSON_NOUNS.has(t.lower) && !(k >= 1 && t.lower === 'son')) {
      const before = tokens[i - 1]?.lower ?? '';
      if (FR_FIRM_TRADES.has(t.lower) && FR_MASCULINE_DETERMINERS.has(before)) return false;
      return !FIRM_MODIFIERS.has(before);
    }
    if (FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
  }
  return false;
}
