import type { Language } from '../../types';
import { countedTarget, rulesOnTheDeal } from '../deal-party-guards';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { isOblique } from '../syntax';
import { apposedHeadBefore } from './acquired-apposed-head';
import { apposedAfterPossessor } from './apposed-after-possessor';
import { assetObject } from './acquired-assets';
import { captures } from './acquired-captures';
import { countedListObjects, listPreposition } from './acquired-counted-list';
import { chainedObjects } from './acquired-chains';
import { ACQUIRED_AFTER_LIST_FRAMES } from './acquired-after-list';
import { ACQUIRED_CONTROL_PASSAGE_FRAMES } from './acquired-control-passage';
import { ACQUIRED_COUNTED_DEAL_FRAMES } from './acquired-counted-deals';
import { ACQUIRED_EARLIER_FRAMES } from './acquired-earlier';
import { ACQUIRED_HELD_SINCE_FRAMES } from './acquired-held-since';
import { ACQUIRED_BELONGS_SINCE_FRAMES } from './acquired-belongs-since';
import { ACQUIRED_IDIOM_FRAMES } from './acquired-idioms';
import { LEAN_TAKEOVER_FRAMES } from './lean-on-backer';
import { MERGED_FRAMES } from './acquired-merged';
import { MERGED_PAIR_FRAMES } from './merged-pairs';
import { ACQUIRED_SALE_FRAMES } from './acquired-sales';
import { ACQUIRED_CLITIC_FRAMES } from './acquired-clitic-sale';
import { ACQUIRED_FRONTED_FRAMES } from './acquired-fronted';
import { ACQUIRED_FRONTED_AGENT_FRAMES } from './acquired-fronted-agent';
import { ACQUIRED_POSSESSIVE_NOUN_FRAMES } from './acquired-possessive-noun';
import { ACQUIRED_LIST_FRAMES } from './acquired-lists';
import { ACQUIRED_OBJECT_RELATIVE_FRAMES } from './acquired-object-relative';
import { ACQUIRED_CONTROL_RELATIVE_FRAMES } from './acquired-control-relative';
import { ACQUIRED_OWNER_EARLIER_STAKE_FRAMES } from './acquired-owner-earlier-stake';
import { ACQUIRED_PRONOUN_RELATIVE_FRAMES } from './acquired-pronoun-relative';
import { ACQUIRED_RELATIVE_SALE_FRAMES } from './acquired-relative-sale';
import { ACQUIRED_SELLER_OWN_PURCHASE_FRAMES } from './acquired-seller-own-purchase';
import { closedRelativeAntecedent, stakeObject, subjectAfterBackdrop } from './acquired-roles';
import { ACQUIRED_OWNERSHIP_FRAMES } from './acquired-ownership';
import { ACQUIRED_SPEAKER_FRAMES } from './acquired-speaker';
import { mayBePassive, nounTrigger, subjectIsNoBuyer, verbTrigger } from './acquired-triggers';
import { NOUN_TRIGGER_WORD, VERB_TRIGGER_WORD } from './acquired-triggers';
import { hasActiveAux, infinitiveOk, passiveAuxBefore, sharesActiveAux } from './acquired-verb-forms';
import type { Trigger } from './acquired-triggers';
import {
  clauseStart,
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { agentAfter, objectAfter } from './clause-object';
import { qualifiesBid } from './bid-noun-complement';

/** Words a verb's object search may cross before "of"/"de"/"in" (a stake, a share of the capital). */
const STAKE_WORDS =
  /^(stake|stakes|interest|share|shares|capital|participation|parts?|%|pct|percent|per|cent|majority|majoritaire|control|contrôle|remaining|rest|reste|totalité|intégralité|majorité|entire|entirety|all|whole|the|a|an|l'|le|la|les|of|de|du|des|d'|in|dans|au|its|their|sa|son|ses|leur)$/;
/** Most units between a buying verb and its object: a time phrase and a long descriptor may both stand there. */
const MAX_VERB_OBJECT_UNITS = 14;
const OBJECT_PREPOSITIONS = /^(of|de|du|d'|des|in|dans|au)$/;
/** The French dative before a name after a stake bought: "racheter N % du capital à Z" buys from Z. */
const SELLER_DATIVE = /^(au|aux)$/;

/** The object found after a preposition is a verb's only when the words before it name a stake of it. */
function objectOfVerb(units: Unit[], t: Trigger): number {
  const asset = assetObject(units, t.end);
  if (asset) return asset.owner;
  const o = objectAfter(units, t.end, {
    crossing: t.objectAfterSur ? /^sur$/ : t.objectAfterDe ? /^(de|du|d'|des)$/ : OBJECT_PREPOSITIONS,
    maxUnits: MAX_VERB_OBJECT_UNITS,
  });
  if (o >= 0 && countedTarget(units, o)) return -1;
  if (o < 0 || t.objectAfterDe || t.objectAfterSur) return o;
  if (!isOblique(units, o)) return o;
  // "rachète 100 % de son capital au fonds Z": a name brought in by "au"/"aux" after a stake is who sells it
  if (SELLER_DATIVE.test(wordAt(units, o - 1))) return -1;
  const between = units.slice(t.end + 1, o);
  const stakeOnly = between.every(
    (u) => u.kind === 'tok' && (u.token.kind === 'number' || STAKE_WORDS.test(u.token.lower)),
  );
  return stakeOnly ? o : -1;
}

/** "X a racheté Y", "X bought Y", "Y a été reprise par X", "Y was taken over by X". */
function readVerbs(units: Unit[], lang: Language, passive: boolean): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = verbTrigger(units, i, lang);
    if (!t || negatedBefore(units, t.at)) continue;
    if (mayBePassive(units, t, lang)) {
      const agent = agentAfter(units, t.end);
      if (agent >= 0) {
        // "…, et le néerlandais Y, racheté en 2022 par X": a participle after a comma tells of the name before it
        const described = apposedHeadBefore(units, t.at);
        const bought =
          isOrgAt(units, t.at - 2) && wordAt(units, t.at - 1) === ','
            ? t.at - 2
            : described >= 0
              ? described
              : apposedAfterPossessor(units, subjectBefore(units, t.at), t.at);
        // the participle tells of the subject, not of a noun before it ("sells valves bought by X")
        const ofSubject =
          passiveAuxBefore(units, t.at) ||
          wordAt(units, t.at - 1) === ',' ||
          t.at - 1 === bought ||
          described >= 0;
        const c = bought >= 0 && passive && ofSubject ? captures(units, agent, bought, bought) : null;
        if (c) out.push(c);
        continue;
      }
      if (passiveAuxBefore(units, t.at)) continue;
      if (lang === 'fr' && !hasActiveAux(units, t.at) && !sharesActiveAux(units, t.at)) continue;
    }
    const buyer = passive || !infinitiveOk(units, t, lang) ? -1 : buyingSubject(units, t.at, lang);
    if (buyer < 0 || rulesOnTheDeal(units, buyer, t.at)) continue;
    // a counted list's members are read one by one, so each keeps its own date ("A in 2021 and B in 2023")
    const listed = countedListObjects(units, t.end, listPreposition(t));
    for (const member of listed) {
      const c = captures(units, buyer, member, buyer);
      if (c) out.push(c);
    }
    if (listed.length) continue;
    const bought = objectOfVerb(units, t);
    const c = bought >= 0 ? captures(units, buyer, bought, buyer, chainedObjects(units, bought)) : null;
    if (c) out.push(c);
  }
  return out;
}

/** Determiners that open an apposition describing the name before its comma. */
const APPOSITION_DETERMINERS = /^(a|an|the)$/;
/** Longest apposition before its buyer ("Y, the documentary producer X bought"), in units. */
const MAX_REDUCED_RELATIVE_UNITS = 6;

/**
 * "Y, a software firm X bought in 2023", "Y, the producer it acquired last year": a clause with no relative
 * pronoun whose object is the name the apposition describes. The buyer stands just before the verb.
 */
function readReducedRelatives(units: Unit[], lang: Language): Captures[] {
  if (lang !== 'en') return [];
  const out: Captures[] = [];
  for (let i = 2; i < units.length; i++) {
    const t = verbTrigger(units, i, lang);
    if (!t || t.at !== i || negatedBefore(units, i) || !infinitiveOk(units, t, lang)) continue;
    const buyer = i - 1;
    if (!isOrgAt(units, buyer)) continue;
    // the verb has no object of its own: a preposition, a date word or punctuation follows
    const next = units[t.end + 1];
    if (next?.kind === 'ent' || objectOfVerb(units, t) >= 0) continue;
    let k = buyer - 1;
    while (
      k > 0 &&
      buyer - k <= MAX_REDUCED_RELATIVE_UNITS &&
      units[k].kind === 'tok' &&
      wordAt(units, k) !== ','
    ) {
      const u = units[k];
      if (u.kind === 'tok' && (u.token.kind !== 'word' || !/^\p{Ll}/u.test(u.token.text))) break;
      k--;
    }
    if (wordAt(units, k) !== ',' || !APPOSITION_DETERMINERS.test(wordAt(units, k + 1))) continue;
    const bought = k - 1;
    if (!isOrgAt(units, bought)) continue;
    const c = captures(units, buyer, bought, bought);
    if (c) out.push({ ...c, tgt: entsAt(units, bought) });
  }
  return out;
}

/** "X's acquisition of Y": the possessor named just before the noun (past a few qualifying words), or -1. */
function possessorBefore(units: Unit[], at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const w = wordAt(units, k);
    if (w === "'s" || w === "'") return units[k - 1]?.kind === 'ent' ? k - 1 : -1;
    if (units[k].kind === 'ent' || w === ',' || w === '') return -1;
  }
  return -1;
}

