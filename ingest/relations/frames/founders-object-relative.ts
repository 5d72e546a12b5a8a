import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, isPersonAt, titledPersonAt, wordAt } from './founders-clause';
import { FOUND_EN, FOUND_FR } from './founders-words';

/**
 * A company founded, told in a relative on the company whose founder stands elsewhere than before it:
 * - a contact relative after a descriptor, its subject named: "Planvast, the route-planning tool Hals had founded in
 *   2011, was sold …", "Y, the Dublin insurtech P co-founded with Q, sells …";
 * - an object relative whose pronoun subject is the main clause's subject named after it: "Passée par le cabinet
 *   Agrodata, qu'elle avait cofondé en 2016 avec Q, P a rejoint …".
 * Co-founders after "with/avec" found the company too.
 */

/** Most words of the descriptor between the company and the founder ("the route-planning tool"). */
const MAX_DESCRIPTOR_WORDS = 5;
/** Auxiliaries of the founding verb ("had founded", "avait cofondé"). */
const AUX = /^(had|has|have|avait|a|avaient|ont)$/;
/** Most units after the founding verb before "with/avec" ("in 2016 in Lyon with"). */
const MAX_WITH_GAP = 6;
/** Most units of the relative before the comma that closes it. */
const MAX_RELATIVE_UNITS = 14;

function isFoundVerb(w: string | null): boolean {
  return w !== null && (FOUND_EN.test(w) || FOUND_FR.test(w));
}

/** Co-founders after "with/avec" following the verb at `t`, and the index the relative ends at. */
function withFounders(units: Unit[], t: number): number[] {
  for (let j = t + 1; j < units.length && j - t <= MAX_WITH_GAP; j++) {
    const w = wordAt(units, j);
    if (w === ',' || w === '.' || w === ';') return [];
    if (w === 'with' || w === 'avec') {
      const p = titledPersonAt(units, j + 1);
      return p < 0 ? [] : idsAt(units, p);
    }
  }
  return [];
}

function found(people: number[], at: number, org: number, units: Unit[]): Captures {
  return { p: people, '#p': [at], org: idsAt(units, org), '#org': [org], [MATCH_START]: [org] };
}

/** "Y, the route-planning tool P had founded in 2011": the descriptor's determiner, plain words, then P. */
function readContactRelative(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, y) => {
    if (!isOrgAt(units, y) || wordAt(units, y + 1) !== ',' || wordAt(units, y + 2) !== 'the') return;
    let k = y + 3;
    while (
      k < units.length &&
      k - y - 3 < MAX_DESCRIPTOR_WORDS &&
      /^[\p{Ll}-]+$/u.test(wordAt(units, k) ?? '')
    )
      k++;
    if (k === y + 3 || !isPersonAt(units, k)) return;
    let t = k + 1;
    if (AUX.test(wordAt(units, t) ?? '')) t++;
    if (!isFoundVerb(wordAt(units, t))) return;
    out.push(found(idsAt(units, k), k, y, units));
    const co = withFounders(units, t);
    if (co.length > 0) out.push(found(co, t, y, units));
  });
  return out;
}

/** "…, Y, qu'elle avait cofondé en 2016 avec Q, P a rejoint …": P is the main subject after the relative. */
function readCataphoricSubject(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, y) => {
    if (!isOrgAt(units, y) || wordAt(units, y + 1) !== ',') return;
    if (!/^(que|qu'|which|that)$/.test(wordAt(units, y + 2) ?? '')) return;
    if (!/^(elle|il|she|he)$/.test(wordAt(units, y + 3) ?? '')) return;
    let t = y + 4;
    if (AUX.test(wordAt(units, t) ?? '')) t++;
    if (!isFoundVerb(wordAt(units, t))) return;
    // a person named before the company is the pronoun's antecedent (readFoundedInObjectRelative reads it)
    if (units.some((_u, i) => i < y && isPersonAt(units, i))) return;
    let c = t + 1;
    while (c < units.length && c - t <= MAX_RELATIVE_UNITS && wordAt(units, c) !== ',') c++;
    const p = c + 1;
    // the main clause's subject: a person right after the relative, followed by its verb (no list, no apposition)
    if (wordAt(units, c) !== ',' || !isPersonAt(units, p) || /^(,|et|and)$/.test(wordAt(units, p + 1) ?? ','))
      return;
    out.push(found(idsAt(units, p), p, y, units));
    const co = withFounders(units, t);
    if (co.length > 0) out.push(found(co, t, y, units));
  });
  return out;
}

/** Level with the other frame readers, below every pattern rule. */
const CONFIDENCE = 0.65;

export const OBJECT_RELATIVE_FOUNDER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.contact-relative',
    type: 'FOUNDED',
    read: readContactRelative,
    neededWords: ['the'],
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
  {
    id: 'frame.founded.cataphoric-subject',
    type: 'FOUNDED',
    read: readCataphoricSubject,
    neededWords: ['que', "qu'", 'which', 'that'],
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
];
