import type { ExtractedRelation } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { Rule } from '../rule';
import { subjectOrgBefore } from '../discourse';
import { escapeRegExp } from '../../escape-regexp';
import { literalNameSearch } from '../../name-slot';

/**
 * The outlet a company speaks to is never a party of its funding: "The company told TechCrunch that it has closed
 * a Series B led by A", "La société a confié aux Echos avoir levé 5 M€ auprès de A", "selon Sifted, B a levé …".
 * A funding rule that takes the nearest name before the raise would fund the outlet; the company is the
 * speaker, the clause's subject before the outlet ("The company told X" → the company).
 */

// the word lists below are Sets, not regexes: outletAt runs for every name a pointer's antecedent search meets
/** Words right before the outlet. */
const CUE_RIGHT_BEFORE = new Set(['told', 'tells', 'telling', 'tell', 'selon', "d'après"]);
/** Two-word cues ending right before the outlet. */
const CUE_PAIRS = new Set([
  'according to',
  'interview with',
  'entretien à',
  'entretien au',
  'cité par',
  "d' après",
]);
/** The last words of CUE_PAIRS: only after one of them is the pair worth spelling. */
const CUE_PAIR_ENDS = new Set([...CUE_PAIRS].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** Speech verbs whose "à" / "au" / "aux" introduces the outlet ("a confié aux Echos", "a indiqué mardi à X"). */
const SPEECH_VERBS = new Set([
  'confié',
  'confie',
  'confiait',
  'indiqué',
  'indique',
  'déclaré',
  'déclare',
  'précisé',
  'précise',
  'expliqué',
  'explique',
  'affirmé',
  'affirme',
  'assuré',
  'assure',
  'raconté',
  'raconte',
  'annoncé',
  'annonce',
]);
/** Articles between "à" and the outlet's name ("à l'AFP", "à la Tribune"). */
const OUTLET_ARTICLES = new Set(["l'", 'l’', 'la', 'le']);
/** The prepositions that introduce the outlet after a speech verb. */
const OUTLET_PREPOSITIONS = new Set(['à', 'au', 'aux']);
/** Most words between the speech verb and its "à" ("a indiqué mardi à"). */
const MAX_VERB_GAP_UNITS = 2;

function lower(u: Unit | undefined): string {
  return u?.kind === 'tok' ? u.token.lower : '';
}

/** True when the name unit at `i` is introduced as the outlet told the news. */
export function outletAt(units: Unit[], i: number): boolean {
  const prev = lower(units[i - 1]);
  if (CUE_RIGHT_BEFORE.has(prev)) return true;
  if (CUE_PAIR_ENDS.has(prev) && CUE_PAIRS.has(`${lower(units[i - 2])} ${prev}`)) return true;
  // "a confié à l'AFP", "a déclaré à la Tribune": the outlet's own article stands after "à"
  const article = OUTLET_ARTICLES.has(prev) && lower(units[i - 2]) === 'à' ? 1 : 0;
  if (!OUTLET_PREPOSITIONS.has(lower(units[i - 1 - article]))) return false;
  for (let j = i - 2 - article, n = 0; j >= 0 && n <= MAX_VERB_GAP_UNITS; j--, n++) {
    if (SPEECH_VERBS.has(lower(units[j]))) return true;
    if (units[j].kind !== 'tok') return false;
  }
  return false;
}

/**
 * A FUNDED match's captures without the outlets: an outlet investor is dropped, an outlet company gives way to
 * the subject that spoke to it (or is dropped when the clause has none).
 */
export function withoutOutletParties(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.type !== 'FUNDED' || !rule.source || !rule.target) return caps;
  const outlets = new Map<number, number>();
  units.forEach((u, i) => {
    if (u.kind === 'ent' && outletAt(units, i)) u.ents.forEach((e) => outlets.set(e, i));
  });
  if (outlets.size === 0) return caps;
  const out: Captures = { ...caps };
  const sources = (out[rule.source] ?? []).filter((e) => !outlets.has(e));
  out[rule.source] = sources;
  out[rule.target] = (out[rule.target] ?? []).flatMap((e) => {
    const at = outlets.get(e);
    if (at === undefined) return [e];
    const speaker = subjectOrgBefore(units, at);
    return speaker !== null && !sources.includes(speaker) && !outlets.has(speaker) ? [speaker] : [];
  });
  return out;
}

/** The cue words of `outletAt` as text before a name, for facts whose company came from the article's topic. */
const OUTLET_CUE_TEXT =
  "(?:told|tells|telling|selon|d'après|according to|interview with|entretien (?:à|au)|cité par|(?:confié|confie|indiqué|déclaré|précisé|expliqué|affirmé|assuré|raconté)\\s+(?:\\S+\\s+)?(?:à|au|aux))";

/** The cue alone: the outlet test below needs it somewhere in the sentence. */
const OUTLET_CUE = new RegExp(OUTLET_CUE_TEXT, 'iu');

/**
 * The company's name right after an outlet cue, searched with one pattern compiled for every name (name-slot.ts):
 * a pattern built per fact cost more than the funding readers themselves.
 */
const namedAsOutlet = literalNameSearch(
  (name) => `${OUTLET_CUE_TEXT}\\s+(?:l'|les?\\s+|la\\s+|the\\s+)?${name}(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A FUNDED fact whose company is named in its sentence only as the outlet told the news ("told TechCrunch"). */
export function fundsOutlet(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  // a sentence with no cue word, or that never spells the company (a pointer's), tells no outlet: no regex to build
  if (!OUTLET_CUE.test(r.evidence.sentence) || !r.evidence.sentence.includes(r.target)) return false;
  if (namedAsOutlet(r.target, r.evidence.sentence) === null) return false;
  // only a company told as an outlet is counted, so this per-name pattern is rarely compiled
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r.target)}(?![\\p{L}\\p{N}])`, 'gu');
  return (r.evidence.sentence.match(named)?.length ?? 0) === 1;
}
