import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { PluralGroups } from './anaphora-plural-state';
import type { DiscourseState } from './discourse-state';

/** Subject pronouns of several: "ils", "elles", "they". */
const PLURAL_SUBJECTS = new Set(['ils', 'elles', 'they']);
/** The words at `i` without which `pluralPronounGroup` reads nothing (units-screen.ts skips it elsewhere). */
export const PLURAL_PRONOUN_GROUP_START_WORDS: ReadonlySet<string> = PLURAL_SUBJECTS;
/** Words a pronoun opening its sentence may follow: "Ensemble, ils", "Together they", "Mais ils", "Réunis, ils". */
const OPENERS = new Set([
  'ensemble',
  'together',
  'réunis',
  'réunies',
  'combined',
  'mais',
  'but',
  'and',
  'et',
  'yet',
  'aujourd’hui',
  'now',
  ',',
]);
/** Words after which a pronoun inside the sentence is its subject's again: "…, où ils affrontent", "and they". */
const LINKS = new Set([
  'où',
  'qui',
  'where',
  'and',
  'et',
  'as',
  'while',
  'since',
  'because',
  'but',
  'mais',
  'car',
  'lorsque',
  'quand',
  'when',
  'puisqu’',
  'dont',
  // "un marché sur lequel ils concurrencent X", "a market in which they compete with X"
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
  'which',
]);

/** Adverbs of a joint act or of time between a link word and the pronoun. */
const JOINT = new Set(['together', 'ensemble', 'now', 'désormais', 'today', 'aujourd’hui']);

/** A year: "and in 2025 they jointly set up X", "et en 2021 ils ont créé X" (a dated act of the same subject). */
const YEAR = /^(19|20)\d\d$/;
/** Prepositions of a year between the link word and the pronoun. */
const YEAR_PREPOSITIONS = new Set(['in', 'en', 'dès', 'since', 'depuis']);

/** Whether token `k` closes a year phrase ("in 2025", "2025"). */
function isYearPhraseEnd(tokens: Token[], k: number): boolean {
  return YEAR.test(tokens[k].text);
}

/** Tokens to step back over at `k`: a year with its preposition ("in 2025") counts two, any other word one. */
function yearStep(tokens: Token[], k: number): number {
  return isYearPhraseEnd(tokens, k) && YEAR_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && k > 1 ? 2 : 1;
}

/** The first entity unit of the sentence so far when it stands for several of one kind, else null. */
export function pluralSubject(units: Unit[]): number[] | null {
  const first = units.find((u) => u.kind === 'ent' && u.word === undefined);
  if (!first || first.kind !== 'ent') return null;
  if (first.ents.length >= 2) return first.ents;
  const at = units.indexOf(first);
  const join = units[at + 1];
  const second = units[at + 2];
  const joined = join?.kind === 'tok' && /^(et|and|&)$/.test(join.token.lower);
  return joined && second?.kind === 'ent' && second.orgs === first.orgs && second.persons === first.persons
    ? [...first.ents, ...second.ents]
    : null;
}

/**
 * The group "ils"/"they" at `i` stands for, else null (left to the older reading of the last list). Opening the
 * sentence, it is the previous sentence's plural subject, else (after a sentence naming no list and no person) the
 * pair last told — people after people ("A et B … Ils ont créé X"), the
 * pair told as subject after companies ("Les deux voyagistes … Réunis, ils affrontent X"), even when that
 * sentence listed other companies as objects (the older reading takes
 * the previous sentence's list only when its subject was no group). Inside a sentence after a link word, it is the sentence's own plural
 * subject ("Les deux voyagistes …, où ils affrontent X", "Ces deux poids lourds …, avec qui ils se disputent").
 */
export function pluralPronounGroup(
  tokens: Token[],
  i: number,
  units: Unit[],
  groups: PluralGroups,
  state: DiscourseState,
): number[] | null {
  if (!PLURAL_SUBJECTS.has(tokens[i].lower)) return null;
  const before = tokens.slice(0, i);
  // a lone capitalised opening word ("Réunis") may have been taken for a name: it is still a word
  const opening =
    units.every((u) => u.kind === 'tok' || u.word !== undefined) && before.every((t) => OPENERS.has(t.lower));
  if (opening) {
    if (groups.subject === 'persons') return groups.persons;
    if (groups.subject === 'orgs') return groups.orgs;
    // after a sentence about one company ("X est marseillais. Ensemble, ils …") the only group is the pair told
    // before; a list or a person in that sentence leaves the pronoun to the older readings
    return state.lastOrgList === null && !state.lastNamedPerson && groups.subject === null
      ? groups.orgs
      : null;
  }
  // "and together they", "où, ensemble, ils": the adverb of a joint act stands between the link and the pronoun
  let k = i - 1;
  while (k > 0 && (JOINT.has(tokens[k].lower) || tokens[k].text === ',' || isYearPhraseEnd(tokens, k)))
    k -= yearStep(tokens, k);
  return LINKS.has(tokens[k]?.lower ?? '') ? pluralSubject(units) : null;
}
