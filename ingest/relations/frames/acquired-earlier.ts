import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, entsAt, isOrgAt, isStrongStop, negatedBefore, wordAt } from './clause';
import { objectAfter } from './clause-object';
import { countedNounTrigger } from './acquired-triggers';

/**
 * Earlier purchases told by a pronoun standing for the deal noun: "la troisième acquisition d'X en deux ans,
 * après celles de A en 2023 et de B en 2024", "X's third purchase this year, after those of A and B". The
 * counted noun's complement is the buyer; what follows "celles de / those of" was bought.
 */

/** Pronouns standing for the deal noun. */
const DEAL_PRONOUNS = /^(celles|celle|ceux|celui|those|that)$/;
const OF = /^(de|du|d'|des|of)$/;
const JOINS = /^(et|and|,)$/;
/** Most units after a name (a date: "en 2023") before the next member of the list. */
const MAX_MEMBER_TAIL_UNITS = 4;
/** Most units from the counted noun's buyer to the pronoun. */
const MAX_PRONOUN_GAP_UNITS = 10;
/** Most units from the buyer's preposition to the buyer. */
const MAX_BUYER_UNITS = 3;

/** The names after "celles de": "de A en 2023 et de B", "of A and B". */
function earlierOnes(units: Unit[], pronoun: number): number[] {
  const out: number[] = [];
  let k = pronoun + 1;
  while (OF.test(wordAt(units, k))) {
    k++;
    if (/^(l'|la|le|les|the)$/.test(wordAt(units, k))) k++;
    if (!isOrgAt(units, k)) break;
    out.push(k);
    let tail = k + 1;
    while (
      tail - k <= MAX_MEMBER_TAIL_UNITS &&
      units[tail]?.kind === 'tok' &&
      !JOINS.test(wordAt(units, tail))
    )
      tail++;
    if (!JOINS.test(wordAt(units, tail))) break;
    k = tail + 1;
    if (/^(et|and)$/.test(wordAt(units, k))) k++;
    // "and B" without a repeated "of"
    if (isOrgAt(units, k) && !OF.test(wordAt(units, k))) {
      out.push(k);
      break;
    }
  }
  return out;
}

function readEarlier(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = countedNounTrigger(units, i, lang);
    if (!t || negatedBefore(units, i)) continue;
    const buyer = objectAfter(units, i, { crossing: OF, maxUnits: MAX_BUYER_UNITS });
    if (buyer < 0) continue;
    for (let k = buyer + 1; k < units.length && k - buyer <= MAX_PRONOUN_GAP_UNITS; k++) {
      if (isStrongStop(units, k) || units[k].kind === 'ent') break;
      if (!DEAL_PRONOUNS.test(wordAt(units, k))) continue;
      const bought = earlierOnes(units, k);
      const src = entsAt(units, buyer);
      const tgt = bought.flatMap((b) => entsAt(units, b)).filter((e) => !src.includes(e));
      if (tgt.length > 0) out.push({ src, tgt, '#src': [buyer], '#tgt': [bought[0]], [MATCH_START]: [i] });
      break;
    }
  }
  return out;
}

/** ACQUIRED read from "celles de / those of" after a counted deal noun (both languages). */
export const ACQUIRED_EARLIER_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-earlier-ones',
    type: 'ACQUIRED',
    read: readEarlier,
    // every reading stands on the pronoun for the deal noun ("celles de", "those of")
    neededWordPattern: new RegExp(DEAL_PRONOUNS.source, 'u'),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
