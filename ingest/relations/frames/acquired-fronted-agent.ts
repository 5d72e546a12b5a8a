import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { NOUN_TRIGGER_WORD } from './acquired-triggers';
import { DEAL_READER_CONFIDENCE, isOrgAt, isStrongStop, wordAt } from './clause';
import { agentAfter } from './clause-object';
import { dealCaptures } from './deal-captures';

/**
 * A past deal told in a fronted phrase whose possessive points forward at the main clause's subject, the buyer
 * being the deal noun's agent: "Depuis son rachat par X en 2020, Y a doublé de taille", "Since its 2019 buyout by
 * X, Y has …", "Après sa reprise par X, Y …". The possessive names the company bought before it is named, so no
 * clause-bound reader sees the pair; the fronted-phrase reader (acquired-fronted.ts) reads the opposite shape,
 * "Following its acquisition of Y, X …", where the subject buys.
 */

/** Words opening a fronted phrase of time or sequence. */
const OPENERS: Record<Language, RegExp> = {
  fr: /^(depuis|après|avant|dès|suite)$/,
  en: /^(since|after|following|before|until)$/,
};
/** "suite à son rachat": the preposition a French opener may take. */
const OPENER_PREPOSITION = /^(à)$/;
/** Possessives that point forward at the subject. */
const POSSESSIVES = /^(son|sa|its|their|leur)$/;
/** Words a deal noun may carry before it: a year, "recent", "first" ("its 2019 buyout", "son récent rachat"). */
const NOUN_MODIFIER = /^(\d{4}|recent|récent|récente|first|premier|première|former|ancien|ancienne)$/;
/** Units after the deal noun within which its agent ("par X", "by X") must come. */
const MAX_AGENT_UNITS = 4;
/** Units after the agent within which the phrase must close with its comma (a date, a place, a price). */
const MAX_TAIL_UNITS = 8;

/** Unit of the deal noun of a phrase opened at unit 0 ("Depuis son [2019] rachat"), or -1. */
function frontedDealNoun(units: Unit[], lang: Language): number {
  if (!OPENERS[lang].test(wordAt(units, 0))) return -1;
  let k = OPENER_PREPOSITION.test(wordAt(units, 1)) ? 2 : 1;
  if (!POSSESSIVES.test(wordAt(units, k))) return -1;
  k++;
  if (NOUN_MODIFIER.test(wordAt(units, k))) k++;
  return NOUN_TRIGGER_WORD.test(wordAt(units, k)) ? k : -1;
}

/** The comma closing the phrase after the agent, or -1 when a name or a stop comes first. */
function closingComma(units: Unit[], agent: number): number {
  for (let k = agent + 1; k < units.length && k - agent <= MAX_TAIL_UNITS; k++) {
    if (wordAt(units, k) === ',') return k;
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return -1;
  }
  return -1;
}

function readFrontedAgent(units: Unit[], lang: Language): Captures[] {
  const noun = frontedDealNoun(units, lang);
  if (noun < 0) return [];
  const buyer = agentAfter(units, noun, MAX_AGENT_UNITS);
  if (buyer < 0) return [];
  const comma = closingComma(units, buyer);
  const bought = comma + 1;
  // the subject right after the comma; "X's shares" or "X, Z …" name no company bought
  if (comma < 0 || !isOrgAt(units, bought) || /^('s|'|,)$/.test(wordAt(units, bought + 1))) return [];
  const captures = dealCaptures(units, buyer, bought, 0);
  return captures ? [captures] : [];
}

/** ACQUIRED told in a fronted "since its takeover by X" phrase of the company bought (both languages). */
export const ACQUIRED_FRONTED_AGENT_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-fronted-agent',
    type: 'ACQUIRED',
    read: readFrontedAgent,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
    neededWordPattern: NOUN_TRIGGER_WORD,
  },
]);
