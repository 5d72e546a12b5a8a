import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, isPersonAt, titledPersonAt, wordAt } from './founders-clause';
import { ADVERB, AUXILIARY, FOUND_EN, FOUND_FR, FOUNDER_NOUN } from './founders-words';

/**
 * Founders and heads told around a title apposition, the company named once in it:
 * - "said P, X's chief executive, who founded the company in 2021 with Q", "P, présidente de X, qui l'a fondée en
 *   2004": the relative's founding is of the company the apposition names (the relative's object is a pointer,
 *   a clitic or X again);
 * - "X, whose founder and chief executive, P, said …", "X, dont le cofondateur et président, P, …": the title before
 *   the comma gives FOUNDED and, when a leader's title stands with it, LEADS.
 */

/** Most units of the title apposition between the person and the relative ("X's chief executive"). */
const MAX_APPOSITION_UNITS = 7;
/** Words that may stand between the relative pronoun and the verb ("who later co-founded", "qui l'a fondée"). */
const BEFORE_VERB = /^(l'|la|le|it|also|later|then|aussi|ensuite|déjà|already|had|has|have|avait|a)$/;
/** Nouns of a company a relative's object may name it by ("founded the chain", "a créé la maison"). */
const COMPANY_OBJECT =
  /^(company|firm|business|chain|group|startup|start-up|brand|label|société|entreprise|groupe|maison|marque|enseigne|chaîne|start-up|pme)$/;
const WITH = /^(with|avec)$/;
/** Most units after the verb before "with"/"avec" names a co-founder ("in 2021 in Tallinn with"). */
const MAX_WITH_GAP = 6;

function isFoundVerb(w: string): boolean {
  return FOUND_EN.test(w) || FOUND_FR.test(w);
}

/** The company a title apposition from `from` to `to` (exclusive) names, or -1 (none, two, or no leader's title). */
function appositionCompany(units: Unit[], from: number, to: number): number {
  let org = -1;
  const words: string[] = [];
  for (let j = from; j < to; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      if (!u.orgs || u.anaphor || org >= 0) return -1;
      org = j;
      continue;
    }
    words.push(u.token.lower);
  }
  const title = words.join(' ');
  return org >= 0 && (isLeaderTitle(title) || words.some((w) => FOUNDER_NOUN.test(w))) ? org : -1;
}

/** True when the founding verb at `t` takes the apposition's company at `org` as its object. */
function foundsIt(units: Unit[], r: number, t: number, org: number): boolean {
  // "qui l'a fondée": a clitic before the verb
  for (let j = r + 1; j < t; j++) if (/^(l'|la|le)$/.test(wordAt(units, j) ?? '')) return true;
  const o = t + 1;
  const u = units[o];
  if (u?.kind === 'ent')
    return isOrgAt(units, o) && (u.anaphor || idsAt(units, o).join() === idsAt(units, org).join());
  if (wordAt(units, o) === 'it') return true;
  return (
    /^(the|la|le|l'|cette|this)$/.test(wordAt(units, o) ?? '') &&
    COMPANY_OBJECT.test(wordAt(units, o + 1) ?? '')
  );
}

/** Co-founders after "with"/"avec" following the verb at `t` ("in 2021 with former army officer Q"). */
function coFoundersAfter(units: Unit[], t: number): { ids: number[]; at: number } | null {
  for (let j = t + 1; j < units.length && j - t <= MAX_WITH_GAP; j++) {
    const w = wordAt(units, j);
    if (w === ',' || w === '.' || w === ';') return null;
    if (w !== null && WITH.test(w)) {
      const p = titledPersonAt(units, j + 1);
      if (p < 0) return null;
      const ids = [...idsAt(units, p)];
      if (/^(and|et)$/.test(wordAt(units, p + 1) ?? '') && isPersonAt(units, p + 2))
        ids.push(...idsAt(units, p + 2));
      return { ids, at: p };
    }
  }
  return null;
}

function readApposedFounderRelative(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (!isFoundVerb(wordAt(units, t) ?? '')) return;
    let r = t - 1;
    while (
      r >= 0 &&
      (BEFORE_VERB.test(wordAt(units, r) ?? '') ||
        AUXILIARY.test(wordAt(units, r) ?? '') ||
        ADVERB.test(wordAt(units, r) ?? ''))
    )
      r--;
    if (!/^(who|qui)$/.test(wordAt(units, r) ?? '') || wordAt(units, r - 1) !== ',') return;
    // back over the apposition to the comma after the person
    let c = r - 2;
    while (c >= 0 && r - c <= MAX_APPOSITION_UNITS && wordAt(units, c) !== ',') c--;
    if (wordAt(units, c) !== ',' || !isPersonAt(units, c - 1)) return;
    const org = appositionCompany(units, c + 1, r - 1);
    if (org < 0 || !foundsIt(units, r, t, org)) return;
    const start = c - 1;
    out.push({
      p: idsAt(units, c - 1),
      '#p': [c - 1],
      org: idsAt(units, org),
      '#org': [org],
      [MATCH_START]: [start],
    });
    const co = coFoundersAfter(units, t);
    if (co)
      out.push({ p: co.ids, '#p': [co.at], org: idsAt(units, org), '#org': [org], [MATCH_START]: [start] });
  });
  return out;
}

/** "X, whose founder and chief executive, P,": the title words between "whose/dont" and the comma before P. */
function whoseTitled(units: Unit[]): { p: number; org: number; title: string[] }[] {
  const out: { p: number; org: number; title: string[] }[] = [];
  units.forEach((_, w) => {
    if (
      !/^(whose|dont)$/.test(wordAt(units, w) ?? '') ||
      wordAt(units, w - 1) !== ',' ||
      !isOrgAt(units, w - 2)
    )
      return;
    const title: string[] = [];
    let k = w + 1;
    if (/^(le|la|l'|les)$/.test(wordAt(units, k) ?? '')) k++;
    for (; k < units.length && title.length < MAX_APPOSITION_UNITS; k++) {
      const x = wordAt(units, k);
      if (x === null || x === ',') break;
      title.push(x);
    }
    if (wordAt(units, k) !== ',' || !isPersonAt(units, k + 1)) return;
    out.push({ p: k + 1, org: w - 2, title });
  });
  return out;
}

function whoseCaptures(units: Unit[], want: 'founder' | 'leader'): Captures[] {
  return whoseTitled(units)
    .filter(({ title }) =>
      want === 'founder'
        ? title.some((w) => FOUNDER_NOUN.test(w))
        : isLeaderTitle(title.filter((w) => !FOUNDER_NOUN.test(w)).join(' ')),
    )
    .map(({ p, org }) => ({
      p: idsAt(units, p),
      '#p': [p],
      org: idsAt(units, org),
      '#org': [org],
      [MATCH_START]: [org],
    }));
}

/** Level with the other frame readers, below every pattern rule. */
const CONFIDENCE = 0.65;

export const APPOSED_RELATIVE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.apposed-title-relative',
    type: 'FOUNDED',
    read: readApposedFounderRelative,
    neededWords: ['who', 'qui'],
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
  {
    id: 'frame.founded.whose-titled-founder',
    type: 'FOUNDED',
    read: (units) => whoseCaptures(units, 'founder'),
    neededWords: ['whose', 'dont'],
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
  {
    id: 'frame.leads.whose-titled-head',
    type: 'LEADS',
    read: (units) => whoseCaptures(units, 'leader'),
    neededWords: ['whose', 'dont'],
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
];
