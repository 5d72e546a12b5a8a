import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isOblique } from '../syntax';
import {
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
  wordOrLoneNameAt,
} from './clause';
import { objectAfter } from './clause-object';

/**
 * Control changing hands told from the side of the company taken over, in any tense and word order: "Y est
 * passé en 2021 sous le contrôle du chinois X", "Y, passée l'an dernier sous le contrôle du fonds X, …",
 * "Passé sous le contrôle de X en 2018, le groupe …", "Y came under the control of X in 2019", "Y fell into the
 * hands of X". The pattern rule `fr.acquired.under-control` reads only the verb right before "sous"; here time
 * phrases and adverbs may stand between, and the company taken over may be an apposition's head or the main
 * subject after a fronted participle. "Placée sous le contrôle de l'AMF" names a regulator, so only verbs of
 * passing and falling count.
 */

/** Verbs of passing or falling into another's hands, finite or participle (no infinitive: "pourrait passer"). */
const PASS_VERBS: Record<Language, RegExp> = {
  fr: /^(passe|passent|passé|passée|passés|passées|passera|passeront|passait|tombe|tombent|tombé|tombée|tombés|tombées|tombera|retombé|retombée)$/,
  en: /^(came|comes|come|coming|fell|falls|fallen|passed|passes|passing|moved)$/,
};
/** The words right before the control noun: "sous (le)", "under (the)", "into the". */
const UNDER: Record<Language, RegExp> = { fr: /^sous$/, en: /^(under|into)$/ };
const DETERMINERS = /^(le|la|l'|the)$/;
/** Nouns of control; English "hands" only after "into the" ("fell into the hands of X"). */
const CONTROL_NOUN: Record<Language, RegExp> = { fr: /^contrôle$/, en: /^(control|hands)$/ };
/** Words that may qualify the control noun before its owner ("le contrôle exclusif du fonds X"). */
const CONTROL_QUALIFIERS = /^(exclusif|majoritaire|total|full|majority|sole)$/;
const OF = /^(of|de|du|d'|des)$/;
/** Most units (a date, an adverb: "est passé en 2021 sous", "était finalement passé") between the verb and "sous". */
const MAX_GAP_UNITS = 4;
/** Most units between "of/de" and the owner (a descriptor: "du fonds d'investissement canadien X"). */
const MAX_OWNER_UNITS = 6;
/** Most units after the owner before the comma closing a fronted participle's phrase ("… de X en 2018,"). */
const MAX_FRONTED_TAIL_UNITS = 6;
/** Adverbs that may stand between an apposition's comma and its participle ("Y, finalement passée sous …"). */
const APPOSED_ADVERBS =
  /^(finalement|depuis|déjà|ensuite|récemment|later|since|eventually|itself|lui-même|elle-même)$/;

/** Index of "of/de" after the control noun at `i` (past a qualifier), or -1. */
function ownerPreposition(units: Unit[], i: number): number {
  let k = i + 1;
  if (CONTROL_QUALIFIERS.test(wordAt(units, k))) k++;
  return OF.test(wordAt(units, k)) ? k : -1;
}

/** Index of the verb of passing before "sous/under" at `under`, or -1 (no name and no comma in between). */
function passVerbBefore(units: Unit[], under: number, lang: Language): number {
  for (let k = under - 1; k >= 0 && under - k <= MAX_GAP_UNITS + 1; k--) {
    const w = wordOrLoneNameAt(units, k) ?? '';
    if (PASS_VERBS[lang].test(w)) return k;
    const u = units[k];
    if (u.kind === 'ent' && u.word === undefined) return -1;
    if (w === ',' || isStrongStop(units, k)) return -1;
  }
  return -1;
}

/** Participles only: after "Y, domaine du Médoc, passe sous …" the comma closes an apposition, it opens none. */
const PARTICIPLE = /^(passé|passée|passés|passées|tombé|tombée|tombés|tombées|retombé|retombée|fallen)$/;

/** "Y, (finalement) passée … sous le contrôle de X": the name before the comma, or -1. */
function apposedTaken(units: Unit[], verb: number): number {
  if (!PARTICIPLE.test(wordAt(units, verb))) return -1;
  const comma = APPOSED_ADVERBS.test(wordAt(units, verb - 1)) ? verb - 2 : verb - 1;
  if (wordAt(units, comma) !== ',' || !isOrgAt(units, comma - 1) || isOblique(units, comma - 1)) return -1;
  return comma - 1;
}

/** "Passé sous le contrôle de X en 2018, le groupe …": the main subject after the phrase's comma, or -1. */
function frontedTaken(units: Unit[], verb: number, owner: number): number {
  if (verb !== 0) return -1;
  for (let k = owner + 1; k < units.length && k - owner <= MAX_FRONTED_TAIL_UNITS; k++) {
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return -1;
    if (wordAt(units, k) !== ',') continue;
    const subject = DETERMINERS.test(wordAt(units, k + 1)) ? k + 2 : k + 1;
    return isOrgAt(units, subject) ? subject : -1;
  }
  return -1;
}

function readControlPassage(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 2; i < units.length; i++) {
    if (!CONTROL_NOUN[lang].test(wordAt(units, i))) continue;
    const det = DETERMINERS.test(wordAt(units, i - 1));
    // "into the hands of", never "into control"; French "sous contrôle" may drop its article
    if (wordAt(units, i) === 'hands' && (!det || wordAt(units, i - 2) !== 'into')) continue;
    if (wordAt(units, i) === 'control' && wordAt(units, det ? i - 2 : i - 1) !== 'under') continue;
    const under = det ? i - 2 : i - 1;
    if (!UNDER[lang].test(wordAt(units, under))) continue;
    const of = ownerPreposition(units, i);
    const verb = of >= 0 ? passVerbBefore(units, under, lang) : -1;
    if (verb < 0 || negatedBefore(units, verb)) continue;
    const owner = objectAfter(units, of - 1, { crossing: OF, maxUnits: MAX_OWNER_UNITS });
    if (owner < 0) continue;
    let taken = apposedTaken(units, verb);
    if (taken < 0) taken = frontedTaken(units, verb, owner);
    if (taken < 0 && verb > 0) taken = subjectBefore(units, verb);
    if (taken < 0) continue;
    const src = entsAt(units, owner);
    const tgt = entsAt(units, taken);
    if (src.length === 0 || tgt.length === 0 || src.some((e) => tgt.includes(e))) continue;
    out.push({ src, tgt, '#src': [owner], '#tgt': [taken], [MATCH_START]: [Math.min(taken, verb)] });
  }
  return out;
}

/** ACQUIRED told by the company that passed under another's control (both languages). */
export const ACQUIRED_CONTROL_PASSAGE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-control-passage',
    type: 'ACQUIRED',
    read: readControlPassage,
    neededWords: ['contrôle', 'control', 'hands'],
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
