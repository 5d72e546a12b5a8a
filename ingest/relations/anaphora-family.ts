import type { Token } from '../tokens';
import type { EntityDraft, EntityIndex, Mention } from '../resolve/mentions';
import {
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  FOUNDER_WORDS,
  LEADER_TITLE_WORDS,
  POSSESSIVES,
} from './anaphor-words';
import { namedSoon } from './pointing-phrases';

/**
 * Family firms carry their founders' name: "Fondée en 1932 par Augustin Dufresne, l'entreprise …", "Son PDG,
 * Bertrand Dufresne, …" are about Maison Dufresne even when the article's main company is its buyer. When a
 * sentence names a person whose surname is a word of exactly one organisation's name, its "l'entreprise", "the
 * company" and "son PDG" stand for that organisation.
 */

/** Shortest surname matched: two-letter particles and initials say nothing. */
const MIN_SURNAME_LENGTH = 3;
/** Fewest words of a not-yet-typed organisation's name for it to count as a family firm (surname + trade word). */
const MIN_TENTATIVE_FAMILY_WORDS = 2;

function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && last.length >= MIN_SURNAME_LENGTH && /^\p{Lu}/u.test(last) ? last : null;
}

/** True when the organisation was named in a sentence before `sentence`: a pointer looks back, not ahead. */
function namedBefore(org: EntityDraft, sentence: number): boolean {
  return org.mentions.some((x) => x.sentence < sentence);
}

/**
 * Every organisation named after `person` (its surname a word of the organisation's name) as of sentence
 * `sentence`; `full` is the person's name as told there.
 */
export function familyOrgsOf(
  person: EntityDraft,
  index: EntityIndex,
  sentence: number,
  full: string | undefined = person.surfaces[0],
): number[] {
  if (person.type !== 'Person' || full === undefined) return [];
  const surname = surnameOf(full);
  if (surname === null) return [];
  const given = full.split(/\s+/)[0];
  // a name that holds the person's given name too is the person misread as a company, no family firm; a name no
  // sentence typed yet ("pompes funèbres Lemarchand Obsèques" read late) counts when the surname has a trade word
  // beside it, which a lone misread surname has not
  return index.entities
    .filter(
      (org) =>
        org.type === 'Organization' &&
        org.surfaces.some((s) => {
          const words = s.split(/[\s-]+/);
          if (org.tentative && (words.length < MIN_TENTATIVE_FAMILY_WORDS || !namedBefore(org, sentence)))
            return false;
          return s !== surname && words.includes(surname) && !words.includes(given);
        }),
    )
    .map((org) => org.id);
}

/** The one organisation named after a person this sentence names, or null (none, or several). */
export function familyOrgIn(mentions: Mention[], index: EntityIndex): number | null {
  let found: number | null = null;
  for (const m of mentions) {
    const person = index.entities[m.entity];
    for (const org of familyOrgsOf(person, index, m.sentence, person.surfaces[0] ?? m.text)) {
      if (found !== null && found !== org) return null;
      found = org;
    }
  }
  return found;
}

/** "the Calloway family", "la famille Merlevent", "les héritiers Dufresne": a family told by its surname alone. */
const FAMILY_BEFORE = /^(family|famille|héritiers|descendants)$/;
const FAMILY_AFTER = /^(family|family's|clan)$/;
/**
 * Every token text FAMILY_BEFORE or FAMILY_AFTER matches, read off their alternations (each is `^(a|b|…)$`), so
 * the two cannot drift apart: a sentence holding none of them names no family.
 */
export const FAMILY_WORDS: ReadonlySet<string> = new Set(
  [FAMILY_BEFORE, FAMILY_AFTER].flatMap((re) => re.source.slice('^('.length, -')$'.length).split('|')),
);

/**
 * "Founded by the Calloway family in 1921, the company …", "Détenue par la famille Merlevent, la société …": the one
 * organisation whose name holds the family's surname, or null (no such surname, or several organisations).
 */
export function familyWordOrgIn(tokens: Token[], mentions: Mention[], index: EntityIndex): number | null {
  // asked of every sentence, which seldom holds a family word: one look-up per token instead of two regex tests
  if (!tokens.some((t) => FAMILY_WORDS.has(t.text))) return null;
  let found: number | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // the family word in lower case: "O'Donnell Family Office" is a name, not a family
    const named =
      FAMILY_AFTER.test(tokens[k + 1]?.text ?? '') || FAMILY_BEFORE.test(tokens[k - 1]?.text ?? '');
    if (!named || t.text.length < MIN_SURNAME_LENGTH || !/^\p{Lu}/u.test(t.text)) continue;
    // the surname read as the firm's short name ("the Calloway family", Calloway for Calloway Media) is that firm
    const mention = mentions.find((m) => m.from <= k && k < m.to);
    const orgs = mention
      ? [index.entities[mention.entity]].filter((e) => e.type === 'Organization' && mention.to === k + 1)
      : index.entities.filter(
          (org) =>
            org.type === 'Organization' &&
            !org.tentative &&
            org.surfaces.some((x) => x !== t.text && x.split(/[\s-]+/).includes(t.text)),
        );
    for (const org of orgs) {
      if (found !== null && found !== org.id) return null;
      found = org.id;
    }
  }
  return found;
}

/** The words at `i` without which `familyPointerLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const FAMILY_POINTER_START_WORDS: ReadonlySet<string> = new Set([
  ...POSSESSIVES,
  ...ANAPHOR_DETERMINERS,
]);

/**
 * Tokens of "l'entreprise", "the company" (no name after) or of a possessive before a leader's or founder's title
 * ("Son PDG", "its founder") at `i`, which the family organisation then stands for; else 0.
 */
export function familyPointerLength(tokens: Token[], mentions: Mention[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next) return 0;
  if (POSSESSIVES.has(t.lower) && (LEADER_TITLE_WORDS.has(next.lower) || FOUNDER_WORDS.has(next.lower)))
    return 1;
  if (!ANAPHOR_DETERMINERS.has(t.lower) || !ANAPHOR_NOUNS.has(next.lower)) return 0;
  if (mentions.some((x) => x.from === i + 1 || x.from === i + 2)) return 0;
  return namedSoon(tokens, mentions, i + 2, t.lower === 'the') ? 0 : 2;
}
