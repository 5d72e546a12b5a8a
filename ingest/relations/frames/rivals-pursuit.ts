import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { orgNamedAt } from './rivals-place-possessive';

/**
 * Rivalry told as a pursuit or an attack on someone's ground, whose rival follows the figure: "part à l'assaut de
 * A", "taille des croupières à A", "fait de l'ombre à A", "vise les clients de A", "partage le marché avec A",
 * "catching up with A", "gaining ground on A", "closing the gap with A", "a ravi des clients à A", "wrested the
 * top spot from A", "takes aim at A", "squares off against A", "eats into A's share", "goes after A's
 * customers", "faces A". French business press says rivalry through such figures far more often than through a
 * rivalry noun, so each figure is read in every tense and with a few words between its parts.
 */

/** After the figure's last word the rival, or a short kind descriptor before it, comes soon ("à l'assaut du géant A"). */
const PURSUIT_LEAD_WORDS = 4;
/** Words allowed between "le marché" and "avec" ("partage le marché des éleveurs laitiers avec A"). */
const MARKET_QUALIFIER_WORDS = 4;
/** Words looked back from a figure's noun for the verb that owns it ("fait désormais de l'ombre à"). */
const VERB_LOOKBACK_WORDS = 4;

const NEGATION = /^(not|never|no|ne|n'|pas|plus|jamais|don't|doesn't|didn't|won't)$/u;

/** Not said: "ne fait pas d'ombre à", "is not catching up with". */
function negatedBefore(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - VERB_LOOKBACK_WORDS; k--)
    if (NEGATION.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** A word matching `re` among the `n` words before unit `i`. */
function wordBefore(units: Unit[], i: number, n: number, re: RegExp): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n; k--) if (re.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** The words at `i`, `i+1`, … match `steps` in turn. */
function wordsAt(units: Unit[], i: number, steps: RegExp[]): boolean {
  return steps.every((re, k) => re.test(wordAt(units, i + k) ?? ''));
}

const OF_FR = /^(de|du|des|d')$/u;
const TO_FR = /^(à|au|aux)$/u;

/** "à l'assaut de A": the attack noun after "à l'", then its "de". */
function assaultAt(units: Unit[], i: number): number {
  if (wordAt(units, i) !== 'assaut') return -1;
  if (!/^(l'|l’)$/u.test(wordAt(units, i - 1) ?? '')) return -1;
  return OF_FR.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
}

/** "taille des croupières à A", "fait de l'ombre à A": the noun of the figure, then its "à". */
function harmAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === 'croupières' && wordBefore(units, i, 2, /^taill\p{L}*$/u)) {
    return TO_FR.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
  }
  if (
    w === 'ombre' &&
    wordBefore(units, i, VERB_LOOKBACK_WORDS, /^(fai[ts]|font|faire|fait|faisait|faisaient|fera|feront)$/u)
  ) {
    return TO_FR.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
  }
  return -1;
}

/** Verbs of going after someone's customers ("vise les clients de A", "courtise les abonnés de A"). */
const COURT_FR =
  /^(vis(e|ent|ait|aient|era|eront|er|é|ée)|cibl(e|ent|ait|aient|era|eront|er|é|ée)|courtis\p{L}*|lorgn\p{L}*|convoit\p{L}*|débauch\p{L}*|séduir\p{L}*|séduit|chass(e|ent|er|ait|aient))$/u;
const CUSTOMERS_FR = /^(clients|clientèle|abonnés|utilisateurs|consommateurs|annonceurs|patients)$/u;

/** "vise les clients de A": the customers noun after a courting verb, then its "de". */
function customersOfAt(units: Unit[], i: number): number {
  if (!CUSTOMERS_FR.test(wordAt(units, i) ?? '')) return -1;
  if (!/^(les|la|des)$/u.test(wordAt(units, i - 1) ?? '') || !COURT_FR.test(wordAt(units, i - 2) ?? ''))
    return -1;
  return OF_FR.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
}

const SHARE_VERB = /^partag(e|ent|eait|eaient|é|er|era|eront)$/u;

/** "partage le marché (des éleveurs) avec A": sharing a market with someone. */
function sharesMarketAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null || !SHARE_VERB.test(w)) return -1;
  if (!wordsAt(units, i + 1, [/^(le|ce|son|leur)$/u, /^(marché|secteur|segment|créneau|terrain)$/u]))
    return -1;
  for (let k = i + 3; k < units.length && k <= i + 3 + MARKET_QUALIFIER_WORDS; k++) {
    const x = wordAt(units, k);
    if (x === null) return -1;
    if (x === 'avec') return k + 1;
  }
  return -1;
}

const CATCH = /^(catch|catches|catching|caught)$/u;
const CATCH_TAIL = [/^up$/u, /^(with|to)$/u];
const TAKE = /^(take|takes|taking|took|taken)$/u;
const TAKE_TAIL = [/^aim$/u, /^at$/u];
const SQUARE = /^(square|squares|squared|squaring)$/u;
const SQUARE_TAIL = [/^off$/u, /^(against|with)$/u];
const LOCK = /^(lock|locks|locked|locking)$/u;
const LOCK_TAIL = [/^horns$/u, /^with$/u];
const AT_HEELS = /^(at|on|nipping|snapping)$/u;

/** "catching up with A", "caught up with A", "takes aim at A", "squares off against A", "locks horns with A". */
function chaseEnAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null) return -1;
  if (CATCH.test(w) && wordsAt(units, i + 1, CATCH_TAIL)) return i + 3;
  if (TAKE.test(w) && wordsAt(units, i + 1, TAKE_TAIL)) return i + 3;
  if (SQUARE.test(w) && wordsAt(units, i + 1, SQUARE_TAIL)) return i + 3;
  if (LOCK.test(w) && wordsAt(units, i + 1, LOCK_TAIL)) return i + 3;
  if (w === 'heels' && wordBefore(units, i, 2, AT_HEELS)) {
    return wordAt(units, i + 1) === 'of' ? i + 2 : -1;
  }
  return -1;
}

