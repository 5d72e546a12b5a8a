import type { Token } from '../tokens';
import { BARE_TITLE_START_WORDS } from './anaphora-bare-title';
import { PORTFOLIO_OWNER_START_WORDS } from './frames/funded-portfolio-owner';
import { COLON_SUBJECT_START_WORDS } from './anaphora-colon-clause';
import { OBLIQUE_OBJECT_START_WORDS } from './anaphora-oblique-object';
import { FOUNDER_NAMED_START_WORDS } from './anaphora-founder-name';
import { FAMILY_POINTER_START_WORDS } from './anaphora-family';
import { FIRST_PERSON_START_WORDS } from './speaker';
import { PERSON_CLITIC_START_WORDS } from './anaphora-person-clitic';
import {
  CLITIC_VERB_START_WORDS,
  DESCRIPTOR_PHRASE_START_WORDS,
  LATTER_PHRASE_START_WORDS,
  PAIR_PHRASE_START_WORDS,
} from './pointing-phrases';
import { LATTER_WORDS } from './anaphor-words';
import { FUND_POINTER_START_WORDS } from './anaphora-fund';
import { COMBINED_PHRASE_START_WORDS } from './anaphora-combined';
import { DEAL_MADE_RANK_START_WORDS } from './anaphora-deal-made-rank';
import { DEAL_ROLE_START_WORDS } from './anaphora-deal-roles';
import { ORIGIN_POINTER_START_WORDS } from './anaphora-origin';
import { FOUNDED_TARGET_START_WORDS } from './anaphora-founded-target';
import { DESCRIBED_TARGET_START_WORDS } from './anaphora-described-target';
import { JUST_FOUNDED_START_WORDS } from './anaphora-just-founded';
import { COMPOUND_DESCRIPTOR_START_WORDS } from './anaphora-compound-descriptor';
import { DESCRIBED_POINTER_START_WORDS } from './described-heads';
import { POSSESSIVE_FOUNDER_START_WORDS } from './anaphora-possessive-founder';
import { PAIR_FIRST_START_WORDS } from './anaphora-pair-first-person';

/**
 * pointerAt (pointer-at.ts) tries some twenty readers at every token no name starts at, yet each of them reads
 * nothing unless that token is one of a few words — a determiner, a pronoun, a title, a possessive — which each
 * reader declares beside itself. Their union lets pointerAt leave every other token (most of them) at once. A reader
 * added to pointerAt must add its words here, or it is never asked at a token outside the union.
 */

/** The start words of every reader pointerAt asks, in pointerAt's order. */
export function pointerReaderStartWords(): readonly ReadonlySet<string>[] {
  return [
    POSSESSIVE_FOUNDER_START_WORDS,
    BARE_TITLE_START_WORDS,
    PORTFOLIO_OWNER_START_WORDS,
    COLON_SUBJECT_START_WORDS,
    OBLIQUE_OBJECT_START_WORDS,
    FOUNDER_NAMED_START_WORDS,
    FAMILY_POINTER_START_WORDS,
    FIRST_PERSON_START_WORDS,
    PERSON_CLITIC_START_WORDS,
    CLITIC_VERB_START_WORDS,
    LATTER_WORDS,
    FUND_POINTER_START_WORDS,
    DEAL_MADE_RANK_START_WORDS,
    COMBINED_PHRASE_START_WORDS,
    PAIR_PHRASE_START_WORDS,
    DEAL_ROLE_START_WORDS,
    ORIGIN_POINTER_START_WORDS,
    JUST_FOUNDED_START_WORDS,
    FOUNDED_TARGET_START_WORDS,
    DESCRIBED_TARGET_START_WORDS,
    PAIR_FIRST_START_WORDS,
    LATTER_PHRASE_START_WORDS,
    COMPOUND_DESCRIPTOR_START_WORDS,
    DESCRIBED_POINTER_START_WORDS,
    DESCRIPTOR_PHRASE_START_WORDS,
  ];
}

/** Built on first use: the readers' modules import one another, so their sets may not exist yet at load time. */
let startWords: ReadonlySet<string> | null = null;

/** False when no reader of pointerAt can read anything at token `i`. */
export function pointerMayStartAt(tokens: Token[], i: number): boolean {
  startWords ??= new Set(pointerReaderStartWords().flatMap((words) => [...words]));
  return startWords.has(tokens[i].lower);
}
