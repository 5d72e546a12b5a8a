import type { Unit } from '../pattern';
import { isStop, wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { negated } from './rivals-press-triggers';
import { orgNamedAt } from './rivals-place-possessive';

/**
 * A contest won or lost against named rivals: a tender, a contract or an order ("beating A and B in the final round
 * of the tender", "lost out to A in a contest to supply …", "lost the contract to A", "a remporté l'appel d'offres
 * contre A", "l'a emporté sur A", "a perdu le marché au profit de A"). Bidders for one company are no rivals
 * (GOLD-FORMAT), so a sentence about a takeover reads nothing. Their subject is found by the clause reader.
 */

/** Verbs of beating someone; the French "bat" is left out (reflexive "se bat", read elsewhere). */
const BEAT =
  /^(beat|beats|beating|beaten|bested|outbid|outbids|battu|battue|battus|battant|battre|devancé)$/u;
/** Verbs of losing a contest to someone. */
const LOSE = /^(lose|loses|losing|lost|perd|perdent|perdu|perdre|perdait)$/u;
/** Verbs of winning a contest, read with "against"/"contre"/"face à"/"devant" before the rival. */
const WIN =
  /^(won|win|wins|winning|remport\p{L}*|décroch\p{L}*|gagn(é|e|ent|er|ait)|emport(é|e|ent|er|ait)|emporte)$/u;
/** The prize of the contest: a tender, a contract, an order, a market's sales or customers. */
const PRIZE =
  /^(tender|tenders|contract|contracts|order|orders|procurement|competition|contest|pitch|award|deals?|bids?|appel|appels|offres|contrat|contrats|commande|commandes|marché|marchés|concours|compétition|customers|clients|business|account|accounts|sales|ventes)$/u;
/** Words of buying a company: two bidders for one target are no rivals. */
const TAKEOVER =
  /^(acquisition|acquisitions|acquire|acquired|takeover|take-over|auction|buy|buying|bought|purchase|stake|rachat|racheter|racheté|reprise|reprendre|repris|enchères|opa|cession|vente|sale|merger|fusion)$/u;
/** Words of a lawsuit or of a sports match: a won case or match is no market rivalry. */
const NOT_MARKET = /^(case|lawsuit|appeal|procès|affaire|match|game|election|vote)$/u;
/** Words of a contest between the verb and the rival ("lost the Tervola contract to", "won the tender against"). */
const PRIZE_WINDOW_UNITS = 9;
/** A won contest may name its client first ("l'appel d'offres de la centrale d'achats C face à"). */
const WON_PRIZE_WINDOW_UNITS = 14;

/** Lower-case words of the sentence (units without a word are skipped). */
function words(units: Unit[]): string[] {
  return units.map((_, k) => wordAt(units, k) ?? '');
}

/** The sentence tells of a contest for business, not of a takeover, a court case or a match. */
function contestSentence(units: Unit[]): boolean {
  const ws = words(units);
  return ws.some((w) => PRIZE.test(w)) && !ws.some((w) => TAKEOVER.test(w) || NOT_MARKET.test(w));
}

/** "beating A and B in the tender", "beat out A for the order", "a battu A lors de l'appel d'offres". */
function beatAt(units: Unit[], i: number): number {
  if (!BEAT.test(wordAt(units, i) ?? '') || negated(units, i) || !contestSentence(units)) return -1;
  // "outbid" names bidders for anything: only for a tender, contract or order
  const k = wordAt(units, i + 1) === 'out' ? i + 2 : i + 1;
  // "beating Italy's Prysmian": a place's possessive may stand before the first rival
  const named = units[k]?.kind === 'ent' || orgNamedAt(units, k);
  return named || /^(the|rivals|rival|le|la|les|l')$/u.test(wordAt(units, k) ?? '') ? k : -1;
}

/**
 * The unit after the particle that closes a contest lost or won ("lost the contract to A", "lost out last year to
 * A", "won the tender against A", "remporté l'appel d'offres contre A"), when a prize stands between, or -1.
 */
function prizeThenParticle(
  units: Unit[],
  i: number,
  particle: RegExp,
  prizeNeeded: boolean,
  window = PRIZE_WINDOW_UNITS,
): number {
  let prize = !prizeNeeded;
  for (let k = i + 1; k < units.length && k <= i + window; k++) {
    if (isStop(units, k) || wordAt(units, k) === ',') return -1;
    const w = wordAt(units, k) ?? '';
    if (PRIZE.test(w)) prize = true;
    if (particle.test(w)) {
      if (!prize) return -1;
      // "au profit de A", "face à A": the particle's second word
      if (w === 'profit' || w === 'face')
        return /^(de|d'|du|des|à|au|aux)$/u.test(wordAt(units, k + 1) ?? '') ? k + 2 : -1;
      return k + 1;
    }
  }
  return -1;
}

/** "lost out to A", "lost the contract to A", "a perdu l'appel d'offres au profit de A". */
function lostToAt(units: Unit[], i: number): number {
  if (!LOSE.test(wordAt(units, i) ?? '') || negated(units, i) || !contestSentence(units)) return -1;
  // "lost out (last year) to A": no prize needs naming
  const out = wordAt(units, i + 1) === 'out';
  return prizeThenParticle(units, out ? i + 1 : i, /^(to|profit|face)$/u, !out);
}

/** "won the contract against A", "a remporté le marché contre A", "l'a emporté sur A". */
function wonAgainstAt(units: Unit[], i: number): number {
  const w = wordAt(units, i) ?? '';
  if (!WIN.test(w) || negated(units, i) || !contestSentence(units)) return -1;
  // "l'a emporté sur A": the rival right after "sur"
  if (/^emport/u.test(w)) return wordAt(units, i + 1) === 'sur' ? i + 2 : -1;
  // "a remporté l'appel d'offres de la centrale d'achats C face à A": the client may stand before the rivals
  return prizeThenParticle(units, i, /^(against|contre|face|devant)$/u, true, WON_PRIZE_WINDOW_UNITS);
}

export const TENDER_TRIGGERS: RivalTrigger[] = [
  { name: 'beat-in-contest', head: BEAT, lead: 2, at: beatAt, objectsBetween: true },
  { name: 'lost-contest-to', head: LOSE, lead: 2, at: lostToAt },
  { name: 'won-contest-against', head: WIN, lead: 2, at: wonAgainstAt, objectsBetween: true },
];