/** Verbs of going after someone's customers or share in English ("eats into A's share", "goes after A's users"). */
const INTO_OR_AFTER = /^(eat|eats|eating|ate|eaten|cut|cuts|cutting|bite|bites|biting|bit|bitten)$/u;
const GO =
  /^(go|goes|going|went|gone|target|targets|targeting|targeted|court|courts|courting|courted|woo|woos|wooing|wooed|poach|poaches|poaching|poached|lure|lures|luring|lured)$/u;
/** What is taken from its holder after "A's". */
const HELD =
  /^(share|shares|market|customers|clients|users|subscribers|business|lead|accounts|audience|base)$/u;

/** The rival's unit after a figure, then "'s" and a held noun within two words: `from` if so, else -1. */
function possessedHeld(units: Unit[], from: number): number {
  const u = units[from];
  if (u?.kind !== 'ent') return -1;
  for (let k = from + 1; k <= from + 3 && k < units.length; k++) {
    const w = wordAt(units, k);
    if (w !== null && HELD.test(w)) return from;
  }
  return -1;
}

function takesFromEnAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null) return -1;
  if (INTO_OR_AFTER.test(w) && wordAt(units, i + 1) === 'into') return possessedHeld(units, i + 2);
  if (GO.test(w)) {
    const k = wordAt(units, i + 1) === 'after' ? i + 2 : i + 1;
    return possessedHeld(units, k);
  }
  return -1;
}

const FACES = /^(faces|faced|facing)$/u;

/** "X faces A and B in endpoint protection": the rival straight after "faces", no noun ("faces a fine"). */
function facesAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null || !FACES.test(w)) return -1;
  return orgNamedAt(units, i + 1) ? i + 1 : -1;
}

const GAIN = /^(gain|gains|gaining|gained)$/u;
const GAIN_TAIL = [/^ground$/u, /^on$/u];
const CLOSE = /^(close|closes|closing|closed|narrow|narrows|narrowing|narrowed)$/u;
const CLOSE_TAIL = [/^the$/u, /^gap$/u, /^(with|on|to)$/u];
/** Words allowed between a closing-in figure and its rival ("closing the gap with larger rivals A and B"). */
const CLOSING_KIND = /^(its|their|larger|bigger|rival|rivals|market|leader|leaders|the|u\.s\.|european)$/u;
/** Most such words. */
const CLOSING_KIND_WORDS = 3;

/** `end` when the rival is named there or after a few kind words ("larger rivals A"), else -1 (a stock "gained
 * ground on news of B's bid", "closed the gap with a deal for B" name no rival). */
function rivalSoonAt(units: Unit[], end: number): number {
  for (let k = end; k < units.length && k <= end + CLOSING_KIND_WORDS; k++) {
    if (orgNamedAt(units, k)) return end;
    if (!CLOSING_KIND.test(wordAt(units, k) ?? '')) return -1;
  }
  return -1;
}

