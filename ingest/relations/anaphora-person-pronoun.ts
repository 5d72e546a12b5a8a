import nlp from 'compromise';
import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { foundVerb } from './frames/founders-founded';
import { ADVERB, AUXILIARY, LEAD_EN, LEAD_FR, NEGATION, NOT_LEAD_VERB } from './frames/founders-words';
import { postAfterPronoun } from './anaphora-person-post';
import { leftToFoundAfterPronoun } from './anaphora-person-left-to-found';
import { speakerTitleAt } from './anaphora-person-speaker';

/**
 * A person told again by "il"/"elle"/"he"/"she" before a verb only a person's career takes — founding or heading:
 * "Il avait cofondé X en 2009", "Elle dirige désormais la biscuiterie", "She previously co-founded X", "He started
 * the company in 2012" — or leaving a post to found one ("Elle a quitté le groupe pour créer X"). The pronoun is
 * the person the last sentence opened on, else the last person it named whose given name agrees with the pronoun (a
 * company told by "il" before "a racheté" keeps the company readings).
 */

interface PersonMemory {
  /** The person the last sentence naming one opened its main clause on, or null. */
  subject: number | null;
  /** The people that sentence named, in order (pointers included). */
  named: number[];
}

const MEMORY = new WeakMap<DiscourseState, PersonMemory>();

function memoryOf(state: DiscourseState): PersonMemory {
  let m = MEMORY.get(state);
  if (!m) {
    m = { subject: null, named: [] };
    MEMORY.set(state, m);
  }
  return m;
}

const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([
  ['il', 'm'],
  ['elle', 'f'],
  ['he', 'm'],
  ['she', 'f'],
]);

/** The words at `i` without which `personPronounAt` past the speaker title reads nothing (units-screen.ts skips it elsewhere). */
export const PERSON_PRONOUN_START_WORDS: ReadonlySet<string> = new Set(PRONOUN_GENDER.keys());

/** Words before the pronoun that leave it the subject of a new clause of the same sentence: ", et il", "and she". */
const COORDINATORS = new Set(['et', 'and', 'puis', 'then', 'mais', 'but']);
/** A fronted time phrase of a year: "En 2014, elle avait cofondé", "In 2011 he founded". */
const YEAR = /^(1[89]|20)\d\d$/;
/** Most words between the pronoun and its verb ("avait auparavant cofondé", "had previously co-founded"). */
const MAX_VERB_GROUP = 4;
/** Adverbs of a career's earlier step the shared list leaves out: "avait auparavant cofondé", "had once run". */
const EARLIER = /^(auparavant|précédemment|alors|once|earlier|before|lui-même|elle-même|himself|herself)$/;
/** A copula: the participle after it is a passive's, told of the company. */
const COPULA = /^(est|sont|était|étaient|sera|seront|été|être|is|are|was|were|be|been|being)$/;
/** A place or year phrase inside the verb group: "il a, en 2014, cofondé". */
const IN_WORD = /^(en|in)$/;

/** "Hélène" → "helene", the key compromise's name lists use. */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

let lexicon: Record<string, string | string[]> | null = null;

/** French given names compromise does not list end in these mostly when feminine (Sandrine, Morgane, Gaëlle). */
const FEMININE_ENDING = /(ine|ane|elle|ette|ienne|ie|a)$/;

/**
 * French given names the list or the ending above gets wrong: masculine names ending like feminine ones (Émile,
 * Stéphane) and names given to both (Dominique, Camille), which tell no gender. "Cette dernière" must not take Émile X.
 */
const FRENCH_NAME_GENDER = new Map<string, 'm' | null>([
  ['emile', 'm'],
  ['stephane', 'm'],
  ['dominique', null],
  ['camille', null],
]);