/**
 * The subject of the clause holding `trigger`, where a name standing after an earlier buying verb of the same
 * clause is that verb's object: "elle a repris A, puis racheté B" and "It bought A and completed the acquisition
 * of B" give the earlier verb's subject (none for an unresolved "it"), not A.
 */
function buyingSubject(units: Unit[], trigger: number, lang: Language): number {
  const start = clauseStart(units, trigger);
  const afterRelative = closedRelativeAntecedent(units, start, trigger);
  if (afterRelative >= 0) return afterRelative;
  const subject = subjectBefore(units, trigger);
  // an antecedent or a reporter outside the trigger's clause is its subject as it stands
  if (subject < start) return subject;
  const afterBackdrop = subject >= 0 ? subjectAfterBackdrop(units, subject, trigger) : -1;
  if (afterBackdrop !== -1) return Math.max(afterBackdrop, -1);
  for (let k = start; k < subject; k++) {
    if (!verbTrigger(units, k, lang)) continue;
    const earlier = subjectBefore(units, k);
    return earlier >= 0 && earlier < k ? earlier : -1;
  }
  return subject;
}

/** The subject at `subject` opens an apposition (a comma right after it) that is still open at `trigger`. */
function opensApposition(units: Unit[], subject: number, trigger: number): boolean {
  if (wordAt(units, subject + 1) !== ',') return false;
  for (let k = subject + 2; k < trigger; k++) if (wordAt(units, k) === ',') return false;
  return true;
}

