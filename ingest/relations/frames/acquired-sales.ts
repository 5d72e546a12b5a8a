import { timePhraseEndingAt } from './joined-time-phrase';
import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isOblique } from '../syntax';
import {
  clauseStart,
  DEAL_READER_CONFIDENCE,
  describedHead,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { objectAfter } from './clause-object';
import { apposedHeadBefore } from './acquired-apposed-head';
import { possessedPlaceAt } from '../deal-possessed-place';
import { namesAnAsset, namesSoldHolding, opensSoldDescription, wirePlaceEnd } from './sold-object-reach';

/**
 * ACQUIRED told from the seller's side when the pattern rules' fixed spacing misses it: "S avait été contraint
 * de céder en 2024 son petit studio, Y, au finlandais B" (B buys Y from S), "S said it had sold its German
 * business to B" (B buys a business of S: the gold format counts that as buying S), "le fonds S cède Y au fonds
 * B". A stake sold ("cède sa participation", "sells its stake") is an investor's exit, not read here.
 */

const SELL_VERBS: Record<Language, RegExp> = {
  fr: /^(c[eèé]d(e|ent|er|era|eront|ait|aient|é|ée|és|ées)|(re)?vend(re|ra|ront|ait|aient|u|ue|us|ues|ent)?)$/,
  en: /^(sell|sells|sold|selling|divest|divests|divested|divesting)$/,
};
/** The buyer's preposition. */
const TO: Record<Language, RegExp> = { fr: /^(à|au|aux)$/, en: /^to$/ };
/** Possessives that make an unnamed object a business of the seller ("son studio", "its German business"). */
const OWN = /^(son|sa|ses|leur|leurs|its|their)$/;
/** A stake, shares or a holding sold: an investor leaving, not a company changing hands. */
const STAKE_WORDS =
  /^(participation|participations|titres|parts|actions|stake|stakes|shares|holding|holdings|interest|interests|%|pct|capital|minority)$/;
/** Passive auxiliaries: "Y a été cédé à B" makes the subject the thing sold. */
const PASSIVE_AUX = /^(été|est|sont|was|were|been|is|are|being|be)$/;
/** Most units from the verb to the buyer's preposition. */
const MAX_OBJECT_UNITS = 10;
/** The same when the company sold is named: its apposition may be long ("Y, connue pour ses galettes pur beurre,"). */
const MAX_NAMED_OBJECT_UNITS = 14;
/** Most units (a time phrase, an adverb: "a cédé l'an dernier sa petite activité …") before an unnamed object's possessive: they do not count against its length. */
const MAX_UNITS_BEFORE_OWN = 4;
/** Most units from the buyer's preposition to the buyer: a described buyer ("au spécialiste toulousain des systèmes embarqués B") runs to six. */
const MAX_BUYER_UNITS = 7;

/**
 * ", à Nîmes, à B": the preposition at `k` opens a one-name aside between commas and the buyer's preposition
 * follows it, so the name is where the company sold stands, not who buys it.
 */
function placeAside(units: Unit[], k: number, lang: Language): boolean {
  return (
    wordAt(units, k - 1) === ',' &&
    units[k + 1]?.kind === 'ent' &&
    wordAt(units, k + 2) === ',' &&
    TO[lang].test(wordAt(units, k + 3))
  );
}

interface SoldThing {
  /** The named company sold, or -1 when a business of the seller is sold unnamed. */
  named: number;
  /** Index of the buyer's preposition. */
  to: number;
}

/** What the verb at `at` sells and where its buyer's preposition stands, or null. */
function soldAfter(units: Unit[], at: number, lang: Language, passive: boolean): SoldThing | null {
  let named = -1;
  let owned = false;
  let described = false;
  let from = at;
  for (
    let k = at + 1;
    k < units.length && k - from <= (named >= 0 || described ? MAX_NAMED_OBJECT_UNITS : MAX_OBJECT_UNITS);
    k++
  ) {
    const u = units[k];
    const place = wirePlaceEnd(units, k);
    if (place >= 0) {
      k = place;
      continue;
    }
    if (isStrongStop(units, k)) return null;
    // "its units which served the railroad industry to B": the clause describing what is sold may run long
    if (owned && named < 0 && opensSoldDescription(units, k)) described = true;
    if (u.kind === 'ent') {
      // "son usine de Quimperlé à B", "its Bramford plant to B": the town of the seller's own site is no company
      if (named < 0 && possessedPlaceAt(units, k)) continue;
      // "Y (SIAF)": the short form in brackets is the same company
      if (named >= 0 && wordAt(units, k - 1) === '(' && wordAt(units, k + 1) === ')') continue;
      if (!isOrgAt(units, k) || named >= 0) return null;
      // "son studio, Y, au B": the name in the apposition is the thing sold
      if (isOblique(units, k) && !/^(,)$/.test(wordAt(units, k - 1))) return null;
      named = describedHead(units, k);
      k = named;
      continue;
    }
    const w = u.token.lower;
    // a passive sells its subject: "Y a été cédée en 2022 à B", "Y was sold last year to B"
    // "cédera la Clinique du Gard, à Nîmes, à B": a place set off by commas after the name is no buyer
    if (TO[lang].test(w) && named >= 0 && placeAside(units, k, lang)) {
      k += 2;
      continue;
    }
    if (TO[lang].test(w)) return named >= 0 || owned || passive ? { named, to: k } : null;
    if (STAKE_WORDS.test(w)) return null;
    if (OWN.test(w) && named < 0 && !owned) {
      owned = true;
      // a share of the business ("three of its units") is no time phrase: its words count
      if (!/^(of|de|d'|des)$/.test(wordAt(units, k - 1)))
        from = at + Math.min(k - at - 1, MAX_UNITS_BEFORE_OWN);
    }
  }
  return null;
}

/** Words that may follow the subject of "Y a été cédée", "Y was itself sold", "Y had been sold". */
const VERB_GROUP_START =
  /^(a|avait|aura|ont|avaient|est|était|sera|vient|va|was|were|is|has|had|have|will|would|been|être|été)$/;
/** Participles only: "Y, cède …" is no apposition. */
const SOLD_PARTICIPLE: Record<Language, RegExp> = {
  fr: /^(re)?(c[eèé]d(é|ée|és|ées)|vend(u|ue|us|ues))$/,
  en: /^(sold|divested)$/,
};
/** Adverbs an apposed participle may follow ("Y, finalement cédé au groupe B"). */
const APPOSED_ADVERBS =
  /^(finalement|ensuite|depuis|récemment|later|since|eventually|subsequently|itself|himself)$/;

/**
 * "le quotidien Y, finalement cédé au groupe B", "Y, revendue en 2022 au laboratoire B", "Y, sold in 2022 to B":
 * the name before the participle's comma is the company sold. Its index, or -1.
 */
function apposedSoldAt(units: Unit[], verb: number, lang: Language): number {
  if (!SOLD_PARTICIPLE[lang].test(wordAt(units, verb))) return -1;
  const comma = APPOSED_ADVERBS.test(wordAt(units, verb - 1)) ? verb - 2 : verb - 1;
  if (wordAt(units, comma) !== ',') return apposedHeadBefore(units, verb);
  if (!isOrgAt(units, comma - 1)) return -1;
  // "le quotidien La Voix de l'Ouest, cédé …": a name after "de l'/of the" is likely the tail of a longer title
  if (/^(l'|la|le|les|the)$/.test(wordAt(units, comma - 2)) && /^(de|of)$/.test(wordAt(units, comma - 3)))
    return -1;
  return comma - 1;
}

/**
 * "which bought a stake in A in 2024 and sold its tug business to B": a sale verb joined by "and/et" shares the
 * earlier verb's subject, so a name after a word of that verb's clause is its object, never the seller.
 */
/** Verbs and auxiliaries of an earlier clause whose object a name after them is. */
const EARLIER_VERB =
  /^(bought|buys|acquired|acquires|took|takes|purchased|owns|has|had|is|was|a|avait|ont|avaient|est|était|racheté|rachète|repris|reprend|pris|prend|acquis|acquiert|absorbé|détient|possède)$/;

/** Words joining a second verb to the first ("et", "puis", "and then"), and auxiliaries/adverbs after them. */
const JOINERS = /^(and|et|puis|then|ensuite)$/;
const JOINED_AUX = /^(a|avait|has|had|then|ensuite|later|also|aussi|également|plus|tard)$/;

/**
 * The earlier verb of the clause whose object the name at `subject` is, when the sale verb at `verb` is joined
 * to it ("il avait acquis A, puis cédé son activité à B"): its index, or -1.
 */
function earlierVerbOf(units: Unit[], subject: number, verb: number): number {
  let j = verb - 1;
  while (j > subject && JOINED_AUX.test(wordAt(units, j)) && !JOINERS.test(wordAt(units, j))) j--;
  // "… and in May sold …": the second verb's own date stands between the joiner and it
  j -= timePhraseEndingAt(units, j);
  while (j > subject && JOINED_AUX.test(wordAt(units, j)) && !JOINERS.test(wordAt(units, j))) j--;
  if (!JOINERS.test(wordAt(units, j))) return -1;
  const start = clauseStart(units, subject);
  for (let k = start; k < subject; k++) {
    const u = units[k];
    if (u.kind === 'tok' && EARLIER_VERB.test(u.token.lower)) return k;
  }
  return -1;
}

/**
 * Nouns of a sale whose complement is what is sold ("la cession de sa filiale Y au groupe B", "the sale of its
 * tug business to B"). "vente" is left out: "la vente de ses produits à B" tells of customers.
 */
const SALE_NOUNS: Record<Language, RegExp> = { fr: /^cession$/, en: /^(sale|divestiture|disposal)$/ };
/** Present forms of "vendre"/"sell": habitual sales of goods as often as a deal. */
const PRESENT_SELL = /^((re)?vend|(re)?vendent|sells)$/;

/** A year told between the noun of sale and its complement ("la cession en 2024 de son activité"). */
const YEAR_AFTER_NOUN = /^(en|in)$/;

/**
 * A noun of sale at `i` followed by "de/of", maybe after its year: the index to read the thing sold after ("de"),
 * else -1. "vente" is left out: "la vente de sa division de plastiques à Carrefour" may tell of customers.
 */
function saleNounAt(units: Unit[], i: number, lang: Language): number {
  if (!SALE_NOUNS[lang].test(wordAt(units, i))) return -1;
  const of =
    YEAR_AFTER_NOUN.test(wordAt(units, i + 1)) && /^\d{4}$/.test(wordAt(units, i + 2)) ? i + 3 : i + 1;
  return /^(de|du|d'|des|of)$/.test(wordAt(units, of)) ? of : -1;
}

/**
 * The last unit before `verb` naming the subject again ("Lumenforge walked away from …, and in May it sold …"):
 * the sale's own clause starts there, so what the earlier clause says (a deal called off) is not its status.
 */
function lastMention(units: Unit[], subject: number, verb: number): number {
  const ents = entsAt(units, subject);
  for (let k = verb - 1; k > subject; k--) if (entsAt(units, k).some((e) => ents.includes(e))) return k;
  return subject;
}

function readSales(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const noun = saleNounAt(units, i, lang);
    if ((noun < 0 && !SELL_VERBS[lang].test(wordAt(units, i))) || negatedBefore(units, i)) continue;
    const apposed = noun < 0 ? apposedSoldAt(units, i, lang) : -1;
    const passive =
      apposed >= 0 ||
      (noun < 0 && PASSIVE_AUX.test(wordAt(units, i - 1))) ||
      (APPOSED_ADVERBS.test(wordAt(units, i - 1)) && PASSIVE_AUX.test(wordAt(units, i - 2)));
    const sold = soldAfter(units, noun < 0 ? i : noun, lang, passive);
    const soldUnnamed = sold !== null && sold.named < 0;
    if (!sold || (noun >= 0 && soldUnnamed && !namesSoldHolding(units, noun, sold.to))) continue;
    // "revend son gaz à A", "sells its output to A": a present "vend/sells" of an unnamed thing tells of customers
    if (noun < 0 && sold.named < 0 && PRESENT_SELL.test(wordAt(units, i)) && !namesAnAsset(units, i, sold.to))
      continue;
    let buyer = objectAfter(units, sold.to - 1, { crossing: TO[lang], maxUnits: MAX_BUYER_UNITS });
    // "to A's B subsidiary": the unit buys, its parent only places it
    if (/^('s|')$/.test(wordAt(units, buyer + 1)) && isOrgAt(units, buyer + 2)) buyer += 2;
    let subject = apposed >= 0 ? apposed : subjectBefore(units, i);
    if (buyer < 0 || subject < 0) continue;
    const earlier = earlierVerbOf(units, subject, i);
    // the sale shares the earlier verb's subject: "il avait acquis A, puis cédé son activité à B" sells it, not A
    if (earlier >= 0) {
      const shared = subjectBefore(units, earlier);
      if (shared < 0 || shared >= earlier || apposed >= 0) continue;
      subject = shared;
    }
    // "Its yogurts are sold to A": the subject sold must be the name itself, right before its auxiliary
    if (passive && apposed < 0 && sold.named < 0 && !VERB_GROUP_START.test(wordAt(units, subject + 1)))
      continue;
    // passive: the subject is what was sold; active with no name: a business of the subject was
    const target = passive ? subject : sold.named >= 0 ? sold.named : subject;
    if (passive && sold.named >= 0) continue;
    const src = entsAt(units, buyer);
    const tgt = entsAt(units, target);
    if (src.length === 0 || tgt.length === 0 || src.some((e) => tgt.includes(e))) continue;
    const c: Captures = {
      src,
      tgt,
      '#src': [buyer],
      '#tgt': [target],
      [MATCH_START]: [Math.min(lastMention(units, subject, i), i)],
    };
    // the seller sells what it names or an unnamed business of its own (then it is the target too)
    c.seller = !passive ? entsAt(units, subject) : [];
    if (!passive && target === subject) c[SELLS_OWN_BUSINESS] = [i];
    out.push(c);
  }
  return out;
}

/**
 * Capture marking a reading whose target sold an unnamed business of its own (the gold format counts that as
 * buying the seller): such a target may also be a buyer told by a pattern rule in the same sentence.
 */
export const SELLS_OWN_BUSINESS = '#sells-own-business';

/** For the rule screen (`Rule.neededWordPattern`): every reading stands on a verb or noun of selling. */
const SALE_WORD = new RegExp(
  [SELL_VERBS.fr, SELL_VERBS.en, SALE_NOUNS.fr, SALE_NOUNS.en].map((re) => re.source).join('|'),
  'u',
);

/** ACQUIRED read from a sale (both languages). */
export const ACQUIRED_SALE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-sale',
    type: 'ACQUIRED',
    read: readSales,
    neededWordPattern: SALE_WORD,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
