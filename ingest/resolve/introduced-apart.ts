import type { Token } from '../tokens';
import type { NameItem } from './named-apart';
import { isPrefix } from './named-apart';

/**
 * "Aerolis … Sa filiale espagnole, Aerolis Ibérica, a racheté …", "Brightwater … its storage unit, Brightwater
 * Storage", "Aerolis et Skydrone … le nouvel ensemble, baptisé Aerolis Skydrone": a longer name introduced as a
 * company's unit, or as the name a deal gives the company it creates, after the article has said a shorter name
 * that is part of it, is another company. The short name stays the parent (or the merging party): told alone it
 * is never the unit's short form, nor the new company's.
 */

/** Nouns of a company's own unit right before the unit's name ("sa filiale belge, X", "its venture arm, X"). */
const UNIT_NOUNS = new Set(
  `filiale filiales unit units arm subsidiary subsidiaries division branche holding coentreprise venture business`.split(
    ' ',
  ),
);
/** Words right before the name a deal gives the company it creates ("baptisé X", "to be called X"). */
const NAMING_WORDS = new Set(
  `baptisé baptisée dénommé dénommée appelé appelée appellera nommé nommée called named`.split(' '),
);
/** Naming nouns whose preposition stands before the new name ("prendra le nom de X", "donnera naissance à X"). */
const NAMING_NOUNS = new Set(['nom', 'naissance']);
const NAMING_PREPOSITIONS = new Set(['de', "d'", 'à']);
/**
 * Prepositions that make the name after them another party than the unit: its owner ("a unit of X", "filiale de
 * X") or its buyer ("sold its radar division to X").
 */
const PARTY_PREPOSITIONS = new Set(
  `de d' du des of à au aux by par to for from with chez pour avec auprès`.split(' '),
);
/** Most lower-case words between a unit noun and the unit's name ("filiale de moteurs hors-bord, X"). */
const MAX_UNIT_DESCRIPTION_WORDS = 4;

/** The article's first sentence: its headline, where a unit sold is often called by its short name. */
const HEADLINE_SENTENCE = 0;

export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.lower;
}

/** The name starting at token `from` is the one a deal gives the company it creates. */
function isNamedNewCompany(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before === undefined) return false;
  if (NAMING_WORDS.has(before.lower)) return true;
  return NAMING_PREPOSITIONS.has(before.lower) && NAMING_NOUNS.has(tokens[from - 2]?.lower ?? '');
}

/** The name starting at token `from` follows a noun of a company's unit. */
function isIntroducedUnit(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before === undefined) return false;
  // "sa filiale espagnole, X" / "its storage unit, X": a description set off by a comma; "filiale de distribution X"
  // without one, but never "a unit of X", where X owns the unit
  const comma = before.text === ',';
  if (!comma && (!isLowerWord(before) || PARTY_PREPOSITIONS.has(before.lower))) return false;
  const last = comma ? from - 2 : from - 1;
  for (let k = last; k >= 0 && last - k < MAX_UNIT_DESCRIPTION_WORDS; k--) {
    const t = tokens[k];
    if (!isLowerWord(t)) return false;
    if (UNIT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** `short` is a part of `long`'s name: its first words ("Aerolis Ibérica") or its last ("Aerolis Skydrone"). */
function isPartOf(short: string[], long: string[]): boolean {
  if (isPrefix(short, long)) return true;
  if (short.length === 0 || short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  return short.every((w, i) => tail[i] === w);
}

/** "short key>long key" pairs never to merge, for names introduced as a unit or a new company (see above). */
export function introducedApart(items: NameItem[], sentTokens: Token[][]): Set<string> {
  const out = new Set<string>();
  const before = (a: NameItem, b: NameItem) =>
    a.c.sentence < b.c.sentence || (a.c.sentence === b.c.sentence && a.c.to <= b.c.from);
  const firstOf = new Map<string, NameItem>();
  for (const x of items) {
    const seen = firstOf.get(x.key);
    if (seen === undefined || before(x, seen)) firstOf.set(x.key, x);
  }
  for (const long of firstOf.values()) {
    if (long.c.kind === 'person' || long.words.length < 2) continue;
    const tokens = sentTokens[long.c.sentence];
    // a new company's name joins the merging parties' names, which the article tells alone before or after it
    const named = isNamedNewCompany(tokens, long.c.from);
    if (!named && !isIntroducedUnit(tokens, long.c.from)) continue;
    for (const short of firstOf.values()) {
      if (short.c.kind === 'person' || !isPartOf(short.words, long.words)) continue;
      // a unit's parent is told in the body before it: a headline often calls the unit sold by its short name
      const parent = items.some(
        (x) => x.key === short.key && x.c.sentence > HEADLINE_SENTENCE && before(x, long),
      );
      if (named || parent) out.add(`${short.key}>${long.key}`);
    }
  }
  return out;
}
