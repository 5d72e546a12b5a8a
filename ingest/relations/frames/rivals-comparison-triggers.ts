import type { Unit } from '../pattern';
import type { RivalTrigger } from './rivals-triggers';
import { wordAt } from './rivals-clause';
import { before } from './rivals-trigger-lookups';
import { bidComparison } from './rivals-bid-comparison';

/**
 * Rivalry told as a comparison of two companies' size or standing: "X is twice as big as Y", "X est deux fois
 * plus gros que Y", "X handles far more loads than Y", "X passe devant Y", "X is now ahead of Y", and market
 * shares set against each other ("7.2 percent, against 6.9 percent for Y", "30 %, contre 25 % pour Y",
 * "claims 9%, roughly level with Y"). Trade articles measure a company against its rivals this way far more
 * often than they name them rivals; the subject is the clause's, as for every trigger.
 */

/** Words of size or quantity a comparison turns on ("bigger", "more", "plus", "moins"). */
const COMPARATIVE_EN = /^(more|fewer|less|bigger|larger|smaller|greater|cheaper|faster|stronger|weaker)$/u;
/** "aussi bon que", "mieux que" weigh qualities, not size: only more, less and as many. */
const COMPARATIVE_FR = /^(plus|moins|autant)$/u;
/** "than those of A", "que celles du Groenland": figures of a place or a people compared, not two companies. */
const DEMONSTRATIVE = /^(that|those|celui|celle|celles|ceux)$/u;
/** Words of size in an English equal comparison ("twice as big as B", "half as many stores as B"). */
const AS_SIZE = /^(big|large|small|many|much)$/u;
/**
 * Comparatives of time, preference or exception ("earlier than", "rather than", "other than", "plus tôt que",
 * "plutôt que"): no company is measured against another.
 */
const NOT_COMPARATIVE =
  /^(rather|other|sooner|earlier|later|longer|older|younger|never|ever|further|farther|after|under|over|ever|whether|either|neither|plutôt|tôt|tard|souvent|longtemps|ainsi|alors|bien|tandis|parce|avant|après|tels|telles|tel|telle|dès|lorsque|puisque|sinon)$/u;
/** Most words between the comparative and "than/que" ("more masts in Iberia than", "plus de clients en France que"). */
const COMPARATIVE_WINDOW_WORDS = 6;
/** Plain words allowed before the compared company ("than market leader X", "que le géant américain X"). */
const COMPARED_LEAD_WORDS = 3;
/** A restrictive "ne … que" / "n'a plus que" counts what one has, it compares no one. */
const RESTRICTIVE = /^(ne|n')$/u;
/** A word that ends the clause the comparison must stand in. */
const CLAUSE_END = /^[;:.!?«»"“”()]$/u;

/** A count after "than": "more than 30 utilities, including A" counts customers, it compares no company. */
const COUNT =
  /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|ten|a|an|un|une|deux|trois|quatre|cinq|dix|cent|mille|double|twice|half|dozen|dozens|hundreds|thousands|dizaine|centaine)$/u;

/** Comparatives of price or speed ("cheaper than", "faster than"): a product or an offer weighed, not a rank. */
const QUALITY_COMPARATIVE = /^(cheaper|faster)$/u;
/** An adjective of quality after "more/plus" ("competitive", "fuel-efficient", "rentable", "agressif"). */
const QUALITY_ADJECTIVE =
  /^[\p{Ll}-]+(ive|ent|ant|able|ible|al|ic|ous|ful|ile|if|ifs|ives|eux|euse|ents|ants|ables|aux)$/u;
/** Adjectives of size: "plus gros que B", "more important than B" rank companies, as the trade press does. */
const SIZE_ADJECTIVE =
  /^(important|importante|importants|importantes|puissant|puissante|puissants|significant)$/u;

/** The comparative at `k` ("more", "plus") weighs a quality: an adjective of no size follows it. */
function qualityAfter(units: Unit[], k: number): boolean {
  if (!/^(more|less|plus|moins)$/u.test(wordAt(units, k) ?? '')) return false;
  const next = wordAt(units, k + 1) ?? '';
  return QUALITY_ADJECTIVE.test(next) && !SIZE_ADJECTIVE.test(next);
}

/** "than/que" closing a comparison of size or quantity within the clause; -1 when it does not. */
function comparedAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === 'as') {
    const size = wordAt(units, i - 1) ?? '';
    const asMany = AS_SIZE.test(size) || AS_SIZE.test(wordAt(units, i - 2) ?? '');
    return asMany && before(units, i - 1, 3, /^as$/u) && !bidComparison(units, i - 2, i) ? i + 1 : -1;
  }
  if (w === null || !/^(than|que|qu')$/u.test(w)) return -1;
  if (units[i + 1]?.kind === 'tok' && COUNT.test(wordAt(units, i + 1) ?? '') && units[i + 2]?.kind !== 'ent')
    return -1;
  if (NOT_COMPARATIVE.test(wordAt(units, i - 1) ?? '') || DEMONSTRATIVE.test(wordAt(units, i + 1) ?? ''))
    return -1;
  for (let k = i - 1; k >= 0 && k >= i - COMPARATIVE_WINDOW_WORDS; k--) {
    const x = wordAt(units, k);
    // a place or a company may stand inside the comparison ("more masts in Iberia than")
    if (x === null) continue;
    if (CLAUSE_END.test(x) || NOT_COMPARATIVE.test(x)) return -1;
    if (!(w === 'than' ? COMPARATIVE_EN : COMPARATIVE_FR).test(x)) continue;
    if (before(units, k, 4, RESTRICTIVE)) return -1;
    // "more competitive than B", "plus rentable que B", "cheaper than B": a quality weighed, no rival named
    if (QUALITY_COMPARATIVE.test(x) || qualityAfter(units, k)) return -1;
    // two bidders' prices compared: see rivals-bid-comparison.ts
    return bidComparison(units, k, i) ? -1 : i + 1;
  }
  return -1;
}

/** Verbs of moving or standing before "devant/ahead of" that make it a rank ("passe devant A", "is ahead of B"). */
const PASSING =
  /^(passe|passent|passé|passée|passer|repasse|repassé|repassée|hisse|hissé|hissée|classe|classé|classée|place|placé|placée|is|are|was|were|remains|remain|remained|stays|stayed|moves|moved|pulls|pulled|pulling|sits|ranks|ranked|comes|came|now|well|far|just|firmly|still|already|comfortably)$/u;
/** Verbs of leading a market before a bare "devant" ("qui domine le secteur avec 60 % des actes, devant A"). */
const DOMINANT =
  /^(domine|dominent|dominait|dominaient|dominates|dominate|dominated|mène|mènent|menait|leads|led)$/u;
/** Words looked back for a domination verb. */
const DOMINANT_LOOKBACK_WORDS = 12;

/** "passe devant A", "is now ahead of B", "domine le marché …, devant A et B": where the rivals start, or -1. */
function aheadAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === 'devant') {
    if (before(units, i, 2, PASSING) || before(units, i, DOMINANT_LOOKBACK_WORDS, DOMINANT)) return i + 1;
    return -1;
  }
  if (w !== 'ahead' || wordAt(units, i + 1) !== 'of') return -1;
  // "shares rose ahead of A's results": the name after is an event's owner, not a company ranked behind
  if (wordAt(units, i + 3) === "'s" || wordAt(units, i + 4) === "'s") return -1;
  return before(units, i, 2, PASSING) || before(units, i, DOMINANT_LOOKBACK_WORDS, DOMINANT) ? i + 2 : -1;
}

