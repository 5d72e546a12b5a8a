import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import { givenNameGender } from './anaphora-person-pronoun';
import { isLowerWord } from '../resolve/introduced-apart';

/**
 * "Il est entré au capital de la start-up Graine d'Or, lors d'une levée menée par le fonds Ouest Croissance.
 * Celle-ci est dirigée par P": a French demonstrative pointer ("celle-ci", "celui-ci", "cette dernière", "ce
 * dernier") agrees in gender with the noun the article gave its company ("la start-up", "le fonds", "l'éditeur",
 * "X, une entreprise familiale"). The pointer takes the last named candidate whose gender does not contradict its
 * own; when every candidate contradicts it, it points at none. A company told with nouns of both genders, or with
 * none, contradicts nothing.
 */

export type Gender = 'm' | 'f';

/** Each entity's gender once a sentence told it; null once two sentences told different ones. */
export type GenderMap = Map<number, Gender | null>;

/** The pointer words and the gender they carry ("cette dernière", "ce dernier" by their first word). */
const POINTER_GENDER = new Map<string, Gender>([
  ['celle-ci', 'f'],
  ['celui-ci', 'm'],
  ['cette', 'f'],
  ['ce', 'm'],
]);
const FEMININE_DETERMINERS = new Set(['la', 'une', 'cette', 'sa']);
const MASCULINE_DETERMINERS = new Set(['le', 'un', 'ce', 'cet', 'son', 'du', 'au']);
/** Company nouns after an elided "l'" and their gender ("l'éditeur X", "l'entreprise X"). */
const ELIDED_NOUN_GENDER = new Map<string, Gender>([
  ...`éditeur industriel équipementier opérateur assureur énergéticien investisseur acteur intégrateur hébergeur
  exploitant outsourceur office établissement organisme`
    .split(/\s+/)
    .map((w): [string, Gender] => [w, 'm']),
  ...`entreprise entité agence enseigne usine association école institution ETI`
    .split(/\s+/)
    .map((w): [string, Gender] => [w.toLowerCase(), 'f']),
]);
/** Most lower-case words between a determiner and the name it introduces ("la start-up grenobloise X"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** Links that end a descriptor: the noun before them describes another thing ("la branche biscuits de X"). */
const DESCRIPTOR_STOPS = new Set([
  'de',
  "d'",
  'des',
  'à',
  'par',
  'pour',
  'avec',
  'chez',
  'auprès',
  'et',
  'ou',
]);

/** The gender a determiner (or "l'" and its noun at `k + 1`) gives the name after it, or null. */
function determinerGender(tokens: Token[], k: number): Gender | null {
  const w = tokens[k]?.lower ?? '';
  if (FEMININE_DETERMINERS.has(w)) return 'f';
  if (MASCULINE_DETERMINERS.has(w)) return 'm';
  if (w === "l'") return ELIDED_NOUN_GENDER.get(tokens[k + 1]?.lower ?? '') ?? null;
  return null;
}

/** The gender the words around one mention give its name: a descriptor before it, else an apposition after it. */
function mentionGender(tokens: Token[], m: Mention): Gender | null {
  for (let k = m.from - 1; k >= 0 && m.from - 1 - k <= MAX_DESCRIPTOR_WORDS; k--) {
    // "La start-up X" opening a sentence: the determiner is read whatever its case
    const g = determinerGender(tokens, k);
    if (g !== null) return g;
    if (!isLowerWord(tokens[k]) || DESCRIPTOR_STOPS.has(tokens[k].lower)) break;
  }
  // "Maison Dorlac, une entreprise familiale": an apposition opened by an article
  if (tokens[m.to]?.text === ',' && isLowerWord(tokens[m.to + 2])) {
    const w = tokens[m.to + 1]?.lower ?? '';
    if (w === 'une' || w === 'la' || w === 'un' || w === 'le' || w === "l'")
      return determinerGender(tokens, m.to + 1);
  }
  return null;
}

/** Records the gender each company mention of this sentence was given (called once per sentence). */
export function recordGenders(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  genders: GenderMap,
): void {
  for (const m of mentions) {
    if (index.entities[m.entity].type !== 'Organization') continue;
    const g = mentionGender(tokens, m);
    if (g === null) continue;
    const seen = genders.get(m.entity);
    if (seen === undefined) genders.set(m.entity, g);
    else if (seen !== g) genders.set(m.entity, null);
  }
}

/** The gender of the pointer at `i`, or null when it is no gendered French demonstrative. */
export function pointerGender(tokens: Token[], i: number): Gender | null {
  return POINTER_GENDER.get(tokens[i]?.lower ?? '') ?? null;
}

/**
 * The last of `candidates` (in the order named) the gendered pointer may stand for: its gender agrees or is not
 * known. `undefined` when every candidate contradicts it, the last candidate when the pointer has no gender.
 */
export function lastAgreeing(
  candidates: readonly number[],
  gender: Gender | null,
  genders: GenderMap,
  index: EntityIndex,
): number | undefined {
  if (gender === null) return candidates.at(-1);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const e = candidates[k];
    const entity = index.entities[e];
    const g = entity.type === 'Person' ? givenNameGender(entity.surfaces[0] ?? '') : (genders.get(e) ?? null);
    if (g === null || g === gender) return e;
  }
  return undefined;
}
