import type { DateMention } from './date-mentions';
import { findDateMentions } from './date-mentions';
import { findDate } from './dates';
import { ownerPurchaseRelativeStart } from './owner-purchase-relative';

/**
 * The date of one deal of a sentence: the date nearest to the deal's words, not the sentence's first ("fondée en
 * 2004 … contrôlée depuis 2020 par F" gives F's deal 2020). A date that another clause holds, or that tells when
 * a party was founded, or that follows another company's name in a series, yields to one in the deal's own clause.
 */

/** Offsets of the deal's words within the sentence (from its first party to its last). */
export interface DealAnchor {
  start: number;
  end: number;
}

/** Characters a date may stand apart from the deal before another clause's date is as near (one clause). */
const OTHER_CLAUSE_PENALTY_CHARS = 1000;
/** Characters before a date searched for a founding verb ("fondée en 2004", "founded in 2008 by"). */
const FOUNDING_LOOKBACK_CHARS = 25;
const FOUNDED_BEFORE =
  /(?<![\p{L}])(?:fond[ée]e?s?|cr[ée]{2}e?s?|founded|established|set up|formed|incorporated|launched|lancée?s?|née?s?|born)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** What opens another clause: past it the sentence tells another fact. */
const CLAUSE_BREAK =
  /\s(?:and|et|while|tandis|whereas|but|mais|puis|after|avant|before|après)\s|;|,\s(?:which|qui|dont|when|lorsque|quand)\s/iu;

function distance(m: DateMention, anchor: DealAnchor): number {
  if (m.start >= anchor.end) return m.start - anchor.end;
  if (m.end <= anchor.start) return anchor.end - m.end;
  // inside the deal's words: the nearer to its last party (the target, after the verb), the more its own
  return anchor.end - m.end;
}

/** A company named in the sentence (offsets within it), and whether it is a party of the deal being dated. */
export interface PlacedName {
  start: number;
  end: number;
  party: boolean;
}

/** What may stand between a name and a date told of that name's deal: " en ", ", in " (no "and", no verb). */
const DATE_AFTER_NAME = /^[\s,]*(?:(?:en|in)\s+)?$/u;

/**
 * A date inside the deal's words told right after another company's name: that company's deal in a series ("Après
 * les rachats de A en 2022 et de B en 2024, le groupe …" dates the purchase of A 2022, not 2024, the date nearest
 * the buyer named last).
 */
function datesOtherName(
  sentence: string,
  m: DateMention,
  anchor: DealAnchor,
  names: readonly PlacedName[],
): boolean {
  if (m.start <= anchor.start || m.end >= anchor.end) return false;
  let nearest: PlacedName | null = null;
  for (const n of names) {
    if (n.end <= m.start && (nearest === null || n.end > nearest.end)) nearest = n;
  }
  return nearest !== null && !nearest.party && DATE_AFTER_NAME.test(sentence.slice(nearest.end, m.start));
}

function otherClause(sentence: string, m: DateMention, anchor: DealAnchor): boolean {
  const between =
    m.start >= anchor.end
      ? sentence.slice(anchor.end, m.start)
      : m.end <= anchor.start
        ? sentence.slice(m.end, anchor.start)
        : '';
  return CLAUSE_BREAK.test(between);
}

