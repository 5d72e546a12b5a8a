import type { Unit } from './pattern';

/**
 * "Buyout firm Ridgeline Partners, which …, said …", "British engineering conglomerate Marlow Holdings said …",
 * "Activist investor Stanmore Partners had urged …": wire copy opens a sentence on a trade descriptor with no
 * determiner before the subject's name. The name is then the sentence's subject as much as after "The buyout firm":
 * the next sentence's "It" and "Its chief executive" are its. The cue noun next to the name ("firm", "investor",
 * "conglomerate") has been folded into the name's unit by cue-phrase.ts, so what stands before the name is the
 * cue's leftover qualifiers ("Buyout", "British engineering"); a name with no cue folded ("Shares in X", "Since X")
 * keeps its other readings.
 */

/** Longest run of qualifiers left before the folded cue noun ("U.S. private equity"). */
const MAX_QUALIFIER_WORDS = 3;
/** Words that make the phrase a complement or a clause of its own, not the name's descriptor. */
const NOT_QUALIFIER_WORD =
  /^(of|in|at|by|for|to|with|from|on|as|and|or|since|after|before|when|while|if|'s)$/;

/** Where unit `u` ends in the text. */
function unitEnd(u: Unit): number {
  return u.kind === 'tok' ? u.token.end : u.end;
}

/**
 * The company a sentence opening on a bare descriptor is about ("Buyout firm X, which …, said …"), for the next
 * sentence's pointers only: within its own sentence the readings stay as they were (a holder's "its stake" there
 * is read by the exit rules). Null when the sentence does not open so.
 */
export function bareDescriptorSubject(units: readonly Unit[]): number | null {
  const at = units.findIndex((u) => u.kind === 'ent' && u.word === undefined);
  const u = units[at];
  return u?.kind === 'ent' && u.orgs && opensOnBareDescriptor(units, at) ? u.ents[0] : null;
}

/**
 * True when units 0 … `at` - 1, opening the sentence, are the qualifiers of a cue noun folded into the name at
 * `at`: a few plain words (or the sentence's capitalised first word) and a gap in the text before the name where
 * the cue stood.
 */
export function opensOnBareDescriptor(units: readonly Unit[], at: number): boolean {
  const name = units[at];
  if (name?.kind !== 'ent' || at === 0 || at > MAX_QUALIFIER_WORDS) return false;
  for (let k = 0; k < at; k++) {
    const u = units[k];
    const word = u.kind === 'tok' ? u.token : k === 0 ? u.word : undefined;
    if (word === undefined || word.kind !== 'word' || NOT_QUALIFIER_WORD.test(word.lower)) return false;
  }
  // the folded cue noun left a word-sized gap between the qualifiers and the name
  return name.start - unitEnd(units[at - 1]) > 1;
}
