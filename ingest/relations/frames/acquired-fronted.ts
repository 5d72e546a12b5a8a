import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { describedMembers } from './acquired-after-list';
import { nounTrigger, verbTrigger } from './acquired-triggers';
import type { Trigger } from './acquired-triggers';
import { DEAL_READER_CONFIDENCE, isOrgAt, isStrongStop, wordAt } from './clause';
import { objectAfter } from './clause-object';
import { dealCaptures } from './deal-captures';

/**
 * A deal told in a fronted phrase whose buyer is the main clause's subject: "Avec le rachat de Y, X devient …",
 * "En rachetant Y, X double …", "Following its acquisition of Y, X became …", "By acquiring Y, X …", and (day
 * thirty) "Après le rachat de Y en 2023, X a …", as English "After its purchase of Y, X …" already was. Day
 * thirty-one: a series told with a plural noun, "Après les rachats de A en 2022 et de B en 2024, le groupe …",
 * "Following the acquisitions of A in 2021 and B in 2023, the group …": each member is one purchase by the subject.
 */

/** Words opening a fronted phrase of means or sequence. */
const OPENERS: Record<Language, RegExp> = {
  fr: /^(avec|grâce|par|en|suite|depuis|après)$/,
  en: /^(with|following|through|by|after|since)$/,
};
/** Words between the opener and the deal word: determiners, possessives, "à" of "grâce à", "of" of "as part of". */
const LEAD_WORDS = /^(le|la|l'|son|sa|ce|cette|à|au|its|the|this|their|leur|recent|récent|récente)$/;
/** Most such words. */
const MAX_LEAD_UNITS = 3;
/** Units after the company bought within which the phrase must close with its comma. */
const MAX_TAIL_UNITS = 8;
/** A French gerund needs "en" before it ("en rachetant"); an English one stands alone ("By acquiring"). */
const GERUND: Record<Language, RegExp> = {
  fr: /ant$/,
  en: /ing$/,
};

/** The deal trigger of the fronted phrase opened at unit 0, or null. */
function frontedTrigger(units: Unit[], lang: Language): Trigger | null {
  if (!OPENERS[lang].test(wordAt(units, 0))) return null;
  for (let k = 1; k <= MAX_LEAD_UNITS + 1 && k < units.length; k++) {
    const noun = nounTrigger(units, k, lang);
    if (noun) return noun;
    const verb = verbTrigger(units, k, lang);
    if (verb) return GERUND[lang].test(wordAt(units, k)) ? verb : null;
    if (!LEAD_WORDS.test(wordAt(units, k))) return null;
  }
  return null;
}

/** Plural deal nouns that open a fronted series of purchases. */
const SERIES_NOUNS = /^(rachats|acquisitions|reprises|purchases|takeovers|buyouts)$/;
/** Words between the opener and the plural noun ("les", "ses", "its recent", "the successive"). */
const SERIES_LEAD_WORDS =
  /^(les|ses|leurs|the|its|their|recent|récents|récentes|successive|successives|successifs)$/;
/** The complement's preposition that opens the series' list. */
const SERIES_OF = /^(of|de|du|d'|des)$/;

/** The word that brings in a list's last member. */
const LAST_JOIN = /^(et|and)$/;

/**
 * The members up to the one brought in by "et/and": the list ends there, and a name after the next comma is the
 * main clause's subject ("… et de B en 2024, le groupe poursuit"), not one more purchase.
 */
function closedList(units: Unit[], members: number[]): number[] {
  for (let i = 1; i < members.length; i++) {
    for (let k = members[i - 1] + 1; k < members[i]; k++)
      if (LAST_JOIN.test(wordAt(units, k))) return members.slice(0, i + 1);
  }
  return members.slice(0, 1);
}

/** The companies of a fronted series of purchases opened at unit 0 ("Après les rachats de A et de B"), in order. */
function frontedSeries(units: Unit[], lang: Language): number[] {
  if (!OPENERS[lang].test(wordAt(units, 0))) return [];
  for (let k = 1; k <= MAX_LEAD_UNITS + 1 && k < units.length; k++) {
    if (SERIES_NOUNS.test(wordAt(units, k)))
      return SERIES_OF.test(wordAt(units, k + 1))
        ? closedList(units, describedMembers(units, k + 1, true))
        : [];
    if (!SERIES_LEAD_WORDS.test(wordAt(units, k))) return [];
  }
  return [];
}

/** The comma closing the phrase after the company bought at `bought`, or -1 when an agent or a stop comes first. */
function closingComma(units: Unit[], bought: number): number {
  for (let k = bought + 1; k < units.length && k - bought <= MAX_TAIL_UNITS; k++) {
    const w = wordAt(units, k);
    // "le rachat de Y par Z": Z buys, not the main subject
    if (w === 'par' || w === 'by' || isStrongStop(units, k)) return -1;
    if (w === ',') return k;
    if (units[k].kind === 'ent') return -1;
  }
  return -1;
}

/** Verbs after the main subject that make it a judge or a reporter of the deal, not its buyer. */
const JUDGING_VERBS =
  /^(upgraded|downgraded|rated|approved|cleared|blocked|said|says|noted|warned|valide|validé|autorise|autorisé|approuve|approuvé|bloque|bloqué|salue|salué|dégrade|dégradé|relève|relevé)$/;

/** The main clause's subject after the phrase ending with the company bought at `last`, or -1. */
function buyerAfterPhrase(units: Unit[], last: number): number {
  const comma = closingComma(units, last);
  const buyer = comma + 1;
  // the subject right after the comma; "X's shares" or "X, Z …" name no buyer
  if (comma < 0 || !isOrgAt(units, buyer) || /^('s|'|,)$/.test(wordAt(units, buyer + 1))) return -1;
  // past a French auxiliary ("X a validé")
  const verb = wordAt(units, buyer + 1) === 'a' ? buyer + 2 : buyer + 1;
  return JUDGING_VERBS.test(wordAt(units, verb)) ? -1 : buyer;
}

function readFronted(units: Unit[], lang: Language): Captures[] {
  const series = frontedSeries(units, lang);
  if (series.length > 0) {
    const buyer = buyerAfterPhrase(units, series[series.length - 1]);
    if (buyer < 0) return [];
    const out: Captures[] = [];
    for (const bought of series) {
      const c = dealCaptures(units, buyer, bought, 0);
      if (c) out.push(c);
    }
    return out;
  }
  const t = frontedTrigger(units, lang);
  if (!t) return [];
  const bought = objectAfter(units, t.end, {
    crossing: t.objectAfterDe || !GERUND[lang].test(wordAt(units, t.at)) ? /^(of|de|du|d'|des)$/ : undefined,
  });
  if (bought < 0) return [];
  const buyer = buyerAfterPhrase(units, bought);
  const captures = buyer >= 0 ? dealCaptures(units, buyer, bought, 0) : null;
  return captures ? [captures] : [];
}

/** ACQUIRED told in a fronted phrase of the main clause's subject (both languages). */
export const ACQUIRED_FRONTED_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-fronted',
    type: 'ACQUIRED',
    read: readFronted,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