/** Characters after a founding date searched for the merger that made the company ("formed in 2004 through the merger"). */
const MERGER_LOOKAHEAD_CHARS = 30;
/** A company born of a merger: its founding year is the merger's date ("née en 1987 du rapprochement de A et B"). */
const BY_MERGER_AFTER =
  /^\s*(?:,\s*)?(?:by|through|from|via|in|de|du|par|à\s+la\s+suite\s+de)\s+(?:the|a|an|la|une|l['’])?\s*(?:[\p{Ll}-]+\s+)?(?:merger|combination|fusion|rapprochement)(?![\p{L}])/iu;

/** "Founded by brothers Rafael and Diego Moreno in 2018": the founders named between the verb and the date. */
const FOUNDED_BY_BEFORE =
  /(?<![\p{L}])(?:fond[ée]e?s?|cr[ée]{2}e?s?|founded|established|set\s+up|started)\s+(?:by|par)\s+(?:[\p{L}'’.-]+\s+){1,6}(?:(?:in|en)\s+)?$/iu;
/** Characters before a date searched for the founders' names and another event's words. */
const EVENT_LOOKBACK_CHARS = 80;

function foundingYear(sentence: string, m: DateMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - EVENT_LOOKBACK_CHARS), m.start);
  if (!FOUNDED_BEFORE.test(before.slice(-FOUNDING_LOOKBACK_CHARS)) && !FOUNDED_BY_BEFORE.test(before))
    return false;
  return !BY_MERGER_AFTER.test(sentence.slice(m.end, m.end + MERGER_LOOKAHEAD_CHARS));
}

/**
 * A date of another event of a party, told in passing: its renaming ("until it rebranded last year"), its
 * insolvency ("placé en redressement judiciaire en janvier", "en redressement judiciaire depuis mars", "filed
 * for bankruptcy in May"). The deal then has no date of its own in the sentence.
 */
const OTHER_EVENT_BEFORE =
  /(?<![\p{L}])(?:rebranded|renamed|rebaptis[ée]e?s?|renommée?s?|redressement\s+judiciaire|liquidation\s+judiciaire|procédure\s+de\s+sauvegarde|receivership|bankruptcy|chapter\s+11)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

function otherEventDate(sentence: string, m: DateMention): boolean {
  return OTHER_EVENT_BEFORE.test(sentence.slice(Math.max(0, m.start - EVENT_LOOKBACK_CHARS), m.start));
}

/**
 * "the acquisition of Y, announced in May, closed on Friday", "a finalisé jeudi l'acquisition de Y, annoncée en
 * janvier": when the sentence gives another date, the announcement told in an aside is not the deal's date (the
 * closing is); "X a annoncé lundi avoir pris …" is the news itself.
 */
const ANNOUNCED_BEFORE =
  /,\s*(?:(?:first|initially|previously|d['’]abord)\s+)?(?:announced|annoncée?s?|unveiled|dévoilée?s?)\s+(?:[\p{L}'’-]+\s+){0,1}$/iu;

function announcementDate(sentence: string, m: DateMention): boolean {
  return ANNOUNCED_BEFORE.test(sentence.slice(Math.max(0, m.start - FOUNDING_LOOKBACK_CHARS), m.start));
}

/**
 * The deal's date in `sentence`; without an anchor the sentence's first date (findDate). With none in the
 * sentence, `fallback` (the caller's default, e.g. the publication month for news of the day).
 */
export function dealDate(
  sentence: string,
  published: string | null,
  anchor: DealAnchor | null,
  fallback: string | null = null,
  names: readonly PlacedName[] = [],
): string | null {
  if (!anchor) {
    // with no anchor the first date is the deal's, unless every date tells a founding or another event
    const dated = findDateMentions(sentence, published);
    if (dated.length > 0 && dated.every((m) => foundingYear(sentence, m) || otherEventDate(sentence, m)))
      return fallback;
    return findDate(sentence, published) ?? fallback;
  }
  const all = findDateMentions(sentence, published);
  if (all.length === 0) return fallback;
  const events = all.filter((m) => !otherEventDate(sentence, m));
  if (events.length === 0) return fallback;
  const closing = events.filter((m) => !announcementDate(sentence, m));
  const mentions = closing.length > 0 ? closing : events;
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const m of mentions) {
    if (foundingYear(sentence, m)) continue;
    // an owner's earlier purchase told in a relative inside the deal's words ("sell Y, which it bought in 2021,
    // to Z") is another deal: the frames read it on its own (told-status.ts dates it)
    if (m.end <= anchor.end && ownerPurchaseRelativeStart(sentence, m.start) > anchor.start) continue;
    const elsewhere = otherClause(sentence, m, anchor) || datesOtherName(sentence, m, anchor, names);
    const score = distance(m, anchor) + (elsewhere ? OTHER_CLAUSE_PENALTY_CHARS : 0);
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ? best.date : fallback;
}

/** The publication date at month precision ("2026-02-17" → "2026-02"); the deal is news of that month. */
export function publicationMonth(published: string | null): string | null {
  const m = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

/**
 * Words that tell a deal as history rather than the news of the day: a pluperfect ("avait levé", "had bought"),
 * a former round ("previous round", "précédent tour"), a held stake ("backed by", "détient", "depuis"), a portfolio
 * ("counts A among its portfolio companies", "compte dans son portefeuille A": held, not bought that day).
 */
const EARLIER_DEAL_CUE =
  /(?<![\p{L}])(?:had|avait|avaient|previous(?:ly)?|earlier|former(?:ly)?|already|déjà|auparavant|précédent\p{L}*|ancien\p{L}*|once|since|depuis|backed by|soutenu\p{L}* par|détient|détenait|holds|owns|owned|contrôl[ée]+\p{L}* (?:depuis|par)|after|après|first|premier|(?:among|in)\s+(?:its|their)\s+(?:portfolio|investments|holdings)|(?:dans|parmi)\s+(?:son|ses|leur|leurs)\s+(?:portefeuille|participations)|portfolio\s+(?:companies\s+)?(?:also\s+|now\s+|already\s+)?includes?)(?![\p{L}])/iu;

/**
 * Reported speech shifts the news back a tense: "X said on Monday it had agreed to buy Y", "a déclaré qu'il avait
 * signé" tell the day's news, so that "had/avait" is no history cue (any other cue still is).
 */
const REPORTED_BACKSHIFT =
  /(?<![\p{L}])((?:said|says|announced|disclosed|confirmed|added|told\s+\p{L}+|a\s+(?:annoncé|indiqué|précisé|déclaré)|annonce|indique)(?:\s+(?:on|late|early|last)\s+\p{L}+)?(?:\s+(?:that|qu['’]))?\s*(?:it|they|he|she|the\s+\p{Ll}+|il|elle|ils|elles)\s+)(?:had|avait|avaient)(?![\p{L}])/giu;

export function toldAsEarlier(sentence: string): boolean {
  return EARLIER_DEAL_CUE.test(sentence.replace(REPORTED_BACKSHIFT, '$1'));
}

/** Days before publication a day the story names may lie and still be the news's own day ("said on Monday"). */
export const NEWS_DAY_MAX_DAYS_BEFORE = 14;
const MS_PER_DAY = 86_400_000;

/**
 * The day the story's news happened, when one of its sentences names a day shortly before publication ("said on
 * Monday", "selon un communiqué publié mardi", "closed on May 19"): the first such day in text order. A deal of the
 * day whose own sentence gives no date takes it.
 */
export function storyNewsDay(sentences: readonly string[], published: string | null): string | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? Date.parse(published.slice(0, 10)) : NaN;
  if (Number.isNaN(pub)) return null;
  for (const sentence of sentences) {
    for (const m of findDateMentions(sentence, published)) {
      if (m.date.length !== 10) continue;
      const days = (pub - Date.parse(m.date)) / MS_PER_DAY;
      if (days >= 0 && days <= NEWS_DAY_MAX_DAYS_BEFORE) return m.date;
    }
  }
  return null;
}
