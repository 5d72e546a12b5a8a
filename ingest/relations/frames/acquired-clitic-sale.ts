import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, entsAt, isOrgAt, negatedBefore, standsAlone, wordAt } from './clause';
import { objectAfter } from './clause-object';

/**
 * A company sold or bought told by an object pronoun, its name opening the same sentence: "Arvéa Industries a
 * changé de mains : le fonds S l'a cédée en 2025 à B", "Y changed hands in 2021, when S sold it to B", "Y a de
 * nouveau changé de propriétaire : B l'a rachetée à S". The pattern rules want a name after the verb; a clitic
 * ("l'") or "it" is none. Only the sentence's opening name is read as the pronoun's company, and only across a
 * clause break (":", ";", ", when", ", lorsque"), so "S and T sold it" or a product sold ("sold it to
 * retailers") give nothing.
 */

const SELL: Record<Language, RegExp> = {
  fr: /^(c[eèé]d(é|ée|és|ées|e|ent)|(re)?vendu(e|s|es)?)$/,
  en: /^(sold|sells|sell|divested|divests)$/,
};
const BUY: Record<Language, RegExp> = {
  fr: /^(rachet(é|ée|és|ées)|rachète|rachètent|acquise?s?|reprise?s?|absorbée?s?)$/,
  en: /^(bought|buys|acquired|acquires|purchased|purchases)$/,
};
/** French auxiliaries after the clitic ("l'a cédée", "l'avait rachetée", "l'ont revendue"). */
const AUX_FR = /^(a|avait|ont|avaient|aura|auront|aurait)$/;
const ADVERBS = /^(finalement|ensuite|alors|déjà|récemment|eventually|then|later|finally|recently)$/;
const TO: Record<Language, RegExp> = { fr: /^(à|au|aux)$/, en: /^to$/ };
/** What breaks the sentence between the named company and the clause with the pronoun. */
const CLAUSE_BREAK = /^(:|;|,|—|–|when|lorsque|quand|after|après)$/;
/** Most units from the verb to the buyer's preposition ("cédée en 2025 à B"). */
const MAX_BUYER_UNITS = 6;

/** The verb after a pronoun object at `i`, or -1: "l' a (finalement) cédée", "sold it". */
function verbWithPronoun(units: Unit[], i: number, lang: Language): number {
  if (lang === 'en') return wordAt(units, i + 1) === 'it' ? i : -1;
  if (wordAt(units, i) !== "l'" || !AUX_FR.test(wordAt(units, i + 1))) return -1;
  return ADVERBS.test(wordAt(units, i + 2)) ? i + 3 : i + 2;
}

/** The organisation right before `i` acting as the clause's subject (no other name in between), or -1. */
function nearestSubject(units: Unit[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (units[k].kind === 'ent') return isOrgAt(units, k) && standsAlone(units, k) ? k : -1;
    if (CLAUSE_BREAK.test(wordAt(units, k))) return -1;
  }
  return -1;
}

/** The sentence's opening company, told apart from the subject by a clause break, or -1. */
function openingCompany(units: Unit[], subject: number): number {
  const first = units.findIndex((u) => u.kind === 'ent');
  if (first < 0 || first >= subject || first > 3 || !isOrgAt(units, first) || !standsAlone(units, first))
    return -1;
  for (let k = first + 1; k < subject; k++) if (CLAUSE_BREAK.test(wordAt(units, k))) return first;
  return -1;
}

function reading(
  units: Unit[],
  buyer: number,
  target: number,
  seller: number,
  start: number,
): Captures | null {
  const src = entsAt(units, buyer);
  const tgt = entsAt(units, target);
  if (src.length === 0 || tgt.length === 0 || src.some((e) => tgt.includes(e))) return null;
  const sellerEnts = seller >= 0 ? entsAt(units, seller) : [];
  if (sellerEnts.some((e) => tgt.includes(e) || src.includes(e))) return null;
  return { src, tgt, seller: sellerEnts, '#src': [buyer], '#tgt': [target], [MATCH_START]: [start] };
}

function readCliticDeals(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const verb = verbWithPronoun(units, i, lang);
    const selling = verb >= 0 && SELL[lang].test(wordAt(units, verb));
    if (verb < 0 || (!selling && !BUY[lang].test(wordAt(units, verb))) || negatedBefore(units, i)) continue;
    const subject = nearestSubject(units, i);
    const named = subject >= 0 ? openingCompany(units, subject) : -1;
    if (named < 0) continue;
    const after = lang === 'en' ? verb + 1 : verb;
    const other = objectAfter(units, after, { crossing: TO[lang], maxUnits: MAX_BUYER_UNITS });
    const c = selling
      ? other >= 0
        ? reading(units, other, named, subject, subject)
        : null
      : reading(units, subject, named, other, subject);
    if (c) out.push(c);
  }
  return out;
}

/** For the rule screen: every reading stands on a verb of selling or buying. */
const DEAL_WORD = new RegExp([SELL.fr, SELL.en, BUY.fr, BUY.en].map((re) => re.source).join('|'), 'u');

/** ACQUIRED whose company is an object pronoun standing for the sentence's opening name (both languages). */
export const ACQUIRED_CLITIC_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-clitic-object',
    type: 'ACQUIRED',
    read: readCliticDeals,
    neededWordPattern: DEAL_WORD,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
