import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isOblique } from '../syntax';
import {
  DEAL_READER_CONFIDENCE,
  clauseStart,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { agentAfter } from './clause-object';

/**
 * An owner in control since a date: "Y, qui emploie 340 salariés, est contrôlé depuis 2018 par le fonds X",
 * "Y, fondée en 2004 par P, est détenue depuis 2020 par X", "Y has been controlled since 2016 by X". The
 * pattern rules read the owned company only right before the verb; here it is the clause's subject wherever it
 * stands (a relative or an apposition in between). A bare "détenu par" also says who holds a title or a record,
 * so a word of time or of wholeness must follow the participle.
 */

const HELD = /^(contrôlé|contrôlée|contrôlés|contrôlées|détenu|détenue|détenus|détenues|controlled|owned)$/;
/** Words by the participle that make it a lasting control: a start date, an end ("jusqu'ici"), or the whole company. */
const SINCE_OR_WHOLE =
  /^(depuis|majoritairement|entièrement|intégralement|exclusivement|jusqu'ici|jusqu'alors|jusque-là|since|wholly|fully|majority|entirely|previously|formerly)$/;
/** Words the participle follows when it states the subject's state ("est contrôlé", "has been owned"). */
const STATE_AUX = /^(est|était|sera|reste|demeure|is|was|been|remains|remained)$/;
/** Units after the participle within which the time or wholeness word stands ("détenue à 100 % depuis"). */
const MAX_SINCE_UNITS = 4;
/** Units after the participle within which "par/by" may come ("controlled since early 2016 by"). */
const MAX_AGENT_UNITS = 8;

/** Units after the owner within which a relative says the owner bought the company ("X, qui en avait pris le contrôle"). */
const MAX_RELATIVE_TAKE_UNITS = 6;
/** Verbs and nouns of taking over in a relative on the owner; the object is the held company, so no name may intervene. */
const TAKE_WORD =
  /^(racheté|rachetée|acquis|acquise|repris|reprise|contrôle|majorité|bought|acquired|purchased|took|taken)$/;
const RELATIVE_OPENER = /^(qui|which|that)$/;

/** "… détenu par X, qui en avait pris le contrôle en 2019" / "owned by X, which bought it in 2018". */
export function relativeTakeover(units: Unit[], owner: number): boolean {
  if (wordAt(units, owner + 1) !== ',' || !RELATIVE_OPENER.test(wordAt(units, owner + 2))) return false;
  for (let k = owner + 3; k < units.length && k - owner <= MAX_RELATIVE_TAKE_UNITS + 2; k++) {
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return false;
    if (TAKE_WORD.test(wordAt(units, k))) return true;
  }
  return false;
}

function holdsSince(units: Unit[], participle: number): boolean {
  if (SINCE_OR_WHOLE.test(wordAt(units, participle - 1))) return true;
  for (let k = participle + 1; k < units.length && k - participle <= MAX_SINCE_UNITS; k++) {
    if (SINCE_OR_WHOLE.test(wordAt(units, k))) return true;
    if (units[k].kind === 'ent') break;
  }
  // "is owned by X since 2019": the date after the agent
  for (let k = participle + 1; k < units.length && k - participle <= MAX_AGENT_UNITS + 4; k++)
    if (/^(depuis|since)$/.test(wordAt(units, k)) && /^\d{4}$/.test(wordAt(units, k + 1))) return true;
  return false;
}

/**
 * "L'éditeur, qui publie A et B, est détenu …": when an insert closes right before the verb, the subject is the
 * name before the insert's opening comma, not a name inside it. -1 when no insert ends there, -2 when a pointer
 * opens it.
 */
function insertHead(units: Unit[], aux: number): number {
  if (wordAt(units, aux - 1) !== ',') return -1;
  let start = aux - 1;
  while (start > 0 && !isStrongStop(units, start - 1)) start--;
  for (let k = start; k < aux - 2; k++)
    if (isOrgAt(units, k) && wordAt(units, k + 1) === ',' && !isOblique(units, k))
      // a pointer there ("L'éditeur, qui publie A, est détenu …") is a guess a lasting-control reading is not built on
      return isPointer(units, k) ? -2 : k;
  return -1;
}

/**
 * The owned company: the clause's subject, else the first name opening the clause that is no preposition's object
 * (a lone name followed by its own participle phrase: "Y, fondée en 2004 par P, est détenue …").
 */
function ownedBefore(units: Unit[], aux: number): number {
  const head = insertHead(units, aux);
  if (head !== -1) return head;
  const subject = subjectBefore(units, aux);
  if (subject >= 0) return subject;
  const start = clauseStart(units, aux);
  return isOrgAt(units, start) && !isOblique(units, start) ? start : -1;
}

/** The agent after "par/by", past a date ("since 2016 by X", which `agentAfter` would take for a new clause). */
function ownerAfter(units: Unit[], participle: number): number {
  for (let k = participle + 1; k < units.length && k - participle <= MAX_AGENT_UNITS; k++) {
    if (/^(par|by)$/.test(wordAt(units, k))) return agentAfter(units, k - 1, 1);
    if (units[k].kind === 'ent') return -1;
  }
  return -1;
}

function isPointer(units: Unit[], i: number): boolean {
  const u = units[i];
  return u.kind === 'ent' && u.anaphor;
}

/** The state auxiliary before the participle, past one adverb or a split "jusqu' ici"; -1 when none. */
function auxBefore(units: Unit[], participle: number): number {
  for (let k = participle - 1; k >= 0 && participle - k <= 3; k--)
    if (STATE_AUX.test(wordAt(units, k))) return k;
  return -1;
}

function readHeldSince(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!HELD.test(wordAt(units, i)) || negatedBefore(units, i)) continue;
    // "était jusqu'ici détenue": an adverb may stand between the auxiliary and the participle
    const aux = auxBefore(units, i);
    if (aux < 0) continue;
    const owner = ownerAfter(units, i);
    if (!holdsSince(units, i) && !(owner >= 0 && relativeTakeover(units, owner))) continue;
    const owned = ownedBefore(units, aux);
    if (owner < 0 || owned < 0 || owned >= i || !isOrgAt(units, owner)) continue;
    const src = entsAt(units, owner);
    const tgt = entsAt(units, owned).filter((e) => !src.includes(e));
    if (tgt.length > 0) out.push({ src, tgt, '#src': [owner], '#tgt': [owned], [MATCH_START]: [owned] });
  }
  return out;
}

/** ACQUIRED read from a lasting control stated of the clause's subject (both languages). */
export const ACQUIRED_HELD_SINCE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-held-since',
    type: 'ACQUIRED',
    read: readHeldSince,
    neededWordPattern: /^(contrôl|déten|controlled$|owned$)/u,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
