import type { Unit } from './pattern';

/**
 * "…, le fonds X, entré au capital de Méthavert en 2022. Ce dernier avait aussi soutenu …": "ce dernier", "the
 * latter" is the last party the sentence told of, not a name hanging on a noun as its complement ("au capital de
 * Y", "a stake of Y"), which the sentence only mentions.
 */

const COMPLEMENT_WORDS = new Set(['de', "d'", 'du', 'des', 'of']);
/**
 * Nouns whose complement is a party in its own right: "Soléo Pro, filiale du groupe Valorem. Ce dernier a racheté
 * …" — the parent named last is "ce dernier", as a stake's or a capital's complement is not.
 */
const OWNER_NOUNS = new Set([
  'filiale',
  'filiales',
  'subsidiary',
  'unit',
  'division',
  'branche',
  'propriété',
  'parent',
]);

/** Entities the sentence named, in order, without those right after a complement word. */
export function namedHeads(units: Unit[]): number[] {
  // a plain loop: read after every sentence, where flatMap's allocations showed in the profile
  const out: number[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || u.anaphor) continue;
    const before = units[k - 1];
    const noun = units[k - 2];
    const owned = noun?.kind === 'tok' && OWNER_NOUNS.has(noun.token.lower);
    if (before?.kind === 'tok' && COMPLEMENT_WORDS.has(before.token.lower) && !owned) continue;
    for (const e of u.ents) out.push(e);
  }
  return out;
}
