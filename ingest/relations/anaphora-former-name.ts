import type { EntityIndex } from '../resolve/mentions';
import type { Unit } from './pattern';
import { isCompanyNoun } from '../entities/lexicon-words';

/**
 * "The Oslo-based group, formerly known as Fjordline Maritime, …", "L'acquéreur, l'ex-Coopérative Maréchal, …",
 * "Le groupe, anciennement Cerval Conseil, …": a former name set in apposition after a pointer is the old name of
 * the company the pointer stands for, not a company of its own (the entity stage links "X, formerly known as Y"
 * only when a name stands before the cue). The former name also tells which company that is, when it shares a
 * distinctive word with one other company of the article ("Vandermolen Transport" → Vandermolen Logistics Group):
 * the pointer is re-pointed there, and the old name joins that company's aliases. A former name sharing no word
 * ("Société Industrielle de Relais Électriques" for Sirelec) leaves the pointer as the readers resolved it.
 */

/** Cue phrases between the comma and the former name, as lower-case token sequences. */
const FORMER_NAME_CUES: readonly (readonly string[])[] = [
  ['formerly', 'known', 'as'],
  ['previously', 'known', 'as'],
  ['formerly', 'called'],
  ['formerly'],
  ['anciennement'],
  ["l'", 'ex-'],
  ["l'", 'ex'],
  ['ex-'],
];
/** Shortest word of a former name that may single out the company it shares it with ("Cerval", not "de"). */
const MIN_DISTINCTIVE_LENGTH = 3;

/** A pointer unit, the comma, a cue and the name: the pointer's and the name's unit indexes, else null. */
export function formerNameAfterPointer(units: readonly Unit[]): { pointer: number; former: number } | null {
  for (let k = 0; k + 3 < units.length; k++) {
    const pointer = units[k];
    if (pointer.kind !== 'ent' || !pointer.anaphor || !pointer.orgs || pointer.ents.length !== 1) continue;
    const comma = units[k + 1];
    if (comma.kind !== 'tok' || comma.token.text !== ',') continue;
    for (const cue of FORMER_NAME_CUES) {
      const words = units.slice(k + 2, k + 2 + cue.length);
      const fits =
        words.length === cue.length && words.every((u, j) => u.kind === 'tok' && u.token.lower === cue[j]);
      const former = units[k + 2 + cue.length];
      if (!fits || former?.kind !== 'ent' || former.anaphor || !former.orgs || former.ents.length !== 1)
        continue;
      if (former.ents[0] === pointer.ents[0]) return null;
      return { pointer: k, former: k + 2 + cue.length };
    }
  }
  return null;
}

/** Capitalised words of a name that are no company noun ("Vandermolen" in "Vandermolen Transport"). */
function distinctiveWords(surface: string): string[] {
  return surface
    .split(/[\s-]+/)
    .filter(
      (w) => w.length >= MIN_DISTINCTIVE_LENGTH && /^\p{Lu}/u.test(w) && !isCompanyNoun(w.toLowerCase()),
    );
}

/** The one other organisation sharing a distinctive word with the former name, else null. */
export function namesakeOrg(index: EntityIndex, former: number): number | null {
  const words = new Set(index.entities[former].surfaces.flatMap(distinctiveWords));
  if (words.size === 0) return null;
  const sharing = index.entities.filter(
    (e) =>
      e.id !== former &&
      e.type === 'Organization' &&
      e.surfaces.some((s) => distinctiveWords(s).some((w) => words.has(w))),
  );
  return sharing.length === 1 ? sharing[0].id : null;
}

/**
 * Reads the former name of the sentence's pointer, if any: re-points the pointer to the namesake company, folds the
 * former name into the company the pointer stands for (its surfaces become aliases, its mentions that company's),
 * and rewrites the sentence's units accordingly. Returns the company, or null when the sentence has no such name.
 */
export function foldFormerName(units: Unit[], index: EntityIndex): number | null {
  const found = formerNameAfterPointer(units);
  if (found === null) return null;
  const pointer = units[found.pointer] as Extract<Unit, { kind: 'ent' }>;
  const formerUnit = units[found.former] as Extract<Unit, { kind: 'ent' }>;
  const former = formerUnit.ents[0];
  const company = namesakeOrg(index, former) ?? pointer.ents[0];
  if (company === former) return null;
  units[found.pointer] = { ...pointer, ents: [company] };
  units[found.former] = { ...formerUnit, ents: [company] };
  const old = index.entities[former];
  const into = index.entities[company];
  into.aliasesOnly = [...(into.aliasesOnly ?? []), ...old.surfaces.filter((s) => !into.surfaces.includes(s))];
  for (const mentions of index.bySentence)
    for (const m of mentions) if (m.entity === former) m.entity = company;
  // the old name's entity is left with no mention: it stays out of the article's entities unless a role used it
  old.tentative = true;
  old.mentions = [];
  return company;
}
