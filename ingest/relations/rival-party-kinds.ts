import type { EntityIndex } from '../resolve/mentions';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/**
 * A rivalry pair is two organisations that can sell in one market. Wire copy pairs other things with the same
 * words: parties in a poll ("33 pct supported Labour against 26 pct for the Alliance"), a firm and the ministry
 * that regulates it, two politicians, and "it" taken for the agency of the dateline ("WARSAW (Reuters) - X said
 * … as it steps up price cuts in a market dominated by A"). Such a party is dropped from a COMPETES_WITH match.
 */

/** A body of the state: it regulates, buys or taxes a market, it does not sell in it. */
const STATE_BODY =
  /(^|\s)(ministry|ministère|department of|government|gouvernement|senate|sénat|parliament|parlement|congress|white house|élysée)(\s|$)|(^|\s)(u\.s\.|us|uk|french|british) treasury$|^treasury$/iu;
/** A political party, by the words party names are made of. */
const PARTY =
  /(^|[\s-])(party|parti|labour|conservatives?|tories|tory|democrats?|democratic|liberals?|republicans?|socialists?|socialiste|communist|communiste)([\s-]|$)/iu;
/** A politician's or official's title before a name: a person taken for an organisation. */
const OFFICIAL_TITLE =
  /(^|\s)([Vv]ice-)?([Pp]resident|[Pp]résidente?|[Vv]ice-[Pp]remiers?|[Pp]rime [Mm]inister|[Mm]inister|[Mm]inistre|[Ss]enator|[Ss]énateur|[Gg]overnor|[Cc]hancellor)\s+\p{Lu}/u;

function notSeller(index: EntityIndex, e: number): boolean {
  const ent = index.entities[e];
  if (ent === undefined) return false;
  if (ent.type === 'Person') return true;
  return ent.surfaces.some((s) => STATE_BODY.test(s) || PARTY.test(s) || OFFICIAL_TITLE.test(s));
}

/** The entities standing alone in brackets in the sentence: a dateline's wire service ("(Reuters)"). */
function bracketedNames(units: Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    const before = units[i - 1];
    const after = units[i + 1];
    if (
      u.kind === 'ent' &&
      before?.kind === 'tok' &&
      before.token.text === '(' &&
      after?.kind === 'tok' &&
      after.token.text === ')'
    )
      u.ents.forEach((e) => out.add(e));
  });
  return out;
}

/** A COMPETES_WITH match's captures without the parties that sell in no market. */
export function withoutNonSellers(rule: Rule, caps: Captures, units: Unit[], index: EntityIndex): Captures {
  if (rule.type !== 'COMPETES_WITH') return caps;
  const agencies = bracketedNames(units);
  const drop = (e: number) => agencies.has(e) || notSeller(index, e);
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  if (!roles.some((r) => (caps[r] ?? []).some(drop))) return caps;
  const out: Captures = { ...caps };
  for (const r of roles) if (out[r]) out[r] = out[r].filter((e) => !drop(e));
  return out;
}
