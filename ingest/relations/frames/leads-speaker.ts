import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle, STATE_OFFICE_TITLE } from '../people';
import { isOblique } from '../syntax';
import { standsAlone } from './clause';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';
import { FOUNDER_NOUN } from './founders-words';
import { namesCompanyOutsideAsides } from './leads-aside-names';
import { speaksForCountry } from './head-of-state-speaker';

/**
 * LEADS told by a speaker's attribution: "Y expects a fall in sales, chief executive P said", "Y does not favour the
 * rules, its governor, P, said". Wire copy names the company as the sentence's subject and its leader only in the
 * closing "said": the title belongs to the subject, as nothing else in the sentence is a company.
 */

/** Verbs of saying that close an attribution, both languages ("P said", "a déclaré P"). */
const SAY_VERB =
  /^(said|says|told|added|adds|stated|explained|noted|declared|commented|warned|déclare|ajoute|explique|indique|souligne|précise|estime)$/;
/** French auxiliaries' participles after "a" ("P a déclaré"). */
const SAID_FR = /^(déclaré|indiqué|expliqué|souligné|précisé|estimé|ajouté)$/;
/** Most title words before the speaker ("management board chairman", "its governor"). */
const MAX_TITLE_WORDS = 5;
const QUOTE = /^["«“”]$/;
/** Units of a wire dateline before its dash ("HANOVER, April 1 -"). */
const MAX_DATELINE_UNITS = 12;
const DASH = /^(-|--|—|–)$/;
/** A body named in the title that is not the subject company ("union president P said", "party chairman P"). */
const OTHER_BODY =
  /(^|\s)(union|unions|party|council|committee|association|federation|league|club|syndicat|parti|comité|fédération|ministry|ministère|central|centrale|reserve|federal|government|gouvernement)(\s|$)/;
/** Words that end a title phrase going back from the speaker. */
const TITLE_STOP = /^([,;:.!?()"«»]|said|says|that|que|of|de|du|at|chez|for|pour|with|avec|by|par|in|en)$/;

/** Unit `k` is a possessive pointing back at a company ("son", "its"): a word of the title, not a name. */
function pointerAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.anaphor && u.orgs;
}

/** True when the speaker at `p` closes the clause with a verb of saying (", P, said", "P said"). */
function saysAfter(units: Unit[], p: number): boolean {
  let k = p + 1;
  if (wordAt(units, k) === ',') k++;
  const w = wordAt(units, k) ?? '';
  if (w === 'a') return SAID_FR.test(wordAt(units, k + 1) ?? '');
  return SAY_VERB.test(w);
}

/** The lower-case title words right before the speaker ("chief executive", or "its governor" before ", P ,"). */
function titleBefore(units: Unit[], p: number): string | null {
  let k = p - 1;
  // "its governor, P, said": the title stands before an apposition's comma
  if (wordAt(units, k) === ',' && wordAt(units, p + 1) === ',') k--;
  const words: string[] = [];
  for (; k >= 0 && words.length < MAX_TITLE_WORDS; k--) {
    const w = pointerAt(units, k) ? 'its' : wordAt(units, k);
    // "CSR chief executive P said": the company named before the title is the one headed (any.leads.title-before)
    if (w === null && isOrgAt(units, k)) return null;
    if (w === null || TITLE_STOP.test(w)) break;
    words.unshift(w);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** The first unit after a wire dateline ("ALBANY, N.Y., March 3 -"), or 0 when the sentence has none. */
function afterDateline(units: Unit[]): number {
  for (let k = 1; k < units.length && k <= MAX_DATELINE_UNITS; k++)
    if (DASH.test(wordAt(units, k) ?? '')) return k + 1;
  return 0;
}

/** Verbs of saying that open an inverted attribution ("said chief executive P", "explique son fondateur, P"). */
const SAY_BEFORE =
  /^(said|says|added|adds|told|explained|noted|declared|commented|warned|déclare|déclaré|ajoute|ajouté|explique|expliqué|indique|indiqué|souligne|souligné|précise|précisé|estime|estimé|raconte|résume|confie)$/;
/** What may close an inverted attribution after the speaker's name. */
const ATTRIBUTION_END = /^(|[.,;:!?»"”])$/;

/** The title words between a verb of saying and the speaker at `p` ("explique son fondateur et PDG, P"), or null. */
function invertedTitle(units: Unit[], p: number): string | null {
  if (!ATTRIBUTION_END.test(wordAt(units, p + 1) ?? '') || isPersonAt(units, p + 1)) return null;
  let k = wordAt(units, p - 1) === ',' ? p - 2 : p - 1;
  const words: string[] = [];
  for (; k >= 0 && words.length < MAX_TITLE_WORDS; k--) {
    const w = pointerAt(units, k) ? 'its' : wordAt(units, k);
    if (w === null) return null;
    if (SAY_BEFORE.test(w)) return words.length > 0 ? words.join(' ') : null;
    if (TITLE_STOP.test(w)) return null;
    words.unshift(w);
  }
  return null;
}

/** The title of the speaker at `p` when a clause of saying attributes words to them, or null. */
export function speakerTitle(units: Unit[], p: number): string | null {
  if (!isPersonAt(units, p) || isOblique(units, p)) return null;
  const title = saysAfter(units, p) ? titleBefore(units, p) : invertedTitle(units, p);
  return title === null || OTHER_BODY.test(title) ? null : title;
}

/** A title that makes its holder a leader, or a founder, of the company the attribution is about. */
type TitleTest = (title: string) => boolean;

const LEADER: TitleTest = isLeaderTitle;
const FOUNDER: TitleTest = (title) => title.split(' ').some((w) => FOUNDER_NOUN.test(w));

/** The subject company: the sentence's first name after its dateline, standing alone, or -1. */
function subjectCompany(units: Unit[], before: number): number {
  const first = units.findIndex((u, k) => k >= afterDateline(units) && u.kind === 'ent');
  if (first < 0 || first >= before || !isOrgAt(units, first) || !standsAlone(units, first)) return -1;
  // a sentence opening on a quote names in it what the speaker talks about, not the speaker's company
  if (units.slice(0, first).some((u) => u.kind === 'tok' && QUOTE.test(u.token.text))) return -1;
  return first;
}

/** "Y expects …, chief executive P said": the titled speaker heads (or founded) the sentence's subject. */
function speakerOfSubject(test: TitleTest) {
  return (units: Unit[]): Captures[] => {
    const out: Captures[] = [];
    units.forEach((_, p) => {
      const title = speakerTitle(units, p);
      if (title === null || !test(title)) return;
      const org = subjectCompany(units, p);
      // another company between the subject and the speaker may be the one the title belongs to
      const others = units.some(
        (u, k) => k > org && k < p && u.kind === 'ent' && u.orgs && !tickerAfter(units, org, k),
      );
      if (org >= 0 && !others) out.push(captures(idsAt(units, p), p, idsAt(units, org), org, org));
    });
    return out;
  };
}

/** The name at `k` is the bracketed ticker right after the company at `org` ("Y <YY.F>", "Y (NYSE: YY)"). */
function tickerAfter(units: Unit[], org: number, k: number): boolean {
  if (k === org + 2) return /^(<|\()$/.test(wordAt(units, org + 1) ?? '');
  if (k === org + 3) return wordAt(units, org + 1) === '(' && /^[a-z]+$/.test(wordAt(units, org + 2) ?? '');
  return false;
}

/** Words bringing the outlet a speaker talks to ("told Reuters", "a confié au Monde", "a déclaré à l'AFP"). */
const TOLD = /^(told)$/;
const TO_OUTLET = /^(à|au|aux)$/;
const SAID_TO_FR = /^(déclaré|indiqué|expliqué|précisé|confié|raconté|assuré|affirmé)$/;

/** The name at `k` is the outlet the speaker talks to, not a company the title could be of. */
function outletAt(units: Unit[], k: number): boolean {
  const before = wordAt(units, k - 1) ?? '';
  // "told Reuters", "told the Financial Times"
  if (TOLD.test(before) || (before === 'the' && TOLD.test(wordAt(units, k - 2) ?? ''))) return true;
  const article = /^(l'|la|le)$/.test(before) ? 1 : 0;
  return (
    TO_OUTLET.test(wordAt(units, k - 1 - article) ?? '') &&
    SAID_TO_FR.test(wordAt(units, k - 2 - article) ?? '')
  );
}

/** "chairman P said" in a sentence naming no company: the article's company (its anaphora decide which). */
function speakerOfTopic(test: TitleTest) {
  return (units: Unit[]): Captures[] => {
    if (namesCompanyOutsideAsides(units, (k) => outletAt(units, k))) return [];
    const out: Captures[] = [];
    units.forEach((_, p) => {
      const title = speakerTitle(units, p);
      // a pointer in the title ("son fondateur", "its chairman") says whose it is: speakerOfPointer reads it
      if (title === null || !test(title) || STATE_OFFICE_TITLE.test(title) || pointerInTitle(units, p) >= 0)
        return;
      // "President Jaime Lusinchi said Venezuela would …": a head of state (head-of-state-speaker.ts)
      if (speaksForCountry(units, title)) return;
      out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
    });
    return out;
  };
}

/** Most units searched back from the speaker for a pointer in the title ("explique son fondateur et PDG, P"). */
const MAX_POINTER_SCAN_UNITS = MAX_TITLE_WORDS + 2;

/** The pointer standing in the title right before the speaker at `p`, or -1. */
function pointerInTitle(units: Unit[], p: number): number {
  for (let k = p - 1; k >= 0 && p - k <= MAX_POINTER_SCAN_UNITS; k--) {
    if (pointerAt(units, k)) return k;
    const w = wordAt(units, k);
    if (w === null || SAY_BEFORE.test(w) || (TITLE_STOP.test(w) && w !== ',')) return -1;
  }
  return -1;
}

/** "explique son fondateur et PDG, P", "its governor, P, said": the company the pointer stands for. */
function speakerOfPointer(test: TitleTest) {
  return (units: Unit[]): Captures[] => {
    const out: Captures[] = [];
    units.forEach((_, p) => {
      const title = speakerTitle(units, p);
      const pointer = title !== null && test(title) ? pointerInTitle(units, p) : -1;
      if (pointer >= 0) out.push(captures(idsAt(units, p), p, idsAt(units, pointer), pointer, pointer));
    });
    return out;
  };
}

export const readSpeakerLeadsSubject = speakerOfSubject(LEADER);
export const readSpeakerLeadsTopic = speakerOfTopic(LEADER);
export const readSpeakerFoundedSubject = speakerOfSubject(FOUNDER);
export const readSpeakerFoundedTopic = speakerOfTopic(FOUNDER);
export const readSpeakerLeadsPointer = speakerOfPointer(LEADER);
export const readSpeakerFoundedPointer = speakerOfPointer(FOUNDER);
