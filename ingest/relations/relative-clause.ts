import type { Captures, Unit } from './pattern';
import { MATCH_START } from './pattern';
import type { Rule } from './rule';
import { closesApposition } from './deal-party-guards';

/** Words opening a relative clause after a comma ("X, whose rivals include A, raised …", "X, qui concurrence A, a levé …"). */
const RELATIVE_OPENERS = /^(which|who|whom|whose|that|qui|dont|lequel|laquelle|où|where)$/;
/** Prepositions that may open a relative clause before "whom"/"which" ("with whom", "in which"). */
const CLAUSE_PREPOSITIONS = /^(with|in|of|for|to|from|through|under|by|avec|dans|pour|chez|auprès)$/;
/** Most units a relative clause may span before the comma that closes it. */
const MAX_RELATIVE_UNITS = 16;

/**
 * The relative clause that unit `k` stands in, when the clause closes before `limit`: its antecedent's unit
 * index and the index of the closing comma, else null. "Parcelo, whose rivals include Stuart and Urbantz, raised
 * €8m": Urbantz stands in the clause of Parcelo, which is the one that raised.
 */
function enclosingRelative(
  units: Unit[],
  k: number,
  limit: number,
): { antecedent: number; close: number } | null {
  let opener = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_RELATIVE_UNITS; j--) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (RELATIVE_OPENERS.test(u.token.lower) && units[j - 1]?.kind === 'tok') {
      // "Y, with whom we share a plant, …": a preposition may open the clause before its pronoun
      const at = isTok(units[j - 1], CLAUSE_PREPOSITIONS) && /^(whom|which)$/.test(u.token.lower) ? j - 1 : j;
      if (isComma(units[at - 1])) opener = at;
      break;
    }
    if (/^[,;:()«»"“”]$/.test(u.token.text)) return null;
  }
  if (opener < 2) return null;
  const antecedent = units[opener - 2];
  if (antecedent.kind !== 'ent' || !antecedent.orgs) return null;
  for (let j = k + 1; j < limit && j - opener <= MAX_RELATIVE_UNITS; j++) {
    const u = units[j];
    // "la Direction générale de l'armement (DGA) et …": a short form in brackets goes on with the clause
    if (isTok(u, /^\($/) && isTok(units[j + 2], /^\)$/)) {
      j += 2;
      continue;
    }
    if (u.kind === 'tok' && u.token.text === ',') return { antecedent: opener - 2, close: j };
    if (u.kind === 'tok' && /^[;:()]$/.test(u.token.text)) return null;
  }
  return null;
}

/** Verbs and nouns of a deal: a relative clause holding one states the deal itself. */
const DEAL_WORD =
  /^(purchas\p{L}*|acqui\p{L}*|bought|buys?|buying|took|takes?|taking|invest\p{L}*|merg\p{L}*|back\p{L}*|fund\p{L}*|financ\p{L}*|rach[eè]t\p{L}*|rachat|repris\p{L}*|reprend\p{L}*|fusionn\p{L}*|absorb\p{L}*)$/u;

/** Most units between an opener and the party it governs ("who soon after purchased C"). */
const MAX_RELATIVE_TO_PARTY_UNITS = 12;

/**
 * A relative clause opened between the two parties that holds the second party and a deal word, with no comma
 * closing it first: "A's offer was trumped by B's, who purchased C" — B, the clause's antecedent, is the one that
 * bought, not A. Returns the antecedent's unit index, else null.
 */
function antecedentBetween(units: Unit[], first: number, second: number): number | null {
  for (let j = second - 1; j > first + 1 && second - j <= MAX_RELATIVE_TO_PARTY_UNITS; j--) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (/^[,;:()]$/.test(u.token.text)) return null;
    if (!RELATIVE_OPENERS.test(u.token.lower) || !isComma(units[j - 1])) continue;
    const between = units.slice(j + 1, second);
    if (!between.some((w) => w.kind === 'tok' && DEAL_WORD.test(w.token.lower))) return null;
    // "B's, who …": the possessive's owner is the antecedent
    const k = isPossessive(units[j - 2]) ? j - 3 : j - 2;
    const ante = units[k];
    if (closesApposition(units, k)) return null;
    return k > first && ante?.kind === 'ent' && ante.orgs && !ante.anaphor ? k : null;
  }
  return null;
}

