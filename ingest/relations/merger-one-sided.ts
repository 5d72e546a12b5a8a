import type { ExtractedRelation } from '../types';
import { wholeNameEnds } from './whole-name-ends';

/**
 * Wire copy calls most takeovers a "merger" ("Caremark shareholders will vote … to approve the previously announced
 * merger with Baxter", "BP has completed its merger with Standard Oil, raising its holding to 100 pct"). The story
 * then marks one side as the one that disappears: only its holders vote on the deal, its shares are exchanged for
 * the other's stock, or the other lifts its holding in it to the whole. A merger of equals (GOLD-FORMAT's
 * MERGED_WITH) has no such side. Read from those marks, the merger becomes ACQUIRED other → marked side, with the
 * merger's sentence, status and date. Both languages ("les actionnaires de A voteront la fusion avec B", "chaque
 * action A sera échangée contre des actions B", "portant sa participation à 100 %").
 */

/** Words for a company's holders. */
const HOLDER_WORD = /\b(?:shareholders|stockholders|shareowners|holders|actionnaires)\b/giu;
/** A holders' decision on the deal somewhere in the sentence. */
const VOTE_WORD =
  /\b(?:approv\w*|vot(?:e|es|ed|ing)|ratif\w*|meeting|meetng|approuv\w*|vot\w*|assemblée)\b/iu;
/** Holders of both sides ("shareholders of both companies", "les actionnaires des deux groupes"): no side marked. */
const BOTH_SIDES =
  /\b(?:both|the\s+two|each\s+company'?s?|deux|respective|respectifs)\b[^.;]{0,30}\b(?:shareholders|stockholders|holders|actionnaires)|\b(?:shareholders|stockholders|holders|actionnaires)\s+(?:of|des)\s+(?:both|the\s+two|deux)\b/iu;
/** What may stand between a company's name and its holders ("Caremark's shareholders", "Caremark common holders"). */
const NAME_TO_HOLDERS = /^(?:'s|’s|')?\s*(?:common\s+|preferred\s+)?$/u;
/** Holders that belong to the sentence's subject ("its shareholders", "a special shareholders meeting"). */
const SUBJECT_HOLDERS = /\b(?:its|their|a|the|sa|ses|leurs?)\s+(?:special\s+|own\s+|propres\s+)?$/iu;
/** "shareholders of X" / "actionnaires de X": the name right after. */
const HOLDERS_OF = /^\s+(?:of|de|du|d'|d’)\s*(?:the\s+|la\s+|l'|l’)?$/u;
/** What joins two names into one pair of holders' owners. */
const JOIN = /^\s*(?:,|and|et|&)\s*$/iu;
/** Chars read back before a holders' word for a subject's possessive ("its special"). */
const SUBJECT_LOOKBACK_CHARS = 20;
/** Chars read back before a holders' word for its owner's name. */
const MAX_NAME_GAP_CHARS = 12;

/** A whole sentence with its line breaks and runs of spaces made single spaces, as the marks are read. */
const squeeze = (s: string): string => s.replace(/\s+/gu, ' ');

/** Start offsets of every whole occurrence of any surface of a party. */
function starts(text: string, surfaces: readonly string[]): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  for (const s of surfaces) for (const end of wholeNameEnds(text, s)) out.push({ at: end - s.length, end });
  return out;
}

/** Which side (0 or 1) the holders' word at `at` belongs to, or -1. */
function holdersOwner(text: string, at: number, len: number, sides: { at: number; end: number }[][]): number {
  const owners = new Set<number>();
  const owning: { side: number; o: { at: number; end: number } }[] = [];
  sides.forEach((occ, side) => {
    for (const o of occ) {
      const before =
        o.end <= at && at - o.end <= MAX_NAME_GAP_CHARS && NAME_TO_HOLDERS.test(text.slice(o.end, at));
      const after = o.at >= at + len && HOLDERS_OF.test(text.slice(at + len, o.at));
      if (before || after) owning.push({ side, o });
    }
  });
  for (const { side } of owning) owners.add(side);
  // "Shareholders of A and B", "A and B shareholders": the holders of a joined pair are both sides'
  const joined = (a: { end: number }, b: { at: number }) =>
    b.at > a.end && JOIN.test(text.slice(a.end, b.at));
  for (const { side, o } of owning)
    for (const p of sides[1 - side]) if (joined(o, p) || joined(p, o)) owners.add(1 - side);
  if (owners.size === 0 && SUBJECT_HOLDERS.test(text.slice(Math.max(0, at - SUBJECT_LOOKBACK_CHARS), at))) {
    // the subject is the side named first in the sentence, before the holders
    const first = sides.map((occ) => Math.min(...occ.map((o) => o.at), Infinity));
    const side = first[0] < first[1] ? 0 : first[1] < first[0] ? 1 : -1;
    if (side >= 0 && first[side] < at) owners.add(side);
  }
  return owners.size === 1 ? [...owners][0] : -1;
}

/** The side whose holders vote on the deal in `text`, or -1 (none, or both). */
function votingSide(text: string, sides: { at: number; end: number }[][]): number {
  if (!VOTE_WORD.test(text) || BOTH_SIDES.test(text)) return -1;
  const found = new Set<number>();
  for (const m of text.matchAll(HOLDER_WORD)) {
    const side = holdersOwner(text, m.index, m[0].length, sides);
    if (side >= 0) found.add(side);
  }
  return found.size === 1 ? [...found][0] : -1;
}

