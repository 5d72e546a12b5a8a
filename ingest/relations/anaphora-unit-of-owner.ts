import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import type { Token } from '../tokens';
import { wordOrNullAt } from './frames/clause';
import { namedOrg, UNIT_NOUNS } from './anaphora-unit-owner';

/**
 * A unit told with its owner after "of"/"de" ("Greenloop Materials, a unit of Harwood Industries", "Cassiopée,
 * filiale du groupe X", a sentence opening "Filiale française du groupe suisse Helvapharm, Cassiopée …") is recorded
 * in `unitOwners` like the possessive units of `anaphora-unit-owner.ts`: a later "the group" / "le groupe" is the
 * owner. The owner is named here, so the order against the state update does not matter.
 */

/** Most words of the unit's noun phrase ("freight arm", "filiale française", "wholly owned subsidiary"). */
const MAX_NOUN_WORDS = 3;
/** Most words between "of"/"de" and the owner's name ("of the German group", "du groupe allemand"). */
const MAX_OWNER_DESCRIPTOR_WORDS = 3;
const ARTICLES = /^(a|an|the|its|une|un|la|le|l'|sa|son)$/;
const OF = /^(of|de|du|d'|des)$/;
/** "de" / "d'" before a trade word, not before a determiner or a name ("filiale du groupe X" names the owner). */
const TRADE_DE = /^(de|d')$/;
/** Nouns that name a company, not a trade: "filiale de groupe X" would name the owner. */
const COMPANY_WORDS = /^(groupe|société|holding|fonds)$/;

function isTradeWord(w: string | null): boolean {
  return w !== null && /^\p{Ll}/u.test(w) && !ARTICLES.test(w) && !OF.test(w) && !COMPANY_WORDS.test(w);
}

/**
 * The index after a unit noun phrase starting at `k` ("freight arm", "filiale logistique", "a unit"), or -1 when
 * the lower-case words there hold no unit noun.
 */
function unitNounPhraseEnd(units: readonly Unit[], k: number, nounRead = false): number {
  let j = k;
  if (ARTICLES.test(wordOrNullAt(units, j) ?? '')) j++;
  let unitNoun = nounRead;
  for (let n = 0; n < MAX_NOUN_WORDS; n++, j++) {
    const w = wordOrNullAt(units, j);
    // "filiale de recyclage", "filiale d'ingénierie": a trade after "de" belongs to the noun, an owner's name does not
    if (unitNoun && TRADE_DE.test(w ?? '') && isTradeWord(wordOrNullAt(units, j + 1))) {
      j++;
      continue;
    }
    if (w === null || w === ',' || OF.test(w) || !/^\p{Ll}/u.test(w)) break;
    if (UNIT_NOUNS.has(w)) unitNoun = true;
  }
  return unitNoun && j > 0 ? j : -1;
}

/** The owner named after "of"/"de" at `k` ("of the German group X", "du groupe allemand X") and its index. */
function ownerAfterOf(units: readonly Unit[], k: number): { owner: number; at: number } | null {
  if (!OF.test(wordOrNullAt(units, k) ?? '')) return null;
  for (let j = k + 1; j <= k + 1 + MAX_OWNER_DESCRIPTOR_WORDS && j < units.length; j++) {
    const owner = namedOrg(units[j]);
    if (owner !== null) return { owner, at: j };
    const w = wordOrNullAt(units, j);
    if (w === null || w === ',') return null;
  }
  return null;
}

/** Pairs unit → owner the sentence tells with "of"/"de". */
function unitOfOwnersIn(tokens: readonly Token[], units: readonly Unit[]): Map<number, number> {
  const found = new Map<number, number>();
  for (let k = 0; k < units.length; k++) {
    // "Y, a unit of X", "Y, filiale du groupe X"
    const named = namedOrg(units[k]);
    if (named !== null && wordOrNullAt(units, k + 1) === ',') {
      const end = unitNounPhraseEnd(units, k + 2);
      const of = end > k + 2 ? ownerAfterOf(units, end) : null;
      if (of !== null && of.owner !== named) found.set(named, of.owner);
    }
  }
  // "Filiale française du groupe allemand X, Y" opening the sentence; a capitalised opening unit noun may have been
  // read as a name
  const first = units[0];
  const opensOnNoun =
    first?.kind === 'ent' && UNIT_NOUNS.has(tokens.find((t) => t.start === first.start)?.lower ?? '');
  const end = opensOnNoun ? unitNounPhraseEnd(units, 1, true) : unitNounPhraseEnd(units, 0);
  const of = end > 0 ? ownerAfterOf(units, end) : null;
  const unit = of !== null && wordOrNullAt(units, of.at + 1) === ',' ? namedOrg(units[of.at + 2]) : null;
  if (of !== null && unit !== null && unit !== of.owner) found.set(unit, of.owner);
  return found;
}

/** Keeps the unit → owner pairs the sentence told with "of"/"de" (called once per sentence, when it closes). */
export function recordUnitOfOwners(
  tokens: readonly Token[],
  units: readonly Unit[],
  state: DiscourseState,
): void {
  // a sentence with no unit noun tells none: most sentences leave here
  if (!tokens.some((t) => UNIT_NOUNS.has(t.lower))) return;
  for (const [unit, owner] of unitOfOwnersIn(tokens, units)) state.unitOwners.set(unit, owner);
}
