import type { Unit } from '../pattern';

/**
 * A company named before a raise verb is not the raiser when the verb belongs to a clause about another name
 * between them: "Frostline competes with Coldhub, a Berlin company that raised $30m from A" (Coldhub raised),
 * "Restauro, une pépite nantaise qui a levé 6 M€ auprès de A", and "Caresync, which overtook Domicare as …,
 * raised €40m from A" (Domicare sits inside an aside about Caresync). Readings that put the company first
 * ("X … raised … from A", "X, backed by A") would otherwise give the investor to the wrong company.
 */

/** Relative pronouns that open a clause whose subject is the name before them. */
const SUBJECT_RELATIVE = /^(that|which|who|qui|lequel|laquelle)$/u;
/** Relatives that open an aside between two commas ("X, which overtook Y in 2024, raised"). */
const ASIDE_RELATIVE = /^(which|who|whose|qui|dont|lequel|laquelle)$/u;
/** Most words of an apposed description between a name and its relative ("a Berlin company that"). */
const MAX_DESCRIPTION_UNITS = 6;
/** Most units an aside may span. */
const MAX_ASIDE_UNITS = 20;

function tok(u: Unit | undefined, re: RegExp): boolean {
  return u?.kind === 'tok' && re.test(u.token.lower);
}

const COMMA = /^,$/u;
const CLAUSE_STOP = /^[,;:.()]$/u;

/** The name at `k` heads a relative clause opened within its apposed description ("K, a … company that"). */
function headsApposedRelative(units: Unit[], k: number, limit: number): boolean {
  if (!tok(units[k + 1], COMMA)) return false;
  for (let j = k + 2; j < limit && j - k - 2 <= MAX_DESCRIPTION_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'ent' || CLAUSE_STOP.test(u.token.text)) return false;
    if (SUBJECT_RELATIVE.test(u.token.lower)) return j > k + 2;
  }
  return false;
}

/** Unit `t` lies inside an aside opened by ", which" after an earlier name and closed before `limit`. */
function insideAside(units: Unit[], t: number, limit: number): boolean {
  for (let c = t - 1; c > 0 && t - c <= MAX_ASIDE_UNITS; c--) {
    const u = units[c];
    if (u.kind === 'tok' && /^[;:.]$/u.test(u.token.text)) return false;
    if (!(tok(u, COMMA) && tok(units[c + 1], ASIDE_RELATIVE) && units[c - 1]?.kind === 'ent')) continue;
    for (let e = t + 1; e < limit && e - c <= MAX_ASIDE_UNITS; e++) {
      const v = units[e];
      if (v.kind === 'tok' && /^[;:.]$/u.test(v.token.text)) return false;
      if (tok(v, COMMA)) return true;
    }
    return false;
  }
  return false;
}

/**
 * True when the company at unit `t`, named before the investor at unit `s`, is not the subject of the raise
 * between them: another name heads a relative clause in between, or `t` sits in an aside about an earlier name.
 */
export function raiserOfAnotherClause(units: Unit[], t: number, s: number): boolean {
  if (t >= s) return false;
  for (let k = t + 1; k < s; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && headsApposedRelative(units, k, s)) return true;
  }
  return insideAside(units, t, s);
}
