import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, isOrgAt, negatedBefore, wordAt, wordOrLoneNameAt } from './clause';
import { dealCaptures } from './deal-captures';

/**
 * An owner or seller whose relative tells how it came to own the company, without naming it again: "bought Y from
 * buyout firm H, which had taken a 60% stake in 2017", "Y is backed by investor H, which acquired a majority stake
 * in 2021", "acquire Y from H, which bought the hotel chain in 2018", "Y, jusque-là propriété du fonds H, qui en
 * avait pris le contrôle en 2018", "Le fonds H, qui cède Y, en avait pris le contrôle en 2019". The stake, the
 * clitic "en" or a definite descriptor points back at the company the clause ties to H by "from", "by", "par",
 * "du": the earlier purchase is H's ACQUIRED of it (a minority stake stays a funding, `mayBeMinority`).
 */

/** Marks a reading as the owner's earlier purchase: the target may already have its buyer in the sentence. */
export const EARLIER_OWNER = '#earlier-owner';

/** Start words: every reading stands on a subject relative pronoun after a comma. */
export const OWNER_EARLIER_STAKE_START_WORDS: readonly string[] = ['which', 'who', 'qui'];

/** Words tying the company to its owner just before the owner's descriptor ("from", "backed by", "propriété du"). */
const OWNER_LINK = /^(from|by|par|du|de|d'|des|auprès)$/;
/** A capitalised participle opening the sentence, taken for a name ("Contrôlée", "Owned"). */
const FRONTED_PARTICIPLE = /^\p{L}+(é|ée|és|ées|u|ue|us|ues|ed)$/u;
/** Most descriptor words between the link and the owner's name ("from private equity firm H"). */
const MAX_OWNER_DESCRIPTOR_UNITS = 4;
/** Auxiliaries and adverbs before the relative's verb ("which had first taken"). */
const BEFORE_VERB_EN = /^(had|has|have|also|first|originally|already|itself)$/;
const TAKE_VERB_EN = /^(took|taken|bought|acquired|purchased|built)$/;
/** Most words between the relative pronoun and its verb. */
const MAX_BEFORE_VERB_UNITS = 2;
/** The stake bought told without its company: "a 60% stake", "a controlling stake", "a majority holding". */
const STAKE_NOUN_EN = /^(stake|interest|holding|shareholding)$/;
/** Most words of a stake phrase before its noun ("a 60 % stake", "a controlling 75 per cent stake"). */
const MAX_STAKE_WORDS = 5;
/**
 * A share below half makes the owner an investor, which the funding rules read ("backed by H, which took a 20%
 * stake"): the company changed no hands.
 */
const HALF_PERCENT = 50;
const MINOR_SHARE = /^(minority|small|minor)$/;
/** Most tokens of a definite descriptor standing for the company bought ("the 84 - hotel chain", "the business"). */
const MAX_DEFINITE_WORDS = 5;
/** What may follow the object: the time, the former owner or the end of the relative, not another company. */
const AFTER_OBJECT = /^(in|from|for|,|\.|;|and|when|after|before|since|last|at)$/;

/** French: "qui en avait pris le contrôle", "qui en a racheté la majorité", "qui l'avait racheté(e)". */
const AUX_FR = /^(avait|a|avaient|ont|aura)$/;
const CONTROL_FR = /^(contrôle|majorité)$/;
const TAKE_VERB_FR = /^(pris|racheté|rachetée|acquis|acquise|repris|reprise)$/;
/** A sale verb inside the relative ("Le fonds H, qui cède Y, en avait pris le contrôle"). */
const SELL_FR = /^(cède|cédera|vend|vendra|revend)$/;

/** The owner's unit is tied to a company before it: the company's unit, or -1. */
function companyTiedBefore(units: Unit[], owner: number): number {
  let link = -1;
  for (let k = owner - 1; k >= 0 && owner - k <= MAX_OWNER_DESCRIPTOR_UNITS + 1; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (OWNER_LINK.test(u.token.lower)) {
      link = k;
      break;
    }
    if (u.token.kind !== 'word') return -1;
  }
  if (link < 0) return -1;
  for (let k = link - 1; k >= 0; k--) {
    // "Contrôlée depuis 2018 par H, qui l'avait rachetée, Y …": a fronted participle, its company comes after
    if (isOrgAt(units, k))
      return k === 0 && FRONTED_PARTICIPLE.test(wordOrLoneNameAt(units, 0) ?? '') ? -1 : k;
    if (/^[.;:]$/.test(wordAt(units, k))) return -1;
  }
  return -1;
}

/** English object after the verb at `v` names no company: a bare stake or a definite descriptor. */
function unnamedObjectEn(units: Unit[], v: number): boolean {
  const k = v + 1;
  if (/^(a|an)$/.test(wordAt(units, k))) {
    for (let j = k + 1; j <= k + MAX_STAKE_WORDS; j++) {
      const u = units[j];
      if (!u || u.kind === 'ent') return false;
      if (MINOR_SHARE.test(u.token.lower)) return false;
      if (
        /^\d/.test(u.token.text) &&
        Number(u.token.text.replace(',', '.').replace(/[^\d.]/g, '')) < HALF_PERCENT
      )
        return false;
      if (!STAKE_NOUN_EN.test(u.token.lower)) continue;
      const next = wordAt(units, j + 1);
      // "a stake in Y" names its company (other rules read it); "a stake in 2017" names none
      if (next === 'in' || next === 'of') return /^\d{4}$/.test(wordAt(units, j + 2));
      return AFTER_OBJECT.test(next) || j + 1 >= units.length;
    }
    return false;
  }
  if (wordAt(units, k) !== 'the') return false;
  for (let j = k + 1; j <= k + MAX_DEFINITE_WORDS; j++) {
    const u = units[j];
    if (!u || u.kind === 'ent' || !/^(\p{Ll}|\d|-$)/u.test(u.token.text)) return false;
    // "the stake" alone is a holding told before, not the company
    if (AFTER_OBJECT.test(wordAt(units, j + 1))) return !STAKE_NOUN_EN.test(u.token.lower);
  }
  return false;
}

/** "which had taken a 60% stake", "which bought the chain": the relative tells a purchase of an unnamed company. */
function takesUnnamedEn(units: Unit[], i: number): boolean {
  let v = i + 1;
  while (BEFORE_VERB_EN.test(wordAt(units, v)) && v - i <= MAX_BEFORE_VERB_UNITS) v++;
  if (!TAKE_VERB_EN.test(wordAt(units, v)) || negatedBefore(units, v)) return false;
  return unnamedObjectEn(units, v);
}

/** "en avait pris le contrôle", "en a racheté la majorité", "l'avait racheté" start at `k`. */
function cliticTakesFr(units: Unit[], k: number): boolean {
  const clitic = wordAt(units, k);
  if (clitic !== 'en' && clitic !== "l'") return false;
  if (!AUX_FR.test(wordAt(units, k + 1)) || !TAKE_VERB_FR.test(wordAt(units, k + 2))) return false;
  if (clitic === "l'") return true;
  return /^(le|la)$/.test(wordAt(units, k + 3)) && CONTROL_FR.test(wordAt(units, k + 4));
}

/** The captures of the owner's earlier purchase, marked so the sentence's current buyer does not rule it out. */
function earlierCaptures(units: Unit[], owner: number, company: number): Captures | null {
  const caps = company < 0 ? null : dealCaptures(units, owner, company, owner);
  if (caps) caps[EARLIER_OWNER] = [owner];
  return caps;
}

function readFr(units: Unit[], i: number, owner: number): Captures | null {
  // "H, qui en avait pris le contrôle": the company is the one tied to H before it
  if (cliticTakesFr(units, i + 1)) {
    return earlierCaptures(units, owner, companyTiedBefore(units, owner));
  }
  // "Le fonds H, qui cède Y, en avait pris le contrôle": the company is the relative's object
  if (SELL_FR.test(wordAt(units, i + 1)) && isOrgAt(units, i + 2) && wordAt(units, i + 3) === ',')
    return cliticTakesFr(units, i + 4) ? earlierCaptures(units, owner, i + 2) : null;
  return null;
}

function readOwnerEarlierStakes(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 2; i < units.length - 2; i++) {
    const w = wordAt(units, i);
    if (!OWNER_EARLIER_STAKE_START_WORDS.includes(w) || wordAt(units, i - 1) !== ',') continue;
    const owner = i - 2;
    if (!isOrgAt(units, owner)) continue;
    if (lang === 'fr') {
      const caps = w === 'qui' ? readFr(units, i, owner) : null;
      if (caps) out.push(caps);
      continue;
    }
    if (w === 'qui' || !takesUnnamedEn(units, i)) continue;
    const caps = earlierCaptures(units, owner, companyTiedBefore(units, owner));
    if (caps) out.push(caps);
  }
  return out;
}

/** ACQUIRED by an owner whose relative tells its earlier purchase of the company named before it. */
export const ACQUIRED_OWNER_EARLIER_STAKE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-owner-earlier-stake',
    type: 'ACQUIRED',
    read: readOwnerEarlierStakes,
    neededWords: OWNER_EARLIER_STAKE_START_WORDS,
    mayBeMinority: true,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