/** The preposition that brings in the object of a deal noun ("le rachat de Y", "the purchase of Y"). */
const NOUN_OBJECT_OF = /^(of|de|du|d'|des)$/;

/** "X annonce le rachat de Y", "l'acquisition de Y par X", "X's purchase of Y". */
function readNouns(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = nounTrigger(units, i, lang);
    if (!t || negatedBefore(units, t.at) || qualifiesBid(units, t.at)) continue;
    const asset = assetObject(units, t.at);
    // "le rachat de deux fabricants, le normand A en 2023 et le belge B": one purchase per member
    const listed = asset ? [] : countedListObjects(units, t.at, NOUN_OBJECT_OF);
    const bought = asset
      ? asset.owner
      : (listed[0] ?? stakeObject(units, t.at) ?? objectAfter(units, t.at, { crossing: NOUN_OBJECT_OF }));
    if (bought < 0) continue;
    let buyer = agentAfter(units, bought);
    if (buyer < 0) buyer = possessorBefore(units, t.at);
    let inApposition = false;
    if (buyer < 0) {
      const subject = buyingSubject(units, t.at, lang);
      if (subject >= 0 && !subjectIsNoBuyer(units, subject, t.at)) buyer = subject;
      inApposition = buyer >= 0 && opensApposition(units, buyer, t.at);
    }
    const c =
      buyer >= 0
        ? captures(units, buyer, bought, Math.min(buyer, t.at), chainedObjects(units, bought))
        : null;
    // "A, numéro un depuis son rachat de B, C et D": the apposition ends at its comma, so the list does too
    if (c && inApposition) c.tgt = entsAt(units, bought);
    if (c && listed.length) {
      for (const m of listed) {
        const member = captures(units, buyer, m, Math.min(buyer, t.at));
        if (member) out.push(member);
      }
    } else if (c) out.push(c);
  }
  return out;
}

