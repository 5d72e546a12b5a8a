import type { Unit } from './pattern';
import { ASSET_NOUNS } from './deal-placed-asset';

/** Words allowed between the target and "from X" ("… in Atlantic City, New Jersey from X"; "Y and Z, with combined sales of N, from X"). */
const MAX_WORDS_BEFORE_FROM = 12;
const FROM = new Set(['from', 'auprès']);
const PARENT_NOUNS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'filiale', 'branche']);
const OF = new Set(['of', 'de', 'du', "d'"]);

function orgAt(units: Unit[], i: number): number | null {
  const u = units[i];
  return u && u.kind === 'ent' && u.orgs && u.ents.length === 1 ? u.ents[0] : null;
}

/** Plain words allowed between "from" and the seller ("from the Canadian subsidiary of X"). */
const MAX_WORDS_AFTER_FROM = 4;
/** Words that may come between "from" and the seller: articles, adjectives, "subsidiary of". */
const BEFORE_SELLER = /^(de|d'|du|des|the|its|their|a|an|[\p{Ll}-]+)$/u;
const NOT_BEFORE_SELLER = new Set([
  'to',
  'for',
  'by',
  'with',
  'and',
  'or',
  'at',
  'in',
  'on',
  'which',
  'that',
]);

/** "from X", "from the Canadian subsidiary of X", "auprès de X": the first organisation after "from". */
function ownerAfterFrom(units: Unit[], from: number): number | null {
  for (let j = from; j < units.length && j - from <= MAX_WORDS_AFTER_FROM; j++) {
    const u = units[j];
    if (u.kind === 'ent') return orgAt(units, j);
    if (NOT_BEFORE_SELLER.has(u.token.lower) || !BEFORE_SELLER.test(u.token.lower)) return null;
  }
  return null;
}

/** The French dative of a purchase: "racheter Y à Z", "au fonds Z", "aux actionnaires de Z" name who sells. */
const DATIVE = new Set(['à', 'au', 'aux']);
/** Words after "à/au/aux" that make a phrase of manner, place or company, not a seller ("aux côtés de Z"). */
const NOT_A_DATIVE_SELLER = new Set([
  'côtés',
  'côté',
  'hauteur',
  'travers',
  'sein',
  'terme',
  'titre',
  'prix',
  'instar',
  'partir',
  'tour',
  'nom',
]);
/** Lower-case words between the dative and the seller ("au fonds américain Z", "à l'italien Z"). */
const MAX_WORDS_AFTER_DATIVE = 3;
const DATIVE_DESCRIPTOR = /^(l'|la|le|les|son|sa|ses|leur|leurs|\p{Ll}[\p{Ll}-]*)$/u;

/** "à Z", "au fonds Z", "à l'italien Z": the organisation the dative at `dative` brings in, or null. */
function ownerAfterDative(units: Unit[], dative: number): number | null {
  for (let j = dative + 1; j < units.length && j - dative - 1 <= MAX_WORDS_AFTER_DATIVE; j++) {
    const u = units[j];
    if (u.kind === 'ent') return orgAt(units, j);
    const w = u.token.lower;
    if (
      u.token.text !== w ||
      NOT_A_DATIVE_SELLER.has(w) ||
      NOT_BEFORE_SELLER.has(w) ||
      !DATIVE_DESCRIPTOR.test(w)
    )
      return null;
  }
  return null;
}

function isOfWord(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && u.token.lower === 'of';
}

/** "and", "," or "and the" right before a name: it is one more member of the target's list. */
function isListJoin(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && /^(and|et|,|the)$/.test(u.token.lower);
}

/** Lower-case words allowed between a target's "of" and its owner ("the X Division of privately-held Y"). */
const MAX_WORDS_AFTER_OF = 2;

/** "the Measurement Systems Division of Y", "the X Division of privately-held Y": an organisation right after "of". */
function ownerAfterOf(units: Unit[], of: number): number | null {
  for (let j = of + 1; j < units.length && j - of - 1 <= MAX_WORDS_AFTER_OF; j++) {
    const u = units[j];
    if (u.kind === 'ent') return orgAt(units, j);
    if (
      u.token.text !== u.token.lower ||
      NOT_BEFORE_SELLER.has(u.token.lower) ||
      !BEFORE_SELLER.test(u.token.lower)
    )
      return null;
  }
  return null;
}

/**
 * Words allowed between a parent noun's "of" and the parent ("the fluid-handling unit of U.S. conglomerate X",
 * "la filiale de fluides du conglomérat américain X"): the parent's descriptor and the unit's own trade.
 */
const MAX_WORDS_AFTER_PARENT_OF = 5;
/** Punctuation that ends the phrase of the parent before any name comes. */
const PHRASE_END = /^[,.;:()]$/u;

/** The first organisation after a parent noun's "of" at `of`, past its descriptor words, or null. */
function ownerAfterParentOf(units: Unit[], of: number): number | null {
  for (let j = of + 1; j < units.length && j - of - 1 <= MAX_WORDS_AFTER_PARENT_OF; j++) {
    const u = units[j];
    if (u.kind === 'ent') return orgAt(units, j);
    if (NOT_BEFORE_SELLER.has(u.token.lower) || PHRASE_END.test(u.token.text)) return null;
  }
  return null;
}

/**
 * The seller of an acquired target when the sentence names one after it: "bought Y from X",
 * "Y, a unit of X", "Y, filiale de X", "the Y Division of X", and (day thirty-one) the French dative "racheter Y
 * au fonds X", "reprend Y, spécialiste du soudage, à X" (a buyer there is refused by the caller). Returns the entity id or null. Every mention of
 * the target in the sentence is tried, as the one the rule took need not be the first.
 */
export function sellerAfter(units: Unit[], target: number): number | null {
  for (let at = 0; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target)) continue;
    const found = sellerAfterMention(units, at);
    if (found !== null && found !== target) return found;
  }
  return null;
}