/** "gaining ground on A", "closing / narrowing the gap with A": a chaser and the one ahead. */
function closingInAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null) return -1;
  if (GAIN.test(w) && wordsAt(units, i + 1, GAIN_TAIL)) return rivalSoonAt(units, i + 3);
  if (CLOSE.test(w) && wordsAt(units, i + 1, CLOSE_TAIL)) return rivalSoonAt(units, i + 4);
  return -1;
}

const RAVIR = /^rav(ir|it|i|is|ie|issent|issait|issaient|ira|iront|issant)$/u;
/** What a rival takes from another with "ravir" ("ravir des clients à A", "lui ravir la première place"). */
const TAKEN_FR =
  /^(clients|clientèle|abonnés|parts|part|place|position|leadership|marchés|contrats|comptes)$/u;
const WREST = /^(wrest|wrests|wrested|wresting)$/u;
/** What a rival takes from another with "wrest" ("wrested the top spot from A"); control of a company is a deal. */
const TAKEN_EN = /^(spot|lead|crown|title|place|position|share|customers|clients|accounts|leadership)$/u;
/** Words allowed between the verb and the taken noun ("a ravi plusieurs gros clients", "wrested the No. 1 spot"). */
const TAKEN_WORDS = 6;
/** Words between the taken noun and its particle ("the top spot in hospital billing software from A"). */
const TAKEN_TO_PARTICLE_WORDS = 5;

/** "a ravi plusieurs clients à A", "wrested the top spot from A": the taken noun, then "à" / "from". */
function takenFromAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null) return -1;
  const fr = RAVIR.test(w);
  if (!fr && !WREST.test(w)) return -1;
  for (let k = i + 1; k < units.length && k <= i + TAKEN_WORDS; k++) {
    const x = wordAt(units, k);
    if (x === null) return -1;
    if (!(fr ? TAKEN_FR : TAKEN_EN).test(x)) continue;
    // "ravir … la première place de numéro un à A": the particle closes the taken phrase soon after its noun
    for (let j = k + 1; j < units.length && j <= k + TAKEN_TO_PARTICLE_WORDS; j++) {
      const p = wordAt(units, j);
      if (p === null) return -1;
      if (fr ? TO_FR.test(p) : p === 'from') return orgNamedAt(units, j + 1) ? j + 1 : -1;
    }
    return -1;
  }
  return -1;
}

const PURSUIT_FIGURES = [
  assaultAt,
  harmAt,
  customersOfAt,
  sharesMarketAt,
  chaseEnAt,
  closingInAt,
  takenFromAt,
];

/** A figure's end at `i`, or -1; the negation before it is looked back for only once a (rare) figure stands there. */
function unlessNegated(units: Unit[], i: number, end: number): number {
  return end >= 0 && negatedBefore(units, i) ? -1 : end;
}

/** Joins word regexes into one that matches a word any of them matches. */
function anyOf(list: RegExp[]): RegExp {
  return new RegExp(list.map((re) => `(?:${re.source})`).join('|'), 'u');
}

/** The words each figure is read at (the word at `i` of its `…At` function). */
const PURSUIT_HEAD = anyOf([
  /^(assaut|croupières|ombre|heels)$/u,
  CUSTOMERS_FR,
  SHARE_VERB,
  CATCH,
  TAKE,
  SQUARE,
  LOCK,
  GAIN,
  CLOSE,
  RAVIR,
  WREST,
]);
const PURSUIT_HELD_HEAD = anyOf([INTO_OR_AFTER, GO]);

export const PURSUIT_TRIGGERS: RivalTrigger[] = [
  {
    name: 'pursuit',
    head: PURSUIT_HEAD,
    lead: PURSUIT_LEAD_WORDS,
    at: (units, i) => {
      for (const at of PURSUIT_FIGURES) {
        const end = at(units, i);
        if (end >= 0) return unlessNegated(units, i, end);
      }
      return -1;
    },
  },
  {
    name: 'pursuit-held',
    head: PURSUIT_HELD_HEAD,
    lead: 0,
    at: (units, i) => unlessNegated(units, i, takesFromEnAt(units, i)),
  },
  {
    name: 'faces',
    head: FACES,
    lead: 0,
    at: (units, i) => unlessNegated(units, i, facesAt(units, i)),
  },
];
