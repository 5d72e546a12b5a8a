import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { namedSoon } from './pointing-phrases';
import { isOblique } from './syntax';
import { wordAt } from './frames/clause';
import { inSubjectRelative } from './anaphora-relative-subject';

/**
 * "l'acquéreur", "le repreneur", "the buyer"; "la cible", "the target"; "le cédant", "the seller": after a deal
 * the press names its parties by their role. The roles are read from the last sentence that told a deal — the
 * party before a buying word buys what comes after it, before a selling word sells it to the party after "à/to",
 * and "racheté par X" / "acquired by X" make X the buyer of the subject.
 */

export interface DealRoles {
  buyer: number | null;
  target: number | null;
  seller: number | null;
}

/** Nouns and verbs of buying: the party before buys the first company after. */
const BUY_WORDS = new Set(
  `acquisition acquisitions rachat reprise takeover purchase buyout acquire acquires acquired acquiring acquiert
  acquis acquise rachète rachètera rachetait racheté rachetée reprend reprendra repris reprise buy buys bought
  buying absorbe absorbé absorbée racheter acquérir reprendre offrir offert offerte empare emparé emparée
  emparer`
    .trim()
    .split(/\s+/),
);
/** Nouns and verbs of selling: the party before sells the first company after, to the party after "à"/"to". */
const SELL_WORDS = new Set(
  `cession vente sale sell sells sold selling divests cède cédé cédée cèdera vend vendu vendue`
    .trim()
    .split(/\s+/),
);
/** Words bringing the buyer after a selling word ("au groupe X", "to X"). */
const TO_WORDS = new Set(['à', 'au', 'aux', 'to']);
/** Words bringing the agent of a passive ("racheté par X", "acquired by X"). */
const AGENT_WORDS = new Set(['par', 'by']);
/** Most units between a passive participle and its agent's "par"/"by" ("racheté en 2019 par X"). */
const MAX_AGENT_GAP_UNITS = 4;
/**
 * Words of a deal recalled in passing ("elle avait déjà racheté X", "it had previously bought Y"): once the
 * article's deal is known, such a background deal does not take over "l'acquéreur" or "the target".
 */
const BACKGROUND_WORDS = new Set([
  'déjà',
  'already',
  'previously',
  'auparavant',
  'précédemment',
  'avait',
  'had',
]);

/** A year told with a deal ("in 2019", "en 2021"): the article's own deal is told by its day, not its year. */
const DEAL_YEAR = /^(19|20)\d\d$/;
/** The prepositions dating a deal by its year. */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'en']);

const BUYER_NOUNS = new Set([
  'acquéreur',
  'repreneur',
  'acheteur',
  'racheteur',
  'buyer',
  'acquirer',
  'purchaser',
]);
const TARGET_NOUNS = new Set(['cible', 'target']);
const SELLER_NOUNS = new Set(['cédant', 'vendeur', 'seller', 'vendor']);
const ROLE_DETERMINERS = new Set(['the', 'le', 'la', "l'", 'au', 'du']);
/** The words at `i` without which `dealRolePointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const DEAL_ROLE_START_WORDS: ReadonlySet<string> = ROLE_DETERMINERS;

const NO_BYSTANDERS: ReadonlySet<number> = new Set();

function orgAt(units: Unit[], k: number): number | null {
  const u = units[k];
  // a lone capitalised opening word may be no name at all
  return u?.kind === 'ent' && u.orgs && u.word === undefined ? u.ents[0] : null;
}

function firstOrgFrom(units: Unit[], from: number): number {
  for (let k = from; k < units.length; k++) if (orgAt(units, k) !== null) return k;
  return -1;
}

/**
 * The last company before `end`, passing over one after a preposition when a company stands before it: "La société,
 * basée à Lyon, a annoncé l'acquisition de Y" is bought by the subject, not by a place read as a name.
 */
function lastOrgBefore(units: Unit[], end: number): number {
  let oblique = -1;
  for (let k = end - 1; k >= 0; k--) {
    if (orgAt(units, k) === null) continue;
    if (!isOblique(units, k)) return k;
    if (oblique < 0) oblique = k;
  }
  return oblique;
}

/** Most plain words between "par"/"by" and the agent's name ("by Norwegian defence group X", "by Norway's X"). */
const MAX_AGENT_DESCRIPTOR_UNITS = 4;

/**
 * The agent after a passive participle, within a few words ("racheté en 2019 par X", "bought by Norway's X"): its
 * index; -2 when the participle has a "par"/"by" but no company follows it (a passive all the same), else -1.
 */
