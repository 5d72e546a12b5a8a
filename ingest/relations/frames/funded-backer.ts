import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { clauseEnd, clauseStart, isParty, isTok, listFrom, lowerAt, subjectOf } from './funded-clause';
import { calledGiver } from './funded-called-giver';
import { facilityBefore } from './funded-facility';
import { opensSecondClause } from './funded-second-clause';
import { anyWordOf } from './word-cue';
import { companyBackedAfter, namedHead } from './funded-backed-company';
import { coInvestorsPastRelative } from './funded-alongside-past-relative';
import type { FundingReading } from './funded-giver';
import {
  MAX_UNITS_BEFORE_AGENT,
  VEHICLE_INTRO,
  INVESTOR_NOUN,
  alongsideBefore,
  DETERMINER,
  OF,
  hasWord,
  hasMoney,
  giverOk,
  refused,
  ents,
} from './funded-giver';
import {
  BACKER_PARTICIPLE,
  BACKER_PHRASES,
  BACKER_VERB,
  BACKER_VERB_WITH_MONEY,
  COMPANY_NOUN,
  INTO,
  LEAD_VERB,
  ROUND_NOUN,
  ROUND_WORD,
  STRONG_BACKER,
  INVESTMENT_WORD,
} from './funded-words';

/** A rival noun between two names: the second is the company, the first only its rival ("A rival B"). */
const RIVAL_AFTER_NAME = /^(rival|rivals|competitor|competitors|concurrent|concurrente|peer)$/;

/** The backer as subject: "A invests in Y", "A, qui a réinvesti …", "A et B remettent au pot". */

/** Words before a noun, never before a verb ("a" is also the French auxiliary). */
const BEFORE_NOUN = /^(le|la|l'|les|des|aux|ses|sa|son|leurs|the|its|their|of)$/;
/** Index after a backer phrase starting at `t` ("remettent également au pot"), or -1. */
function backerPhraseEnd(units: Unit[], t: number): number {
  const w = lowerAt(units, t);
  for (const p of BACKER_PHRASES) {
    if (!p.first.test(w)) continue;
    let k = t + 1;
    if (isTok(units, k, /^(également|aussi|encore|also|again|déjà)$/)) k++;
    let ok = true;
    for (const re of p.then) {
      if (isTok(units, k, re)) k++;
      else if (!re.test('')) ok = false;
    }
    if (ok) return k;
  }
  return -1;
}

const FIRST_PERSON = /^(nous|notre|nos|we|us|our)$/;

/** Words after "par" that make an adverb of it ("accompagne par ailleurs la société"), not an agent. */
const PAR_ADVERB = /^(ailleurs|exemple|conséquent|contre|ricochet)$/;

/** Index of "par"/"by" within a few plain words after `te` ("backed since 2020 by"), or -1. */
function agentAfter(units: Unit[], te: number): number {
  for (let k = te; k <= te + MAX_UNITS_BEFORE_AGENT && k < units.length; k++) {
    if (units[k].kind !== 'tok' || isTok(units, k, /^,$/)) return -1;
    if (isTok(units, k, /^(par|by)$/) && !isTok(units, k + 1, PAR_ADVERB)) return k;
  }
  return -1;
}

/** "dans le secteur", "in AI": the money went into a field (a lower-case noun), not into a company. */
function intoField(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isTok(units, k, INTO)) continue;
    const n = isTok(units, k + 1, DETERMINER) ? k + 2 : k + 1;
    const u = units[n];
    // "in May", "en Bretagne": a month or a place is no field
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) continue;
    if (!ROUND_WORD.test(u.token.lower) && !COMPANY_NOUN.test(u.token.lower)) return true;
  }
  return false;
}

/** Words between a recipient's determiner and its company noun ("à la nouvelle société"). */
const MAX_RECIPIENT_WORDS = 2;

/** "à la nouvelle société", "to the new company": a recipient told by a noun no pointer resolved. */
function describedRecipient(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isTok(units, k, /^(à|au|to)$/)) continue;
    const d = isTok(units, k + 1, DETERMINER) ? k + 2 : k + 1;
    for (let n = d; n < to && n - d <= MAX_RECIPIENT_WORDS; n++) {
      if (units[n].kind !== 'tok') break;
      if (isTok(units, n, COMPANY_NOUN)) return true;
    }
  }
  return false;
}

function isPerson(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.persons && u.word === undefined;
}

/** The first organisation of the sentence, before unit `cs`, not after a preposition and no giver. */
function mainSubject(units: Unit[], cs: number, src: number[]): number | null {
  const i = units.findIndex((u) => u.kind === 'ent' && u.orgs);
  if (i < 0 || i >= cs || src.includes(i) || isOblique(units, i) || !isParty(units, i, false)) return null;
  // "Il intervient aux côtés de A et de P, qui avaient financé l'amorçage": the main subject is a co-investor of
  // the givers, not the company they funded, which the article tells
  if (src.some((m) => alongsideBefore(units, m) >= 0)) return null;
  // a lone capitalised opening word ("Nouvelle levée pour …") may be no name at all
  const u = units[i];
  return u.kind === 'ent' && u.word === undefined ? i : null;
}

