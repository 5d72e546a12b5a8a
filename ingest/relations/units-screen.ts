import type { Token } from '../tokens';
import {
  ANAPHOR_DETERMINERS,
  FRENCH_SUBJECT_PRONOUNS,
  INTENSIFIERS,
  LIST_DEMONSTRATIVES,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  SUBJECT_PRONOUNS,
} from './anaphor-words';
import { DEAL_BENEFICIARY_START_WORDS } from './deal-beneficiary';
import { DATIVE_CLITIC_START_WORDS } from './anaphora-dative-clitic';
import {
  COMBINED_PAIR_START_WORDS,
  DEFINITE_LIST_START_WORDS,
  PLURAL_PHRASE_START_WORDS,
  PLURAL_POSSESSIVES,
} from './plural-pointers';
import { PLURAL_PRONOUN_GROUP_START_WORDS } from './anaphora-plural-pronouns';
import { SPEAKER_TITLE_START_WORDS } from './anaphora-person-speaker';
import { PERSON_PRONOUN_START_WORDS } from './anaphora-person-pronoun';
import { COORDINATED_IT_START_WORDS } from './anaphora-coordinated-it';
import { HONORIFIC_START_WORDS, PAIR_PHRASE_START_WORDS } from './pointing-phrases';
import { ALL_COUNTED_START_WORDS } from './anaphora-all-counted';
import { FRONTED_IT_START_WORDS } from './anaphora-fronted-it';
import { PLURAL_OBJECT_START_WORDS } from './anaphora-plural-object';
import { BODY_NOUN_START_WORDS } from './anaphora-body-noun';

/**
 * After pointerAt (screened in pointer-screen.ts), units.ts tries seventeen more pointer readers at every token no name
 * starts at; past the sentence's first token (where "Both …", "Le rapprochement …" open) each reads nothing unless
 * the token is one of its start words, declared beside the reader. A reader added to units.ts's chain must add its
 * words here, or it is never asked at a token outside them.
 */

/** The start words of the readers units.ts tries after pointerAt, in its order. */
export function chainReaderStartWords(): readonly ReadonlySet<string>[] {
  return [
    DEAL_BENEFICIARY_START_WORDS,
    DATIVE_CLITIC_START_WORDS,
    // severalPointerAt: a plural phrase, a plural pronoun, "the combined group"; its other two open the sentence
    PLURAL_PHRASE_START_WORDS,
    PLURAL_PRONOUN_GROUP_START_WORDS,
    COMBINED_PAIR_START_WORDS,
    // pluralObject: "help them", "leur permettra de"
    PLURAL_OBJECT_START_WORDS,
    // determinerNounPointer, newEntityPointer and determinerAdjectivePointer
    ANAPHOR_DETERMINERS,
    // bodyNounPointer: "the federation", "l'union"
    BODY_NOUN_START_WORDS,
    INTENSIFIERS,
    HONORIFIC_START_WORDS,
    // personPronoun: a speaker's title after its article, else a person pronoun
    SPEAKER_TITLE_START_WORDS,
    PERSON_PRONOUN_START_WORDS,
    // frontedPhraseIt: "it" after a fronted place or time phrase
    FRONTED_IT_START_WORDS,
    SUBJECT_PRONOUNS,
    COORDINATED_IT_START_WORDS,
    FRENCH_SUBJECT_PRONOUNS,
    // listed: a demonstrative or a definite list phrase
    LIST_DEMONSTRATIVES,
    DEFINITE_LIST_START_WORDS,
    ALL_COUNTED_START_WORDS,
    POSSESSIVES,
    PLURAL_POSSESSIVES,
    PAIR_PHRASE_START_WORDS,
    PLURAL_PRONOUNS,
  ];
}

/** Built on first use: the readers' modules import one another, so their sets may not exist yet at load time. */
let startWords: ReadonlySet<string> | null = null;

/** False when no reader units.ts tries after pointerAt can read anything at token `i`. */
export function chainMayStartAt(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  startWords ??= new Set(chainReaderStartWords().flatMap((words) => [...words]));
  return startWords.has(tokens[i].lower);
}
