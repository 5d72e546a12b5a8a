import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';
import { LEADER_TITLE_WORDS } from './anaphor-words';

/**
 * A LEADS match is refused when the clause that carries the post tells it as over. The post readers take "P was
 * chief executive of X", "P a présidé X de 2010 à 2014" or "X avait été dirigé de 2009 à 2015 par P" as they take
 * "P is chief executive of X", but the gold counts only heads who still hold the post: a past copula before the
 * title, a French compound past of a verb of heading, an English past perfect of one, or a past verb with an end
 * ("until March", "jusqu'en 2008", "from 2012 to 2016") says the post has ended. A post still held though told in
 * the past stays ("P, who was named chief executive in 2019"; "P has led X since 2015"; "P restera présidente
 * jusqu'en 2028"; "P, qui était jusqu'ici DG de X" in a succession, which the gold counts).
 *
 * The clause is read from the last clause break before the later party to the first one after it, so "P, who was
 * chief executive of A until 2019 and now chairs X" reads only "now chairs" for X.
 */

/** Most units read after the later party for the end of the post ("until March", "de 2010 à 2014"). */
const MAX_TAIL_UNITS = 8;
/** Most units skipped between a past copula and the title it gives ("was also the company's chairman"). */
const MAX_COPULA_GAP_UNITS = 4;

/** Copulas that put the title after them in the past whatever follows (the French imparfait needs an end). */
const PAST_COPULA = /^(was|were|fut)$/;
/** Auxiliaries of a compound past: "had been", "a été", "avait été", "had led", "a dirigé". */
const PAST_AUXILIARY = /^(had|a|avait|ont|avaient|eut)$/;
const BEEN = /^(been|été)$/;
/** The imparfait copula: past only when an end follows ("était P-dg jusqu'en 1998", not "était jusqu'ici DG"). */
const IMPERFECT_COPULA = /^(était|étaient)$/;
/** Being given a post: told in the past, the post is still held ("was named chief executive in 2019"). */
const GIVEN_POST =
  /^(named|appointed|elected|promoted|made|chosen|hired|recruited|confirmed|nommé|nommée|nommés|promu|promue|élu|élue|désigné|désignée|choisi|choisie|recruté|recrutée|reconduit|reconduite)$/;
/** Participles of heading: after a past auxiliary the heading is over; after a past copula it needs an end. */
const LEAD_PARTICIPLE =
  /^(led|run|chaired|headed|managed|dirigé|dirigée|dirigés|présidé|présidée|présidés|piloté|pilotée|géré|gérée)$/;
/** Simple past and imparfait forms of heading, past only with an end ("ran X until its sale", "dirigeait … jusqu'en"). */
const PAST_LEAD_VERB =
  /^(ran|led|chaired|headed|managed|dirigeait|dirigeaient|présidait|présidaient|pilotait|gérait|dirigea|présida)$/;