function agentAfter(units: Unit[], from: number): number {
  for (let k = from + 1; k < units.length && k <= from + MAX_AGENT_GAP_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'tok' && AGENT_WORDS.has(u.token.lower)) {
      for (let j = k + 1; j < units.length && j <= k + 1 + MAX_AGENT_DESCRIPTOR_UNITS; j++) {
        if (orgAt(units, j) !== null) return j;
        const w = units[j];
        if (w.kind !== 'tok' || !/^([\p{L}-]+|'s)$/u.test(w.token.text)) return -2;
      }
      return -2;
    }
    if (u.kind === 'ent') return -1;
  }
  return -1;
}

/** A bystander's unit read as no company: `orgAt` passes over it. */
function withoutBystanders(units: Unit[], bystanders: ReadonlySet<number>): Unit[] {
  const isBystander = (u: Unit) => u.kind === 'ent' && u.orgs && u.ents.every((e) => bystanders.has(e));
  if (!units.some(isBystander)) return units;
  return units.map((u) => (u.kind === 'ent' && isBystander(u) ? { ...u, orgs: false } : u));
}

/**
 * Reads the sentence's deal, if it tells one with its parties, into `roles`; true when it told one. `bystanders`
 * (courts, regions, regulators) are no party: "Le Tribunal de commerce a retenu l'offre de reprise du groupe X pour
 * Y" is no purchase by the court.
 */
export function recordDealRoles(
  told: Unit[],
  roles: DealRoles,
  bystanders: ReadonlySet<number> = NO_BYSTANDERS,
): boolean {
  const units = withoutBystanders(told, bystanders);
  const known = roles.buyer !== null || roles.target !== null;
  // "Kestrel bought a controlling stake in the company in 2019": a deal dated "in/en" a year is history too (a
  // year in another phrase, "un complément de prix selon les résultats de 2027", dates no deal)
  const background = (u: Unit, k: number) =>
    u.kind === 'tok' &&
    (BACKGROUND_WORDS.has(u.token.lower) ||
      (DEAL_YEAR.test(u.token.text) && YEAR_PREPOSITIONS.has(wordAt(units, k - 1))));
  if (known && units.some(background)) return false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'tok') continue;
    const w = u.token.lower;
    const buying = BUY_WORDS.has(w);
    if (!buying && !SELL_WORDS.has(w)) continue;
    const agent = agentAfter(units, i);
    const before = lastOrgBefore(units, i);
    if (agent >= 0 && before >= 0) {
      const [target, other] = [orgAt(units, before)!, orgAt(units, agent)!];
      if (buying) Object.assign(roles, { buyer: other, target, seller: null });
      else Object.assign(roles, { seller: other, target, buyer: null });
      return true;
    }
    // "bought by a consortium": a passive whose agent is no company tells no buyer, never the active reading
    if (agent === -2) continue;
    const after = firstOrgFrom(units, i + 1);
    if (before < 0 || after < 0) continue;
    const first = orgAt(units, before)!;
    const object = orgAt(units, after)!;
    if (first === object) continue;
    if (buying) {
      Object.assign(roles, { buyer: first, target: object, seller: null });
      return true;
    }
    const to = units.findIndex((x, k) => k > after && x.kind === 'tok' && TO_WORDS.has(x.token.lower));
    const buyer = to >= 0 ? orgAt(units, to + 1) : null;
    Object.assign(roles, { seller: first, target: object, buyer });
    return true;
  }
  return false;
}

export interface RolePointer {
  ent: number;
  length: number;
}

/**
 * "l'acquéreur", "the buyer", "le cédant", "the seller" anywhere; "la cible" / "the target" only opening its clause
 * ("La cible, qui emploie …"), since "the target is to double sales" is an aim. No name may follow ("the buyer,
 * X," names it itself).
 */
export function dealRolePointerAt(
  tokens: Token[],
  mentions: Mention[],
  roles: DealRoles,
  i: number,
  subjectPlace: boolean,
): RolePointer | null {
  const det = tokens[i];
  const noun = tokens[i + 1];
  if (!noun || !ROLE_DETERMINERS.has(det.lower)) return null;
  const w = noun.lower;
  const ent = BUYER_NOUNS.has(w)
    ? roles.buyer
    : SELLER_NOUNS.has(w)
      ? roles.seller
      : TARGET_NOUNS.has(w) && subjectPlace
        ? roles.target
        : null;
  if (ent === null) return null;
  if (mentions.some((x) => x.from === i + 2) || namedSoon(tokens, mentions, i + 2, det.lower === 'the'))
    return null;
  return { ent, length: 2 };
}

/**
 * "Chez Hydrelis, la société avait par ailleurs racheté Aquaflux", "It had already bought Y": the company named as
 * the object of a purchase the sentence recalls (a deal told in passing, which `recordDealRoles` leaves out of the
 * roles), or null. "Son fondateur" opening the next sentence is that company's founder.
 */
export function recalledPurchaseTarget(units: Unit[]): number | null {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'tok' || !BUY_WORDS.has(u.token.lower)) continue;
    // "Le groupe, qui a déjà acquis Thermeco en 2022, réalise …": a purchase in the subject's relative clause is
    // the subject's record; the founder told next is the subject's
    if (inSubjectRelative(units, i)) continue;
    const before = lastOrgBefore(units, i);
    if (before < 0 || agentAfter(units, i) !== -1) continue;
    const after = firstOrgFrom(units, i + 1);
    const object = units[after];
    if (after < 0 || object.kind !== 'ent' || object.anaphor) continue;
    if (orgAt(units, before) !== object.ents[0]) return object.ents[0];
  }
  return null;
}