/** ACQUIRED (and MERGED_WITH) read from the clause's shape (both languages); see README.md. */
export const ACQUIRED_FRAMES = [
  ...readerRules([
    {
      id: 'any.acquired.frame-verb',
      type: 'ACQUIRED',
      read: (units, lang) => readVerbs(units, lang, false),
      source: 'src',
      target: 'tgt',
      mayBeMinority: true,
      neededWordPattern: VERB_TRIGGER_WORD,
      confidence: DEAL_READER_CONFIDENCE,
    },
    {
      id: 'any.acquired.frame-passive',
      type: 'ACQUIRED',
      read: (units, lang) => readVerbs(units, lang, true),
      source: 'src',
      target: 'tgt',
      mayBeMinority: true,
      neededWordPattern: VERB_TRIGGER_WORD,
      confidence: DEAL_READER_CONFIDENCE,
    },
    {
      id: 'any.acquired.frame-reduced-relative',
      type: 'ACQUIRED',
      read: readReducedRelatives,
      source: 'src',
      target: 'tgt',
      mayBeMinority: true,
      neededWordPattern: VERB_TRIGGER_WORD,
      confidence: DEAL_READER_CONFIDENCE,
    },
    {
      id: 'any.acquired.frame-noun',
      type: 'ACQUIRED',
      read: readNouns,
      source: 'src',
      target: 'tgt',
      mayBeMinority: true,
      neededWordPattern: NOUN_TRIGGER_WORD,
      confidence: DEAL_READER_CONFIDENCE,
    },
  ]),
  ...ACQUIRED_IDIOM_FRAMES,
  ...LEAN_TAKEOVER_FRAMES,
  ...ACQUIRED_CONTROL_PASSAGE_FRAMES,
  ...ACQUIRED_SALE_FRAMES,
  ...ACQUIRED_CLITIC_FRAMES,
  ...ACQUIRED_EARLIER_FRAMES,
  ...ACQUIRED_SPEAKER_FRAMES,
  ...ACQUIRED_OWNERSHIP_FRAMES,
  ...ACQUIRED_OBJECT_RELATIVE_FRAMES,
  ...ACQUIRED_CONTROL_RELATIVE_FRAMES,
  ...ACQUIRED_OWNER_EARLIER_STAKE_FRAMES,
  ...ACQUIRED_PRONOUN_RELATIVE_FRAMES,
  ...ACQUIRED_RELATIVE_SALE_FRAMES,
  ...ACQUIRED_SELLER_OWN_PURCHASE_FRAMES,
  ...ACQUIRED_FRONTED_FRAMES,
  ...ACQUIRED_FRONTED_AGENT_FRAMES,
  ...ACQUIRED_POSSESSIVE_NOUN_FRAMES,
  ...ACQUIRED_LIST_FRAMES,
  ...ACQUIRED_AFTER_LIST_FRAMES,
  ...ACQUIRED_COUNTED_DEAL_FRAMES,
  ...ACQUIRED_HELD_SINCE_FRAMES,
  ...ACQUIRED_BELONGS_SINCE_FRAMES,
  // frames/index.ts takes this file's list: the merger readers ride along
  ...MERGED_FRAMES,
  ...MERGED_PAIR_FRAMES,
];