/** Most units of the apposition between the target and a dative after it ("Y, spécialiste du soudage, au fonds Z"). */
const MAX_APPOSITION_UNITS = 10;

/**
 * The dative right after the target ("racheter Y au fonds Z") or right after the apposition that describes it
 * ("Y, spécialiste du soudage, à Z"): its index, or -1. A dative opening the apposition (", à Biscarrosse,") tells
 * a place, and one inside it ("l'alternative à Z") or after another verb ("et s'attaque à Z") someone else.
 */
function datives(units: Unit[], at: number): number {
  const next = units[at + 1];
  if (next?.kind !== 'tok') return -1;
  if (DATIVE.has(next.token.lower)) return at + 1;
  if (next.token.text !== ',' || units[at + 2]?.kind !== 'tok' || DATIVE.has(wordOf(units[at + 2])))
    return -1;
  for (let k = at + 2; k < units.length && k - at <= MAX_APPOSITION_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (u.token.text === ',') return DATIVE.has(wordOf(units[k + 1])) ? k + 1 : -1;
  }
  return -1;
}

function wordOf(u: Unit | undefined): string {
  return u?.kind === 'tok' ? u.token.lower : '';
}

function sellerAfterMention(units: Unit[], at: number): number | null {
  const dative = datives(units, at);
  if (dative >= 0) {
    const owner = ownerAfterDative(units, dative);
    if (owner !== null) return owner;
  }
  const first = units[at + 1];
  const before = units[at - 1];
  // "the X Division of Y" is a part of Y; without the article "Y Inc of New York" tells the town
  const definite = before?.kind === 'tok' && before.token.lower === 'the';
  if (first?.kind === 'tok' && first.token.lower === 'of' && definite) return ownerAfterOf(units, at + 1);
  for (let i = at + 1, words = 0; i < units.length && words <= MAX_WORDS_BEFORE_FROM; i++) {
    const u = units[i];
    if (u.kind === 'ent') {
      // "bought Y of Dallas from X": the town Y is from, the seller may still follow
      if (i === at + 2 && isOfWord(first)) continue;
      // "bought Y and the Z, with …, from X": another target of a list, the seller may still follow
      if (isListJoin(units[i - 1])) continue;
      return null;
    }
    const w = u.token.lower;
    if (FROM.has(w)) return ownerAfterFrom(units, i + 1);
    if (
      PARENT_NOUNS.has(w) &&
      units[i + 1]?.kind === 'tok' &&
      OF.has((units[i + 1] as { token: { lower: string } }).token.lower)
    ) {
      return ownerAfterParentOf(units, i + 1);
    }
    if (w === '.' || w === ';') return null;
    words++;
  }
  return null;
}

/** Nouns for a part of a company that changes hands without a name of its own ("the plastic container business of Y"). */
const BUSINESS_NOUNS =
  /^(business|businesses|division|divisions|unit|units|operations|operation|plant|plants|mill|mills|stores|branch|branches|arm|activité|activités|branche|usine|usines|magasins|sites)$/u;
