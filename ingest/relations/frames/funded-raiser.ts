import type { Unit } from '../pattern';
import { clauseEnd, clauseStart, isParty, isTok, listFrom, lowerAt, subjectOf } from './funded-clause';
import type { FundingReading } from './funded-giver';
import { CAME_FROM, moneySubject } from './funded-money-subject';
import { anyWordOf } from './word-cue';
import {
  MAX_UNITS_TO_GIVERS,
  OF,
  hasWord,
  hasMoney,
  giverOk,
  sentenceClauseEnd,
  refused,
  firstGiver,
  coInvestorsAfter,
} from './funded-giver';
import {
  CAPITAL_INCREASE,
  FUNDING_NOUN,
  GIVER_INTRO,
  GIVER_PARTICIPLE,
  RAISER_VERB,
  SALE_NOT_RAISE,
  SALE_WINDOW_UNITS,
  SECURITIES_ISSUE,
  UNDERWRITTEN,
  TALKS_WINDOW_UNITS,
  TALKS_WORD,
} from './funded-words';

/**
 * The raiser shape: the company raises, obtains, borrows or opens its capital (or a funding noun tells the raise),
 * and the givers come after the trigger ("auprès de A", "from A", "led by A").
 */

/** Verbs that only ever say money was raised, unlike "received", "signed", "closed". */
const RAISE_MONEY = /^(lève|lèvent|levé|raise|raises|raised|raising|borrowed|borrows)$/;
const OPENS = /^(ouvre|ouvrent|ouvert|ouvrira|ouvrait|rouvre|rouvert)$/;
const INDEFINITE = /^(un|une|a|an|nouveau|nouvel|nouvelle|new)$/;
const LOAN_NOUN = /^(prêt|prêts|crédit|emprunt|dette|loan|loans|facility|debt|borrowing)$/;

/** "Y said it had raised": the pointer at `i` stands for a company this very sentence names before it. */
function pointsBack(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'ent' || !u.anaphor) return false;
  return units.some((o, k) => k < i && o.kind === 'ent' && !o.anaphor && sameEntity(o, u));
}

function sameEntity(a: Unit, b: Unit): boolean {
  return (
    a.kind === 'ent' &&
    b.kind === 'ent' &&
    a.ents.length === b.ents.length &&
    a.ents.every((e) => b.ents.includes(e))
  );
}

/** "apporté à Y par": Y at `k` receives what the participle gives. */
function recipientAt(units: Unit[], k: number): boolean {
  return (
    isParty(units, k, false) &&
    isTok(units, k - 1, /^(à|to)$/) &&
    isTok(units, k - 2, GIVER_PARTICIPLE) &&
    isTok(units, k + 1, /^(par|by)$/)
  );
}

/** Units read after "fait entrer à son capital" for its giver, over a comma-bound adverbial ("en début d'année"). */
const MAX_UNITS_TO_ENTRANT = 12;

/** The first giver after "fait entrer (à son capital)", stepping over one adverbial set off by commas. */
function entrantAfter(units: Unit[], t: number, ce: number): number {
  let k = t + 1;
  while (k < ce && k - t <= MAX_UNITS_TO_ENTRANT && units[k].kind === 'tok') {
    const u = units[k];
    if (
      u.kind === 'tok' &&
      u.token.text !== ',' &&
      (u.token.kind !== 'word' || u.token.text !== u.token.lower)
    )
      return -1;
    if (isTok(units, k, /^,$/) && units[k + 1]?.kind === 'ent') return giverOk(units, k + 1) ? k + 1 : -1;
    k++;
  }
  return firstGiver(units, t + 1, ce);
}

/** "Y fait entrer A et B à son capital", "Y a fait entrer à son capital, en début d'année, A". */
function letsIn(units: Unit[], t: number): FundingReading | null {
  const cs = clauseStart(units, t);
  const ce = sentenceClauseEnd(units, t);
  const first = entrantAfter(units, t, ce);
  if (first < 0 || !hasWord(units, t, ce, /^capital$/) || refused(units, cs, clauseEnd(units, first), t))
    return null;
  const src = listFrom(units, first, ce).filter((m) => giverOk(units, m));
  const subject = subjectOf(units, cs, t - 1, false);
  if (subject.length !== 1) return null;
  // the subject of "faire entrer à son capital" is the company itself, even when told by a pointer
  return { src, tgt: subject[0], start: subject[0], pointerOk: true };
}

/** "Y a obtenu un financement de A", "un crédit syndiqué mené par A et B", "réunis auprès de A, …, et de B". */
/** Words between a trigger and "from" that make what follows no giver: a change of value ("raised to A-1 from
 * A-2", "cut to BBB from A"), an origin ("financing would come from cash flow", "strain resulting from"), a seller
 * ("financing for the purchase of the division from its parent") or money flowing back ("loan repayments from"). */
const FROM_NO_GIVER =
  /^(to|come|comes|came|coming|result|results|resulted|resulting|purchase|acquisition|sale|buyout|takeover|repayment|repayments|payments|strain|pressure)$/;

function fromIsNoGiver(units: Unit[], t: number, intro: number): boolean {
  return isTok(units, intro, /^from$/) && hasWord(units, t + 1, intro, FROM_NO_GIVER);
}

/** Subject pronouns that open a main clause after a fronted phrase. */
const SUBJECT_PRONOUN = /^(il|elle|ils|elles|it|they|we|nous)$/;

