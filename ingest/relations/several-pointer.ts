import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { implicitPair } from './discourse';
import type { Unit } from './pattern';
import { bothSubjectLength, combinedPhraseLength, pluralPhraseAt, tellsRivalry } from './plural-pointers';
import { pluralGroups } from './anaphora-plural-state';
import { pluralPronounGroup } from './anaphora-plural-pronouns';
import { storyPairAfterList } from './anaphora-pair-after-list';

/** A phrase pointing at companies the discourse holds: its tokens and the companies. */
export interface SeveralPointer {
  length: number;
  ents: number[];
}

/**
 * A phrase at `i` standing for companies the discourse holds, else null: "the combined company" is the company
 * the merger makes when the article named it, else — when the sentence tells of rivals — the merging pair (each
 * party's rivals are the new company's); a sentence-opening "Both"/"Tous deux" is the last list or pair.
 */
export function severalPointerAt(
  tokens: Token[],
  i: number,
  state: DiscourseState,
  units: Unit[] = [],
): SeveralPointer | null {
  const told = toldGroupAt(tokens, i, state);
  if (told !== null) return told;
  const pronoun = pluralPronounGroup(tokens, i, units, pluralGroups(state), state);
  if (pronoun !== null) return { length: 1, ents: pronoun };
  if (state.mergingPair !== null) {
    const length = combinedPhraseLength(tokens, i);
    if (length > 0 && state.bornOrg !== null) return { length, ents: [state.bornOrg] };
    if (length > 0 && tellsRivalry(tokens)) return { length, ents: state.mergingPair };
  }
  const deal = state.mergingPair === null ? 0 : dealSubjectLength(tokens, i);
  if (deal > 0) return { length: deal, ents: state.mergingPair! };
  // "Both …", "L'un comme l'autre …" opening a sentence: the pair last told as a subject, before a list the
  // sentences since gave as its rivals or targets ("Ensemble, elles affronteront A et B. L'un comme l'autre …")
  // the phrase first: it opens few sentences, and the group is then not looked for
  const length = bothSubjectLength(tokens, i);
  if (length === 0) return null;
  const group =
    storyPairAfterList(state) ??
    pluralGroups(state).orgs ??
    state.lastOrgList ??
    state.lastPair ??
    implicitPair(state);
  return group === null ? null : { length, ents: group };
}

const DEAL_DETERMINERS = new Set(['le', 'la', "l'", 'the', 'ce', 'cette', 'this']);
const DEAL_NOUNS = new Set([
  'rapprochement',
  'fusion',
  'mariage',
  'opération',
  'merger',
  'deal',
  'tie-up',
  'combination',
  'transaction',
]);
/** The competition authority ("l'Autorité de la concurrence", "competition authorities") tells no rivalry. */
const AUTHORITY_WORDS = new Set(['concurrence', 'competition']);

/**
 * "Le rapprochement vise à peser face à X", "La fusion doit leur permettre de rivaliser avec X", "The merger will
 * help them compete with X": a merger noun opening a sentence of rivalry stands for the merging pair, whose rivals
 * X are (the deal itself competes with no one). Not an acquisition: there the buyer is named.
 */
function dealSubjectLength(tokens: Token[], i: number): number {
  if (i !== 0 || !DEAL_DETERMINERS.has(tokens[0].lower) || !DEAL_NOUNS.has(tokens[1]?.lower ?? '')) return 0;
  if (!tellsRivalry(tokens) || tokens.some((t) => AUTHORITY_WORDS.has(t.lower))) return 0;
  return 2;
}

/**
 * "les deux voyagistes", "ces deux poids lourds", "the two founders", "the pair": the group last told as such
 * (`anaphora-plural-state.ts`) when it has the count the phrase gives; companies fall back on the last pair and
 * the article's deal parties as before. "The pair" is the people when the last sentence's subject was people. A merging
 * pair comes first: articles keep "les deux sociétés" for the merger they tell, whatever pair an aside named since.
 */
function toldGroupAt(tokens: Token[], i: number, state: DiscourseState): SeveralPointer | null {
  const phrase = pluralPhraseAt(tokens, i);
  if (phrase === null) return null;
  const g = pluralGroups(state);
  const fits = (ents: number[] | null) =>
    ents !== null && (phrase.count === 0 ? ents.length >= 2 : ents.length === phrase.count) ? ents : null;
  const persons = phrase.kind === 'orgs' ? null : fits(g.persons);
  // the merging pair outranks a later pair: an aside naming two others ("Selon Handelsblatt, le groupe Viajes
  // Ribera …", "la fusion d'Opalis et de M avait …") is background, the article's merger stays "the two companies"
  // after a list of three or more, "les deux sociétés" is the story's pair again (anaphora-pair-after-list.ts)
  const told =
    fits(state.mergingPair) ??
    (phrase.kind === 'persons' ? null : fits(storyPairAfterList(state))) ??
    fits(g.orgs) ??
    fits(state.lastPair);
  // a demonstrative takes the list just given, else the pair told before, never a guess from the deal's parties
  const orgs =
    phrase.kind === 'persons'
      ? null
      : phrase.demonstrative
        ? (fits(g.recentOrgs) ?? told)
        : (told ?? (phrase.kind === 'orgs' ? fits(implicitPair(state)) : null));
  // "the pair" right after two people is them; otherwise a pair of companies told before
  const recentPeople = fits(g.recentPersons);
  const ents = phrase.kind === 'either' && recentPeople !== null ? recentPeople : (orgs ?? persons);
  return ents === null ? null : { length: phrase.length, ents };
}

const COUNT_WORDS = new Map([
  ['deux', 2],
  ['two', 2],
  ['trois', 3],
  ['three', 3],
  ['quatre', 4],
  ['four', 4],
  ['cinq', 5],
  ['five', 5],
]);

/**
 * The companies "ces trois acteurs" (the list phrase of `length` tokens at `i`) stands for: the last list, or —
 * when the phrase counts members and that list has another count — the previous sentence's organisations when
 * they are exactly that many ("A se hisse au niveau de B et de C. Ces trois enseignes …"). Null when neither fits.
 */
export function countedList(
  tokens: Token[],
  i: number,
  length: number,
  state: DiscourseState,
  index: EntityIndex,
): number[] | null {
  let count: number | undefined;
  for (let k = i; k < i + length && count === undefined; k++) count = COUNT_WORDS.get(tokens[k].lower);
  const list = state.lastOrgList;
  if (count === undefined || list?.length === count) return list;
  const named = [...new Set(state.previousNamed)].filter(
    (e) => index.entities[e].type === 'Organization' && !state.previousSources.includes(e),
  );
  if (named.length === count) return named;
  // "A affronte B, C et D. Ces trois concurrents …": the rivals counted are the ones named after the company they face
  const rivals = tokens.slice(i, i + length).some((t) => COUNTED_RIVAL_NOUNS.has(t.lower));
  return rivals && named.length === count + 1 ? named.slice(1) : null;
}

const COUNTED_RIVAL_NOUNS = new Set(['concurrents', 'rivaux', 'rivals', 'competitors', 'acteurs', 'players']);
