import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';
import { INTENSIFIERS } from './anaphor-words';
import { salientOrg } from './discourse';
import { honorificLength, listPhraseLength, pairPhraseLength } from './pointing-phrases';
import { storyPairAfterList } from './anaphora-pair-after-list';
import { inQuote, recordOwnedSpeakers, speakerOrgFor } from './speaker';
import { pointerAt } from './pointer-at';
import { countedList, severalPointerAt } from './several-pointer';
import { isDealBeneficiary } from './deal-beneficiary';
import { closeSentence } from './anaphora-sentence-end';
import { chainMayStartAt } from './units-screen';
import { UnitContext } from './unit-context';
import { placeNamed } from './units-named';
import { determinerAdjectivePointer, determinerNounPointer, newEntityPointer } from './units-noun-pointers';
import {
  coordinatedPronoun,
  frenchPronoun,
  personPronoun,
  pluralPronoun,
  subjectPronoun,
} from './units-pronouns';
import { possessivePointer } from './units-possessives';
import { frontedPhraseIt } from './anaphora-fronted-it';
import { pluralObjectGroup } from './anaphora-plural-object';
import { dativeCliticOrg } from './anaphora-dative-clitic';
import { AGE_APPOSITION_START_WORDS, ageAppositionLength } from './units-age-apposition';
import { bodyNounPointer } from './anaphora-body-noun';
import { foldFormerName } from './anaphora-former-name';

/** The pointers read at a token that no name starts at, in the order they are tried; each returns tokens used. */
const POINTERS: readonly ((c: UnitContext) => number)[] = [
  (c) => pointerAt(c.tokens, c.mentions, c.index, c.state, c.units, c.i, c.speaker),
  dealBeneficiary,
  dativeClitic,
  several,
  pluralObject,
  determinerNounPointer,
  // "the federation", "l'union": the one body named before by that noun (anaphora-body-noun.ts)
  bodyNounPointer,
  // "très", "also": passed over
  (c) => (INTENSIFIERS.has(c.t.lower) && c.i > 0 ? 1 : 0),
  // "Lumenra's president, Dr. Alicia Grant": the title is no word between the roles
  (c) => honorificLength(c.tokens, c.mentions, c.index, c.i),
  newEntityPointer,
  determinerAdjectivePointer,
  personPronoun,
  frontedPhraseIt,
  subjectPronoun,
  coordinatedPronoun,
  frenchPronoun,
  listed,
  possessivePointer,
  pair,
  pluralPronoun,
];

/** "the buyer", "l'acquéreur" after a deal: the last subject company. */
function dealBeneficiary(c: UnitContext): number {
  if (c.state.lastSubjectOrg === null || !isDealBeneficiary(c.tokens, c.i)) return 0;
  c.point([c.state.lastSubjectOrg], c.i);
  return 1;
}

/**
 * "Bpifrance lui a apporté": remembers the company the money goes to (anaphora-dative-clitic.ts) and uses no
 * token, since the funding rules read the clitic itself and ask the state for its company.
 */
function dativeClitic(c: UnitContext): number {
  c.state.dativeOrg ??= dativeCliticOrg(c.tokens, c.i, c.units, c.state);
  return 0;
}

/** "the combined company", "both", "tous deux": several companies (several-pointer.ts). */
function several(c: UnitContext): number {
  const found = severalPointerAt(c.tokens, c.i, c.state, c.units);
  if (found === null) return 0;
  c.point(found.ents, c.i + found.length - 1);
  return found.length;
}

/** "would help them compete", "leur permettra de": the sentence's plural subject (anaphora-plural-object.ts). */
function pluralObject(c: UnitContext): number {
  const group = pluralObjectGroup(c.tokens, c.i, c.units, c.state);
  if (group === null) return 0;
  c.point(group, c.i);
  return 1;
}

/** "these three companies", "les trois sociétés": the companies counted (several-pointer.ts). */
function listed(c: UnitContext): number {
  const length = listPhraseLength(c.tokens, c.i);
  const ents = length > 0 ? countedList(c.tokens, c.i, length, c.state, c.index) : null;
  if (ents === null) return 0;
  c.point(ents, c.i + length - 1);
  return length;
}

/** "the two companies", "les deux sociétés": the pair last named. */
function pair(c: UnitContext): number {
  if (!c.state.lastPair) return 0;
  const length = pairPhraseLength(c.tokens, c.i);
  if (length === 0) return 0;
  // after a list of three or more, the story's pair again (anaphora-pair-after-list.ts)
  c.point(storyPairAfterList(c.state) ?? c.state.lastPair, c.i + length - 1);
  return length;
}

/** The sentence as units; anaphors are resolved from `state`, which is then updated with this sentence. */
export function buildUnits(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
): Unit[] {
  recordOwnedSpeakers(tokens, mentions, index, state.speaker, state.lastSubjectOrg);
  const quoted = inQuote(tokens, state.speaker);
  const speaker = quoted
    ? speakerOrgFor(
        tokens,
        mentions,
        index,
        state.speaker,
        state.bornOrg,
        salientOrg(state),
        // "Fondée en 2016 par P et Q, la société dispute … « … », indique son directeur général, R": the one
        // company the sentence before pointed at, when the persons it named kept it from being recorded as subject
        state.lastSubjectOrg ?? (state.previousPointed.length === 1 ? state.previousPointed[0] : null),
      )
    : null;
  state.dativeOrg = null;
  const c = new UnitContext(tokens, mentions, index, state, speaker);
  const units = c.units;
  let m = 0;
  for (let i = 0; i < tokens.length;) {
    while (m < mentions.length && mentions[m].from < i) m++;
    if (m < mentions.length && mentions[m].from === i) {
      i = placeNamed(tokens, mentions, m, index, state, units);
      continue;
    }
    // "P, 51 ans, en assure …": the age between commas is passed over, outside the pointer chain (commas are many)
    const age = AGE_APPOSITION_START_WORDS.has(tokens[i].text) ? ageAppositionLength(tokens, i, units) : 0;
    if (age > 0) {
      i += age;
      continue;
    }
    c.at(i);
    // pointerAt is always asked (it records the sentence's origins once); the others only at their start words
    const readers = chainMayStartAt(tokens, i) ? POINTERS.length : 1;
    let used = 0;
    for (let p = 0; p < readers && used === 0; p++) used = POINTERS[p](c);
    if (used === 0) {
      units.push({ kind: 'tok', token: c.t });
      used = 1;
    }
    i += used;
  }
  // "The Oslo-based group, formerly known as Y, …": the old name says which company the pointer is, before the
  // sentence's subject is recorded (anaphora-former-name.ts)
  foldFormerName(units, index);
  closeSentence(tokens, mentions, index, units, state, c.possessives, speaker);
  return units;
}
