import type { Unit } from './pattern';

/**
 * A deal noun whose parties are named after it and whose own verb is denied: "Un rapprochement de A avec B n'est
 * pas à l'ordre du jour", "une fusion entre A et B ne se fera pas", "A merger of A and B is not on the cards",
 * "the purchase of Y by X won't happen". The noun phrase is the clause's subject, so the denial is the deal's.
 */

const DEAL_NOUNS =
  /^(merger|acquisition|purchase|takeover|buyout|combination|tie-up|fusion|rachat|rapprochement|reprise|absorption|cession|sale)$/u;
/** Units from the deal noun to its first party ("fusion entre le groupe A"). */
const MAX_NOUN_TO_PARTY_UNITS = 4;
/** Units after the last party in which the denied verb is looked for. */
const MAX_PARTY_TO_VERB_UNITS = 6;
/** Verbs that carry the noun's denial between "ne" and "pas": being, happening, planned, possible. */
const FR_CARRIERS =
  /^(est|était|sera|serait|a|aura|aurait|va|ira|peut|pourra|pourrait|se|s'|s’|fera|ferait|aboutira|aboutirait|figure|semble)$/u;
const NE_FR = /^(ne|n'|n’)$/u;
const NEGATOR_FR = /^(pas|jamais|plus|guère|nullement|aucunement)$/u;
/** English auxiliaries whose "not/n't" denies the noun's clause ("is not on the agenda", "won't happen"). */
const EN_AUX = /^(is|was|are|were|will|would|has|had|have|does|did|could|can|should)$/u;
const NEGATOR_EN = /^(not|never|n't|n’t)$/u;
const EN_CONTRACTED = /^(isn't|wasn't|won't|wouldn't|hasn't|doesn't|didn't|can't|cannot|couldn't)$/u;
/** "not yet", "pas encore": still to come, not off. */
const NOT_DENIAL_AFTER = /^(yet|only|just|merely|encore|seulement|que|uniquement|déjà)$/u;
/** The clause ends: its own relative or a new sentence part carries another verb. */
const CLAUSE_END = /^([;.:!?]|qui|que|dont|which|who|that|while|tandis|alors|but|mais)$/u;

function word(u: Unit | undefined): string {
  return u?.kind === 'tok' ? u.token.lower : '';
}

function dealNounOpens(units: Unit[], lo: number): boolean {
  for (let k = lo - 1; k >= 0 && lo - k <= MAX_NOUN_TO_PARTY_UNITS; k--)
    if (DEAL_NOUNS.test(word(units[k]))) return true;
  return false;
}

function deniedVerbAfter(units: Unit[], hi: number): boolean {
  for (let k = hi + 1; k < units.length && k - hi <= MAX_PARTY_TO_VERB_UNITS; k++) {
    const w = word(units[k]);
    if (CLAUSE_END.test(w)) return false;
    const next = word(units[k + 1]);
    if (EN_CONTRACTED.test(w)) return !NOT_DENIAL_AFTER.test(next);
    if (EN_AUX.test(w) && NEGATOR_EN.test(next)) return !NOT_DENIAL_AFTER.test(word(units[k + 2]));
    if (!NE_FR.test(w)) continue;
    // "n'est pas", "ne se fera pas", "n'a pas abouti": one carrier (two for "se fera") then the negator
    for (let j = k + 1; j <= k + 2 && FR_CARRIERS.test(word(units[j])); j++)
      if (NEGATOR_FR.test(word(units[j + 1]))) return !NOT_DENIAL_AFTER.test(word(units[j + 2]));
    return false;
  }
  return false;
}

/**
 * Verbs that call the deal off: "after its merger with B collapsed", "la fusion avec B a capoté", "was called
 * off", "fell through". "fell"/"called" count only with their particle, since shares fall and analysts call.
 */
const COLLAPSE =
  /^(collapse|collapses|collapsed|collapsing|fails|failed|foundered|scrapped|abandoned|aborted|terminated|cancelled|canceled|échoue|échoué|capote|capoté|avorte|avorté|avortée|abandonné|abandonnée|annulé|annulée|rompu|rompue)$/u;
const COLLAPSE_WITH_PARTICLE = /^(fell|falls|fall|called)$/u;
const PARTICLE = /^(through|off|apart)$/u;

export function collapsedAfter(units: Unit[], hi: number): boolean {
  for (let k = hi + 1; k < units.length && k - hi <= MAX_PARTY_TO_VERB_UNITS; k++) {
    const w = word(units[k]);
    if (CLAUSE_END.test(w) || w === ',') return false;
    if (COLLAPSE.test(w)) return true;
    if (COLLAPSE_WITH_PARTICLE.test(w) && PARTICLE.test(word(units[k + 1]))) return true;
  }
  return false;
}

/**
 * The parties at units `lo` < `hi` follow a deal noun whose clause is denied after them, or the later party
 * closes a deal noun ("merger with B", "la fusion avec B") whose verb calls it off.
 */
export function deniedDealNoun(units: Unit[], lo: number, hi: number): boolean {
  if (dealNounOpens(units, lo) && deniedVerbAfter(units, hi)) return true;
  return dealNounOpens(units, hi) && collapsedAfter(units, hi);
}
