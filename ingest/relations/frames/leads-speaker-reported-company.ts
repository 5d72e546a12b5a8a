import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isLeaderTitle, STATE_OFFICE_TITLE } from '../people';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';
import { speakerTitle } from './leads-speaker';
import { SPEAKER_LEADER_WORDS } from './leads-speaker-quoted';

/**
 * "Chief Executive P told Reuters last month that Y expected a third of its revenue to come from Europe", "La
 * directrice générale P a indiqué à Reuters que Y comptait doubler ses capacités": a speaker whose bare title names
 * no company, reporting what the company that opens the reported clause plans for itself (a possessive back to it
 * in the same clause), speaks for that company. The topic readers would give the title to the article's company,
 * which a paragraph about a rival or a partner has left. A company the clause only talks about ("said Y would give
 * the group a foothold") has no possessive of its own and is not read.
 */

/** Verbs of saying right after the speaker ("P told", "P said", "P a indiqué", "P explique"). */
const SAY_VERB = /^(told|said|says|added|explained|indique|explique|précise|affirme|assure|ajoute)$/;
/** French compound past of saying after "a". */
const SAID_FR = /^(déclaré|indiqué|expliqué|précisé|affirmé|assuré|confié|ajouté)$/;
/** The complementizer opening the reported clause. */
const THAT = /^(that|que|qu')$/;
/** Words that may stand between the verb and "that": the outlet's preposition, a time phrase, "adding". */
const GAP_WORD =
  /^(,|à|au|l'|la|le|the|in|an|interview|on|last|this|earlier|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|adding|ajoutant|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois|dernier)$/;
/** Most units between the verb of saying and "that" ("told Reuters in an interview last month that"). */
const MAX_GAP_UNITS = 8;
/** Most units of the reported clause searched for the possessive back to its subject. */
const MAX_CLAUSE_UNITS = 16;
/** Possessives of a company spoken of in the third person. */
const POSSESSIVE = /^(its|their|son|sa|ses|leur|leurs)$/;
/** What ends the reported clause. */
const CLAUSE_END = /^([.;:!?"«»“”]|but|mais)$/;
/** A possessive pointer in the title says whose it is ("its chief executive"): the pointer readers take it. */
const POINTER_TITLE = /(^|\s)(its|son|sa|leur)(\s|$)/;

/** The first unit after the verb of saying after the speaker at `p`, or -1. */
function afterSaying(units: Unit[], p: number): number {
  const w = wordAt(units, p + 1) ?? '';
  if (w === 'a') return SAID_FR.test(wordAt(units, p + 2) ?? '') ? p + 3 : -1;
  return SAY_VERB.test(w) ? p + 2 : -1;
}

/** The unit of "that"/"que" after the verb, past an outlet (a name after "told"/"à") and a time phrase, or -1. */
function thatAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k - from <= MAX_GAP_UNITS; k++) {
    const w = wordAt(units, k);
    if (w !== null && THAT.test(w)) return k;
    if (w !== null && GAP_WORD.test(w)) continue;
    // the outlet told: a name right after the verb or its French preposition
    const outlet =
      units[k].kind === 'ent' && (k === from || /^(à|au|l'|la|le)$/.test(wordAt(units, k - 1) ?? ''));
    if (!outlet || isPersonAt(units, k)) return -1;
  }
  return -1;
}

/** The reported clause from `from` holds a possessive before any other company or its end. */
function possessiveInClause(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k - from <= MAX_CLAUSE_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null) {
      if (units[k].kind === 'ent') return false;
      continue;
    }
    if (CLAUSE_END.test(w)) return false;
    if (POSSESSIVE.test(w)) return true;
  }
  return false;
}

/** "Chief Executive P told Reuters that Y … its …": P heads Y. */
export function readSpeakerOfReportedCompany(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  // most sentences holding a title report nothing: one pass over the words spares the speakers' look-ups
  if (!units.some((u) => u.kind === 'tok' && THAT.test(u.token.lower))) return out;
  units.forEach((_, p) => {
    const title = speakerTitle(units, p);
    if (
      title === null ||
      POINTER_TITLE.test(title) ||
      !isLeaderTitle(title) ||
      STATE_OFFICE_TITLE.test(title)
    )
      return;
    const verbEnd = afterSaying(units, wordAt(units, p + 1) === ',' ? p + 1 : p);
    const that = verbEnd < 0 ? -1 : thatAfter(units, verbEnd);
    const org = that + 1;
    const u = units[org];
    if (that < 0 || !isOrgAt(units, org) || u.kind !== 'ent' || u.anaphor || u.persons) return;
    if (!possessiveInClause(units, org + 1)) return;
    out.push(captures(idsAt(units, p), p, idsAt(units, org), org, p));
  });
  return out;
}

export const REPORTED_COMPANY_SPEAKER_RULE = 'frame.leads.speaker-reported-company';

export const SPEAKER_REPORTED_COMPANY_FRAMES: ReaderRuleSpec[] = [
  {
    id: REPORTED_COMPANY_SPEAKER_RULE,
    type: 'LEADS',
    read: readSpeakerOfReportedCompany,
    // the reader fires only on a leader's title word (rarer than the complementizer it also needs)
    neededWordPattern: SPEAKER_LEADER_WORDS,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
