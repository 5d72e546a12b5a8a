import type { Language } from '../types';
import type { Captures, Unit } from './pattern';
import { MATCH_START } from './pattern';
import { readerRules } from './rule';
import { DEAL_READER_CONFIDENCE, entsAt, isOrgAt, negatedBefore, wordAt } from './frames/clause';
import { objectAfter } from './frames/clause-object';

/**
 * "Northgate was founded in 1988 by Colin Drummond, who sold it to Arden Hill Capital in 2015", "It was founded by
 * P, whose family sold it to Aurora in 2019", "Fondée par P, qui l'a cédée en 2019 au fonds Z, la société …": a
 * founder or owner named in the sentence sells the company the sentence is about, told by an object pronoun.
 * The pronoun is that company — the sentence's first organisation, named or pointed at, before the person — and
 * the buyer follows "to" / "à". Only after a person and a relative opener, so "X sold it to retailers" or a company
 * selling its own product gives nothing.
 */

const RELATIVE = /^(who|whose|qui|dont)$/;
/** "whose family", "dont la famille", "whose founders": owners the relative names before the verb. */
const OWNER_WORDS = /^(family|founders|heirs|owners|la|les|famille|fondateurs|héritiers|propriétaires)$/;
const SELL: Record<Language, RegExp> = {
  en: /^(sold|sells|sell|later|eventually|then|finally)$/,
  fr: /^(cédé|cédée|cède|vendu|vendue|revendu|revendue|revend|cédés|cédées)$/,
};
const SELL_VERB_EN = /^(sold|sells|sell)$/;
const AUX_FR = /^(a|avait|ont|avaient)$/;
const TO: Record<Language, RegExp> = { en: /^to$/, fr: /^(à|au|aux)$/ };
/** Most units from the verb to the buyer ("sold it to investment firm Z", "l'a cédée en 2019 au fonds Z"). */
const MAX_BUYER_UNITS = 6;

/** The index of the word after the pronoun object and its verb ("sold it", "l'a cédée"), or -1. */
function verbEnd(units: Unit[], k: number, lang: Language): number {
  if (lang === 'en') {
    // "who later sold it", "who sold it"
    let v = k;
    if (!SELL_VERB_EN.test(wordAt(units, v)) && SELL.en.test(wordAt(units, v))) v++;
    return SELL_VERB_EN.test(wordAt(units, v)) && wordAt(units, v + 1) === 'it' ? v + 1 : -1;
  }
  if (wordAt(units, k) !== "l'" || !AUX_FR.test(wordAt(units, k + 1))) return -1;
  return SELL.fr.test(wordAt(units, k + 2)) ? k + 2 : -1;
}

/**
 * The company the pronoun stands for: the first organisation before the person, else — after a fronted founding
 * phrase ("Fondée par P, qui l'a cédée à Z, la société X") — the first one after the buyer.
 */
function companyOf(units: Unit[], person: number, buyer: number): number {
  for (let j = 0; j < person; j++) if (isOrgAt(units, j)) return j;
  for (let j = buyer + 1; j < units.length; j++) if (isOrgAt(units, j)) return j;
  return -1;
}

function readSellerRelatives(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 2; i < units.length; i++) {
    if (!RELATIVE.test(wordAt(units, i)) || wordAt(units, i - 1) !== ',') continue;
    const person = units[i - 2];
    if (person.kind !== 'ent' || !person.persons) continue;
    let k = i + 1;
    while (k < units.length && k - i <= 2 && OWNER_WORDS.test(wordAt(units, k))) k++;
    const end = verbEnd(units, k, lang);
    if (end < 0 || negatedBefore(units, k)) continue;
    const buyer = objectAfter(units, end, { crossing: TO[lang], maxUnits: MAX_BUYER_UNITS });
    if (buyer < 0) continue;
    const company = companyOf(units, i - 2, buyer);
    if (company < 0) continue;
    const src = entsAt(units, buyer);
    const tgt = entsAt(units, company);
    if (src.length === 0 || tgt.length === 0 || src.some((e) => tgt.includes(e))) continue;
    out.push({ src, tgt, '#src': [buyer], '#tgt': [company], [MATCH_START]: [i] });
  }
  return out;
}

/** ACQUIRED told by a person's relative clause selling the sentence's company, named by an object pronoun. */
export const ACQUIRED_SELLER_RELATIVE_FRAMES = readerRules([
  {
    id: 'any.acquired.seller-relative-pronoun',
    type: 'ACQUIRED',
    read: readSellerRelatives,
    neededWordPattern: /^(who|whose|qui|dont)$/,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
