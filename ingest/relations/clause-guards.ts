import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import type { DealValues } from './values';
import type { DealStatus } from '../types';
import {
  closesApposition,
  countedTarget,
  dealNounWithoutBuyer,
  dealOwnedBetween,
  partnerIsAUnit,
  relativeOfAnother,
  rulesOnTheDeal,
} from './deal-party-guards';
import { STATUS_CONFIDENCE_FACTOR } from '../modality';
import { deniedDealNoun } from './deal-denied-noun';
import { withoutVerbBetween } from './deal-without-verb';
import { possessiveDealBetween } from './deal-possessive-subject';
import { elidedSubjectObject } from './anaphora-ellipsis-object';
import { raiserOfAnotherClause } from './frames/funded-raiser-clause';
import { pointerToCoInvestor } from './frames/funded-self-pointer';
import { opensReportedClause } from './reported-clause-subject';

/**
 * Checks on a pattern match that read the clause around its parties: a denied deal ("X did not buy Y"), a first
 * party that is the object of an earlier verb in another clause ("It bought Y and then acquired Z" does not make Y
 * the buyer of Z), and a name that only qualifies the next one ("bought Kent cold-store operator Y").
 */

/** English negators; a contracted "n't" is one token ("didn't"). */
const NEGATOR_EN = /^(not|never|cannot|n't|n’t|\p{L}+n't|\p{L}+n’t)$/u;
/** French negation needs both its halves: "ne/n'" and one of these ("n'a racheté que Y" is no denial). */
const NE_FR = /^(ne|n'|n’)$/u;
const NEGATOR_FR = /^(pas|jamais|plus|guère|point|nullement|aucunement)$/u;
/** A negator followed by one of these does not deny the fact: "not yet closed", "not only bought". */
const NOT_DENIAL_AFTER = /^(yet|only|just|merely|least|already|encore|seulement|que|uniquement|déjà)$/u;
/** "non seulement", "pas seulement", "whether or not": the negator stands on its own. */
const NOT_DENIAL_BEFORE = /^(or|non|if)$/u;
/** Words after a comma that open an aside whose own negation is not the fact's ("X, which has never …, bought Y"). */
const ASIDE_OPENERS = /^(which|who|whose|that|qui|dont|que|où|where|lequel|laquelle|although|though|bien)$/u;
/** Most units an aside may span before its closing comma. */
const MAX_ASIDE_UNITS = 16;

function lower(u: Unit | undefined): string {
  if (!u) return '';
  return u.kind === 'tok' ? u.token.lower : (u.word?.lower ?? '');
}

function isTok(u: Unit | undefined, re: RegExp): boolean {
  return u?.kind === 'tok' && re.test(u.token.lower);
}

/** The comma closing an aside opened by the comma at `i`, or -1. */
function asideEnd(units: Unit[], i: number, limit: number): number {
  if (!isTok(units[i + 1], ASIDE_OPENERS)) return -1;
  for (let j = i + 2; j < limit && j - i <= MAX_ASIDE_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'tok' && u.token.text === ',') return j;
    if (u.kind === 'tok' && /^[;:.]$/.test(u.token.text)) return -1;
  }
  return -1;
}

