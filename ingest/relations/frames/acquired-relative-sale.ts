import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, isOrgAt, isStrongStop, negatedBefore, wordAt } from './clause';
import { DESCRIPTOR_WORD, relativeAntecedentBefore } from './relative-antecedent';
import { dealCaptures } from './deal-captures';

/**
 * A company recalled as sold by whoever ran it, the sale told in an object relative whose buyer is the dative:
 * "Y, a startup he co-founded with P and sold to Z last year", "Y, which she sold to Z in 2016", "Y, qu'elle a
 * revendue au groupe Z en 2016", "Y, qu'il avait cofondé en 2011 puis cédé à Z", and a founder's relative whose
 * "it" takes up the sentence's opening company ("Y was founded by P, who sold it to Z in 2015"). Z bought Y;
 * the seller (a founder, mostly) is no company and is left out. Only a past sale reads: "which he hopes to sell
 * to Z", "qu'il veut céder à Z" are plans.
 */

/** A sale told in the past (simple past or participle). */
const SOLD: Record<Language, RegExp> = {
  en: /^(sold|divested|offloaded)$/,
  fr: /^(c[ée]d[ée]e?s?|(re)?vendue?s?)$/,
};
/** The object relative pronoun; English may leave it out after a descriptor ("a platform he co-founded"). */
const RELATIVE: Record<Language, RegExp> = { en: /^(which|that)$/, fr: /^(que|qu')$/ };
/** A subject pronoun of the relative. */
const SUBJECT_PRONOUN: Record<Language, RegExp> = {
  en: /^(he|she|they|it|we)$/,
  fr: /^(il|elle|ils|elles)$/,
};
/** A person's relative whose object "it" / "l'" is the sentence's opening company. */
const WHO: Record<Language, RegExp> = { en: /^who$/, fr: /^qui$/ };
const IT: Record<Language, RegExp> = { en: /^it$/, fr: /^(l'|la|le)$/ };
/** The buyer's preposition. */
const TO: Record<Language, RegExp> = { en: /^to$/, fr: /^(à|au|aux)$/ };
/** Words of a time phrase between the verb and the buyer ("in 2004", "last year", "en 2021", "l'an dernier"). */
const TIME_WORD =
  /^(in|last|this|early|late|earlier|later|year|years|ago|en|l'|an|année|dernier|dernière|début|fin|mi|-)$/;
/** Most time-phrase units before the buyer's preposition. */
const MAX_TIME_UNITS = 4;
/** Most units of the buyer's descriptor ("investment firm", "le fonds", "the French group"). */
const MAX_BUYER_UNITS = 4;
/** Most units from the relative pronoun to the sale verb ("he co-founded with his brother P and sold"). */
const MAX_RELATIVE_UNITS = 14;
/** Most lower-case words of a descriptor between the antecedent and the relative ("une agence de randonnée en ligne"). */
const MAX_DESCRIPTOR_UNITS = 8;
/** Words before the verb that make the sale a plan, an attempt or a refusal ("tried to sell", "voulait céder"). */
const NOT_DONE =
  /^(to|de|d'|tried|failed|refused|hoped|planned|wanted|voulu|tenté|refusé|souhaité|pas|jamais|never|not)$/;

/** "Z's Optum" names the buyer in its second name; "Z's health unit" leaves an unnamed unit, not read. */
function possessedBuyer(units: Unit[], j: number): number {
  if (!/^('s|’s)$/.test(wordAt(units, j + 1))) return j;
  return isOrgAt(units, j + 2) ? j + 2 : -1;
}

/** The buyer after the sale verb ending at `v`, or -1: past a time phrase, the preposition and a descriptor. */
function buyerAfter(units: Unit[], v: number, lang: Language): number {
  let k = v + 1;
  for (let n = 0; n < MAX_TIME_UNITS && !TO[lang].test(wordAt(units, k)); n++, k++) {
    const u = units[k];
    if (u?.kind !== 'tok' || !(u.token.kind === 'number' || TIME_WORD.test(u.token.lower))) return -1;
  }
  if (!TO[lang].test(wordAt(units, k))) return -1;
  for (let j = k + 1; j <= k + 1 + MAX_BUYER_UNITS && j < units.length; j++) {
    if (isOrgAt(units, j)) return possessedBuyer(units, j);
    const u = units[j];
    if (u.kind === 'ent' || u.token.kind !== 'word' || !DESCRIPTOR_WORD.test(u.token.text)) return -1;
  }
  return -1;
}

/** The sentence's opening company: its first name, after at most a determiner. */
function openingOrg(units: Unit[]): number {
  const i = units.findIndex((u) => u.kind === 'ent');
  return i >= 0 && i <= 1 && isOrgAt(units, i) ? i : -1;
}

/** The company the relative holding the sale verb at `v` is about, or -1. */
function soldCompany(units: Unit[], v: number, lang: Language): number {
  // "P, who sold it to Z": the founder's relative takes up the sentence's opening company
  if (IT[lang].test(wordAt(units, v - 1)) && WHO[lang].test(wordAt(units, v - 2))) return openingOrg(units);
  if (lang === 'fr' && IT.fr.test(wordAt(units, v - 2)) && WHO.fr.test(wordAt(units, v - 3)))
    return openingOrg(units);
  for (let k = v - 1; k >= 0 && v - k <= MAX_RELATIVE_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (u.orgs) return -1;
      continue;
    }
    if (u.token.text === ',' || isStrongStop(units, k)) return -1;
    if (RELATIVE[lang].test(u.token.lower)) return relativeAntecedentBefore(units, k, MAX_DESCRIPTOR_UNITS);
    // English leaves the relative pronoun out: "a platform he co-founded … and sold"
    if (lang === 'en' && SUBJECT_PRONOUN.en.test(u.token.lower) && units[k - 1]?.kind === 'tok') {
      const before = wordAt(units, k - 1);
      if (
        DESCRIPTOR_WORD.test(before) &&
        !/^(and|or|but|which|that|as|when|after|before|said|says|added|told|noted|believes|thinks)$/.test(
          before,
        )
      )
        return relativeAntecedentBefore(units, k, MAX_DESCRIPTOR_UNITS);
    }
  }
  return -1;
}

function readRelativeSales(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let v = 1; v < units.length - 2; v++) {
    if (!SOLD[lang].test(wordAt(units, v))) continue;
    if (negatedBefore(units, v) || NOT_DONE.test(wordAt(units, v - 1))) continue;
    const buyer = buyerAfter(units, v, lang);
    if (buyer < 0) continue;
    const sold = soldCompany(units, v, lang);
    if (sold < 0 || sold >= v) continue;
    const captures = dealCaptures(units, buyer, sold, sold);
    if (captures) out.push(captures);
  }
  return out;
}

/** ACQUIRED told as a past sale in an object relative, the buyer its dative (both languages). */
export const ACQUIRED_RELATIVE_SALE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-relative-sale',
    type: 'ACQUIRED',
    read: readRelativeSales,
    neededWordPattern: new RegExp(
      Object.values(SOLD)
        .map((re) => re.source)
        .join('|'),
      'u',
    ),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
