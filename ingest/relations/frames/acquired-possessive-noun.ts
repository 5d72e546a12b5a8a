import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, entsAt, isOrgAt, isStrongStop, wordAt } from './clause';
import { agentAfter, objectAfter } from './clause-object';
import { dealCaptures } from './deal-captures';

/**
 * A deal noun whose possessive names the company that changed hands, after that company: "chief executive of
 * Glenbrae Foods, a Scottish oatcake maker, until its sale to Highland Bakehouse", "who started Gridwise and ran it
 * until its sale to Siemens", "Vensolis a été rebaptisé après son rachat par le fonds Eurazeo", "X a doublé de
 * taille depuis sa reprise par Y". The buyer is the noun's agent ("by"/"par") or, for a noun of selling, whom it
 * goes to ("to"/"à"); the possessive points back at the last company named before it in the sentence. The phrase
 * fronted before its company ("Depuis son rachat par X, Y …") is acquired-fronted-agent.ts's.
 */

/** Possessive determiners of a company (a person's "his"/"her" is left out: a person is never bought). */
const POSSESSIVES: Record<Language, RegExp> = { fr: /^(son|sa|leur)$/u, en: /^(its|their)$/u };
/** Nouns of buying, whose agent is the buyer ("son rachat par X", "its takeover by X"). */
const BUY_NOUNS: Record<Language, RegExp> = {
  fr: /^(rachat|reprise|acquisition|absorption)$/u,
  en: /^(acquisition|purchase|takeover|buyout|absorption)$/u,
};
/** Nouns of selling, whose recipient is the buyer ("sa cession au groupe X", "its sale to X"). */
const SALE_NOUNS: Record<Language, RegExp> = {
  fr: /^(cession|vente)$/u,
  en: /^(sale|divestiture|disposal)$/u,
};
/** The recipient's preposition after a noun of selling. */
const TO: Record<Language, RegExp> = { fr: /^(à|au|aux)$/u, en: /^to$/u };
/**
 * Words that may qualify the deal noun without making it less than a fact: a year, "recent", "planned". Words of
 * doubt or failure ("possible", "failed") are not among them, so "its failed sale to X" is read as nothing.
 */
const NOUN_MODIFIERS =
  /^(\d{4}|recent|récent|récente|planned|proposed|pending|announced|prévu|prévue|annoncé|annoncée|first|premier|première)$/u;
/** Units after the deal noun within which the buyer's preposition must come ("its sale in 2019 to X"). */
const MAX_AGENT_UNITS = 4;
/** Units from the preposition to the buyer: a described buyer ("au fonds d'investissement X") runs to five. */
const MAX_BUYER_UNITS = 6;

/** Unit of the deal noun after the possessive at `k` (past one modifier), or -1. */
function dealNounAfter(units: Unit[], k: number, lang: Language): number {
  const n = NOUN_MODIFIERS.test(wordAt(units, k + 1)) ? k + 2 : k + 1;
  const w = wordAt(units, n);
  return BUY_NOUNS[lang].test(w) || SALE_NOUNS[lang].test(w) ? n : -1;
}

/** The buyer of the deal noun at `noun`: its agent, or for a noun of selling whom it goes to; -1 when none. */
function buyerOf(units: Unit[], noun: number, lang: Language): number {
  if (BUY_NOUNS[lang].test(wordAt(units, noun))) return agentAfter(units, noun, MAX_AGENT_UNITS);
  for (let k = noun + 1; k < units.length && k - noun <= MAX_AGENT_UNITS; k++) {
    const w = wordAt(units, k);
    if (TO[lang].test(w)) return objectAfter(units, k - 1, { crossing: TO[lang], maxUnits: MAX_BUYER_UNITS });
    // "its sale of Y to X" sells Y: the possessive's company is then the seller, another reading's
    if (units[k].kind === 'ent' || isStrongStop(units, k) || /^(of|de|du|des|d')$/u.test(w)) return -1;
  }
  return -1;
}

/** Words between an apposition's comma and its name ("Ce dernier, l'ex-Aquitaine Photovoltaïque, …"). */
const MAX_APPOSITION_WORDS = 3;

/**
 * The company an apposed name at `j` describes ("Ce dernier, l'ex-Aquitaine Photovoltaïque"): the name before the
 * apposition's comma, which the article goes on using; else `j` itself.
 */
function apposedHead(units: Unit[], j: number): number {
  for (let k = j - 1; k >= 0 && j - k <= MAX_APPOSITION_WORDS + 1; k--) {
    if (wordAt(units, k) === ',') return isOrgAt(units, k - 1) ? k - 1 : j;
    if (units[k].kind !== 'tok') return j;
  }
  return j;
}

/** The last name before unit `k`, when it is a company's (a person's name before "its" is no company sold). */
function possessorBefore(units: Unit[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j];
    if (isStrongStop(units, j)) return -1;
    if (u.kind === 'ent') return u.orgs ? apposedHead(units, j) : -1;
  }
  return -1;
}

function readPossessiveNouns(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 1; k < units.length; k++) {
    if (!POSSESSIVES[lang].test(wordAt(units, k))) continue;
    const noun = dealNounAfter(units, k, lang);
    if (noun < 0) continue;
    const bought = possessorBefore(units, k);
    const buyer = bought < 0 ? -1 : buyerOf(units, noun, lang);
    if (buyer < 0 || entsAt(units, buyer).length === 0) continue;
    const captures = dealCaptures(units, buyer, bought, bought);
    if (captures) out.push(captures);
  }
  return out;
}

/** ACQUIRED told by a possessive deal noun after the company bought (both languages). */
export const ACQUIRED_POSSESSIVE_NOUN_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-possessive-noun',
    type: 'ACQUIRED',
    read: readPossessiveNouns,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
    neededWords: ['its', 'their', 'son', 'sa', 'leur'],
  },
]);