/** A denial of the fact stands between units `from` and `to` (both exclusive), asides set apart. */
export function negatedBetween(units: Unit[], from: number, to: number): boolean {
  let ne = false;
  for (let k = from + 1; k < to; k++) {
    const u = units[k];
    if (u.kind === 'tok' && u.token.text === ',') {
      const close = asideEnd(units, k, to);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (u.kind !== 'tok') continue;
    const w = u.token.lower;
    if (NE_FR.test(w)) ne = true;
    const negator = NEGATOR_EN.test(w) || (ne && NEGATOR_FR.test(w));
    if (!negator) continue;
    if (NOT_DENIAL_AFTER.test(lower(units[k + 1])) || NOT_DENIAL_BEFORE.test(lower(units[k - 1]))) continue;
    // "did not buy A and bought B instead": the denial ends with its clause
    if (newClauseBetween(units, k, to)) continue;
    return true;
  }
  return false;
}

/** Determiners and possessives that open a noun phrase: after "and" they join objects, not clauses. */
const NOUN_OPENERS =
  /^(the|a|an|its|their|his|her|our|this|these|those|le|la|les|l'|l’|un|une|des|du|de|d'|d’|sa|son|ses|leur|leurs|ce|cet|cette|ces|two|three|deux|trois)$/u;
const COORDINATORS = /^(and|et|puis|then)$/u;
/** "…, investing £6m in …", "…, en investissant …": a participle clause whose subject is the sentence's. */
const PARTICIPLE_EN = /^\p{Ll}+ing$/u;
const GERUND_FR = /^en$/u;
const PARTICIPLE_FR = /^\p{Ll}+ant$/u;

/** Most words read after "and/et" for the verb of a new clause ("and in February completed"). */
const MAX_WORDS_TO_VERB = 4;
/** Finite verbs, auxiliaries and the adverbs that open a clause in a coordination. */
const CLAUSE_VERB_EN =
  /^(\p{Ll}{3,}ed|has|have|had|is|was|were|will|would|did|does|also|then|later|now|subsequently|since|took|bought|sold|won|made|paid|got)$/u;
const CLAUSE_VERB_FR =
  /^(a|avait|ont|avaient|est|était|sera|va|vient|aura|s'est|s’était|s'était|désormais|ensuite|aussi|également|\p{Ll}{4,}(?:e|ent))$/u;

/** Words that open a clause of their own with an infinitive or a gerund: "avant de racheter", "before buying". */
const BEFORE_INFINITIVE = /^(avant|après|afin|before|after)$/u;
const INFINITIVE_FR = /^(de|d'|d’|avoir|être)$/u;

function infinitiveAfter(units: Unit[], k: number): boolean {
  const w = lower(units[k + 1]);
  return INFINITIVE_FR.test(w) ? /^(avant|afin|après)$/.test(lower(units[k])) : PARTICIPLE_EN.test(w);
}

/** "-ed" words that qualify a noun after "and" ("subsidiaries and related companies"), not a clause's verb. */
const ADJECTIVAL_ED =
  /^(related|affiliated|associated|listed|based|owned|controlled|named|unnamed|diversified|integrated|specialized|specialised|unrelated|unlisted|regulated|licensed|selected|advanced|combined|limited)$/u;

/** After a coordinator at `k`, a verb comes before any noun phrase or name: the coordinator joins clauses. */
function verbAfter(units: Unit[], k: number): boolean {
  for (let j = k + 1; j < units.length && j - k <= MAX_WORDS_TO_VERB; j++) {
    const u = units[j];
    if (u.kind !== 'tok' || u.token.kind !== 'word') return false;
    const w = u.token.lower;
    if (j === k + 1 && NOUN_OPENERS.test(w)) return false;
    if (ADJECTIVAL_ED.test(w)) return false;
    if (CLAUSE_VERB_EN.test(w) || (j === k + 1 && CLAUSE_VERB_FR.test(w))) return true;
  }
  return false;
}

/**
 * Between units `from` and `to` a new clause opens with its own (unnamed) subject: "and/et/puis" followed by a
 * verb rather than a noun phrase ("bought Y last year and in February completed …", "Sudora, et avait pris …";
 * not "the assets and business of Y"), or a comma and a participle ("Y, investing £6m in …").
 */
export function newClauseBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    const next = units[k + 1];
    if (COORDINATORS.test(u.token.lower) && verbAfter(units, k)) return true;
    // "…, avant de prendre le contrôle de Z", "before acquiring Z": the infinitive's subject is the sentence's
    if (BEFORE_INFINITIVE.test(u.token.lower) && infinitiveAfter(units, k)) return true;
    if (u.token.text === ',' && next?.kind === 'tok') {
      if (PARTICIPLE_EN.test(next.token.text)) return true;
      if (GERUND_FR.test(next.token.text) && PARTICIPLE_FR.test(lower(units[k + 2]))) return true;
    }
  }
  return false;
}

