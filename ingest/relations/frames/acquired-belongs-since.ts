import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import {
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { objectAfter } from './clause-object';
import { relativeTakeover } from './acquired-held-since';

/**
 * Belonging dated by its start: "Y appartient depuis 2019 au fonds X", "Y appartient au groupe X depuis 2021",
 * "Y has belonged to X since 2020", "Y appartenait au fonds X, qui en avait pris le contrôle". A bare "Y appartient au groupe X" is membership with no deal in sight
 * (deal-ownership-clauses.ts); the start date is what tells that X came in as owner at some point.
 */

const BELONG = /^(appartient|appartiennent|appartenait|appartenaient|belongs|belong|belonged)$/;
const TO = /^(à|au|aux|to)$/;
const SINCE = /^(depuis|since)$/;
/** Units between the verb and "à/to" ("appartient depuis 2019 au", "has belonged since early 2016 to"). */
const MAX_BEFORE_TO_UNITS = 4;
/** Units after the owner within which the start date may stand ("au groupe X depuis 2021"). */
const MAX_DATE_AFTER_OWNER_UNITS = 2;
/** Units after "à/to" within which the owner is named past a descriptor ("au fonds munichois X"). */
const MAX_OWNER_UNITS = 4;

function isYear(units: Unit[], k: number): boolean {
  return /^(19|20)\d\d$/.test(wordAt(units, k));
}

/** "depuis 2019" / "since 2020" (or one word between: "since early 2016") starting at `k`. */
function sinceYearAt(units: Unit[], k: number): boolean {
  return SINCE.test(wordAt(units, k)) && (isYear(units, k + 1) || isYear(units, k + 2));
}

function readAt(units: Unit[], i: number): Captures | null {
  if (!BELONG.test(wordAt(units, i)) || negatedBefore(units, i)) return null;
  let to = -1;
  let dated = false;
  for (let k = i + 1; k < units.length && k - i <= MAX_BEFORE_TO_UNITS; k++) {
    if (sinceYearAt(units, k)) dated = true;
    if (TO.test(wordAt(units, k))) {
      to = k;
      break;
    }
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return null;
  }
  if (to < 0) return null;
  const owner = objectAfter(units, to, { anyPreposition: true, maxUnits: MAX_OWNER_UNITS });
  if (owner < 0 || !isOrgAt(units, owner)) return null;
  if (!dated)
    for (let k = owner + 1; k <= owner + MAX_DATE_AFTER_OWNER_UNITS && !dated; k++)
      dated = sinceYearAt(units, k);
  // "appartenait au fonds X, qui en avait pris le contrôle en 2020": the owner's relative tells the purchase
  if (!dated && !relativeTakeover(units, owner)) return null;
  const owned = subjectBefore(units, i);
  if (owned < 0 || !isOrgAt(units, owned)) return null;
  const src = entsAt(units, owner);
  const tgt = entsAt(units, owned).filter((e) => !src.includes(e));
  return tgt.length > 0 ? { src, tgt, '#src': [owner], '#tgt': [owned], [MATCH_START]: [owned] } : null;
}

function readBelongsSince(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    const c = readAt(units, i);
    if (c) out.push(c);
  }
  return out;
}

/** ACQUIRED read from a belonging dated by its start (both languages). */
export const ACQUIRED_BELONGS_SINCE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-belongs-since',
    type: 'ACQUIRED',
    read: readBelongsSince,
    neededWordPattern: /^(appart|belong)/u,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