function isTok(u: Unit | undefined, re: RegExp): boolean {
  return u?.kind === 'tok' && re.test(u.token.lower);
}

function isComma(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && u.token.text === ',';
}

function isPossessive(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && /^('s|’s|')$/u.test(u.token.lower);
}

/**
 * "A, which is owned by B, said it bought C": the pronoun stands for B by nearness, yet B only stands in the
 * relative clause of A, which is the subject that speaks. Returns A's unit index when unit `k` is a pronoun for a
 * name inside such a clause closed before it, else null.
 */
function pronounForRelativeName(units: Unit[], k: number): number | null {
  const u = units[k];
  if (u?.kind !== 'ent' || !u.anaphor) return null;
  for (let j = k - 1; j >= 0; j--) {
    const named = units[j];
    if (named.kind !== 'ent' || named.anaphor || !named.ents.some((e) => u.ents.includes(e))) continue;
    const found = enclosingRelative(units, j, k);
    return found === null ? null : found.antecedent;
  }
  return null;
}

/**
 * A rule's first role names the subject of its verb; when that name stands inside a relative clause that closes
 * before the rest of the match, the verb after the clause belongs to the clause's antecedent instead. Returns the
 * captures with that role given to the antecedent (unchanged when no relative clause is crossed).
 */
export function liftOutOfRelative(rule: Rule, caps: Captures, units: Unit[]): Captures {
  // people rules read titles inside such clauses ("X, dont le directeur général est P") on purpose
  if (rule.type === 'LEADS' || rule.type === 'FOUNDED') return caps;
  const roles = [rule.source, rule.target].filter((r): r is string => !!r && caps[`#${r}`] !== undefined);
  if (rule.source === rule.target) return caps;
  const apposed = liftOutOfApposition(roles, caps, units);
  if (apposed !== null) return apposed;
  if (roles.length < 2) return caps;
  const at = (r: string) => caps[`#${r}`][0];
  const [first, second] = at(roles[0]) <= at(roles[1]) ? roles : [roles[1], roles[0]];
  const lifted =
    enclosingRelative(units, at(first), at(second))?.antecedent ??
    pronounForRelativeName(units, at(first)) ??
    (DEAL_RELATIONS.has(rule.type) ? antecedentBetween(units, at(first), at(second)) : null);
  if (lifted === null) return caps;
  const ante = units[lifted];
  if (ante.kind !== 'ent' || ante.ents.some((e) => caps[second]?.includes(e))) return caps;
  return { ...caps, [first]: [ante.ents[0]], [`#${first}`]: [lifted] };
}

/**
 * "X, the venture arm of Y, joined the round": a role filled by the name closing an apposition of another
 * company stands for that company, the apposition only tells whose it is. Checked for single-role rules too,
 * whose other party is the article's topic. Returns the captures with that role given to the apposition's
 * holder, else null.
 */
function liftOutOfApposition(roles: string[], caps: Captures, units: Unit[]): Captures | null {
  const start = caps[MATCH_START]?.[0];
  for (const role of roles) {
    const k = caps[`#${role}`][0];
    const holder = appositionHolder(units, k);
    if (holder === null) continue;
    // "Mené par A, le tour de table associe B, …": the rule's own words stand between the comma and the name, so
    // they are the clause that names it ("le tour de table associe"), not an apposition telling whose B is
    if (start !== undefined && start > holder + 1 && start < k) continue;
    const ante = units[holder];
    if (ante.kind !== 'ent') continue;
    // "A, the parent of B": a rule reading both names of the apposition means it
    if (roles.some((r) => r !== role && (caps[r] ?? []).some((e) => ante.ents.includes(e)))) return null;
    return { ...caps, [role]: [ante.ents[0]], [`#${role}`]: [holder] };
  }
  return null;
}

