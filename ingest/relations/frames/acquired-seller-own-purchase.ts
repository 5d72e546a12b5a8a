import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { verbTrigger } from './acquired-triggers';
import { EARLIER_OWNER } from './acquired-owner-earlier-stake';
import {
  clauseStart,
  DEAL_READER_CONFIDENCE,
  isOrgAt,
  negatedBefore,
  subjectBefore,
  wordAt,
  wordOrLoneNameAt,
} from './clause';
import { dealCaptures } from './deal-captures';

/**
 * A seller recalls, in a relative on the company it sells, how it came to own it: "agreed to sell Kindred Paws,
 * the pet-food maker it bought in 2021, to Z", "sold Y, which it acquired from its founder in 2019, to Z", "a
 * cédé à Z son activité de paie, Y, qu'il avait lui-même rachetée à S en 2016". The relative's pronoun subject
 * can only be the seller (the buyer is named later), so the seller bought Y earlier: an ACQUIRED of its own,
 * dated by the relative, that the sale's buyer does not rule out.
 */

/** Verbs and nouns of selling whose clause subject is the seller. */
const SELL: Record<Language, RegExp> = {
  en: /^(sell|sells|selling|sold|divest|divests|divesting|divested|offload|offloads|offloaded|sale|divestment)$/,
  fr: /^(cède|cèdent|cédé|céder|cédera|cédant|vend|vendent|vendu|vendre|vendra|vendant|revend|revendu|revendre|cession|vente)$/,
};
/** Start words: every reading stands on a word of selling. */
export const SELLER_OWN_PURCHASE_START_WORDS: readonly string[] = [
  ...SELL.en.source.slice(2, -2).split('|'),
  ...SELL.fr.source.slice(2, -2).split('|'),
];
/** The relative's subject pronoun standing for the seller. */
const SUBJECT_PRONOUN: Record<Language, RegExp> = { en: /^(it|they)$/, fr: /^(il|elle)$/ };
/** The object relative pronoun; English may leave it out ("the maker it bought"). */
const OBJECT_RELATIVE: Record<Language, RegExp> = { en: /^(which|that)$/, fr: /^(qu'|que)$/ };
/** Auxiliaries and adverbs between the pronoun and the buying verb ("had itself bought", "avait lui-même rachetée"). */
const BEFORE_VERB =
  /^(had|has|have|only|just|first|originally|itself|themselves|also|avait|a|avaient|ont|lui-même|elle-même|même|alors|déjà)$/;
/** Most such words. */
const MAX_BEFORE_VERB_UNITS = 3;
/** Most lower-case words of a descriptor between the company's comma and the pronoun ("the pet-food maker"). */
const MAX_DESCRIPTOR_UNITS = 12;
/** Most units from the selling word to the company sold ("a cédé le mois dernier à Z son activité de paie, Y"). */
const MAX_SALE_TO_OBJECT_UNITS = 14;
/**
 * What may follow the buying verb when its object is the company sold: a time, price or seller phrase or a
 * comma. Any other word may be the verb's own object ("which it bought shares in").
 */
const AFTER_OBJECTLESS_VERB =
  /^(in|on|last|earlier|this|for|from|at|years|year|months|en|l'|pour|à|au|auprès|il|dès|,)$/;

/** Characters of a subject pronoun resolved to its company ("it", "they", "il", "elle"). */
const MAX_PRONOUN_CHARS = 4;

/** The relative's subject before the buying verb at `verb`: a pronoun or a name (checked against the seller). */
function subjectOfVerb(units: Unit[], verb: number, lang: Language): number {
  for (let k = verb - 1; k >= 0 && verb - k <= MAX_BEFORE_VERB_UNITS + 1; k--) {
    if (units[k]?.kind === 'ent') return k;
    const w = wordOrLoneNameAt(units, k) ?? '';
    if (SUBJECT_PRONOUN[lang].test(w)) return k;
    if (!BEFORE_VERB.test(w)) return -1;
  }
  return -1;
}

/** The subject at `k` stands for the seller: a pronoun, or the seller itself named or pointed at again. */
function standsForSeller(units: Unit[], k: number, seller: number): boolean {
  const u = units[k];
  if (u?.kind !== 'ent') return true;
  if (u.anaphor && u.end - u.start <= MAX_PRONOUN_CHARS) return true;
  const s = units[seller];
  return s?.kind === 'ent' && u.ents.some((e) => s.ents.includes(e));
}

/**
 * The company the relative opening at `subject` describes: the name before its comma, past an optional relative
 * pronoun and a lower-case descriptor ("Y, the pet-food maker it", "Y, which it", "Y, qu'il"); -1 when none.
 */
function describedCompany(units: Unit[], subject: number, lang: Language): number {
  let k = subject - 1;
  const relative = OBJECT_RELATIVE[lang].test(wordAt(units, k));
  if (relative) k--;
  let pointer: number[] = [];
  for (let n = 0; wordAt(units, k) !== ',' && n < MAX_DESCRIPTOR_UNITS; n++, k--) {
    // French needs its relative pronoun; English drops it only after a descriptor
    if (lang === 'fr') return -1;
    const u = units[k];
    // the descriptor may have been read as a pointer to the name it describes ("Y, the gasket maker it bought")
    if (u?.kind === 'ent' && u.anaphor) pointer = u.ents;
    // else it holds words and figures only ("the British maker of point-of-care analysers"), no name
    else if (u?.kind !== 'tok' || u.token.kind === 'punct') return -1;
  }
  if (wordAt(units, k) !== ',' || (!relative && k === subject - 1)) return -1;
  const named = units[k - 1];
  if (named?.kind !== 'ent' || !named.orgs) return -1;
  return pointer.length === 0 || named.ents.some((e) => pointer.includes(e)) ? k - 1 : -1;
}

/** The seller: the subject of a selling word shortly before the company at `sold`, in its clause; -1 when none. */
function sellerOf(units: Unit[], sold: number, lang: Language): number {
  const start = clauseStart(units, sold);
  for (let k = sold - 1; k >= start && sold - k <= MAX_SALE_TO_OBJECT_UNITS; k--) {
    if (!SELL[lang].test(wordAt(units, k)) || negatedBefore(units, k)) continue;
    const seller = subjectBefore(units, k);
    return seller >= 0 && isOrgAt(units, seller) ? seller : -1;
  }
  return -1;
}

function readSellerOwnPurchases(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 3; i < units.length; i++) {
    const t = verbTrigger(units, i, lang);
    if (!t || t.at !== i || negatedBefore(units, i)) continue;
    if (!AFTER_OBJECTLESS_VERB.test(wordAt(units, t.end + 1))) continue;
    const subject = subjectOfVerb(units, i, lang);
    if (subject < 0) continue;
    const sold = describedCompany(units, subject, lang);
    if (sold < 0) continue;
    const seller = sellerOf(units, sold, lang);
    if (seller < 0 || !standsForSeller(units, subject, seller)) continue;
    const caps = dealCaptures(units, seller, sold, seller);
    if (!caps) continue;
    caps[EARLIER_OWNER] = [seller];
    out.push(caps);
  }
  return out;
}

/** ACQUIRED of a seller's own earlier purchase of the company it sells, told in a relative on it. */
export const ACQUIRED_SELLER_OWN_PURCHASE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-seller-own-purchase',
    type: 'ACQUIRED',
    read: readSellerOwnPurchases,
    neededWords: SELLER_OWN_PURCHASE_START_WORDS,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