/** The gender of a person's given name (the first word of the name), or null when unknown. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const first = plain(name.split(/[\s-]/)[0] ?? '');
  if (first.length < 2) return null;
  const known = FRENCH_NAME_GENDER.get(first);
  if (known !== undefined) return known;
  lexicon ??= (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const tag = lexicon[first];
  if (tag === 'MaleName') return 'm';
  if (tag === 'FemaleName') return 'f';
  return FEMININE_ENDING.test(first) ? 'f' : null;
}

/** A verb of founding or heading, a person's career verb, in the pronoun's language. */
function careerVerb(word: string, fr: boolean): boolean {
  if (NOT_LEAD_VERB.test(word)) return false;
  return foundVerb(word, fr ? 'fr' : 'en') || (fr ? LEAD_FR.test(word) : LEAD_EN.test(word));
}

/** A founding verb of more than one word at `k`: "set up", "mis sur pied" (the single words found nothing alone). */
function phrasalFoundVerb(tokens: Token[], k: number, fr: boolean): boolean {
  const next = (j: number) => tokens[k + j]?.lower ?? '';
  if (fr) return /^(mis|mise)$/.test(tokens[k].lower) && next(1) === 'sur' && next(2) === 'pied';
  return /^(set|sets)$/.test(tokens[k].lower) && next(1) === 'up';
}

/** Whether the words after the pronoun reach a career verb through auxiliaries, adverbs and a year, no negation. */
export function careerVerbAfter(tokens: Token[], i: number, fr: boolean): boolean {
  for (let k = i + 1, seen = 0; k < tokens.length && seen <= MAX_VERB_GROUP; k++) {
    const w = tokens[k].lower;
    // "Elle est aujourd'hui dirigée par P", "It was founded by P": a passive's subject is the company
    if (COPULA.test(w)) return false;
    if (careerVerb(w, fr) || phrasalFoundVerb(tokens, k, fr)) return true;
    if (NEGATION.test(w)) return false;
    const skippable =
      AUXILIARY.test(w) ||
      ADVERB.test(w) ||
      EARLIER.test(w) ||
      YEAR.test(w) ||
      w === ',' ||
      (IN_WORD.test(w) && YEAR.test(tokens[k + 1]?.lower ?? ''));
    if (!skippable) return false;
    if (w !== ',') seen++;
  }
  return false;
}

/**
 * Words before the pronoun that make it the subject of an object relative on a company: "X, which she co-founded",
 * "X, qu'il dirige depuis 2010", "the Dublin insurtech she co-founded" (a company noun right before, no "which").
 */
const RELATIVE_OBJECT = /^(which|that|que|qu')$/;
const COMPANY_NOUN_BEFORE =
  /^(company|firm|business|start-up|startup|group|insurtech|fintech|agency|brand|label|société|entreprise|marque|maison|agence|enseigne)$/;

/** Whether the pronoun at `i` opens an object relative whose antecedent is a company (see RELATIVE_OBJECT). */
function opensObjectRelative(tokens: Token[], i: number, fr: boolean): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (RELATIVE_OBJECT.test(before)) return fr === (before === 'que' || before === "qu'");
  return !fr && COMPANY_NOUN_BEFORE.test(before);
}

/** Whether the pronoun opens a clause: the sentence, a fronted phrase, a colon, or ", et" after a person. */
function opensClause(tokens: Token[], i: number, opensMain: () => boolean): boolean {
  if (opensMain()) return true;
  const before = tokens[i - 1]?.lower ?? '';
  if (before === ':' || before === ';') return true;
  return COORDINATORS.has(before) && tokens[i - 2]?.text === ',';
}

function agrees(index: EntityIndex, person: number, gender: 'm' | 'f'): 'yes' | 'no' | 'unknown' {
  const g = givenNameGender(index.entities[person].surfaces[0] ?? '');
  return g === null ? 'unknown' : g === gender ? 'yes' : 'no';
}

/**
 * The person "il"/"elle"/"he"/"she" at `i` stands for, or null. Inside a sentence whose subject is a person (", et
 * il préside"), that person; opening a sentence, the person the last sentence opened on, else the last person it
 * named whose given name agrees. Only before a career verb: elsewhere the pronoun is as often the company.
 * `opensMain` is asked only at a pronoun: the main clause's opening is a costly read most tokens never need.
 */