/** A percentage or a share word: "6.9 percent", "25 %", "9%", "a third". */
const SHARE_WORD = /^(%|percent|pct|cent|points|tiers|quart|moitié|third|quarter|half|\d+(?:[.,]\d+)?%)$/u;
/** Most words from "against/contre" to "for/pour" ("against 6.9 percent for", "contre 25 % pour"). */
const SET_AGAINST_WORDS = 5;

/** Words of a share price or a growth rate: "shares rose 4%, compared with 2% for B" ranks no market. */
const PRICE_OR_GROWTH =
  /^(shares|stock|stocks|rose|fell|gained|dropped|climbed|jumped|slipped|grew|growth|margin|margins|croissance|croître|hausse|baisse|progressé|reculé|bondi|chuté|grimpé|action|actions|titre|marge|marges|revenue|revenues|sales|profit|profits|earnings|chiffre|ventes|bénéfice|résultat)$/u;
/** Words looked back from the trigger for such a word. */
const PRICE_LOOKBACK_WORDS = 12;

/** "7.2 percent, against 6.9 percent for B", "30 % du marché, contre 25 % pour B": the rivals after "for/pour". */
function shareAgainstAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (before(units, i, PRICE_LOOKBACK_WORDS, PRICE_OR_GROWTH)) return -1;
  if (w === null || !/^(against|contre|versus|vs|compared)$/u.test(w)) return -1;
  // "compared with 25% for B", "compared to 25% at B"
  if (w === 'compared' && !/^(with|to)$/u.test(wordAt(units, i + 1) ?? '')) return -1;
  let share = false;
  for (let k = i + 1; k < units.length && k <= i + SET_AGAINST_WORDS; k++) {
    const x = wordAt(units, k);
    if (x === null) return -1;
    if (SHARE_WORD.test(x)) share = true;
    if (/^(for|pour|at|chez)$/u.test(x)) return share ? k + 1 : -1;
  }
  return -1;
}

/** Words of a market share a "level with" needs in its clause ("claims 9%, roughly level with B"). */
const LEVEL_LOOKBACK_WORDS = 8;

/** "roughly level with B", "à égalité avec B", "au coude-à-coude" is an idiom read elsewhere. */
function levelAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === 'level' && wordAt(units, i + 1) === 'with')
    return before(units, i, LEVEL_LOOKBACK_WORDS, SHARE_WORD) ? i + 2 : -1;
  if (w === 'égalité' && wordAt(units, i - 1) === 'à' && wordAt(units, i + 1) === 'avec')
    return before(units, i, LEVEL_LOOKBACK_WORDS, SHARE_WORD) ? i + 2 : -1;
  return -1;
}

export const COMPARISON_TRIGGERS: RivalTrigger[] = [
  { name: 'comparative', head: /^(than|que|qu'|as)$/u, lead: COMPARED_LEAD_WORDS, at: comparedAt },
  { name: 'ahead', head: /^(devant|ahead)$/u, lead: COMPARED_LEAD_WORDS, at: aheadAt },
  { name: 'share-against', head: /^(against|contre|versus|vs|compared)$/u, lead: 1, at: shareAgainstAt },
  { name: 'level-with', head: /^(level|égalité)$/u, lead: COMPARED_LEAD_WORDS, at: levelAt },
];
