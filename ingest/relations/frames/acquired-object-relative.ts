import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { verbTrigger } from './acquired-triggers';
import { DEAL_READER_CONFIDENCE, isOrgAt, negatedBefore, wordAt } from './clause';
import { dealCaptures } from './deal-captures';

/**
 * A relative clause whose object is the company bought: "Y, which X bought last year", "the brand that X
 * acquired", "Y, que X a rachetée en 2019". The buyer is the relative's subject, the bought company the
 * antecedent (across a short descriptor: "Pantry Lane, the granola brand which X bought").
 */

/** Object relative pronouns (a subject relative, "Y, which bought Z", is read elsewhere). */
const OBJECT_RELATIVE: Record<Language, RegExp> = {
  fr: /^(que|qu')$/,
  en: /^(which|that)$/,
};
/** Words between the relative's subject and its verb: auxiliaries and adverbs ("had only recently bought"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(has|had|have|was|a|avait|avaient|ont|aura|also|only|just|recently|already|originally|first|itself|aussi|déjà|lui-même|elle-même|même|alors)$/;
/** Most such words. */
const MAX_BETWEEN_UNITS = 3;
/**
 * What may follow the verb when its object is the antecedent: a time or price phrase or punctuation. Anything
 * else may be the verb's own object or particle ("told Reuters that Y bought back shares").
 */
const AFTER_OBJECTLESS_VERB =
  /^(in|on|last|earlier|this|for|from|at|after|years|year|months|en|l'|pour|à|au|auprès|dès|il|,|\.|;|:|\)|—|–)$/;
/** Most lower-case words of a descriptor between the antecedent's comma and the pronoun ("the granola brand"). */
const MAX_DESCRIPTOR_UNITS = 5;

/** The antecedent the pronoun at `i` takes up, or -1: the name right before it, or before a descriptor. */
export function antecedent(units: Unit[], i: number): number {
  if (isOrgAt(units, i - 1)) return i - 1;
  if (wordAt(units, i - 1) === ',' && isOrgAt(units, i - 2)) return i - 2;
  for (let k = i - 1; k >= 0 && i - k <= MAX_DESCRIPTOR_UNITS + 1; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (u.token.lower === ',') return isOrgAt(units, k - 1) ? k - 1 : -1;
    if (u.token.kind !== 'word' || !/^\p{Ll}/u.test(u.token.text)) return -1;
  }
  return -1;
}

/** The buying verb of the relative whose subject is at `subject`, or null. */
function relativeVerb(units: Unit[], subject: number, lang: Language): ReturnType<typeof verbTrigger> {
  for (let k = subject + 1; k <= subject + 1 + MAX_BETWEEN_UNITS && k < units.length; k++) {
    const t = verbTrigger(units, k, lang);
    if (t) return t;
    if (!BETWEEN_SUBJECT_AND_VERB.test(wordAt(units, k))) return null;
  }
  return null;
}

/** Most words of a descriptor before the relative's subject ("which cosmetics giant X bought"). */
const MAX_BUYER_DESCRIPTOR_UNITS = 3;
/** Words a descriptor before the subject cannot hold: they open a passive, a phrase or another clause. */
const NOT_DESCRIPTOR =
  /^(by|to|from|of|in|on|at|for|with|and|or|but|was|were|is|are|has|had|have|been|be|it|they|he|she|par|à|au|de|du|des|et|ou|a|est|était|il|elle|ils)$/;

/** A seat as descriptor: "which Munich-based X bought", "which London-headquartered X acquired". */
const PLACED = /^\p{Lu}[\p{L}.'’-]*-(?:based|headquartered)$/u;

/**
 * The relative's subject right after the pronoun, or past a short lower-case descriptor ("which cosmetics giant
 * X bought", "que le groupe X a rachetée"); -1 when none.
 */
export function buyerAfterPronoun(units: Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k - i <= MAX_BUYER_DESCRIPTOR_UNITS + 1; k++) {
    if (isOrgAt(units, k)) return k;
    const u = units[k];
    if (u.kind === 'ent' || u.token.kind !== 'word') return -1;
    if (!/^\p{Ll}/u.test(u.token.text) && !PLACED.test(u.token.text)) return -1;
    if (NOT_DESCRIPTOR.test(u.token.lower)) return -1;
  }
  return -1;
}

function readObjectRelatives(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length - 2; i++) {
    if (!OBJECT_RELATIVE[lang].test(wordAt(units, i))) continue;
    const buyer = buyerAfterPronoun(units, i);
    if (buyer < 0) continue;
    const t = relativeVerb(units, buyer, lang);
    // the verb must lack an object of its own: then the antecedent is what it bought
    if (!t || negatedBefore(units, t.at) || !AFTER_OBJECTLESS_VERB.test(wordAt(units, t.end + 1))) continue;
    if (/^(to|de|d')$/.test(wordAt(units, t.at - 1))) continue;
    const bought = antecedent(units, i);
    if (bought < 0) continue;
    const captures = dealCaptures(units, buyer, bought, bought);
    if (captures) out.push(captures);
  }
  return out;
}

/** ACQUIRED whose company bought is the object of a relative clause (both languages). */
export const ACQUIRED_OBJECT_RELATIVE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-object-relative',
    type: 'ACQUIRED',
    read: readObjectRelatives,
    // every reading stands on an object relative pronoun of either language
    neededWordPattern: new RegExp(
      Object.values(OBJECT_RELATIVE)
        .map((re) => re.source)
        .join('|'),
      'u',
    ),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
