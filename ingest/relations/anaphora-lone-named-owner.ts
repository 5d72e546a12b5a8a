import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import type { UnitContext } from './unit-context';

/**
 * "La nomination a été saluée par la CCI de l'Aveyron. Son président, P, …", "« … », a insisté X lors d'une
 * conférence organisée à la CCI Haute-Savoie. Sa présidente, P, …": when the sentence before had no company for its
 * subject (a passive with its agent, a quote and its speaker), pointed at no company, not even by a pronoun or a
 * possessive ("it was bought by X", "la cession de sa filiale à X"), and named one organisation alone, a head's
 * possessive opening the next sentence is that organisation's: the company the article is about was not in that
 * sentence at all. With two organisations named, or any word for the article's company, the nearer readings decide.
 */

/** Pronouns and possessives that stand for a company even when no reading turned them into one. */
const COMPANY_WORDS = new Set([
  'it',
  'its',
  'their',
  'they',
  'il',
  'elle',
  'ils',
  'elles',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'lui',
  'celui-ci',
  'celle-ci',
]);

/** Keeps the one organisation a sentence with no word for any other company named (once, when it closes). */
export function recordLoneNamedOrg(
  tokens: readonly Token[],
  units: readonly Unit[],
  index: EntityIndex,
  state: DiscourseState,
): void {
  state.loneNamedOrg = null;
  if (state.pronounOrg !== null || state.companyVerbPronounOrg !== null) return;
  let lone: number | null = null;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs) continue;
    if (u.anaphor || u.ents.length !== 1) return;
    const e = u.ents[0];
    if (index.entities[e]?.type !== 'Organization' || e === lone || nameTail(units, k, index)) continue;
    if (lone !== null) return;
    lone = e;
  }
  if (lone === null || tokens.some((t) => COMPANY_WORDS.has(t.lower))) return;
  state.loneNamedOrg = lone;
}

/** Words that join a body's name to the place that ends it ("la CCI de l'Aveyron", "the Council of Ohio"). */
const NAME_JOINERS = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'of', 'the']);
/** Most joining words between a body's name and its place. */
const MAX_NAME_JOINERS = 2;

/**
 * "saluée par la CCI de l'Aveyron": a name the text never typed (tentative) that only joining words tie to the
 * organisation before it is the end of that organisation's name cut off by the entity stage, no second
 * organisation; "by the Wisconsin Dairy Council and by Lazard" still names two.
 */
function nameTail(units: readonly Unit[], k: number, index: EntityIndex): boolean {
  const u = units[k];
  if (u.kind !== 'ent' || !index.entities[u.ents[0]]?.tentative) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_NAME_JOINERS) {
    const v = units[j];
    if (v.kind !== 'tok' || !NAME_JOINERS.has(v.token.lower)) break;
    j--;
  }
  const before = units[j];
  return j < k - 1 && before?.kind === 'ent' && before.orgs === true && !before.anaphor;
}

/** The organisation `recordLoneNamedOrg` kept from the sentence before, unless that sentence had an owner. */
export function loneNamedOrgBefore(c: UnitContext): number | null {
  const { state } = c;
  if (state.possessiveOwner !== null || state.carriedPossessiveOwner !== null) return null;
  return state.loneNamedOrg;
}