/** Lower-case words a place or brand may stand before when it only qualifies the next name. */
const MAX_QUALIFIER_WORDS = 3;
/**
 * Words that never belong to a descriptor between two names (they relate the names instead); an adverb or a
 * counting verb opens the predicate ("Y also counts A among its investors").
 */
const RELATING_WORDS =
  /^(and|or|et|ou|to|from|for|with|by|in|on|at|of|into|as|than|via|through|à|au|aux|de|du|des|d'|d’|par|pour|avec|dans|sur|chez|en|vers|last|this|next|earlier|later|year|years|week|month|months|ago|said|says|which|who|that|qui|que|dont|while|after|before|since|then|puis|is|was|were|are|has|had|have|will|would|est|a|an|the|le|la|les|l'|l’|un|une|its|sa|son|ses|also|aussi|également|counts|count|counted|compte|comptent|comptait)$/u;

/**
 * The name at unit `i` only qualifies the name just after a short descriptor: "Kent cold-store operator Medway
 * Chill" (a place), "le distributeur Peugeot Autosphère" is left to entity spans. Only lower-case nouns may stand
 * between, none relating the two names.
 */
export function qualifiesNextName(units: Unit[], i: number): boolean {
  let k = i + 1;
  for (; k < units.length && k - i - 1 < MAX_QUALIFIER_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') break;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(u.token.text)) return false;
    if (RELATING_WORDS.test(u.token.lower)) return false;
  }
  const named = units[k];
  return k > i + 1 && named?.kind === 'ent' && named.orgs && !named.anaphor;
}

/** Possessive determiners: the name after one is something the subject owns. */
const POSSESSIVES = /^(its|their|his|her|our|sa|son|ses|leur|leurs|notre|nos)$/u;
/** Nouns after such a name that make it a company still (a unit may buy on its own). */
const COMPANY_NOUNS =
  /^(unit|units|subsidiary|subsidiaries|division|arm|affiliate|business|group|company|firm|venture|fund|filiale|branche|société|groupe|fonds)$/u;

/**
 * "has built its CXone platform partly through acquisitions": a name after a possessive and before a lower-case
 * noun that is no kind of company is a product the subject owns, not a buyer or investor.
 */
function ownedProduct(units: Unit[], i: number): boolean {
  if (!isTok(units[i - 1], POSSESSIVES)) return false;
  const next = units[i + 1];
  if (next?.kind !== 'tok' || !/^\p{Ll}[\p{Ll}-]*$/u.test(next.token.text)) return false;
  return !COMPANY_NOUNS.test(next.token.lower);
}

/**
 * Another organisation (named or pointed at) stands before unit `i` in the same stretch without a comma: `i` is
 * then an object ("It bought Y …"), and a clause after it goes on with that subject, not with `i`.
 */
function objectOfEarlierSubject(units: Unit[], i: number): boolean {
  if (opensReportedClause(units, i)) return false;
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (u.orgs || u.anaphor) return true;
      continue;
    }
    if (/^[,;:()«»"“”]$/.test(u.token.text)) return false;
  }
  return false;
}

/**
 * Funding rules built on a generic verb ("closed", "completed", "obtenu"): between the parties a merger or
 * purchase noun says the verb closed that deal, not a round ("X completed its merger with Y").
 */
const GENERIC_FUNDING_RULES = new Set(['en.funded.raise-from', 'fr.funded.raise-from']);
const DEAL_NOUNS =
  /^(merger|mergers|acquisition|acquisitions|purchase|takeover|buyout|combination|sale|fusion|rachat|cession|rapprochement|reprise)$/u;

function dealNounBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isTok(units[k], DEAL_NOUNS)) return true;
  return false;
}

/** Directed deal types whose first party acts as the subject of the rule's verb. */
const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH', 'COMPETES_WITH']);

/**
 * A pattern match whose parties stand on either side of a denial ("X did not buy Y", "n'a jamais absorbé"): a deal
 * is then told as off (status abandoned, which scoring sets aside), a rivalry is no fact.
 */
