import type { Unit } from './pattern';
import { isLeaderTitle } from './people';
import { FOUND_VERB, FOUNDER, TIE_NOUNS } from './people-words';
import { wordOrNullAt } from './frames/clause';

/**
 * The press tells who a person is between the name and the relative clause that says what the person does: "Elle
 * succède à P, petit-fils du fondateur, qui conserve la présidence", "She replaces P, the founder's grandson, who
 * remains chairman", "P, 52, who has run the company since 2015". The relative's subject is the person named before
 * the aside, but every reader of "P, qui …" / "P, who …" stops at the aside's comma. So a short aside that only
 * describes (kinship, age, an occupation; no name, no leader's title, which other readers take as the fact itself)
 * is dropped from the units the rules see, and "P, qui conserve la présidence" is read as it stands.
 */

/** Most words of a describing aside; a longer one is a clause of its own. */
const MAX_ASIDE_WORDS = 7;
/** Words after the relative pronoun in which a verb of founding makes the aside's own noun the subject. */
const FOUNDING_LOOKAHEAD_WORDS = 4;
/** The relative pronouns whose subject the aside hides. */
const RELATIVE_SUBJECT = /^(qui|who)$/u;
/**
 * How a describing aside opens: a determiner or possessive ("the founder's grandson", "sa fille aînée", "un
 * ingénieur"), a kinship noun ("petit-fils du fondateur"), an age ("52", "64 ans") or "former/ancien" + occupation.
 */
const ASIDE_OPENER = new RegExp(
  `^(the|a|an|his|her|their|le|la|l'|les|un|une|son|sa|ses|leur|\\d{1,3}|former|ancien|ancienne|ex|${TIE_NOUNS}|grandson|granddaughter|great-grandson|great-granddaughter)$`,
  'u',
);
/** Tokens that end the aside as a phrase: punctuation of a clause, a quote or a bracket. */
const ASIDE_BREAK = /^[;:.!?()«»"“”]$/u;
const FOUNDING_WORD = new RegExp(`^${FOUND_VERB}$`, 'u');
const FOUNDER_WORD = new RegExp(`^${FOUNDER}$`, 'u');
/** Verbs of founding in other tenses, for the lookahead only ("qui avait créé", "who set up"). */
const OTHER_FOUNDING_WORDS = /^(fonda|créa|set|started|start|starts|founded|co-founded|cofounded|lança)$/u;

function isNamedPerson(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs && !u.anaphor;
}

/** Index of the comma that closes a describing aside opened after the comma at `open`, or -1. */
function asideClose(units: readonly Unit[], open: number): number {
  const words: string[] = [];
  for (let k = open + 1; k < units.length && words.length <= MAX_ASIDE_WORDS; k++) {
    const w = wordOrNullAt(units, k);
    // a name inside the aside is a fact of its own ("a former McKinsey consultant", "fille de Jules X")
    if (w === null || ASIDE_BREAK.test(w)) return -1;
    if (w === ',') {
      if (words.length === 0 || !ASIDE_OPENER.test(words[0])) return -1;
      // "P, directeur général, qui …": the title is the fact the title readers take from the apposition
      return isLeaderTitle(words.join(' ')) ? -1 : k;
    }
    words.push(w);
  }
  return -1;
}

/**
 * "P, petit-fils du fondateur, qui avait créé l'entreprise": with a founder in the aside, a relative of founding
 * is the founder's, so the aside stays.
 */
function foundingOfAsideNoun(units: readonly Unit[], open: number, close: number): boolean {
  let founderNoun = false;
  for (let k = open + 1; k < close; k++)
    if (FOUNDER_WORD.test(wordOrNullAt(units, k) ?? '')) founderNoun = true;
  if (!founderNoun) return false;
  for (let k = close + 2; k < units.length && k <= close + 1 + FOUNDING_LOOKAHEAD_WORDS; k++) {
    const w = wordOrNullAt(units, k) ?? '';
    if (FOUNDING_WORD.test(w) || OTHER_FOUNDING_WORDS.test(w)) return true;
  }
  return false;
}

/** The units with each describing aside between a named person and "qui/who" dropped (the same array when none). */
export function withoutPersonAsides(units: Unit[]): Unit[] {
  let dropped: Set<number> | null = null;
  for (let p = 0; p + 1 < units.length; p++) {
    if (!isNamedPerson(units[p]) || wordOrNullAt(units, p + 1) !== ',') continue;
    const close = asideClose(units, p + 1);
    if (close < 0 || !RELATIVE_SUBJECT.test(wordOrNullAt(units, close + 1) ?? '')) continue;
    if (foundingOfAsideNoun(units, p + 1, close)) continue;
    dropped ??= new Set<number>();
    for (let k = p + 1; k < close; k++) dropped.add(k);
  }
  return dropped === null ? units : units.filter((_, i) => !dropped.has(i));
}