/** The pointer at `i` stands for one of the givers (an anaphor resolved to the sentence's own subject). */
function samePointer(units: Unit[], i: number, src: number[]): boolean {
  const u = units[i];
  if (u.kind !== 'ent' || !u.anaphor) return false;
  return src.some((m) => ents(units[m]).some((e) => u.ents.includes(e)));
}

/** A clause opened by a relative pronoun ends at its next comma ("The round, which A led, values …"). */
function relativeEnd(units: Unit[], cs: number, ce: number, t: number): number {
  if (!isTok(units, cs, /^(qui|which|who|that|que|dont)$/)) return ce;
  // a comma before the trigger closed the relative: the trigger is the main clause's ("A, the group that …, would
  // inject …")
  for (let k = t + 1; k < ce; k++) if (isTok(units, k, /^,$/)) return k;
  return ce;
}

/** A comma between the relative pronoun at `cs` and the trigger: the relative closed before it. */
function commaBefore(units: Unit[], cs: number, t: number): boolean {
  for (let k = cs + 1; k < t; k++) if (isTok(units, k, /^,$/)) return true;
  return false;
}

/** Units after a verb that needs money ("extended", "granted", "put") within which the money must be named:
 * further on, the number belongs to something else ("granted B an option to buy one mln shares"). */
const MONEY_NEAR_VERB_UNITS = 6;
/** Forms of "to be" that make the participle after them a passive: its subject got the money or is it. */
const BE_AUXILIARY = /^(is|are|was|were|be|been|being|été|est|sont|était|étaient|sera|seront)$/;
/** Adverbs stepped over between an auxiliary or a money word and the participle ("has already been funded"). */
const ADVERB =
  /^(already|also|immediately|fully|partly|partially|initially|déjà|aussi|également|entièrement)$/;
/** Currency words: a participle right after one is a reduced relative ("68 billion yen already invested"). */
const CURRENCY_WORD = /^(dlrs?|dollars?|yen|stg|pounds?|euros?|francs?|marks?|crowns?|lire|€|\$|£|m€|k€)$/;
/** Bare forms of "finance" that are also the noun ("finance rate", "vice-president for finance"). */
const FINANCE_BARE = /^(finance|finances)$/;
/** Nouns "finance" qualifies ("finance minister", "finance subsidiary"): there it is a noun itself. */
const FINANCE_NOUN_HEAD =
  /^(minister|ministers|ministry|rate|rates|director|directors|chief|officer|officers|subsidiary|subsidiaries|arm|unit|company|companies|charges|costs|committee|house|houses|official|officials)$/;
/** Words after which a bare "finance" is a verb: a modal, a pronoun, a relative ("X will finance", "qui finance"). */
const BEFORE_FINANCE_VERB =
  /^(will|would|can|could|may|might|shall|should|must|also|il|elle|ils|elles|qui|on|which|who|that|it|they|he|she|aussi|également)$/;
/** Nouns after a name that make it a thing of that company, not the company: "backed the X plan", "finance the
 * X acquisition". */
const THING_AFTER_NAME =
  /^(plan|plans|proposal|proposals|bill|bills|drug|drugs|offer|bid|acquisition|purchase|takeover|buyout|merger|expansion|project|program|programme|rebels|talks|deal|policy|move|idea|rules|package)$/;

/** The trigger is no active backing: a passive ("was funded", "a été financée"), a reduced relative after money
 * ("yen already invested"), a hyphenated adjective ("U.S.-backed"), an infinitive of purpose ("to finance the
 * expansion": its subject is whoever borrowed), an estimate ("put the crop at 26 mln bags"), a partnering
 * ("joined with B in a deal"), or the noun "finance". */
function notActiveBacking(units: Unit[], t: number, ce: number): boolean {
  const w = lowerAt(units, t);
  let p = t - 1;
  while (isTok(units, p, ADVERB)) p--;
  // "is investing" is active; "fund managers investing in B" is a reduced relative whose giver is the noun
  if (/ing$/.test(w)) {
    const before = units[p];
    return before?.kind === 'tok' && before.token.kind === 'word' && !isTok(units, p, BE_AUXILIARY);
  }
  if (isTok(units, p, BE_AUXILIARY) || isTok(units, p, CURRENCY_WORD)) return true;
  if (isTok(units, t - 1, /^[-–]$/)) return true;
  if (/^(put|puts)$/.test(w) && hasWord(units, t + 1, ce, /^at$/)) return true;
  if (/^join/.test(w) && isTok(units, t + 1, /^(with|forces)$/)) return true;
  if (isTok(units, t - 1, /^to$/) && /^financ/.test(w)) return true;
  if (FINANCE_BARE.test(w) && units[t - 1]?.kind !== 'ent' && !isTok(units, t - 1, BEFORE_FINANCE_VERB))
    return true;
  if (FINANCE_BARE.test(w) && isTok(units, t + 1, FINANCE_NOUN_HEAD)) return true;
  return false;
}

