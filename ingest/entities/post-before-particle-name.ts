import type { Token } from '../tokens';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { isTitleWord } from './title-before-person';

/**
 * "Managing Director Jacques de Larosiere", "President Miguel de la Madrid", "Secretary General Javier Perez de
 * Cuellar", "Ministre Gonzalo Sanchez de Lozada": wire copy glues a capitalised post to a person whose surname opens
 * with a lower-case particle. The particle readers look for the given name where the capitalised run starts, so a
 * post in front made them refuse the particle and the name was cut there ("Jacques", "Javier Perez" + "Cuellar").
 * The post is cut off the run later (candidates.ts `splitRun`); for the particle it is the person's name that
 * counts, and that starts right after the post.
 */

/** Most capitalised words of the person's name before its particle: a given name and a first surname. */
const MAX_NAME_WORDS_BEFORE_PARTICLE = 2;

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

function isPostWord(t: Token): boolean {
  const l = t.lower.replace(/\.$/, '');
  return isCapitalisedWord(t) && (ROLE_WORDS.has(l) || PERSON_TITLES.has(l) || isTitleWord(t));
}

/**
 * Where the person's name starts for the particle at `particle` when a post stands inside the run before it:
 * the word after the last post word, one or two capitalised words before the particle. Else `runFrom`, unchanged.
 */
export function nameStartAfterPost(tokens: Token[], runFrom: number, particle: number): number {
  for (let words = 1; words <= MAX_NAME_WORDS_BEFORE_PARTICLE; words++) {
    const start = particle - words;
    if (start <= runFrom) return runFrom;
    if (!isCapitalisedWord(tokens[start]) || isPostWord(tokens[start])) return runFrom;
    if (isPostWord(tokens[start - 1])) return start;
  }
  return runFrom;
}
