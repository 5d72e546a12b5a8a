import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { opensOnFounding } from './anaphora-founded-target';
import { opensOnFrontedPurchase } from './deal-fronted-purchase';
import { opensOnFrontedRivals } from './anaphora-fronted-rivals';
import { opensOnFrontedHeading } from './anaphora-fronted-heading';

/**
 * "Créée en 2020 par P et Q, deux anciens de Y, la jeune pousse emploie 65 personnes. Elle …", "Dirigé depuis 2019
 * par P, le groupe … Il …", "Founded in 2019 by P, Ledgerline sells …": the people a fronted participle names as its
 * agent tell the company's story, they are not the clause's subject. The company after the phrase is, so the next
 * "il"/"elle" agreeing with the participle stands for it, as after an apposed agent (apposed-agent.ts).
 */

/** A participle opening the sentence: French -é/-ée/-u/-ue forms, English -ed forms and a few strong ones. */
const FRONTED_PARTICIPLE = /^([\p{L}-]+(é|ée|és|ées|u|ue|us|ues|ed)|run|led|set|started|begun)$/u;
const AGENT_WORDS = new Set(['par', 'by']);
/** Words of control before the owner's name ("sous le contrôle de X", "dans l'escarcelle de X", "under the control of X"). */
const CONTROL_WORDS = new Set(['sous', 'dans', 'under', 'into']);
/** Most units between the participle and its agent word ("Fondée à Montélimar en 1958 par", "Set up in 2015 by"). */
const MAX_BEFORE_AGENT = 5;

/**
 * The index of the subject after a fronted participle phrase that names a party: the first organisation (a name or
 * a pointer) right after a comma, past the phrase's own names ("Passé sous le contrôle de X en 2018, le groupe …",
 * "Créée par P, deux anciens de Y, la start-up …"). -1 when the sentence does not open so.
 */
export function frontedAgentSubject(units: Unit[]): number {
  const first = openingWord(units);
  if (first === null || !FRONTED_PARTICIPLE.test(first)) return -1;
  if (!opensOnPartyPhrase(units)) return -1;
  let named = false;
  for (let k = 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || u.word !== undefined) continue;
    const before = units[k - 1];
    if (named && u.orgs && before?.kind === 'tok' && before.token.text === ',') return k;
    named = true;
  }
  return -1;
}

/** The sentence's first word, also when the name finder took a capitalised participle for a lone name ("Passé"). */
function openingWord(units: Unit[]): string | null {
  const u = units[0];
  if (u?.kind === 'tok') return u.token.lower;
  return u?.kind === 'ent' && u.word !== undefined ? u.word.lower : null;
}

/**
 * The phrase names its party after an agent word ("Fondée en 1958 par P", "Backed by X") or after a word of
 * control ("Passé sous le contrôle de X", "tombée dans l'escarcelle de X").
 */
function opensOnPartyPhrase(units: Unit[]): boolean {
  return units
    .slice(1, 2 + MAX_BEFORE_AGENT)
    .some((u) => u.kind === 'tok' && (AGENT_WORDS.has(u.token.lower) || CONTROL_WORDS.has(u.token.lower)));
}

/** Participles of a change of owner opening a sentence ("Passé sous le contrôle de X", "Racheté en 2019 par X"). */
const FRONTED_DEAL =
  /^(pass[ée]e?s?|tomb[ée]e?s?|rachet[ée]e?s?|repris|reprise|acquise?s?|absorb[ée]e?s?|détenue?s?|contrôl[ée]e?s?|soutenue?s?|acquired|bought|taken|backed|owned|controlled)$/;

/**
 * "Passé sous le contrôle de Keller en 2018, le groupe …", "Racheté par X en 2019, le fabricant …": a sentence
 * opening on its subject's change of owner, the owner named in the fronted phrase being no antecedent of the pointer
 * after it (as the founders of opensOnFounding are not).
 */
function opensOnFrontedDeal(tokens: Token[]): boolean {
  if (tokens.length === 0 || !FRONTED_DEAL.test(tokens[0].lower)) return false;
  return tokens
    .slice(1, 2 + MAX_BEFORE_AGENT)
    .some((t) => AGENT_WORDS.has(t.lower) || CONTROL_WORDS.has(t.lower));
}

/**
 * The gender the fronted participle gives the subject ("Créée … par P, la société" f, "Fondé … par P, le groupe" m),
 * when the sentence opens on such a phrase; null otherwise or for an English participle.
 */
export function frontedAgentGender(units: Unit[]): 'm' | 'f' | null {
  const first = openingWord(units);
  if (first === null || frontedAgentSubject(units) < 0) return null;
  if (/(ées?|ues?)$/.test(first)) return 'f';
  return /(és?|us?)$/.test(first) ? 'm' : null;
}

/**
 * A sentence opening on a founding, a head ("Dirigée par P, …"), a change of owner or rivals faced, whose pointer
 * after the comma is the subject.
 */
export function opensOnFrontedPhrase(tokens: Token[]): boolean {
  return (
    opensOnFounding(tokens) ||
    opensOnFrontedHeading(tokens) ||
    opensOnFrontedDeal(tokens) ||
    opensOnFrontedPurchase(tokens) ||
    opensOnFrontedRivals(tokens)
  );
}
