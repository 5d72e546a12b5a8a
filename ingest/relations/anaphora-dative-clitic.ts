import type { Token } from '../tokens';
import type { Unit } from './pattern';

type TokUnit = Extract<Unit, { kind: 'tok' }>;
import type { DiscourseState } from './discourse';
import { CLITIC_VERB_HELPERS } from './anaphor-words';
import { subjectOrgOpening } from './paragraph-topic';

/**
 * French dative clitic "lui" before a verb of giving money, right after the company that gives it: "Bpifrance lui a
 * ensuite apporté 4 M€", "…, tandis que la BEI lui accorde un prêt", "… sous le contrôle de X, qui lui a apporté
 * 15 M€". The receiver is never the giver (the clause's own subject): it is the sentence's subject when the giver
 * stands in a later clause, else the company the sentence before was about. The article's topic, which a funding
 * frame falls back on, is often the buyer of that company instead.
 */

/** The words at `i` without which `dativeCliticOrg` reads nothing (units-screen.ts skips it elsewhere). */
export const DATIVE_CLITIC_START_WORDS: ReadonlySet<string> = new Set(['lui']);
/** Verbs of handing money or a loan over ("apporté", "accorde", "prêté", "octroyé", "attribué", "consenti", "versé"). */
const GIVING_VERB = /^(apport|accord|prêt|octroi|octroy|attribu|consen|vers|allou|avanc)/;
/** Most helpers between the clitic and its verb ("lui avait déjà accordé"). */
const MAX_HELPERS = 3;
/** A relative pronoun whose clause the giver opens ("X, qui lui a apporté"). */
const RELATIVE_SUBJECT = 'qui';

/** The company "lui" at `i` stands for, or null when the shape is not there or no other company is at hand. */
export function dativeCliticOrg(
  tokens: Token[],
  i: number,
  units: Unit[],
  state: DiscourseState,
): number | null {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_HELPERS && CLITIC_VERB_HELPERS.has(tokens[k].lower)) k++;
  const verb = tokens[k];
  if (!verb || verb.text !== verb.lower || !GIVING_VERB.test(verb.lower)) return null;
  const giver = clauseSubjectBefore(units);
  if (giver === null) return null;
  const main = subjectOrgOpening(units);
  if (main !== null && main !== giver) return main;
  const before = [state.pronounOrg, state.companyVerbPronounOrg, state.lastSubjectOrg];
  return before.find((e): e is number => e !== null && e !== giver) ?? null;
}

/**
 * The company the clause before the clitic opens on: right before it, before "qui" ("X, qui lui …"), or before the
 * helpers of a near future or past ("la Région X vient de lui accorder", "X va lui verser").
 */
function clauseSubjectBefore(units: Unit[]): number | null {
  let k = units.length - 1;
  while (k > 0 && units[k].kind === 'tok' && CLITIC_VERB_HELPERS.has((units[k] as TokUnit).token.lower)) k--;
  const last = units[k];
  if (last?.kind === 'tok' && last.token.lower === RELATIVE_SUBJECT) {
    k--;
    const comma = units[k];
    if (comma?.kind === 'tok' && comma.token.text === ',') k--;
  }
  const u = units[k];
  return u?.kind === 'ent' && u.orgs && u.ents.length === 1 ? u.ents[0] : null;
}
