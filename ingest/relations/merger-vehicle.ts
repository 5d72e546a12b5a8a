import type { ExtractedRelation } from '../types';
import { wholeNameEnds } from './whole-name-ends';
import { escapeRegExp } from '../escape-regexp';

/**
 * A merger with a company the sentence describes as a vehicle — set up by someone ("GGFH Inc, a Florida-based
 * company formed by the four top officers"), a unit of another company ("SB Holding Corp, a subsidiary of Y"), an
 * investor group — is a buyout in merger form: the vehicle's owners take the other party over, no combination of
 * equals (GOLD-FORMAT keeps MERGED_WITH for those). Likewise a party "merged into a unit of" the other. Read as
 * ACQUIRED vehicle → the other party, same sentence and status. Both languages: "fusionner avec Y, une société créée par …", "Y, filiale de Z".
 */

/** The description right after the vehicle's name (and its ticker), up to its tell-tale word. */
const VEHICLE_DESCRIPTION = new RegExp(
  String.raw`^(?:\s*<[^<>]{1,12}>)?\s*,\s*(?:` +
    // "a Florida-based company formed by", "a newly formed corporation", "an entity organized by"
    String.raw`(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:formed|organized|organised|created|established|set\s+up)\b|` +
    String.raw`(?:a|an)\s+(?:newly[\s-]formed|new(?:ly)?[\s-]created|acquisition)\s+(?:[\w-]+\s+){0,2}?(?:company|corporation|concern|entity|vehicle)\b|` +
    // "a (wholly owned) subsidiary of", "an affiliate of", "a unit of"
    String.raw`(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|affiliate|unit)\s+of\b|` +
    // "an investor group", "a group of investors led by"
    String.raw`(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:investor\s+group|investment\s+group|group\s+of\s+investors|management\s+group)\b|` +
    // "une société créée par", "une filiale de", "un véhicule d'acquisition"
    String.raw`(?:une?\s+)?(?:société|structure|holding|véhicule)\s+(?:[\p{L}-]+\s+){0,3}?(?:créée?|constituée?|formée?|montée?)\s+(?:par|pour)\b|` +
    String.raw`(?:une\s+)?filiale\s+(?:de|du|d['’])` +
    String.raw`)`,
  'iu',
);

/** "X will be merged into a unit of Y", "fusionnée dans une filiale de Y": what is merged into Y's unit is Y's buy. */
const INTO_UNIT_OF = String.raw`\bmerged?\s+(?:\w+\s+)?into\s+(?:a|an|its|one\s+of\s+its)\s+(?:newly[\s-]formed\s+|wholly[\s-]owned\s+|new\s+)?(?:unit|subsidiary|affiliate|subsidiaries|units)\s+of\s+(?:the\s+)?`;

/** Words every INTO_UNIT_OF match contains, with the same case folding ('iu'). */
const MERGE_WORD = /merge/iu;
const INTO_WORD = /into/iu;

/** Whether the sentence describes one of the surfaces as a vehicle right after naming it. */
function describedAsVehicle(sentence: string, surfaces: readonly string[]): boolean {
  // the description opens on a comma: without one no surface is described, and none need be looked for
  if (!sentence.includes(',')) return false;
  for (const surface of surfaces) {
    for (const end of wholeNameEnds(sentence, surface))
      if (VEHICLE_DESCRIPTION.test(sentence.slice(end))) return true;
  }
  return false;
}

/** Whether some sentence (of mergeIntoSentences) merges a surface of `merged` into a unit of a surface of `owner`. */
function mergedIntoUnitOf(
  sentences: readonly string[],
  merged: readonly string[],
  owner: readonly string[],
): boolean {
  if (merged.length === 0 || owner.length === 0 || sentences.length === 0) return false;
  const into = new RegExp(
    `(?<![\\p{L}\\d])(?:${merged.map(escapeRegExp).join('|')})(?![\\p{L}\\d])[^.;]{0,60}?${INTO_UNIT_OF}(?:${owner.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`,
    'iu',
  );
  return sentences.some((s) => into.test(s));
}

/**
 * "merge" and "into" (any case) are in every sentence INTO_UNIT_OF can match: the sentences of an article that
 * have both, with their white space squeezed as the match reads them. Only those are tried for every merger of
 * the article (testing the long case-folded pattern on every sentence per merger was ~3 % of extraction).
 */
export function mergeIntoSentences(sentences: readonly string[]): string[] {
  return sentences.filter((s) => MERGE_WORD.test(s) && INTO_WORD.test(s)).map((s) => s.replace(/\s+/gu, ' '));
}

/** Confidence of a buyout read from a merger's vehicle: the merger reading's own, a little less sure. */
const VEHICLE_FACTOR = 0.9;

/**
 * Each merger whose one party (only one) is described as a vehicle in the merger's sentence becomes the takeover
 * of the other; `surfacesOf` gives every surface name of a party. A pair already read as a takeover keeps that.
 */
export function withMergerVehiclesAsBuyouts(
  relations: ExtractedRelation[],
  surfacesOf: (name: string) => readonly string[],
  sentences: readonly string[] = [],
): ExtractedRelation[] {
  const taken = new Set(
    relations.filter((r) => r.type === 'ACQUIRED').map((r) => `${r.source}\u0000${r.target}`),
  );
  const out: ExtractedRelation[] = [];
  const mergeSentences = relations.some((r) => r.type === 'MERGED_WITH') ? mergeIntoSentences(sentences) : [];
  for (const r of relations) {
    if (r.type !== 'MERGED_WITH') {
      out.push(r);
      continue;
    }
    const sentence = r.evidence.sentence;
    const [a, b] = [surfacesOf(r.source), surfacesOf(r.target)];
    // the party another is merged into a unit of is the buyer, like a vehicle
    const sourceVehicle = describedAsVehicle(sentence, a) || mergedIntoUnitOf(mergeSentences, b, a);
    const targetVehicle = describedAsVehicle(sentence, b) || mergedIntoUnitOf(mergeSentences, a, b);
    if (sourceVehicle === targetVehicle) {
      out.push(r);
      continue;
    }
    const [buyer, bought] = sourceVehicle ? [r.source, r.target] : [r.target, r.source];
    if (taken.has(`${buyer}\u0000${bought}`)) continue;
    taken.add(`${buyer}\u0000${bought}`);
    out.push({
      ...r,
      type: 'ACQUIRED',
      source: buyer,
      target: bought,
      seller: null,
      rule: r.rule.replace(/\.merged\..*$/u, '.acquired.merger-vehicle'),
      confidence: Math.round(r.confidence * VEHICLE_FACTOR * 1000) / 1000,
    });
  }
  return out;
}