/** Plain words allowed between the article and the business noun ("the European corn wet milling business"). */
const MAX_WORDS_BEFORE_NOUN = 5;
const DEFINITE = /^(the|l'|l’|la|le|les)$/u;

/**
 * "acquire the plastic container business of Monsanto Co", "reprend l'activité thermodynamique du groupe Y": what
 * is bought is an unnamed part of the target, so (GOLD-FORMAT: a business of an organisation counts as that
 * organisation) the target is also the seller. Only a definite part ("a valued business of Y" describes, "all the
 * assets of Y" is the whole company).
 */
export function businessOfTarget(units: Unit[], target: number): boolean {
  for (let at = 0; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target)) continue;
    if (possessedBusinessAfter(units, at)) return true;
    if (at < 2) continue;
    const of = units[at - 1];
    const noun = units[at - 2];
    if (of?.kind !== 'tok' || !OF.has(of.token.lower)) continue;
    if (noun?.kind !== 'tok' || !BUSINESS_NOUNS.test(noun.token.lower)) continue;
    for (let k = at - 3; k >= 0 && at - 3 - k <= MAX_WORDS_BEFORE_NOUN; k--) {
      const w = units[k];
      if (w.kind !== 'tok' || w.token.kind !== 'word') break;
      if (DEFINITE.test(w.token.lower)) return true;
      if (/^(and|et|or|ou|of|de|a|an|un|une|its|their)$/u.test(w.token.lower)) break;
    }
  }
  return false;
}

/** Verbs whose object changes hands ("buy Y's unit"), and deal nouns before "of" ("the sale of Y's unit"). */
const DEAL_VERBS =
  /^(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|sell|sells|sold|selling|divest|divests|divested)$/u;
const DEAL_NOUNS_OF = /^(sale|acquisition|purchase|divestiture|divestment|takeover)$/u;

/**
 * The possessive stands where a deal's object does: right after a buying or selling verb, or after "the sale of";
 * "a group from Y's courier division" or "Y's pumps unit said" name the part without selling it.
 */
function dealObjectSlot(units: Unit[], at: number): boolean {
  const word = (k: number) => {
    const u = units[k];
    return u?.kind === 'tok' ? u.token.lower : '';
  };
  if (DEAL_VERBS.test(word(at - 1))) return true;
  return word(at - 1) === 'of' && DEAL_NOUNS_OF.test(word(at - 2));
}

/** Plain words allowed between a possessive and the business noun ("Y's North American pumps unit"). */
const MAX_WORDS_AFTER_POSSESSIVE = 3;

/**
 * "to buy Y's pumps unit", "sells Y's valves arm": the possessive form of the same unnamed part. A name after the
 * noun ("Y's pumps unit, Z") is read by possessed-unit.ts before this is asked.
 */
function possessedBusinessAfter(units: Unit[], at: number): boolean {
  if (!dealObjectSlot(units, at)) return false;
  const mark = units[at + 1];
  if (mark?.kind !== 'tok' || !/^('s|’s|')$/u.test(mark.token.lower)) return false;
  for (let k = at + 2; k < units.length && k - at - 2 <= MAX_WORDS_AFTER_POSSESSIVE; k++) {
    const w = units[k];
    if (w.kind !== 'tok' || w.token.kind !== 'word' || !/^\p{Ll}/u.test(w.token.text)) return false;
    if (BUSINESS_NOUNS.test(w.token.lower)) return true;
  }
  return false;
}

/** Holdings bought unnamed besides the business nouns above ("natural gas properties", "assets"). */
const HOLDING_NOUNS = /^(properties|assets|actifs|businesses|centers|centres|hospitals|facilities)$/u;
/** Plain words allowed between the noun of what is bought and "from" ("plants in six states from Y"). */
const MAX_WORDS_BEFORE_OWNER_FROM = 6;

/** Whether a noun of a business or a site stands a few plain words before "from" at `from`. */
function holdingBefore(units: Unit[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - 1 - k <= MAX_WORDS_BEFORE_OWNER_FROM; k--) {
    const u = units[k];
    if (u.kind !== 'tok' || u.token.kind !== 'word') return false;
    const w = u.token.lower;
    if (BUSINESS_NOUNS.test(w) || ASSET_NOUNS.test(w) || HOLDING_NOUNS.test(w)) return true;
  }
  return false;
}

/**
 * "acquire concrete businesses from Y", "buy eight retirement centers in six states from Y": a reader that took
 * the organisation after "from" as the target read an unnamed business or site bought from it, so (as above) the
 * target is also the seller. A possessor ("a group from Y's division") sells nothing.
 */
export function targetBoughtFrom(units: Unit[], target: number): boolean {
  for (let at = 1; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target)) continue;
    const next = units[at + 1];
    if (next?.kind === 'tok' && /^('s|'|’s|’)$/u.test(next.token.lower)) continue;
    for (let k = at - 1; k >= 0 && at - k <= MAX_WORDS_AFTER_FROM + 1; k--) {
      const w = units[k];
      if (w.kind !== 'tok') break;
      if (FROM.has(w.token.lower)) {
        if (holdingBefore(units, k)) return true;
        break;
      }
      if (NOT_BEFORE_SELLER.has(w.token.lower) || !BEFORE_SELLER.test(w.token.lower)) break;
    }
  }
  return false;
}
