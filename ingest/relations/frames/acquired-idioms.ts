import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, entsAt, negatedBefore, subjectBefore, wordAt } from './clause';
import { objectAfter } from './clause-object';

/**
 * French images of changing hands: the company bought is the clause's subject and the buyer follows the
 * image ("X est tombé dans l'escarcelle de Y", "passe dans le giron de Y", "sous pavillon Y"). Leaning on a
 * backer ("X s'adosse à Y") is read in lean-on-backer.ts.
 */

/** Nouns of a holder's domain; the owner follows them ("l'escarcelle de Y", "le giron du groupe Y"). */
const DOMAIN_NOUNS = /^(escarcelle|giron|pavillon|bannière|coupe)$/;
/** Words that make the domain one the parties share ("la bannière commune", "un pavillon unique", "même"). */
const SHARED = /^(commune|communes|unique|partagée|même|common|shared|single)$/;
/** Words that must stand just before a domain noun, so "la coupe du monde" or "le pavillon de l'usine" is none. */
const DOMAIN_OPENERS = /^(dans|sous|l'|le|la)$/;
/** What may stand before "le giron"/"l'escarcelle": "dans", "sous", or a verb of joining ("rejoint le giron de"). */
const DOMAIN_VERBS = /^(dans|sous|rejoint|rejoignent|rejoindra|rejoindront|intègre|intègrent|intégrera)$/;
/** Units after the noun within which its owner is named. */
const OWNER_WINDOW_UNITS = 6;

function reading(units: Unit[], src: number, tgt: number, start: number): Captures | null {
  const s = entsAt(units, src);
  const t = entsAt(units, tgt);
  if (s.length === 0 || t.length === 0 || s.some((e) => t.includes(e))) return null;
  return { src: s, tgt: t, '#src': [src], '#tgt': [tgt], [MATCH_START]: [start] };
}

/** The domain noun at `i` is read as such: "dans l'escarcelle", "sous (le) pavillon", "dans le giron". */
function isDomain(units: Unit[], i: number): boolean {
  if (!DOMAIN_NOUNS.test(wordAt(units, i))) return false;
  // "sous la bannière commune X", "sous un même pavillon": a banner the parties share, no owner's domain
  if (SHARED.test(wordAt(units, i + 1)) || SHARED.test(wordAt(units, i - 1))) return false;
  const before = wordAt(units, i - 1);
  if (!DOMAIN_OPENERS.test(before)) return false;
  return before === 'dans' || before === 'sous' || DOMAIN_VERBS.test(wordAt(units, i - 2));
}

/** "now part of X", "became part of X"; "fait désormais partie du groupe X" (a plain "fait partie de" lists members). */
const PART_EN = /^part$/;
const PART_CUE_EN = /^(now|became|become|becomes|becoming)$/;
const PART_FR = /^partie$/;
const PART_CUE_FR = /^(désormais|dorénavant)$/;
const OF_ANY = /^(of|de|du|d'|des)$/;

/** The word at `i` names membership just reached ("now part of"), with the owner after "of"/"de". */
function isPartOf(units: Unit[], i: number, lang: Language): boolean {
  const w = wordAt(units, i);
  if (lang === 'en') return PART_EN.test(w) && PART_CUE_EN.test(wordAt(units, i - 1));
  return (
    PART_FR.test(w) && (PART_CUE_FR.test(wordAt(units, i - 1)) || PART_CUE_FR.test(wordAt(units, i - 2)))
  );
}

/**
 * "Kynamro, sold by Genzyme, now part of Sanofi": the name set off just before the comma is the one that became
 * part of the owner, not the clause's subject further back.
 */
function partOfWhat(units: Unit[], i: number): number {
  let k = i - 1;
  while (k > 0 && (PART_CUE_EN.test(wordAt(units, k)) || PART_CUE_FR.test(wordAt(units, k)))) k--;
  const named = units[k - 1];
  if (wordAt(units, k) === ',' && named?.kind === 'ent' && named.orgs && !named.anaphor) return k - 1;
  return subjectBefore(units, i);
}

/**
 * "will become part of the U.S. Bank branch system": a name before a network noun only qualifies the network a
 * branch joins (often the group's own, after an internal merger), so it is not read as the buyer.
 */
const NETWORK_NOUNS = /^(branch|branches|system|network|chain)$/;

function qualifiesNetwork(units: Unit[], owner: number): boolean {
  return NETWORK_NOUNS.test(wordAt(units, owner + 1));
}

/** Words of an apposition that says where a company went: "Y, finalement tombée dans l'escarcelle de Z". */
const APPOSED_FALL_WORDS =
  /^(finalement|désormais|depuis|déjà|ensuite|puis|récemment|aujourd'hui|entre-temps|passé|passée|passés|passées|tombé|tombée|tombés|tombées|entré|entrée|rentré|rentrée|dans|sous|l'|le|la|en|\d{4})$/;
/** Units between the comma and the domain noun an apposition may hold. */
const MAX_APPOSED_FALL_UNITS = 6;

/**
 * "Shine, passée dans le giron de la Société Générale", "…de Y, finalement tombée dans l'escarcelle de Z": the
 * name set off just before the comma went to the owner, not the clause's subject further back. Null when the
 * words after the comma are not such an apposition.
 */
function apposedBeforeDomain(units: Unit[], i: number): number | null {
  for (let k = i - 1; k >= 1 && i - k <= MAX_APPOSED_FALL_UNITS; k--) {
    if (wordAt(units, k) === ',') {
      const named = units[k - 1];
      return named?.kind === 'ent' && named.orgs && !named.anaphor ? k - 1 : null;
    }
    if (units[k].kind === 'ent' || !APPOSED_FALL_WORDS.test(wordAt(units, k))) return null;
  }
  return null;
}

/** Every reading starts at one of these words (rule-screen.ts skips the reader on other sentences). */
const IDIOM_WORDS = new RegExp([PART_EN, PART_FR, DOMAIN_NOUNS].map((re) => re.source).join('|'), 'u');

function readIdioms(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    let c: Captures | null = null;
    if (isPartOf(units, i, lang) && OF_ANY.test(wordAt(units, i + 1)) && !negatedBefore(units, i)) {
      const owner = objectAfter(units, i, { crossing: OF_ANY, maxUnits: OWNER_WINDOW_UNITS });
      const owned = partOfWhat(units, i);
      if (owner >= 0 && owned >= 0 && !qualifiesNetwork(units, owner))
        c = reading(units, owner, owned, owned);
    } else if (lang !== 'fr') continue;
    else if (isDomain(units, i) && !negatedBefore(units, i)) {
      const owner = objectAfter(units, i, { crossing: /^(de|du|d'|des)$/, maxUnits: OWNER_WINDOW_UNITS });
      const owned = apposedBeforeDomain(units, i) ?? subjectBefore(units, i);
      if (owner >= 0 && owned >= 0) c = reading(units, owner, owned, owned);
    }
    if (c) out.push(c);
  }
  return out;
}

/** ACQUIRED told by an image of the buyer's domain (French) or by membership just reached (both languages). */
export const ACQUIRED_IDIOM_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-idiom',
    type: 'ACQUIRED',
    read: readIdioms,
    neededWordPattern: IDIOM_WORDS,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