/** Verbs of backing that also mean political or moral support: funding only with money or investors named. */
const WEAK_BACKER = /^(backs|backed|soutien(t|nent|dra|dront)|soutenu)$/;
/** Conjunctions that may open a second verb of the same subject. */
const COORDINATOR = /^(et|and)$/;
/** After a conjunction, what carries a list of names on rather than opening a verb. */
const LIST_GOES_ON = /^(de|d'|du|des|la|le|l'|les|the|a|an|un|une|par|by|with|avec|aux|à)$/;
/** Verbs of taking part, which say where only through a preposition ("participe au tour de Y"). */
const PARTICIPATE = /^particip/;

/** "A, entré au capital …": the name right before a comma that the backing participle follows. */
function appositionHead(units: Unit[], t: number): number[] | null {
  if (!isTok(units, t - 1, /^,$/) || !BACKER_PARTICIPLE.test(lowerAt(units, t))) return null;
  return isParty(units, t - 2, false) ? [t - 2] : null;
}

/** Every word `backerReading` can fire on (its first tests below): a trigger added there belongs here too. */
export const BACKER_CUE = anyWordOf([
  ...BACKER_PHRASES.map((p) => p.first),
  BACKER_VERB,
  BACKER_VERB_WITH_MONEY,
  LEAD_VERB,
]);