/** An exchange of one side's shares for the other's stock. */
const EXCHANGE_WORD =
  /(?<![\p{L}])(?:exchanged|converted|échangée?s?|converties?)\s+(?:for|into|contre|en)\b/iu;
/** Most chars from a side's name to the exchange verb, and from the verb to the other side's name. */
const MAX_EXCHANGE_SPAN_CHARS = 120;

/** The side whose shares the text exchanges for the other's (it disappears), or -1. */
function exchangedSide(text: string, sides: { at: number; end: number }[][]): number {
  const m = EXCHANGE_WORD.exec(text);
  if (!m) return -1;
  const before = (side: number) =>
    sides[side].some((o) => o.end <= m.index && m.index - o.end <= MAX_EXCHANGE_SPAN_CHARS);
  const after = (side: number) =>
    sides[side].some((o) => o.at >= m.index && o.at - m.index <= MAX_EXCHANGE_SPAN_CHARS);
  if (before(0) && after(1) && !after(0)) return 0;
  if (before(1) && after(0) && !after(1)) return 1;
  return -1;
}

/** A holding lifted to the whole: "raising its holding to 100 pct", "portant sa participation à 100 %". */
const WHOLE_HOLDING =
  /\b(?:rais\w*|increas\w*|lift\w*|boost\w*|bring\w*|porta\w*|port\w*)\s+(?:its|their|sa|leur)\s+(?:holding|stake|interest|ownership|participation)\s+(?:(?:in|dans)\s+[^,;]{1,40}?\s+)?(?:to|à)\s+100\s*(?:pct|percent|per\s+cent|%)/iu;

/** The side that lifts its holding to the whole in `text` (the subject: named first), or -1. */
function wholeHolderSide(text: string, sides: { at: number; end: number }[][]): number {
  const m = WHOLE_HOLDING.exec(text);
  if (!m) return -1;
  const first = sides.map((occ) => Math.min(...occ.filter((o) => o.at < m.index).map((o) => o.at), Infinity));
  if (first[0] === first[1]) return -1;
  return first[0] < first[1] ? 0 : 1;
}

/** The side said to survive the merger ("Magellan said it will be the surviving corporation"): the buyer. */
const SURVIVOR =
  /\b(?:will|would|is\s+to)\s+(?:be|remain)\s+the\s+surviving\s+(?:corporation|company|entity|bank|concern)\b|\b(?:sera|serait|restera)\s+la\s+société\s+(?:absorbante|survivante)\b/iu;

/** The side a sentence names as the merger's survivor (the nearest side named before the cue), or -1. */
function survivorSide(text: string, sides: { at: number; end: number }[][]): number {
  const m = SURVIVOR.exec(text);
  if (!m) return -1;
  const last = sides.map((occ) => Math.max(...occ.filter((o) => o.end <= m.index).map((o) => o.end), -1));
  if (last[0] === last[1]) return -1;
  return last[0] > last[1] ? 0 : 1;
}

/** Confidence of a takeover read from a merger's one-sided marks: the merger reading's own, a little less sure. */
const ONE_SIDED_FACTOR = 0.9;

/**
 * Each merger one of whose sides the story marks (above) becomes the other's takeover of it; `surfacesOf` gives
 * every surface of a party, `sentences` the article's sentences (the exchange of shares is often told after the
 * merger's own sentence). Conflicting marks keep the merger; a pair already read as a takeover keeps that reading.
 */
export function withOneSidedMergersAsTakeovers(
  relations: ExtractedRelation[],
  surfacesOf: (name: string) => readonly string[],
  sentences: readonly string[],
): ExtractedRelation[] {
  if (!relations.some((r) => r.type === 'MERGED_WITH')) return relations;
  const taken = new Set(
    relations.filter((r) => r.type === 'ACQUIRED').map((r) => `${r.source}\u0000${r.target}`),
  );
  const exchangeTexts = sentences.filter((s) => EXCHANGE_WORD.test(s)).map(squeeze);
  const survivorTexts = sentences.filter((s) => SURVIVOR.test(s)).map(squeeze);
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    if (r.type !== 'MERGED_WITH') {
      out.push(r);
      continue;
    }
    const names = [r.source, r.target];
    const surfaces = names.map((n) => [n, ...surfacesOf(n)]);
    const text = squeeze(r.evidence.sentence);
    const sidesIn = (t: string) => surfaces.map((s) => starts(t, s));
    const here = sidesIn(text);
    // each mark names the side that disappears (or, for a whole holding, the buyer's other side)
    const marks = new Set<number>();
    const voting = votingSide(text, here);
    if (voting >= 0) marks.add(voting);
    const holder = wholeHolderSide(text, here);
    if (holder >= 0) marks.add(1 - holder);
    for (const t of exchangeTexts) {
      const side = exchangedSide(t, sidesIn(t));
      if (side >= 0) marks.add(side);
    }
    for (const t of survivorTexts) {
      const side = survivorSide(t, sidesIn(t));
      if (side >= 0) marks.add(1 - side);
    }
    if (marks.size !== 1) {
      out.push(r);
      continue;
    }
    const bought = [...marks][0];
    const [buyer, target] = [names[1 - bought], names[bought]];
    if (taken.has(`${buyer}\u0000${target}`)) continue;
    taken.add(`${buyer}\u0000${target}`);
    out.push({
      ...r,
      type: 'ACQUIRED',
      source: buyer,
      target,
      seller: null,
      rule: r.rule.replace(/\.merged\..*$/u, '.acquired.merger-one-sided'),
      confidence: Math.round(r.confidence * ONE_SIDED_FACTOR * 1000) / 1000,
    });
  }
  return out;
}
