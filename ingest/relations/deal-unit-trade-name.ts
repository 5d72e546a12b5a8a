import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Token } from '../tokens';

/**
 * The sentence after a deal for an unnamed unit often gives the unit's name through a naming phrase rather than
 * a bare apposition: "The division, which trades as Z, makes drones", "The unit, known as Z, …", "La filiale,
 * baptisée Z, …", "L'activité, connue sous le nom de Z, …". The name the phrase gives is what changed hands, as
 * in "The unit, Z," (wire-unit-named-later.ts, which calls this).
 */
const OPENERS = /^(the|this|that|la|le|l'|l’|cette|ce)$/u;
const UNIT_NOUNS =
  /^(unit|business|division|subsidiary|arm|operation|operations|filiale|activité|branche|unité|pôle)$/u;
/** Words of the opening before the unit noun ("The unmanned systems division"). */
const MAX_WORDS_BEFORE_NOUN = 4;
/** Naming phrases, as lower-case tokens, that stand between "The unit," and the unit's name. */
const NAMING: readonly (readonly string[])[] = [
  ['which', 'trades', 'as'],
  ['which', 'operates', 'as'],
  ['which', 'does', 'business', 'as'],
  ['which', 'is', 'known', 'as'],
  ['known', 'as'],
  ['trading', 'as'],
  ['operating', 'as'],
  ['called'],
  ['named'],
  ['qui', 'opère', 'sous', 'le', 'nom', 'de'],
  ['qui', 'exerce', 'sous', 'le', 'nom', 'de'],
  ['qui', 'opère', 'sous', 'la', 'marque'],
  ['connue', 'sous', 'le', 'nom', 'de'],
  ['connu', 'sous', 'le', 'nom', 'de'],
  ['baptisée'],
  ['baptisé'],
  ['nommée'],
  ['nommé'],
  ['appelée'],
  ['appelé'],
  ['qui', "s'", 'appelle'],
];

/** The organisation a sentence opening "The unit, which trades as Z" names as that unit, or null. */
export function tradeNameOpening(tokens: Token[], mentions: Mention[], index: EntityIndex): number | null {
  if (!OPENERS.test(tokens[0]?.lower ?? '')) return null;
  let i = 1;
  while (i < tokens.length && i <= MAX_WORDS_BEFORE_NOUN && !UNIT_NOUNS.test(tokens[i].lower)) {
    if (tokens[i].kind === 'punct' || mentions.some((m) => m.from === i)) return null;
    i++;
  }
  if (!UNIT_NOUNS.test(tokens[i]?.lower ?? '') || tokens[i + 1]?.text !== ',') return null;
  for (const phrase of NAMING) {
    if (!phrase.every((w, k) => tokens[i + 2 + k]?.lower === w)) continue;
    const m = mentions.find((x) => x.from === i + 2 + phrase.length);
    return m && index.entities[m.entity].type === 'Organization' ? m.entity : null;
  }
  return null;
}
