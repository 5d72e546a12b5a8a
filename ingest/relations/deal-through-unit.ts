import type { ExtractedRelation } from '../types';
import type { EntityDraft } from '../resolve/mentions';
import type { Sentence } from '../sentences';
import { wholeNameEnds } from './whole-name-ends';

/**
 * A buyer acting through one of its companies: "Norvane agreed to acquire the business of Cargoline Baltic through
 * its subsidiary Norvane Nordic", "Axiane a racheté Qualidoc par l'intermédiaire de sa filiale Axiane Santé",
 * "bought Y via its Z unit". The rule reading the purchase gives it to the parent, the clause's subject; the gold
 * format counts the unit that signs too (both buy, the parent through the unit). Read once the sentence's
 * purchase is found: the unit named right after the target, after the connector and a possessive unit noun, buys
 * the same target with the same values, as does the unit a sentence opens on ("Through its subsidiary Z, the company
 * acquired Y", instrument-unit.ts keeps Z from the subject's place). A vehicle with no unit noun ("through a tender
 * offer", "via Euronext") is no company of the buyer's, and nothing is added.
 */

export const THROUGH_UNIT_RULE_ID = 'any.acquired.through-unit';
/** A fact read from another one's sentence and a unit noun: a little less sure than the purchase itself. */
const THROUGH_UNIT_CONFIDENCE_FACTOR = 0.9;
/** Most characters from the target's name to the connector ("Crestview Farms in June through …"). */
const MAX_TARGET_TO_CONNECTOR_CHARS = 60;

const CONNECTOR = String.raw`(?:through|via|par\s+l['’]intermédiaire\s+(?:de|du|d['’])|par\s+le\s+biais\s+(?:de|du|d['’])|au\s+travers\s+(?:de|du|d['’]))`;
const POSSESSIVE = String.raw`(?:its|their|sa|son|leur)`;
const UNIT_NOUN = String.raw`(?:subsidiary|unit|affiliate|arm|division|filiale|branche)`;
/** "through its (wholly owned) subsidiary Z", "par l'intermédiaire de sa filiale espagnole, Z": the name follows. */
const NOUN_FIRST = new RegExp(
  String.raw`^[^.;]{0,${MAX_TARGET_TO_CONNECTOR_CHARS}}?(?<![\p{L}])${CONNECTOR}\s*${POSSESSIVE}\s+(?:[\p{Ll}-]+\s+){0,2}?${UNIT_NOUN}(?:\s+[\p{Ll}-]+){0,2}?\s*,?\s*$`,
  'u',
);
/** "through its Acme Bio unit": the name stands between the possessive and the unit noun. */
const NAME_FIRST = new RegExp(
  String.raw`^[^.;]{0,${MAX_TARGET_TO_CONNECTOR_CHARS}}?(?<![\p{L}])${CONNECTOR}\s*${POSSESSIVE}\s+$`,
  'u',
);
const UNIT_NOUN_AFTER = new RegExp(String.raw`^\s+${UNIT_NOUN}(?![\p{L}])`, 'u');
/** Words a fronted connector may carry around its unit noun ("Through its wholly owned Canadian subsidiary Z,"). */
const MAX_FRONTED_QUALIFIERS = 3;
/** "Through its Canadian subsidiary Z, the company acquired Y", "Par l'intermédiaire de sa filiale Z, l'éditeur a
 * racheté Y": the unit and its connector open the sentence, the buyer is the subject after the comma. */
const FRONTED = new RegExp(
  String.raw`^\s*${CONNECTOR}\s*${POSSESSIVE}\s+(?:[\p{L}-]+\s+){0,${MAX_FRONTED_QUALIFIERS}}?${UNIT_NOUN}(?:\s+[\p{Ll}-]+){0,2}?\s*,?\s*$`,
  'iu',
);

/**
 * Every reading above holds the connector (FRONTED reads it in any case): a sentence without it is never searched
 * for the parties' names, which each purchase would otherwise do over the whole article.
 */