/** Future and modal words: an end told with them is still to come ("will remain chair until the deal closes"). */
const FUTURE_WORD =
  /^(will|would|shall|'ll|restera|resteront|sera|seront|demeurera|conservera|gardera|remain|remains|stay|stays|reste|demeure)$/;
/** Words skipped between a copula or auxiliary and what it governs. */
const SKIPPED =
  /^(previously|formerly|also|then|once|briefly|later|already|long|the|its|his|her|their|a|an|'s|également|aussi|auparavant|déjà|longtemps|brièvement|ensuite|alors|le|la|l'|les|son|sa|ses|leur|lui-même|elle-même|même)$/;
/** Clause breaks: the post is read only between the last one before the later party and the first one after. */
const BREAK =
  /^(,|;|:|\(|\)|—|–|who|whom|which|qui|dont|when|quand|lorsque|but|mais|before|avant|after|après|while|tandis)$/;
/** Coordinators break the clause unless a title goes on the list ("was its chairman and chief executive"). */
const COORDINATOR = /^(and|et)$/;
const YEAR = /^(1[89]|20)\d\d$/;
/** The agent's preposition of a passive of heading ("dirigée … par", "run … by"). */
const AGENT_PREPOSITION = /^(par|by)$/;
/** Most words of a noun apposed before the person ("par la fille cadette du fondateur, P", "by his son, P"). */
const MAX_APPOSED_NOUN_WORDS = 5;

function tokAt(units: readonly Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

function isBreakAt(units: readonly Unit[], k: number): boolean {
  const w = tokAt(units, k);
  if (w === null) return false;
  if (BREAK.test(w)) return true;
  return COORDINATOR.test(w) && !LEADER_TITLE_WORDS.has(tokAt(units, k + 1) ?? '');
}

/** The next unit after `k` that is not skipped (adverbs, determiners, a possessor's name and its "'s"). */
function governedAt(units: readonly Unit[], k: number): number {
  let j = k + 1;
  while (j < units.length && j - k <= MAX_COPULA_GAP_UNITS) {
    const u = units[j];
    if (u.kind === 'ent' || SKIPPED.test(u.token.lower)) j++;
    else return j;
  }
  return -1;
}

/** "until March", "jusqu'en 2008", "jusqu'à sa mort", "from 2012 to 2016", "de 2009 à 2015", "entre 2010 et 2017". */
function endsAt(units: readonly Unit[], k: number): boolean {
  const w = tokAt(units, k);
  const next = tokAt(units, k + 1) ?? '';
  if (w === 'until' || w === 'till') return next !== 'now';
  if (w === "jusqu'")
    return next === 'en' || (/^(à|au|aux)$/.test(next) && tokAt(units, k + 2) !== 'présent');
  if (/^(from|de|between|entre)$/.test(w ?? '') && YEAR.test(next))
    return /^(to|à|and|et)$/.test(tokAt(units, k + 2) ?? '') && YEAR.test(tokAt(units, k + 3) ?? '');
  return false;
}

/**
 * "dirigée de 1981 à 1999 par sa fille, P", "run from 1983 to 2015 by his daughter, P": the comma before the person
 * closes a noun (a kin or a title) the agent's preposition governs and the person restates, so it opens no new
 * clause. The first unit before that preposition is returned for the scan to go on, or `b` when there is none.
 */
function beforeApposedAgent(units: readonly Unit[], a: number, b: number): number {
  if (tokAt(units, b - 1) !== ',') return b;
  for (let k = b - 2, words = 0; k > a && words <= MAX_APPOSED_NOUN_WORDS; k--, words++) {
    const u = units[k];
    // "by its former finance chief, P": a possessive pointer stands in the noun as a word would
    if (u.kind === 'ent' && u.anaphor) continue;
    const w = tokAt(units, k);
    if (w === null || !/^[\p{Ll}'-]+$/u.test(w)) return b;
    if (AGENT_PREPOSITION.test(w)) return words > 0 ? k : b;
  }
  return b;
}

/** The unit indices of the clause carrying the post between the parties at `a` < `b`. */
function clauseOf(units: readonly Unit[], a: number, b: number): number[] {
  let start = a + 1;
  for (let k = beforeApposedAgent(units, a, b) - 1; k > a; k--) {
    if (isBreakAt(units, k)) {
      start = k + 1;
      break;
    }
  }
  const out: number[] = [];
  for (let k = start; k <= b; k++) out.push(k);
  for (let k = b + 1; k < units.length && k - b <= MAX_TAIL_UNITS && !isBreakAt(units, k); k++) out.push(k);
  return out;
}

/** Whether the clause `clause` tells the post as over. */
export function postToldAsOver(units: readonly Unit[], clause: readonly number[]): boolean {
  const words = clause.map((k) => tokAt(units, k) ?? '');
  if (words.some((w) => FUTURE_WORD.test(w))) return false;
  const ended = clause.some((k) => endsAt(units, k));
  let pastForm = false;
  for (const k of clause) {
    const w = tokAt(units, k) ?? '';
    const g = governedAt(units, k);
    const governed = g < 0 ? '' : (tokAt(units, g) ?? '');
    if (PAST_COPULA.test(w) || (PAST_AUXILIARY.test(w) && BEEN.test(governed))) {
      // "had been", "a été": the title or participle comes after "been"
      const after = BEEN.test(governed) ? (tokAt(units, governedAt(units, g)) ?? '') : governed;
      if (GIVEN_POST.test(after)) continue;
      if (LEADER_TITLE_WORDS.has(after)) return true;
      if (LEAD_PARTICIPLE.test(after)) pastForm = true;
    } else if (PAST_AUXILIARY.test(w) && LEAD_PARTICIPLE.test(governed)) {
      // "a dirigé", "l'a présidée", "had run": a compound past of heading is over
      return true;
    } else if (IMPERFECT_COPULA.test(w) || PAST_LEAD_VERB.test(w)) {
      pastForm = true;
    }
  }
  return pastForm && ended;
}

/** A LEADS match whose post, read in the clause linking the person to the company, is over. */
export function leaderPostOver(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return false;
  const p = capturedAt(caps, rule.source);
  const o = capturedAt(caps, rule.target);
  if (p < 0 || o < 0 || p === o) return false;
  return postToldAsOver(units, clauseOf(units, Math.min(p, o), Math.max(p, o)));
}
