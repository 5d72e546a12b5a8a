import type { Unit } from './pattern';
import type { EntityWant } from './pattern-list-member';
import { afterMemberDescriptor, entFits, repeatsPreposition } from './pattern-list-member';

/**
 * A market's players listed with an aside after a member: "followed by B, owned by utility N, and C", "rivals such
 * as B, the owner of Cathedral City, and C", "loin devant B, né du rapprochement de S et T, et C". The press tells
 * who a player is between the names, and the list goes on after the aside's closing comma with "and"/"et". The
 * aside's own names (an owner, a brand, a former name) are no members. Rivalry lists and lists of backers ask for
 * this ("A, the venture arm of G, and B", "B, la banque publique, et C"); a backer's vehicle or manager named in
 * such an aside stays out of the list, since only the member after the closing "and"/"et" is taken. The list's
 * preposition may be said again after the conjunction ("accompagné par A, le fonds de la région, et par B").
 */

/** Most units of an aside between two members; a longer one is a clause of its own. */
const MAX_ASIDE_UNITS = 14;
/** Punctuation no aside crosses: it ends the clause or opens a quote or bracket. */
const ASIDE_ENDS: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '(', ')', '«', '»', '"']);
/** The conjunction that carries the list on after the aside. */
const GOES_ON = /^(and|et)$/u;
/** Determiners and possessives opening a descriptive aside ("the owner of N", "le pionnier bordelais"). */
const ASIDE_DETERMINERS = /^(the|a|an|its|their|le|la|l'|les|un|une|son|sa|ses|leur|leurs)$/u;
/** Relative pronouns and other words that open an aside rather than a predicate. */
const ASIDE_OPENERS =
  /^(which|who|whose|qui|dont|lequel|laquelle|with|avec|now|formerly|itself|elle-même|lui-même|désormais|jadis|ex|former)$/u;
/** A participle of what befell or describes the member ("owned by", "né du rapprochement", "based in"). */
const PARTICIPLE = /^\p{Ll}[\p{Ll}-]*(ed|é|ée|és|ées|u|ue|us|is|ise|it|ite)$/u;
/** Finite French verbs shaped like participles: after the comma they are the sentence's own predicate. */
const FINITE_LOOKALIKES = /^(était|avait|fait|dit|doit|soit|suit|vit|écrit|produit|conduit|construit)$/u;
/** Words of a French compound tense: after "a" the aside would be a predicate ("a racheté"). */
const FRENCH_PERFECT = /^\p{Ll}+(é|i|is|it|u|ert|int)$/u;
/** Nouns' complements: a bare noun with its complement opens an aside ("filiale du groupe N", "numéro deux du"). */
const COMPLEMENT = /^(de|du|des|d'|of)$/u;

/**
 * Words that may follow the last member of a list: a setting, a share, a relative or a possessive. Any other word
 * after it is likely its own verb ("…, and C said it would cut jobs"): C then opens a clause of its own.
 */
const AFTER_MEMBER =
  /^(in|on|at|for|across|among|with|both|all|each|respectively|which|who|whose|that|'s|’s|sur|dans|en|au|aux|à|de|du|des|d'|qui|dont|avec|pour|tous|toutes|respectivement|deux|trois|two|three)$/u;

/**
 * Additive adverbs after the last backer ("P, chief executive of Y, and Q also put money in", "et Q ont également
 * participé"): a list of backers (any entity) ends on them; a rivalry list's last member followed by "also" more
 * likely opens a clause of its own ("…, and C also cut prices").
 */
const BACKERS_ADDITIVE = /^(also|too|aussi|également|egalement)$/u;

/**
 * The unit at `k`, right after a member, lets the list end there: punctuation, the sentence's end, or such a word
 * (for a list of backers, an additive adverb too).
 */
function endsMember(units: Unit[], k: number, want: EntityWant): boolean {
  const u = units[k];
  if (u === undefined) return true;
  if (u.kind !== 'tok') return false;
  if (u.token.kind !== 'word') return true;
  return AFTER_MEMBER.test(u.token.lower) || (want === 'any' && BACKERS_ADDITIVE.test(u.token.lower));
}

function wordAt(units: Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower
    ? u.token.lower
    : null;
}

/**
 * The words after the comma open an aside, not a predicate ("B, was bought …" is the sentence's own verb): a
 * determiner, a relative pronoun, a participle, or a noun with its complement. A name right after the comma is the
 * next member.
 */
function opensAside(units: Unit[], k: number): boolean {
  // "A, le fonds de la région, et B": a pointer phrase the units already read ("le fonds" after a fund was told)
  // describes the member as an article and its noun would
  const pointer = units[k];
  if (pointer?.kind === 'ent' && pointer.anaphor) return true;
  const first = wordAt(units, k);
  if (first === null) return false;
  if (first === 'a') return !FRENCH_PERFECT.test(wordAt(units, k + 1) ?? '');
  if (FINITE_LOOKALIKES.test(first)) return false;
  if (ASIDE_DETERMINERS.test(first) || ASIDE_OPENERS.test(first) || PARTICIPLE.test(first)) return true;
  return COMPLEMENT.test(wordAt(units, k + 1) ?? '') || COMPLEMENT.test(wordAt(units, k + 2) ?? '');
}

/**
 * At the comma `from` after a member: the index of the aside's closing comma when "and/et" and a member (named, or
 * after its descriptor) follow it; else `from`.
 */
export function afterMemberAside(units: Unit[], from: number, want: EntityWant): number {
  const comma = units[from];
  if (comma?.kind !== 'tok' || comma.token.text !== ',' || !opensAside(units, from + 1)) return from;
  for (let k = from + 2; k < units.length && k - from <= MAX_ASIDE_UNITS; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    if (ASIDE_ENDS.has(u.token.text)) return from;
    if (u.token.text !== ',') continue;
    const and = units[k + 1];
    if (and?.kind !== 'tok' || !GOES_ON.test(and.token.lower)) return from;
    // "accompagné par A, le fonds de la région, et par le groupe B": the list's preposition said again after "et"
    // (listRun steps over it too)
    const again = units[k + 2];
    const opens = again?.kind === 'tok' && repeatsPreposition(again.token.lower, want) ? k + 3 : k + 2;
    // a list of backers (any entity) may open a member with an article alone ("…, et le Crédit Mutuel")
    const member = afterMemberDescriptor(units, opens, want === 'any');
    const next = units[member];
    // a list of backers (any entity) goes on with a person too ("P, co-founder of Y, and Q, …, also put money in")
    const named = next !== undefined && entFits(next, want);
    return named && endsMember(units, member + 1, want) ? k : from;
  }
  return from;
}
