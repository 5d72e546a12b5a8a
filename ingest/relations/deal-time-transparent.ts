import type { Unit } from './pattern';
import { isReflexiveOffer, priceInsertLength } from './deal-price-insert';
import { courtInsertLength } from './deal-court-insert';

/**
 * French puts the time of a deal between the deal word and what changes hands ("a racheté en 2019 la fromagerie
 * Y", "a cédé l'an dernier l'activité au groupe B", "la fusion l'an dernier de A et de B", "pris le contrôle en
 * 2023 de Y", "la reprise en mars du transporteur Y"). Every deal rule would need a second spacing for it, and a
 * time phrase used up a capped gap ("~6!") so a described object was lost. The phrase is a shape, not a wording:
 * once read as a time it is dropped from the units rule matching sees (values.ts reads the date from the text, so
 * nothing is lost), whatever the deal word's family or tense.
 */

/** Words of a change of hands after which a time phrase may stand before the object. */
const DEAL_WORD =
  /^(rachet|rachèt|rachat|repri|repren|reprend|reprise|céd|cèd|cession|vend|vente|acqu|absorb|fusion|rapprochement|contrôle$|boucl|finalis|mené$|retenu)/;

export const MONTHS = new Set([
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]);
const WEEKDAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const TIME_OPENERS = new Set(['en', 'fin', 'début', 'dès', 'courant']);
/**
 * What may follow the time phrase: the object's determiner, its "de", a partner's or buyer's "avec"/"à", or a name. Not a possessive: "vendu l'an
 * dernier son site de Vitré à B" sells a place of the subject, which the target readers would take for a company.
 */
const OBJECT_OPENERS = new Set([
  'le',
  'la',
  "l'",
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  "d'",
  'deux',
  'trois',
  'sur',
  'avec',
  'à',
  'au',
  'aux',
]);

/** A percentage's number ("40", "12,5"), which opens a share sold; a year is a time phrase of its own. */
const STAKE_FIGURE = /^(?!(19|20)\d\d$)\d{1,2}([,.]\d+)?$/;

/** A year on its own ("2023"), as a time phrase or the date between a deal word and its object holds it. */
export const isYear = (w: string): boolean => /^(19|20)\d\d$/.test(w);

function lowerAt(units: Unit[], i: number): string | null {
  const u = units[i];
  return u && u.kind === 'tok' ? u.token.lower : null;
}

/** The unit can open a deal's object; a share sold opens on its figure ("a cédé en juin 40 % de sa filiale Y à B"). */
function opensObject(next: Unit | undefined): boolean {
  return (
    next !== undefined &&
    (next.kind === 'ent' || OBJECT_OPENERS.has(next.token.lower) || STAKE_FIGURE.test(next.token.lower))
  );
}

/** Units a time phrase starting at `i` spans, or 0. */
function timeLength(units: Unit[], i: number): number {
  const w = lowerAt(units, i);
  if (w === null) return 0;
  if (/^mi-(19|20)\d\d$/.test(w)) return 1;
  if (WEEKDAYS.has(w)) return lowerAt(units, i + 1) === 'dernier' ? 2 : 1;
  // "l'an dernier", "l'année passée"
  if (w === "l'") {
    const noun = lowerAt(units, i + 1);
    const adj = lowerAt(units, i + 2);
    if ((noun === 'an' || noun === 'année') && adj !== null && /^(dernier|dernière|passé|passée)$/.test(adj))
      return 3;
    return 0;
  }
  if (w === 'cette' && lowerAt(units, i + 1) === 'année') return 2;
  if (!TIME_OPENERS.has(w)) return 0;
  let n = 1;
  if (MONTHS.has(lowerAt(units, i + n) ?? '')) n++;
  if (isYear(lowerAt(units, i + n) ?? '')) n++;
  return n > 1 ? n : 0;
}

/** Units of a time phrase set off by commas opening at `i` (", en 1998," in "la fusion, en 1998, de A et de B"), or 0. */
function commaTimeLength(units: Unit[], i: number): number {
  if (lowerAt(units, i) !== ',') return 0;
  const n = timeLength(units, i + 1);
  return n > 0 && lowerAt(units, i + 1 + n) === ',' ? n + 2 : 0;
}

/**
 * "…, puis repris", "et racheté", "avant de céder", and a relative ("A, la filiale du groupe, qui avait racheté en
 * 2022 Y"): their subject lies before the verb's own clause, which the dated readers of deal-time-inserts.ts and
 * the relative readers place; dropping the time phrase would let the plain verb rule reach the wrong name.
 */
const COORDINATED_OR_RELATIVE = /^(puis|et|avant|qui|que|qu'|dont|lequel|laquelle)$/;

function coordinated(units: Unit[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const w = lowerAt(units, k);
    if (COORDINATED_OR_RELATIVE.test(w ?? '')) return true;
  }
  return false;
}

/** Most inserts read in a row after a deal word ("a racheté en mars pour 12 M€ le …"). */
const MAX_INSERTS = 2;

/** Units the time and price phrases opening at `i` span together, or 0. */
function insertsLength(units: Unit[], i: number): number {
  let n = 0;
  for (let m = 0; m < MAX_INSERTS; m++) {
    const next =
      timeLength(units, i + n) ||
      commaTimeLength(units, i + n) ||
      priceInsertLength(units, i + n) ||
      courtInsertLength(units, i + n);
    if (next === 0) break;
    n += next;
  }
  return n;
}

/** The units with each time phrase standing between a deal word and its object taken out (French only). */
export function withoutDealTimeInserts(units: Unit[], lang: string): Unit[] {
  if (lang !== 'fr') return units;
  const dropped = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const w = lowerAt(units, i);
    if (w === null || !(DEAL_WORD.test(w) || isReflexiveOffer(units, i))) continue;
    // "…, puis repris l'an dernier l'entrepôt de Y": a second verb shares a subject named before the first one's
    // object, which the gap would now reach; the second-verb readers (fr/second-verb.ts) read those
    // a court phrase there is still dropped (deal-court-insert.ts): "puis repris l'an dernier, à la barre du tribunal
    // de commerce de Brest, la biscuiterie Y" leaves the second-verb readers a time phrase they read past
    if (coordinated(units, i)) {
      const time = timeLength(units, i + 1);
      const court = courtInsertLength(units, i + 1 + time);
      if (court > 0 && opensObject(units[i + 1 + time + court]))
        for (let k = 1; k <= court; k++) dropped.add(i + time + k);
      continue;
    }
    const n = insertsLength(units, i + 1);
    if (n === 0) continue;
    if (!opensObject(units[i + 1 + n])) continue;
    // "pris en 2023 le contrôle de Y" has its own reader (fr.acquired.takes-control); control ceded ("a cédé en
    // 2019 le contrôle de la société à X") is read through: deal-sold-pointer.ts settles its pointer past the date
    if (/^(pris|prend|prendre|prenait)$/.test(w) && lowerAt(units, i + 2 + n) === 'contrôle') continue;
    for (let k = 1; k <= n; k++) dropped.add(i + k);
  }
  return dropped.size === 0 ? units : units.filter((_, i) => !dropped.has(i));
}
