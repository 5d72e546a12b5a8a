import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { afterDatedDateline } from './leads-appointing-subject';

/**
 * LEADS of a person told as taking, keeping or holding a post, with any verb of the family and in either order:
 * "P, qui dirigeait la société depuis 1994 et prend la présidence du conseil de surveillance", "P, who has led the
 * company since 2017 and becomes executive chairman", "P conserve la présidence du conseil d'administration",
 * "La présidence du conseil reste assurée par P", "X a confié sa direction générale à P". Successions tell the
 * outgoing head's new post this way, and the post is the company's own unless a body follows it ("de la filiale").
 * The company is the one named after the post, else a company pointed at or named inside the person's relative,
 * else the sentence's subject company before the person, else (`frame.leads.post-holder-topic`) the article's.
 */

/** Verbs of taking, keeping or holding a post, told of the person before them. */
const TAKES =
  /^(prend|prendra|prenait|reprend|reprendra|conserve|conservera|garde|gardera|devient|deviendra|deviendrait|reste|restera|demeure|assure|assurera|assumera|becomes|become|became|remains|remain|stays|stay|takes|take|took|keeps|keep|retains|retain|assumes|assume|assumed)$/;
/** Passive participles of a post held or handed ("est assurée par", "a été confiée à"). */
const HELD = /^(assurée|assumée|occupée|exercée|confiée|tenue|held|filled)$/;
/** Verbs of handing a post, active, the company their subject ("X a confié sa direction générale à P"). */
const HANDS = /^(confié|confie|confiera|confiait|entrusted|entrusts|handed|hands)$/;
/** Words between a verb of taking and the post ("become non-executive", "la présidence", "over as"). */
const FILLER =
  /^(la|le|l'|the|its|son|sa|leur|as|on|over|up|non-executive|non-exécutif|non-exécutive|executive|exécutif|exécutive|new|nouveau|nouvelle|désormais|now|also|aussi|également|alors)$/;
/** Words that may continue a post with its board ("président du conseil de surveillance", "chairman of the board"). */
const BOARD_WORD =
  /^(conseil|directoire|board|comité|surveillance|administration|d'administration|directors|exécutif|executive)$/;
const OF = /^(de|du|d'|des|of)$/;
/** Determiners between "de"/"of" and the company a post is of ("directrice générale de la X"). */
const ART = /^(la|le|l'|the)$/;
/** Possessives before the company's own board ("présidente de son directoire", "chairman of its board"). */
const OWN_BOARD_POSSESSIVE = /^(son|sa|its|leur|their)$/;
/** What ends a post: the clause or sentence goes on with something else. */
const POST_END =
  /^([,.;:!?»)"]|et|and|à|en|depuis|since|from|in|on|at|when|while|after|après|until|jusqu'|jusqu'à|dès|subject|pending|effective|with|avec|par|by|to|for|pour|lors|le|the)$/;
/** Most words of a post ("président du conseil de surveillance"). */
const MAX_POST_WORDS = 7;
/** Most units between a relative pronoun and the company it names as object ("qui a cofondé en 2003 X"). */
const MAX_RELATIVE_OBJECT_UNITS = 6;
/** Most units of the person's relative before the verb of taking ("qui la dirigeait depuis 1994 et"). */
const MAX_RELATIVE_UNITS = 16;
/** Units a relative's gap does not cross: another sentence part or another relative's antecedent. */
const RELATIVE_STOP = /^([;:.!?«»"()]|tandis|while|whereas|alors|but|mais)$/;
const RELATIVE = /^(qui|who)$/;
/**
 * Words of a company a merger will create ("la direction générale du nouvel ensemble", "chair of the combined
 * group"): the gold sets give the future heads of a company not yet formed no LEADS, and the partners' own posts are
 * told elsewhere.
 */
const MERGER_RESULT =
  /^(nouvel|nouvelle|fusionné|fusionnée|combined|merged|enlarged|agrandi|élargi|issu|issue)$/;

/** Words between a plain subject and its verb ("P, 71 ans, conserve", "P will"). */
const SUBJECT_GAP = /^(will|would|is|was|to|set|va|also|aussi|still|toujours|désormais|now|then|ensuite|,)$/;

interface PostReading {
  /** The person holding the post. */
  p: number;
  /** The company named after the post, or -1. */
  of: number;
  /** Where the reading starts. */
  start: number;
  /** The verb (or participle) the post hangs on. */
  verb: number;
}

/** The post's words from `k`: its end, the company after its "de/of", and whether it is a leader's own. */
export function readPost(units: Unit[], k: number): { of: number; ok: boolean } {
  const words: string[] = [];
  let j = k;
  for (; j < units.length && words.length < MAX_POST_WORDS; j++) {
    const w = wordAt(units, j);
    if (w === null) break;
    if (OF.test(w)) {
      // "du conseil de surveillance", "of the board": the post goes on with its board
      const det = wordAt(units, j + 1) ?? '';
      const next = ART.test(det) || OWN_BOARD_POSSESSIVE.test(det) ? j + 2 : j + 1;
      if (BOARD_WORD.test(wordAt(units, next) ?? '')) {
        words.push(w);
        continue;
      }
      break;
    }
    if (POST_END.test(w)) break;
    words.push(w);
  }
  if (words.length === 0 || !isLeaderTitle(words.join(' '))) return { of: -1, ok: false };
  if (!OF.test(wordAt(units, j) ?? '')) return { of: -1, ok: true };
  // "de la filiale", "of its Dutch arm": another body's post, unless a company is named there
  const at = ART.test(wordAt(units, j + 1) ?? '') ? j + 2 : j + 1;
  return isOrgAt(units, at) ? { of: at, ok: true } : { of: -1, ok: false };
}

/** Most units of an aside between a person and the verb ("P, chief executive of its insurance arm Y, would"). */
const MAX_ASIDE_UNITS = 12;

/**
 * "X said that P, chief executive of its insurance arm Y, would become group chief executive": the person before
 * the aside the comma at `close` ends, or -1 (a relative in it is read below, another person ends the search).
 */
function personBeforeAside(units: Unit[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= MAX_ASIDE_UNITS; j--) {
    const w = wordAt(units, j);
    if (w === ',') return isPersonAt(units, j - 1) && !isOblique(units, j - 1) ? j - 1 : -1;
    if (w === null ? isPersonAt(units, j) : RELATIVE_STOP.test(w) || RELATIVE.test(w)) return -1;
  }
  return -1;
}

/** The person whose verb of taking stands at `t`: a plain subject, or the antecedent of an aside or a relative. */
function holderBefore(units: Unit[], t: number): number {
  let k = t - 1;
  while (k >= 0 && SUBJECT_GAP.test(wordAt(units, k) ?? '') && wordAt(units, k) !== ',') k--;
  if (isPersonAt(units, k) && !isOblique(units, k)) return k;
  const apposed = wordAt(units, k) === ',' ? personBeforeAside(units, k) : -1;
  if (apposed >= 0) return apposed;
  // "P, qui la dirigeait depuis 1994 et prend …": back to the relative pronoun, no other person on the way
  for (let j = t - 1; j >= 0 && t - j <= MAX_RELATIVE_UNITS; j--) {
    const w = wordAt(units, j);
    if (w === null) {
      if (isPersonAt(units, j)) return -1;
      continue;
    }
    if (RELATIVE_STOP.test(w)) return -1;
    if (RELATIVE.test(w)) {
      const a = wordAt(units, j - 1) === ',' ? j - 2 : j - 1;
      return isPersonAt(units, a) ? a : -1;
    }
  }
  return -1;
}

function readings(units: Unit[]): PostReading[] {
  const out: PostReading[] = [];
  units.forEach((_, t) => {
    const w = wordAt(units, t) ?? '';
    let k = t + 1;
    if (TAKES.test(w)) {
      while (FILLER.test(wordAt(units, k) ?? '')) k++;
      const post = readPost(units, k);
      const p = post.ok ? holderBefore(units, t) : -1;
      if (p >= 0) out.push({ p, of: post.of, start: p, verb: t });
      return;
    }
    if (!HELD.test(w) && !HANDS.test(w)) return;
    // "la présidence du conseil reste assurée par P", "X a confié sa direction générale à P"
    const by = /^(par|by|à|to)$/.test(wordAt(units, k) ?? '') ? k : -1;
    if (by < 0 || !isPersonAt(units, by + 1)) return;
    let b = t - 1;
    while (
      b >= 0 &&
      /^(est|sera|reste|restera|demeure|a|avait|été|désormais|is|was|will|be|been|has|have)$/.test(
        wordAt(units, b) ?? '',
      )
    )
      b--;
    if (HANDS.test(w)) b = t;
    // the post before: back over its words to its determiner
    let s = b;
    while (s > 0 && b - s < MAX_POST_WORDS && !/^(la|le|l'|sa|son|the|its)$/.test(wordAt(units, s) ?? ''))
      s--;
    if (s === b || !/^(la|le|l'|sa|son|the|its)$/.test(wordAt(units, s) ?? '')) return;
    const post = readPost(units, s + 1);
    if (post.ok) out.push({ p: by + 1, of: post.of, start: s, verb: t });
  });
  return out;
}

/** The comma closing an aside right after the person at `p` and before the verb at `verb`, or -1. */
function asideEnd(units: Unit[], p: number, verb: number): number {
  if (wordAt(units, p + 1) !== ',') return -1;
  for (let j = p + 2; j < verb; j++) if (wordAt(units, j) === ',') return j;
  return -1;
}

/**
 * The company a post with no company after it is at: pointed at or named in the person's clause, or the subject
 * (the first company after a wire dateline). A company named in an aside on the person ("X said that P, chief
 * executive of its insurance arm Y, would become group chief executive") is P's old post, not the new one: the
 * subject comes first, the aside's company only when there is none.
 */
function companyOf(units: Unit[], r: PostReading): number {
  if (r.of >= 0) return r.of;
  const from = Math.min(r.p, r.verb);
  const to = Math.max(r.p, r.verb);
  const aside = r.p < r.verb ? asideEnd(units, r.p, r.verb) : -1;
  let inAside = -1;
  for (let j = from + 1; j < to; j++) {
    if (!isOrgAt(units, j) || isOblique(units, j)) continue;
    if (j >= aside) return j;
    if (inAside < 0) inAside = j;
  }
  // "CHICAGO, Nov 24 (Newsdesk Wire) - X said P would take over as chief executive": the agency in a wire
  // dateline is no subject; the subject is the first company after the dateline's dash
  const opening = afterDatedDateline(units);
  const first = units.findIndex((u, k) => k >= opening && u.kind === 'ent' && u.orgs);
  const subject =
    first >= 0 && first < from && !isOblique(units, first) && isOrgAt(units, first) ? first : -1;
  if (aside < 0) return subject;
  // "A …, tandis que P, présidente de Y, prendra la présidence": past an aside, the person's clause may be another
  // one than the subject's
  return subject >= 0 && !clauseBreakBetween(units, subject, from) ? subject : inAside;
}

/** A word opening another clause ("tandis que", "while", a semicolon) stands between units `a` and `b`. */
function clauseBreakBetween(units: Unit[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (RELATIVE_STOP.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/**
 * Marks a reading whose person holds a post at a company named in the aside on them, the new post being at the
 * subject company ("X said that P, chief executive of its insurance arm Y, would become group chief executive"): P
 * heads both, so a pattern's LEADS of P and Y in the same sentence does not rule this one out (sentence-facts.ts).
 * Also set by the career readers, whose person is tied to two companies by construction: "P left X in 2019 and now
 * runs Y" (leads-career-move.ts), "X co-founder P left in 2020 to start Y" (founders-left-to-found.ts).
 */
export const SECOND_POST = '#second-post';

/** The reading's company is the subject before the person, and the aside on the person names another company. */
function heldPostAside(units: Unit[], r: PostReading, org: number): boolean {
  if (org > r.p || r.p > r.verb) return false;
  const aside = asideEnd(units, r.p, r.verb);
  for (let j = r.p + 1; j < aside; j++) if (isOrgAt(units, j) && j !== org) return true;
  return false;
}

/** The company named as object of the person's relative after the post ("…par P, qui a cofondé X en 2003"). */
function relativeObjectAfter(units: Unit[], p: number): number {
  if (wordAt(units, p + 1) !== ',' || !RELATIVE.test(wordAt(units, p + 2) ?? '')) return -1;
  for (let j = p + 3; j < units.length && j - p <= MAX_RELATIVE_OBJECT_UNITS; j++) {
    if (units[j].kind === 'ent') return isOrgAt(units, j) && !isOblique(units, j) ? j : -1;
    if (RELATIVE_STOP.test(wordAt(units, j) ?? '') || wordAt(units, j) === ',') return -1;
  }
  return -1;
}

function read(units: Unit[], topic: boolean): Captures[] {
  const out: Captures[] = [];
  if (units.some((u) => MERGER_RESULT.test(u.kind === 'tok' ? u.token.lower : ''))) return out;
  // the article's company only when the sentence names none ("4Site's co-founder P will become chair" is no
  // post at the article's company)
  const named = units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor);
  for (const r of readings(units)) {
    let org = companyOf(units, r);
    if (org < 0 && r.start < r.p) org = relativeObjectAfter(units, r.p);
    if (topic !== org < 0 || (topic && named)) continue;
    const c: Captures = { p: idsAt(units, r.p), '#p': [r.p], [MATCH_START]: [r.start] };
    if (org >= 0 && heldPostAside(units, r, org)) c[SECOND_POST] = [];
    if (org >= 0) Object.assign(c, { org: idsAt(units, org), '#org': [org] });
    out.push(c);
  }
  return out;
}

/** For the rule screen (`Rule.neededWordPattern`): every reading stands on one of these verbs. */
const POST_VERB_WORD = new RegExp(`${TAKES.source}|${HELD.source}|${HANDS.source}`, 'u');

/** Level with the other frame readers, below every pattern rule. */
const CONFIDENCE = 0.65;

export const POST_HOLDER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.post-holder',
    type: 'LEADS',
    read: (units) => read(units, false),
    neededWordPattern: POST_VERB_WORD,
    source: 'p',
    target: 'org',
    confidence: CONFIDENCE,
  },
  {
    id: 'frame.leads.post-holder-topic',
    type: 'LEADS',
    read: (units) => read(units, true),
    neededWordPattern: POST_VERB_WORD,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: CONFIDENCE,
  },
];
