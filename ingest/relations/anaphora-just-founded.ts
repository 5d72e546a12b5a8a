import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import type { ExtractedRelation } from '../types';
import type { Unit } from './pattern';

/**
 * "Vass left the company in 2022 to found Seabird Robotics, a maker of inspection drones. The start-up is now run by
 * P", "Lindqvist left in 2019 to start Arctos Genomics. That company is now headed by P", "Elle a quitté le groupe
 * en 2018 pour créer Kelvia, un éditeur de logiciels. La jeune pousse est aujourd'hui dirigée par P": a company noun
 * opening the sentence right after the one that told a person founding a company — the last company that sentence
 * named — stands for the company just founded. The story has followed the founder to the new venture; the company
 * the founder left, or one the text described earlier with the same noun, is behind it. The founder or the company
 * founded must open that sentence ("Y was co-founded by P"): "X avait racheté Y à son créateur, P. La société …"
 * tells X's purchase, and "la société" stays X.
 */

/** Determiners of a pointer opening its sentence ("The start-up", "That company", "La jeune pousse"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'la', 'le', "l'", 'cette', 'ce']);
/** The words at `i` without which `justFoundedPointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const JUST_FOUNDED_START_WORDS: ReadonlySet<string> = DETERMINERS;
/** Nouns a newly founded company is told by. */
const NEW_COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'start-up',
  'startup',
  'venture',
  'business',
  'société',
  'entreprise',
  'pousse',
]);
/** Words of youth that may stand between the determiner and the noun ("la jeune pousse", "the new company"). */
const YOUTH_WORDS: ReadonlySet<string> = new Set(['jeune', 'nouvelle', 'new', 'young', 'fledgling']);
/** The founding must be the previous sentence's: two sentences on, the story has moved again. */
const SENTENCES_SINCE_FOUNDING = 1;

/**
 * Keeps a person's founding of a company a rule read in sentence `sentence` (whose `units` open on the founder or
 * the company), for the sentence after it.
 */
export function recordFounding(
  state: DiscourseState,
  index: EntityIndex,
  fact: ExtractedRelation,
  founder: number,
  company: number,
  sentence: number,
  units: readonly Unit[],
): void {
  if (fact.type !== 'FOUNDED' || index.entities[founder].type !== 'Person') return;
  const first = units.find((u) => u.kind === 'ent');
  if (first?.kind !== 'ent' || !(first.ents.includes(founder) || first.ents.includes(company))) return;
  state.lastFounding = { company, sentence };
}

/**
 * The pointer at `i` opening its sentence, right after a person's founding of the last company the sentence before
 * named: that company and the tokens spanned (determiner, youth word, noun), else null.
 */
export function justFoundedPointerAt(
  tokens: readonly Token[],
  index: EntityIndex,
  i: number,
  state: DiscourseState,
): { ent: number; length: number } | null {
  const founding = state.lastFounding;
  if (i !== 0 || founding === null || !DETERMINERS.has(tokens[i].lower)) return null;
  if (state.sentencesRead - founding.sentence !== SENTENCES_SINCE_FOUNDING) return null;
  const noun = YOUTH_WORDS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (!NEW_COMPANY_NOUNS.has(tokens[noun]?.lower ?? '')) return null;
  // a name right after the noun is a company introduced here ("The company Halden …"), no pointer
  if (/^\p{Lu}/u.test(tokens[noun + 1]?.text ?? '')) return null;
  const orgs = state.previousNamed.filter((e) => index.entities[e].type === 'Organization');
  if (orgs[orgs.length - 1] !== founding.company) return null;
  return { ent: founding.company, length: noun - i + 1 };
}