/** "A invests in Y", "A, qui a réinvesti 20 M€", "Kima et le business angel P remettent au pot". */
export function backerReading(units: Unit[], t: number): FundingReading | null {
  const w = lowerAt(units, t);
  let te = backerPhraseEnd(units, t);
  const strong = STRONG_BACKER.test(w) || te >= 0;
  if (te < 0 && BACKER_VERB.test(w)) te = t + 1;
  // most words back nothing: the clause bounds (a scan each way) are read only for a word that may
  if (te < 0 && !BACKER_VERB_WITH_MONEY.test(w) && !LEAD_VERB.test(w)) return null;
  // "la Banque européenne d'investissement (BEI) lui accorde": the acronym is the backer's own
  const cs = clauseStart(units, t, true);
  const ce = relativeEnd(units, cs, clauseEnd(units, t), t);
  // "P also put money in", "A et P remettent au pot": money said put in makes a person an investor too
  const moneyPut =
    BACKER_VERB_WITH_MONEY.test(w) && hasMoney(units, t + 1, Math.min(ce, t + 1 + MONEY_NEAR_VERB_UNITS));
  if (te < 0 && moneyPut) te = t + 1;
  // "the round, which A led": the round may be the relative's antecedent, just before the clause
  const leads = te < 0 && LEAD_VERB.test(w) && hasWord(units, cs - 2, ce, ROUND_NOUN);
  if (leads) te = t + 1;
  if (te < 0 || refused(units, cs, ce, t)) return null;
  if (te === t + 1 && notActiveBacking(units, t, ce)) return null;
  // "the Senate backed the plan", "backed X's efforts": backing without money is support, not funding
  // a bare backing of a described company is funding only when its backer is named as the subject (below)
  const byDescription =
    WEAK_BACKER.test(w) && !hasMoney(units, cs, ce) && !hasWord(units, cs, ce, INVESTMENT_WORD);
  const companyAfter = companyBackedAfter(units, t, ce);
  if (byDescription && !companyAfter) return null;
  // "chargée des finances", "the backing": a noun, not the verb
  if (isTok(units, t - 1, BEFORE_NOUN)) return null;
  // "backed since 2020 by", "financé par": the passive reader's
  if (agentAfter(units, te) >= 0) return null;
  // "A, entré au capital en 2021": the participle stands in apposition to A
  let src = appositionHead(units, t) ?? subjectOf(units, cs, t, false);
  // "Kima et le business angel P remettent au pot": a person called an investor joins the companies
  const people = subjectOf(units, cs, t, true).filter(
    (i) => giverOk(units, i) || (moneyPut && isPerson(units, i)),
  );
  if (src.length === 0 || people.some((i) => !src.includes(i) && src.every((m) => m < i))) src = people;
  // "the round, which A led": the relative's own subject stands after the pronoun
  if (src.length === 0 && isTok(units, cs, /^(which|that|qui|que)$/)) {
    const i = units.findIndex((u, k) => k > cs && k < t && u.kind === 'ent');
    if (i > 0 && giverOk(units, i)) src = [i];
  }
  src = src.filter((i) => giverOk(units, i) || (moneyPut && isPerson(units, i)));
  // "with former Goldman Sachs banker P, … has backed": no pointer, no name that only qualifies a noun
  if (byDescription) src = src.filter((i) => namedHead(units, i));
  if (src.length === 0) return null;
  let tgt: number | null = null;
  let coInvestor = false;
  let scopeEnd: number | undefined;
  let giversDescribedAfter = false;
  for (let k = te; k < ce; k++) {
    // "… au capital et deviendra le distributeur dans Y": a second verb's names are not the company funded
    // "…, et le Conseil européen de l'innovation a accordé …": a second clause's subject is its own giver
    const ownClause = opensSecondClause(units, k);
    if (
      ownClause ||
      (isTok(units, k, COORDINATOR) && units[k + 1]?.kind === 'tok' && !isTok(units, k + 1, LIST_GOES_ON))
    ) {
      scopeEnd = k;
      break;
    }
    if (units[k].kind !== 'ent') continue;
    const lead = isTok(units, k - 1, DETERMINER) ? k - 2 : k - 1;
    const before = lowerAt(units, lead);
    const along = alongsideBefore(units, k);
    if (along >= 0) {
      // a fund named after a person ("via son fonds P") is still the vehicle
      const vehicle = VEHICLE_INTRO.test(lowerAt(units, along));
      src.push(...listFrom(units, k, ce).filter((m) => giverOk(units, m) || (vehicle && m === k)));
      coInvestor ||= hasWord(units, along, k, INVESTOR_NOUN);
      continue;
    }
    // "led the round, joined by existing backers A and B": names called givers join the givers
    if (tgt === null && calledGiver(units, k)) {
      const list = listFrom(units, k, ce);
      src.push(...list.filter((m) => giverOk(units, m) && !src.includes(m)));
      // what follows the list describes the givers ("…, the venture arm of group C"), not the company
      scopeEnd = Math.max(...list) + 1;
      giversDescribedAfter = true;
      break;
    }
    // past the company only co-investors are read ("dans Y aux côtés de B")
    if (tgt !== null) break;
    // "investing $40m in a new centre in Uzwil": the name is the site's place
    if (facilityBefore(units, te, k)) return null;
    const into = INTO.test(before) || (OF.test(before) && isTok(units, lead - 1, ROUND_WORD));
    if (!isParty(units, k, false) || !(into || !isOblique(units, k))) break;
    // "participated in Y": taking part needs the round or the company after a preposition
    if (PARTICIPATE.test(w) && !into) break;
    // "backed the X plan", "finance the X acquisition": the money or support went to a thing, not to X
    if (isTok(units, k + 1, THING_AFTER_NAME) || isTok(units, k + 1, /^('s|’s|')$/)) return null;
    // "invested £15mn in Dinnerly rival PlateUp": the first name only says whose rival the company is
    if (isTok(units, k + 1, RIVAL_AFTER_NAME) && units[k + 2]?.kind === 'ent') continue;
    tgt = k;
  }
  // "dans Y, qui conçoit des robots, aux côtés de B": co-investors past the company's relative
  if (tgt !== null && scopeEnd === undefined) src.push(...coInvestorsPastRelative(units, tgt, ce));
  // "A accompagne la société": a pointer read as the backer itself still says a company is backed
  const selfPointer = tgt !== null && samePointer(units, tgt, src);
  if (selfPointer) tgt = null;
  if (tgt === null) {
    // no company named: the article's, when the clause plainly tells money put in
    const told =
      strong ||
      leads ||
      selfPointer ||
      coInvestor ||
      hasMoney(units, te, ce) ||
      hasWord(units, t, te, /^capital$/);
    if (!told) return null;
    // "investit 5 M€ dans l'IA": money put into a field, not a company
    if (!strong && intoField(units, te, ce)) return null;
    // "accorde une avance à la nouvelle société": a company described but not resolved is no guess to make
    if (describedRecipient(units, te, ce)) return null;
    // "Y compte sur son actionnaire A, qui a réinvesti …": the main clause's subject is the company
    if (isTok(units, cs, /^(qui|which|who|that)$/)) tgt = mainSubject(units, cs, src);
    // "Le fonds A nous accompagne": the company is the speaker, whom the sentence does not name
    if (tgt === null && hasWord(units, 0, units.length, FIRST_PERSON)) return null;
  }
  const afterRelative = isTok(units, cs, /^(qui|which|who|that)$/) && ce > t && commaBefore(units, cs, t);
  return {
    src,
    tgt,
    start: Math.min(...src),
    ...(afterRelative ? { afterRelative } : {}),
    ...(scopeEnd !== undefined ? { scopeEnd } : {}),
    ...(giversDescribedAfter ? { giversDescribedAfter } : {}),
  };
}