export function deniedMatch(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.read || !rule.source || !rule.target || rule.topicTarget) return false;
  if (!DEAL_TYPES.has(rule.type)) return false;
  const a = capturedAt(caps, rule.source);
  const b = capturedAt(caps, rule.target);
  if (a < 0 || b < 0 || a === b) return false;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return negatedBetween(units, lo, hi) || deniedDealNoun(units, lo, hi) || withoutVerbBetween(units, lo, hi);
}

/** A deal told as not done ("X did not buy Y") is kept as one that is off: scoring and readers set it aside. */
const DENIED_STATUS: DealStatus = 'abandoned';

export function asDenied(values: DealValues): DealValues {
  return { ...values, status: DENIED_STATUS, factor: STATUS_CONFIDENCE_FACTOR[DENIED_STATUS] };
}

/**
 * Whether a pattern rule's match survives the clause checks. Code readers (frames) and people rules are left as
 * they are: the former read clauses themselves, the latter read titles inside asides on purpose.
 */
export function clauseOk(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.read || !rule.source || !rule.target || rule.topicTarget) return true;
  if (!DEAL_TYPES.has(rule.type)) return true;
  const a = capturedAt(caps, rule.source);
  const b = capturedAt(caps, rule.target);
  if (a < 0 || b < 0 || a === b) return true;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (GENERIC_FUNDING_RULES.has(rule.id) && dealNounBetween(units, lo, hi)) return false;
  // the earlier party is an object of a verb before it, and the verb after it belongs to another clause
  if (a < b && objectOfEarlierSubject(units, a) && newClauseBetween(units, a, b)) return false;
  if (elidedSubjectObject(units, a, b)) return false;
  if (rule.type === 'FUNDED' && raiserOfAnotherClause(units, b, a)) return false;
  if (rule.type === 'FUNDED' && pointerToCoInvestor(units, a, b)) return false;
  // "It bought Y as part of its purchase of Z": the possessive is the subject's, Y buys nothing
  if (
    a < b &&
    rule.type === 'ACQUIRED' &&
    objectOfEarlierSubject(units, a) &&
    possessiveDealBetween(units, a, b)
  )
    return false;
  if (rule.type === 'MERGED_WITH' && partnerIsAUnit(units, b)) return false;
  if (!(rule.type === 'ACQUIRED' || rule.type === 'FUNDED')) return true;
  if (rule.type === 'ACQUIRED' && countedTarget(units, b)) return false;
  // "X, la filiale de A, qui a racheté Y": the relative tells of X, so A is no buyer
  if (a < b && (closesApposition(units, a) || relativeOfAnother(units, a, b))) return false;
  if (rule.type === 'ACQUIRED' && a < b && dealOwnedBetween(units, a, b)) return false;
  if (rule.type === 'ACQUIRED' && a < b && rulesOnTheDeal(units, a, b)) return false;
  if (rule.type === 'ACQUIRED' && a < b && dealNounWithoutBuyer(units, a, b)) return false;
  return !qualifiesNextName(units, b) && !ownedProduct(units, a);
}

/**
 * "competes with Whitbread's Premier Inn": the rival is the owner's brand, not the owner. A rival followed by "'s"
 * and a name is replaced by that name; followed by "'s" and another capitalised word (a brand not known as a
 * name) it is dropped. "X's budget brands" keeps X: no brand is named.
 */
export function withoutBrandOwners(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.type !== 'COMPETES_WITH' || rule.read) return caps;
  const brandOf = new Map<number, number[]>();
  units.forEach((u, i) => {
    if (u.kind !== 'ent' || !isTok(units[i + 1], /^('s|’s)$/u)) return;
    const next = units[i + 2];
    const brand = next?.kind === 'ent' && next.orgs ? next.ents : null;
    const capitalised =
      next?.kind === 'tok' && next.token.kind === 'word' && next.token.text !== next.token.lower;
    if (brand || capitalised) u.ents.forEach((e) => brandOf.set(e, brand ?? []));
  });
  if (brandOf.size === 0) return caps;
  const out: Captures = { ...caps };
  for (const role of [rule.source, rule.target])
    if (role && out[role]) out[role] = [...new Set(out[role].flatMap((e) => brandOf.get(e) ?? [e]))];
  return out;
}