/**
 * "Pour financer le rachat de Y, il a mis en place une dette …": after the comma a pronoun is the raiser, and the
 * name in the fronted phrase is the deal's object; the reading cannot tell whom the pronoun stands for.
 */
function pronounSubjectBetween(units: Unit[], subject: number, t: number): boolean {
  for (let k = subject + 1; k < t - 1; k++) {
    if (isTok(units, k, /^,$/) && isTok(units, k + 1, SUBJECT_PRONOUN)) return true;
  }
  return false;
}

/** "augmentation de capital", "capital increase": a raise told by its noun. */
function capitalIncrease(units: Unit[], t: number): boolean {
  if (!CAPITAL_INCREASE.test(lowerAt(units, t))) return false;
  return (
    (isTok(units, t + 1, /^(de|du)$/) && isTok(units, t + 2, /^capital$/)) || isTok(units, t - 1, /^capital$/)
  );
}

/** Every word `raiserReading` can fire on (its first tests): a trigger added there belongs here too. */
export const RAISER_CUE = anyWordOf([
  FUNDING_NOUN,
  CAPITAL_INCREASE,
  OPENS,
  /^entrer$/,
  CAME_FROM,
  RAISER_VERB,
]);

export function raiserReading(units: Unit[], t: number): FundingReading | null {
  const w = lowerAt(units, t);
  const noun = FUNDING_NOUN.test(w) || capitalIncrease(units, t);
  // "Y a ouvert son capital l'an dernier à A": the givers come after "à"
  const opens = OPENS.test(w) && isTok(units, t + 1, /^(son|sa|leur)$/) && isTok(units, t + 2, /^capital$/);
  // "Y fait entrer A à son capital": the giver stands right after the verb
  if (/^entrer$/.test(w) && isTok(units, t - 1, /^(fait|faire|fera|font|faisait)$/)) return letsIn(units, t);
  const cs = clauseStart(units, t);
  // "The equity portion came from A": money as subject says where it came from
  const came = CAME_FROM.test(w) && moneySubject(units, cs, t) === 'money';
  if (!noun && !opens && !came && !RAISER_VERB.test(w)) return null;
  const ce = sentenceClauseEnd(units, t);
  let intro = -1;
  let recipient: number | null = null;
  for (let k = t + 1; k < ce && k - t <= MAX_UNITS_TO_GIVERS; k++) {
    // "un prêt apporté à Y par A": the company the money went to, between the participle and its agent
    if (recipientAt(units, k)) {
      recipient = k;
      intro = k + 1;
      break;
    }
    if (units[k].kind === 'ent') break;
    if (isTok(units, k, /^,$/)) break;
    const after =
      (isTok(units, k, GIVER_INTRO) &&
        (!isTok(units, k, /^(par|by)$/) || isTok(units, k - 1, GIVER_PARTICIPLE))) ||
      (opens && isTok(units, k, /^(à|aux|au)$/)) ||
      (came && k === t + 1 && isTok(units, k, /^(de|du|des|d')$/));
    // "un financement de la banque A": the giver follows the noun of a new loan
    const ofNoun =
      isTok(units, k, OF) &&
      isTok(units, k - 1, FUNDING_NOUN) &&
      isTok(units, k - 2, INDEFINITE) &&
      firstGiver(units, k + 1, ce) >= 0;
    if (after || ofNoun) {
      intro = k;
      break;
    }
  }
  if (intro < 0) return null;
  if (refused(units, cs, ce, t)) return null;
  if (!came && fromIsNoGiver(units, t, intro)) return null;
  if (hasWord(units, t + 1, t + 1 + SALE_WINDOW_UNITS, SALE_NOT_RAISE)) return null;
  // "an issue of shares underwritten by A": A guarantees the issue, it puts no money into the company
  if (isTok(units, intro - 1, UNDERWRITTEN) && hasWord(units, t + 1, intro, SECURITIES_ISSUE)) return null;
  if (/^(round|tour)$/.test(w) && hasWord(units, t + 1, t + 1 + TALKS_WINDOW_UNITS, TALKS_WORD)) return null;
  if (!noun && !opens && !hasWord(units, cs, intro, FUNDING_NOUN) && !hasMoney(units, cs, intro)) return null;
  let g = intro + 1;
  if (isTok(units, g, OF)) g++;
  const first = firstGiver(units, g, ce);
  if (first < 0) return null;
  const src = listFrom(units, first, ce).filter((m) => giverOk(units, m));
  src.push(...coInvestorsAfter(units, Math.max(...src) + 1, ce).filter((m) => !src.includes(m)));
  // "…, le reste venant du fonds A": the money is the subject, whatever company the clause named before
  const subject = recipient !== null ? [recipient] : came ? [] : subjectOf(units, cs, t, false);
  if (subject.length > 1) return null;
  if (subject.length === 1 && pronounSubjectBetween(units, subject[0], t)) return null;
  // "l'amorçage avait été apporté par A" in a round-up may be any company's; a raise verb or a loan is the article's
  const toArticle = !noun || hasWord(units, cs, intro, LOAN_NOUN);
  // only a verb of raising money vouches for "it" ("said it had raised"; not "said it received a subcontract")
  const pointerOk = subject.length === 1 && RAISE_MONEY.test(w) && pointsBack(units, subject[0]);
  const reading = { src, tgt: subject[0] ?? null, start: subject[0] ?? t, toArticle };
  const money = subject.length === 0 ? moneySubject(units, cs, t) : null;
  if (money !== null) return { ...reading, toArticle: true, moneySubject: money };
  return pointerOk ? { ...reading, pointerOk } : reading;
}