const HAS_CONNECTOR = new RegExp(CONNECTOR, 'iu');

/** Whether `sentence` opens on the unit (`unit` surfaces) as the means of the clause after it, before the target. */
function frontedAsMeans(sentence: string, target: readonly string[], unit: readonly string[]): boolean {
  for (const u of unit)
    for (const uEnd of wholeNameEnds(sentence, u)) {
      if (!FRONTED.test(sentence.slice(0, uEnd - u.length)) || !/^\s*,/u.test(sentence.slice(uEnd))) continue;
      if (target.some((t) => wholeNameEnds(sentence, t).some((tEnd) => tEnd - t.length > uEnd))) return true;
    }
  return false;
}

/** Whether `sentence` names the unit (`unit` surfaces) as the buyer's means right after a mention of the target. */
function toldAsMeans(sentence: string, target: readonly string[], unit: readonly string[]): boolean {
  if (frontedAsMeans(sentence, target, unit)) return true;
  for (const t of target)
    for (const tEnd of wholeNameEnds(sentence, t))
      for (const u of unit)
        for (const uEnd of wholeNameEnds(sentence, u)) {
          const uStart = uEnd - u.length;
          if (uStart <= tEnd) continue;
          const between = sentence.slice(tEnd, uStart);
          if (NOUN_FIRST.test(between)) return true;
          if (NAME_FIRST.test(between) && UNIT_NOUN_AFTER.test(sentence.slice(uEnd))) return true;
        }
  return false;
}

/** Whether a surface of the buyer stands before a surface of the target in the sentence. */
function buyerBeforeTarget(sentence: string, buyer: readonly string[], target: readonly string[]): boolean {
  const first = (names: readonly string[]) =>
    Math.min(...names.flatMap((n) => wholeNameEnds(sentence, n).map((end) => end - n.length)), Infinity);
  const b = first(buyer);
  return b < Infinity && b < first(target);
}

/** The relations with, for each purchase made through a named unit of the buyer, the unit's purchase added. */
export function withDealsThroughUnits(
  relations: ExtractedRelation[],
  sentences: readonly Sentence[],
  entities: readonly EntityDraft[],
  names: readonly string[],
  used: Set<number>,
  /** The surfaces of the entity named so (article-passes.ts builds it once for every pass). */
  surfacesOf: (name: string) => string[],
): ExtractedRelation[] {
  const added: ExtractedRelation[] = [];
  const has = (source: string, target: string) =>
    [...relations, ...added].some((r) => r.type === 'ACQUIRED' && r.source === source && r.target === target);
  for (const r of relations) {
    if (r.type !== 'ACQUIRED' || r.rule === THROUGH_UNIT_RULE_ID) continue;
    const target = surfacesOf(r.target);
    const buyer = surfacesOf(r.source);
    const told = [
      ...(HAS_CONNECTOR.test(r.evidence.sentence) ? [r.evidence] : []),
      ...sentences
        .filter(
          (s) =>
            s.start !== r.evidence.start &&
            HAS_CONNECTOR.test(s.text) &&
            buyerBeforeTarget(s.text, buyer, target),
        )
        .map((s) => ({ sentence: s.text, start: s.start, end: s.end })),
    ];
    if (told.length === 0) continue;
    entities.forEach((e, i) => {
      const name = names[i];
      if (e.type !== 'Organization' || name === r.source || name === r.target || has(name, r.target)) return;
      const evidence = told.find((t) => toldAsMeans(t.sentence, target, e.surfaces));
      if (evidence === undefined) return;
      used.add(i);
      added.push({
        ...r,
        source: name,
        evidence,
        rule: THROUGH_UNIT_RULE_ID,
        confidence: r.confidence * THROUGH_UNIT_CONFIDENCE_FACTOR,
      });
    });
  }
  return added.length === 0 ? relations : [...relations, ...added];
}
