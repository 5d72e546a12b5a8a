import type { DiscourseState } from './discourse-state';
import type { Unit } from './pattern';
import { ANAPHOR_NOUNS, GENERIC_COMPANY_NOUNS } from './anaphor-words';

/**
 * "La PME orléanaise X … où la PME affronte Y", "X, a Denver-based startup … the startup": a size or sector noun
 * ("PME", "start-up", "biotech") the article attached to one company by name stands for that company, wherever the
 * paragraph has turned and whatever company the sentence names first ("Vivera aurait approché la PME": a company
 * is not its own object). Generic nouns ("la société", "the group") say nothing of which company they mean.
 */
export function attachedNounOrg(noun: string, state: DiscourseState): number | null {
  if (GENERIC_COMPANY_NOUNS.has(noun)) return null;
  return state.described.get(noun) ?? kinNounOrg(noun, state);
}

/**
 * "Perfulink, une jeune pousse … La start-up": writers vary the word while the class of company stays the same, so a
 * noun the article never attached to a name takes the company given a kindred one. A rival given the kindred noun
 * ("face à la start-up nantaise Albus") is a bystander the writer would name again. Null when none was.
 */
export function kinNounOrg(noun: string, state: DiscourseState): number | null {
  const kin = NOUN_KIN.find((k) => k.includes(noun));
  for (const other of kin ?? []) {
    const e = state.described.get(other);
    if (e !== undefined) return state.rivals.has(e) ? null : e;
  }
  return null;
}

/** Nouns that name one class of company: the article's start-up is "la jeune pousse" as well as "la start-up". */
const NOUN_KIN: readonly (readonly string[])[] = [['start-up', 'startup', 'pousse', 'scale-up']];

/** Determiners of a noun set before a name ("La PME orléanaise X", "the Dutch startup X"). */
const FRONT_DETERMINERS = new Set(['la', 'le', "l'", 'une', 'un', 'the', 'a', 'an']);
/** Most lower-case words between the noun and the name ("la PME familiale orléanaise X"). */
const MAX_ADJECTIVES = 2;

/**
 * Records a size or sector noun set before a name ("La PME orléanaise Les Fermes de Sologne", "the startup
 * Voltwarm"), as rememberApposedNouns records one after it; the first company given a noun keeps it.
 */
export function rememberFrontNouns(units: Unit[], described: Map<string, number>): void {
  for (let k = 0; k + 2 < units.length; k++) {
    const det = units[k];
    const noun = units[k + 1];
    if (det.kind !== 'tok' || !FRONT_DETERMINERS.has(det.token.lower) || noun.kind !== 'tok') continue;
    const word = noun.token.lower;
    if (!ANAPHOR_NOUNS.has(word) || GENERIC_COMPANY_NOUNS.has(word) || described.has(word)) continue;
    for (let j = k + 2; j <= k + 2 + MAX_ADJECTIVES && j < units.length; j++) {
      const u = units[j];
      if (u.kind === 'ent') {
        if (u.orgs && !u.anaphor && u.ents.length === 1) described.set(word, u.ents[0]);
        break;
      }
      if (u.token.text !== u.token.lower || u.token.kind !== 'word') break;
    }
  }
}
