import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { captures } from './acquired-captures';
import { countedListObjects } from './acquired-counted-list';
import { DEAL_READER_CONFIDENCE, isOrgAt, negatedBefore, subjectBefore, wordAt } from './clause';

/**
 * Purchases counted as deals, then named: "Brenner Lines has made two acquisitions, Transkop in 2022 and Depozit
 * Logistic last year", "Feldt has led the group through two acquisitions: A and B", "Maison Lysée a réalisé trois
 * acquisitions : A, B et C", "le groupe a enchaîné deux rachats, A en 2021 et B en 2023". The verb does no buying;
 * the deal noun after the count does, and each listed name is one purchase by the subject (or by the company led
 * through them). The list itself is read by `countedListObjects`, as after a verb of buying.
 */

/** Verbs that carry out counted deals. */
const CARRY_OUT: Record<Language, RegExp> = {
  en: /^(made|makes|make|making|completed|completes|closed|closes|carried|led|leads|struck|done)$/,
  fr: /^(réalisé|réalise|réalisait|mené|mène|menait|bouclé|boucle|finalisé|finalise|enchaîné|enchaîne|signé|signe|conclu|conclut)$/,
};
/** Deal nouns: counted, they are purchases. */
const DEAL_NOUNS = /^(acquisitions|purchases|takeovers|buyouts|rachats|reprises|acquisitions)$/;
/** Most words between the verb and the count ("carried out", "led the group through", "a déjà réalisé"). */
const MAX_VERB_TO_COUNT = 4;
/** Most units between the count and the deal noun ("two bolt-on acquisitions", "deux nouvelles acquisitions"). */
const MAX_COUNT_TO_NOUN = 3;

/**
 * "led X through": X is the buyer (the subject is the person who led it). -1 when the verb is another; -2 when
 * X is no plain name ("led the group through"): the person's group is too often taken back to the wrong company.
 */
function ledCompany(units: Unit[], verb: number, count: number): number {
  if (!/^(led|mené)$/.test(wordAt(units, verb))) return -1;
  for (let k = verb + 1; k < count; k++) {
    const u = units[k];
    if (u.kind === 'ent' && !u.anaphor && isOrgAt(units, k)) return k;
  }
  return -2;
}

function readCountedDeals(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let v = 1; v < units.length; v++) {
    if (!CARRY_OUT[lang].test(wordAt(units, v)) || negatedBefore(units, v)) continue;
    for (let c = v + 1; c < units.length && c - v <= MAX_VERB_TO_COUNT + 1; c++) {
      const listed = countedListObjects(units, c - 1);
      if (listed.length === 0) continue;
      let noun = false;
      for (let k = c + 1; k < units.length && k - c <= MAX_COUNT_TO_NOUN; k++)
        if (DEAL_NOUNS.test(wordAt(units, k))) noun = true;
      if (!noun) break;
      const led = ledCompany(units, v, c);
      if (led === -2) break;
      const buyer = led >= 0 ? led : subjectBefore(units, v);
      if (buyer < 0 || !isOrgAt(units, buyer)) break;
      for (const member of listed) {
        const cap = captures(units, buyer, member, Math.min(buyer, v));
        if (cap) out.push(cap);
      }
      break;
    }
  }
  return out;
}

/** ACQUIRED told as counted deals, then listed (both languages). */
export const ACQUIRED_COUNTED_DEAL_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-counted-deals',
    type: 'ACQUIRED',
    read: readCountedDeals,
    neededWordPattern: DEAL_NOUNS,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
