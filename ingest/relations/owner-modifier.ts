import type { Unit } from './pattern';

/**
 * "Zara owner Inditex", "Google parent Alphabet", "Premier Inn owner Whitbread": English press names a company by a
 * brand or business it owns, written before "owner" / "parent" as a modifier; the company named after the noun is
 * the party ("was bought by Zara owner Inditex", "competes with Premier Inn owner Whitbread"), the brand is none.
 * French writes the owned brand after the noun ("Inditex, le propriétaire de Zara"), which the parent-noun test of
 * syntax.ts already reads.
 */

/** Nouns that name a company by what it owns when a name stands on each side ("owner", "parent"). */
export const OWNER_NOUNS = new Set(['owner', 'parent']);
/** "Google parent company Alphabet": one lower-case noun may follow the owner noun before the company's name. */
const OWNER_NOUN_COMPLEMENTS = new Set(['company', 'group']);

/** The name at `i` stands before "owner"/"parent" (and "company"), itself right before another name. */
export function namesOwnedBrand(units: Unit[], i: number): boolean {
  const noun = units[i + 1];
  if (noun?.kind !== 'tok' || noun.token.text !== noun.token.lower || !OWNER_NOUNS.has(noun.token.lower))
    return false;
  const after = units[i + 2];
  if (after?.kind === 'tok' && OWNER_NOUN_COMPLEMENTS.has(after.token.text))
    return units[i + 3]?.kind === 'ent';
  return after?.kind === 'ent';
}

/** Nouns of an owner written before what it owns ("le propriétaire de la marque X", "the owner of X"). */
const OWNER_OF_NOUNS = /^(propriétaire|owner)$/u;
/** Nouns of the owned thing between "de/of" and its name ("la marque X", "the chain X"). */
const OWNED_KIND_NOUNS = /^(marque|marques|enseigne|enseignes|brand|brands|chain|chaîne|label)$/u;
/** Particles and determiners between the owner noun and the owned name. */
const OWNER_OF_PARTICLES = /^(of|de|du|d')$/u;
const OWNED_DETERMINERS = /^(la|le|les|l'|the)$/u;
/** Verbs that make the subject the owner ("est devenu le propriétaire de Y"): Y is then what was bought. */
const BECOMING_VERBS =
  /^(devenu|devenue|devient|deviendra|devenir|became|becomes|become|becoming|is|was|est|était|reste)$/u;
/** Words of a descriptor allowed between the comma and the apposed owner ("le groupe japonais", "U.S. drugmaker"). */
const MAX_OWNER_DESCRIPTOR_WORDS = 4;

/**
 * "racheté par le propriétaire de la marque Lin & Sable, le groupe japonais K", "bought by the owner of Zara,
 * Inditex": the name after "owner of" only says which owner is meant when the owner itself is named in apposition
 * right after it; that apposed name is the party, the brand is none. Without the apposition ("X est devenu
 * l'unique propriétaire de Y") the name after the noun stays a party.
 */
export function namesOwnedBeforeApposedOwner(units: Unit[], i: number): boolean {
  const isTok = (k: number, re: RegExp) => {
    const u = units[k];
    return u?.kind === 'tok' && re.test(u.token.lower);
  };
  let k = i - 1;
  if (isTok(k, OWNED_KIND_NOUNS)) k--;
  if (isTok(k, OWNED_DETERMINERS)) k--;
  if (!isTok(k, OWNER_OF_PARTICLES) || !isTok(k - 1, OWNER_OF_NOUNS)) return false;
  // "le propriétaire" names an owner by what it owns; "l'unique propriétaire", "est devenu le propriétaire de Y"
  // tell who owns Y, which stays a party
  if (!isTok(k - 2, OWNED_DETERMINERS) || isTok(k - 3, BECOMING_VERBS)) return false;
  const comma = units[i + 1];
  if (comma?.kind !== 'tok' || comma.token.text !== ',') return false;
  for (let m = i + 2; m < units.length && m <= i + 2 + MAX_OWNER_DESCRIPTOR_WORDS; m++) {
    const u = units[m];
    if (u.kind === 'ent') return u.orgs;
    if (u.token.kind !== 'word') return false;
  }
  return false;
}

/** Longest stretch from the owner noun to the owned name ("propriétaire de la marque X" = 4 units). */
const MAX_OWNER_PHRASE_UNITS = 4;

/**
 * When an owner noun at `j` opens "le propriétaire de la marque X, …" with its owner named in apposition, the unit
 * right after the comma (where the owner's descriptor or name begins), else -1: a gap steps over the whole phrase
 * at the cost of one word, so "racheté par ~3! @src" reaches the owner, as it reaches a buyer after a trade noun.
 */
export function ownerPhraseEnd(units: Unit[], j: number): number {
  const u = units[j];
  if (u?.kind !== 'tok' || !OWNER_OF_NOUNS.test(u.token.lower)) return -1;
  for (let m = j + 2; m < units.length && m <= j + MAX_OWNER_PHRASE_UNITS; m++) {
    if (units[m].kind === 'ent') return namesOwnedBeforeApposedOwner(units, m) ? m + 2 : -1;
  }
  return -1;
}