export function personPronounAt(
  tokens: Token[],
  units: Unit[],
  index: EntityIndex,
  state: DiscourseState,
  i: number,
  opensMain: () => boolean,
): number | null {
  const t = tokens[i];
  const speaker = speakerTitleAt(tokens, i);
  if (speaker !== null) return titledSpeaker(index, memoryOf(state), speaker.gender);
  const gender = PRONOUN_GENDER.get(t.lower);
  if (gender === undefined) return null;
  const fr = t.lower === 'il' || t.lower === 'elle';
  if (!opensClause(tokens, i, opensMain)) {
    // "X, which she co-founded", "X, qu'il dirige": the company is the verb's object, the pronoun a person told before
    if (!opensObjectRelative(tokens, i, fr) || !careerVerbAfter(tokens, i, fr)) return null;
    // "P now runs Nordvik, a start-up he co-founded", "P siège au conseil de X, une PME qu'elle a cofondée": with
    // a person named before, the relative frames read the pronoun word themselves (frames/founders-object-relative.ts,
    // founders-apposed-relative.ts, leads-object-relative.ts, leads-founded-and-run.ts)
    if (units.some((u) => u.kind === 'ent' && u.persons)) return null;
    return relativeSubject(index, memoryOf(state), gender);
  }
  if (!careerVerbAfter(tokens, i, fr) && !postAfterPronoun(tokens, i) && !leftToFoundAfterPronoun(tokens, i))
    return null;
  const here = units.filter((u) => u.kind === 'ent');
  if (here.length > 0) {
    // ", et il préside": the clause's subject is the sentence's first party, when a person
    const first = here[0];
    if (first.kind !== 'ent' || !first.persons || first.ents.length !== 1) return null;
    return agrees(index, first.ents[0], gender) === 'no' ? null : first.ents[0];
  }
  const m = memoryOf(state);
  if (m.subject !== null && agrees(index, m.subject, gender) !== 'no') return m.subject;
  const agreeing = m.named.filter((p) => agrees(index, p, gender) === 'yes');
  if (agreeing.length > 0) return agreeing[agreeing.length - 1];
  // a name of unknown gender is the pronoun's only when every other person named has the other gender
  const possible = m.named.filter((p) => agrees(index, p, gender) !== 'no');
  return possible.length === 1 ? possible[0] : null;
}

/**
 * The person the subject pronoun of an object relative stands for, in a sentence naming no person before it: the
 * person the last sentence opened on, else the only person of the last sentence whose given name agrees.
 */
function relativeSubject(index: EntityIndex, m: PersonMemory, gender: 'm' | 'f'): number | null {
  if (m.subject !== null && agrees(index, m.subject, gender) !== 'no') return m.subject;
  const agreeing = m.named.filter((p) => agrees(index, p, gender) === 'yes');
  return agreeing.length === 1 ? agreeing[0] : null;
}

/**
 * The person a speaker's bare title stands for ("se souvient la cofondatrice et présidente de X"): the last person
 * named whose given name agrees with the article, or the only person named when the article tells no gender.
 */
function titledSpeaker(index: EntityIndex, m: PersonMemory, gender: 'm' | 'f' | null): number | null {
  if (gender === null) return m.named.length === 1 ? m.named[0] : null;
  const agreeing = m.named.filter((p) => agrees(index, p, gender) === 'yes');
  return agreeing.length === 1 ? agreeing[0] : null;
}

/**
 * Called once a sentence's units are built: the people it named and the one it opened on. A sentence naming no
 * party at all leaves the memory as it was (a quote, a figure); one naming a company and no person forgets the
 * people, since an "il" after it is the company's.
 */
export function rememberPersons(units: Unit[], state: DiscourseState): void {
  const ents = units.filter((u) => u.kind === 'ent');
  if (ents.length === 0) return;
  const m = memoryOf(state);
  const named = new Set<number>();
  for (const u of ents) if (u.kind === 'ent' && u.persons) for (const e of u.ents) named.add(e);
  m.named = [...named];
  const first = ents[0];
  m.subject = first.kind === 'ent' && first.persons && first.ents.length === 1 ? first.ents[0] : null;
}
