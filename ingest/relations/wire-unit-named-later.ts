import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import type { ExtractedRelation } from '../types';
import { tradeNameOpening } from './deal-unit-trade-name';
import { includedUnits } from './deal-units-included';

/**
 * Wire copy often sells a business unnamed in the lead and names it in the next sentence: "X agreed to acquire
 * the refrigerated warehousing business of Y. The unit, Z, operates 14 sites", "S a cédé sa filiale de croisières
 * à X. La filiale, Z, emploie 300 personnes". The lead's rules read the owner as target and seller (GOLD-FORMAT:
 * an unnamed business counts as its owner); once the business has a name, that name is what changes hands and
 * the owner stays the seller. Listed in README.md.
 */

/** Nouns of a business held inside a group, both languages ("group" left out: "The group, X," is any company). */
const UNIT_NOUNS = new Set([
  'unit',
  'units',
  'business',
  'businesses',
  'division',
  'subsidiary',
  'subsidiaries',
  'divisions',
  'filiales',
  'arm',
  'operation',
  'operations',
  'filiale',
  'activité',
  'division',
  'branche',
  'unité',
  'pôle',
]);
/** "l'activité", "l'unité": the French article is one token with the noun. */
const ELIDED_UNIT = /^l['’](activité|unité)$/u;
const OPENERS = new Set(['the', 'this', 'that', 'la', 'le', 'cette', 'ce']);
/** Words that may stand in the lead between the owner's pointer and the unit noun ("its loss-making radar"). */
const MAX_WORDS_BEFORE_NOUN = 4;
const POSSESSIVES = new Set(['its', 'their', 'sa', 'son', 'ses', 'leur']);
const DEFINITES = new Set(['the', 'la', 'le', 'les', "l'"]);

const isUnitNoun = (t: Token | undefined): boolean =>
  t !== undefined && (UNIT_NOUNS.has(t.lower) || ELIDED_UNIT.test(t.lower));

function mentionAt(mentions: Mention[], from: number): Mention | undefined {
  return mentions.find((m) => m.from === from);
}

/**
 * The lead tells an unnamed unit: a pointer ("its", "the", "sa") a few words before a unit noun, and no name
 * right after the noun (", Z" or "Z" would be the unit's name already read by the rules).
 */
function tellsUnnamedUnit(tokens: Token[], mentions: Mention[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!isUnitNoun(tokens[i])) continue;
    if (mentionAt(mentions, i + 1)) continue;
    if (tokens[i + 1]?.text === ',' && mentionAt(mentions, i + 2)) continue;
    if (ELIDED_UNIT.test(tokens[i].lower)) return true;
    for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_WORDS_BEFORE_NOUN; k--) {
      const w = tokens[k].lower;
      // "Y's trucking business": a possessed name points at the owner as "its" does
      if (POSSESSIVES.has(w) || DEFINITES.has(w) || /['’]s$/u.test(w)) return true;
      if (tokens[k].kind === 'punct' || mentionAt(mentions, k)) break;
    }
  }
  return false;
}

/** "The unit, Z," / "La filiale, Z,": the organisation a sentence opens by naming as the unit just told. */
function namedUnitOpening(tokens: Token[], mentions: Mention[], index: EntityIndex): number | null {
  let i = 1;
  if (!ELIDED_UNIT.test(tokens[0]?.lower ?? '')) {
    if (!OPENERS.has(tokens[0]?.lower ?? '')) return null;
    while (i < tokens.length && i <= MAX_WORDS_BEFORE_NOUN && !isUnitNoun(tokens[i])) {
      if (tokens[i].kind === 'punct' || mentionAt(mentions, i)) return null;
      i++;
    }
    if (!isUnitNoun(tokens[i])) return null;
    i++;
  }
  if (tokens[i]?.text !== ',') return null;
  const m = mentionAt(mentions, i + 1);
  if (!m || index.entities[m.entity].type !== 'Organization') return null;
  const after = tokens[m.to]?.text;
  return after === ',' || after === '(' ? m.entity : null;
}

/**
 * The units the sentences after sentence `s` name as the one just sold: "The unit, Z," or its trade name in the
 * next sentence, or the contents a deal sentence lists ("Included in the sale were A, B") there or one sentence
 * later when the sentence between names no one ("Terms were not disclosed.").
 */
function namedLater(s: number, tokens: Token[][], index: EntityIndex): number[] {
  const next = s + 1;
  const unit =
    namedUnitOpening(tokens[next], index.bySentence[next], index) ??
    tradeNameOpening(tokens[next], index.bySentence[next], index);
  if (unit !== null) return [unit];
  const listed = includedUnits(tokens[next], index.bySentence[next], index);
  if (listed.length > 0 || next + 1 >= tokens.length || index.bySentence[next].length > 0) return listed;
  return includedUnits(tokens[next + 1], index.bySentence[next + 1], index);
}

/**
 * Retargets each deal told in a sentence that sold an unnamed unit (both parties named there) to the name the
 * next sentence gives it; the owner read as target becomes the seller, and the evidence is that sentence (the
 * deal may have been kept from the headline). A deal already read for that name is left alone.
 */
export function retargetUnitsNamedLater(
  relations: ExtractedRelation[],
  sentences: Sentence[],
  tokens: Token[][],
  index: EntityIndex,
  names: string[],
): ExtractedRelation[] {
  const taken = new Set(relations.map((r) => `${r.type}:${r.source}:${r.target}`));
  for (let s = 0; s + 1 < sentences.length; s++) {
    const units = namedLater(s, tokens, index);
    if (units.length === 0 || !tellsUnnamedUnit(tokens[s], index.bySentence[s])) continue;
    const here = new Set(index.bySentence[s].map((m) => names[m.entity]));
    for (const r of relations) {
      if (r.type !== 'ACQUIRED' || r.source === null || !here.has(r.source) || !here.has(r.target)) continue;
      if (r.seller !== null && r.seller !== r.target) continue;
      // a listed unit may share its name with the buyer ("sold to A … Included in the sale were A, B")
      const name = units.map((u) => names[u]).find((n) => n !== r.source && n !== r.target);
      if (name === undefined || taken.has(`ACQUIRED:${r.source}:${name}`)) continue;
      taken.add(`ACQUIRED:${r.source}:${name}`);
      r.seller = r.target;
      r.target = name;
      r.evidence = { sentence: sentences[s].text, start: sentences[s].start, end: sentences[s].end };
    }
  }
  return relations;
}
