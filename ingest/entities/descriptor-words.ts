import type { Token } from '../tokens';

/**
 * Words that describe the company named right after them and are never part of its name: a French sector
 * acronym ("l'ESN Infralys", "la PME Octavie") and a rank in a market ("second-placed X", "third-ranked Y").
 * The cutter drops them off a name's start; the classifier reads the rank as a company cue.
 */

const SECTOR_DESCRIPTOR_ACRONYMS = new Set(['esn', 'ssii', 'pme', 'eti', 'tpe']);
const RANK_COMPOUND_RE =
  /^(?:first|second|third|fourth|fifth|sixth|top|\d+(?:st|nd|rd|th))-(?:placed|ranked|largest|biggest)$/u;

/** "ESN", "PME" written in capitals. */
export function isSectorDescriptorAcronym(t: Token): boolean {
  return SECTOR_DESCRIPTOR_ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase();
}

/** "second-placed", "Third-ranked", "4th-largest". */
export function isRankCompound(t: Token): boolean {
  return RANK_COMPOUND_RE.test(t.lower);
}

/** French sector acronyms written after "de" as the trade of the noun before ("le groupe de BTP X"); they open
 * real names elsewhere ("BTP Consultants"), so only the "de" slot cuts them. */
const SECTOR_AFTER_OF_ACRONYMS = new Set(['btp', 'rh']);
const SECTOR_OF_PARTICLES = new Set(['de', 'du', "d'"]);

/** "l'entreprise de BTP Vinoria": a capitalised trade acronym after "de" and a lower-case noun describes the name. */
export function isSectorAfterOf(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  const of = tokens[at - 1];
  const noun = tokens[at - 2];
  return (
    !!t &&
    !!of &&
    !!noun &&
    SECTOR_AFTER_OF_ACRONYMS.has(t.lower) &&
    t.text === t.text.toUpperCase() &&
    SECTOR_OF_PARTICLES.has(of.lower) &&
    noun.kind === 'word' &&
    noun.text === noun.lower
  );
}

/** A descriptor that may open a run anywhere in a sentence and is cut off the name after it. */
export function isLeadingDescriptor(t: Token): boolean {
  return isSectorDescriptorAcronym(t) || isRankCompound(t);
}