/** Determiners opening an apposition's head noun ("X, the venture arm of Y,", "X, la filiale de Y,"). */
const APPOSITION_DETERMINERS = /^(the|a|an|le|la|l'|les|un|une|its|sa|son)$/u;
/** Words tying an apposition's head noun to the company named at its end. */
const APPOSITION_OF = /^(of|de|du|d'|des)$/u;
/**
 * An agent tying the head noun to the name through a participle ("X, the London-based publisher backed by Y,",
 * "X, la PME détenue par Y,"): the name is who stands behind X, the verb after the comma is still X's.
 */
const APPOSITION_BY = /^(by|par)$/u;
/** The participle before an agent's "by" is one more word between the determiner and the tie. */
const PARTICIPLE_WORDS = 1;
/** Most units from an apposition's opening comma to the name that closes it ("the investment vehicle of the family that controls tanker operator Y"). */
const MAX_APPOSITION_UNITS = 14;
/** Words after the closing comma that continue a list or a clause of the apposition's name, not the holder's verb. */
const NOT_HOLDER_VERB = /^(and|or|et|ou|which|who|that|qui|dont|as|while|alors)$/u;

/**
 * The unit index of company A when the name at `k` closes an apposition "A, the <noun> of … <name>," and the
 * sentence goes on after the comma, else null.
 */
function appositionHolder(units: Unit[], k: number): number | null {
  // only a comma closing the apposition before the sentence goes on: at a sentence's end ("an interest in A, a
  // unit of B.") the clause may be telling of B itself
  const closed =
    isComma(units[k + 1]) && units[k + 2]?.kind === 'tok' && !isTok(units[k + 2], NOT_HOLDER_VERB);
  if (!closed) return null;
  let tiedAt = -1;
  for (let j = k - 1; j > 0 && k - j <= MAX_APPOSITION_UNITS; j--) {
    const u = units[j];
    if (u.kind === 'ent') return null;
    if (APPOSITION_OF.test(u.token.lower)) tiedAt = j;
    if (APPOSITION_BY.test(u.token.lower)) tiedAt = j - PARTICIPLE_WORDS;
    if (u.token.text !== ',') {
      if (/^[;:()«»"“”.]$/.test(u.token.text)) return null;
      continue;
    }
    const head = units[j - 1];
    const tied = tiedAt > j && tiedAt - (j + 1) <= MAX_HEAD_NOUN_WORDS && !finiteVerbIn(units, j + 2, tiedAt);
    return tied && opensApposition(units, j + 1) && head?.kind === 'ent' && head.orgs && !head.anaphor
      ? j - 1
      : null;
  }
  return null;
}

/** Auxiliaries of a finite verb: "A, les titres ont été souscrits par B, …" is a clause of its own, no apposition. */
const FINITE_AUXILIARY =
  /^(ont|a|est|sont|été|était|étaient|sera|seront|has|have|had|was|were|is|are|been)$/u;

function finiteVerbIn(units: Unit[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isTok(units[i], FINITE_AUXILIARY)) return true;
  return false;
}

/** Most words from an apposition's determiner to its "of" ("the investment vehicle of", "la filiale spécialisée de"). */
const MAX_HEAD_NOUN_WORDS = 4;
/** French past participles after "a", the verb ("X, a racheté …"), which is then no English article. */
const FRENCH_PARTICIPLE = /^(\p{L}+(é|ée|és|ées)|été|pris|fait|mis|conclu|obtenu|reçu|repris|acquis)$/u;

function opensApposition(units: Unit[], i: number): boolean {
  if (!isTok(units[i], APPOSITION_DETERMINERS)) return false;
  return !(isTok(units[i], /^a$/) && isTok(units[i + 1], FRENCH_PARTICIPLE));
}

/** Deals, whose verb may stand in a relative clause of its own party. */
const DEAL_RELATIONS: ReadonlySet<string> = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
