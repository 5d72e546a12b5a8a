import type { Token } from '../tokens';
import type { Unit } from './pattern';

/** Words opening a relative clause that tells more about the description before it. */
const RELATIVE_AFTER_DESCRIPTION = /^(that|which|who|whose|qui|dont|lequel|laquelle)$/u;

/**
 * "Y, the Italian operator run by P", "Y, la PME dirigée par P": a participle with its agent or place after the
 * description restates the name as a relative would.
 */
const PARTICIPLE_AFTER_DESCRIPTION =
  /^(run|owned|led|headed|chaired|controlled|founded|based|dirigé|dirigée|détenu|détenue|présidé|présidée|contrôlé|contrôlée|fondé|fondée|basé|basée)$/u;
const PARTICIPLE_COMPLEMENTS = /^(by|in|par|à|en)$/u;

/** True when the words at `to` open a clause that tells more about the description before them. */
function opensDescriptionClause(tokens: Token[], to: number): boolean {
  if (RELATIVE_AFTER_DESCRIPTION.test(tokens[to]?.lower ?? '')) return true;
  return (
    PARTICIPLE_AFTER_DESCRIPTION.test(tokens[to]?.lower ?? '') &&
    PARTICIPLE_COMPLEMENTS.test(tokens[to + 1]?.lower ?? '')
  );
}

/**
 * "Y, the UK group that was taken over by X": a description set off by a comma right after a company's name and
 * carrying its own relative clause restates that name, it does not point back to the sentence's subject. Returns
 * the named company when the description spans tokens `from`..`to` (exclusive) in that shape, else null.
 *
 * The relative opener is required because a description closed by a comma or followed by a verb is as often the
 * subject's reporting tag ("X bought Y, the company said") as an apposition of Y.
 */
export function apposedDescriptionOrg(
  tokens: Token[],
  units: Unit[],
  from: number,
  to: number,
): number | null {
  if (tokens[from - 1]?.text !== ',') return null;
  if (!opensDescriptionClause(tokens, to)) return null;
  const named = units[units.length - 1];
  if (named?.kind !== 'tok' || named.token.text !== ',') return null;
  const before = units[units.length - 2];
  if (before?.kind !== 'ent' || !before.orgs || before.anaphor || before.ents.length !== 1) return null;
  return before.ents[0];
}
