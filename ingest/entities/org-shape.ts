import type { Token } from '../tokens';
import { isAllCaps } from '../tokens';
import type { Candidate } from './candidates';
import {
  GENERIC_ACRONYMS,
  INSTITUTION_HEADS,
  LEGAL_FORMS,
  ORG_HEAD_WORDS,
  PLACES,
  SECTOR_NOUNS,
  FUND_NAME_TAILS,
} from './lexicon-common';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';
import { isNonNameAcronym } from './acronym-context';
import { isKnownPlace } from './world-lexicon';
import { isAmpersandFirm } from './ampersand-names';
import { isNationalTeam } from './national-team';
import { isPlaceWithNumber } from './number-suffix';
import { isAcronymRun } from './context-cues';
import { hasInstitutionNoun, isNameOfPlace, isTeamOfPlace } from './institution-span';
import { endsWithEnglishInstitutionHead, hasEnglishInstitutionHead } from './english-institution';
import { endsWithMultiWordLegalForm } from './multiword-legal-forms';
import { hasGenericPossessiveTail } from './possessive-generic-tail';

/**
 * Whether a candidate name is shaped like an organisation on its own, with no cue around it: a legal form, a
 * company or institution head word, a fund tail, an acronym, a camel-cased brand. Read first by the classifier
 * (classify.ts), before any context.
 */

/** Longest acronym read as a company name, in letters. */
const MAX_ACRONYM_LETTERS = 6;
/** Two-letter capitals are more often codes, grades or formats ("EP", "KO", "DJ") than names; they need a cue. */
const MIN_ACRONYM_LETTERS = 3;
/** Head nouns of a named part of a company ("the Optical Coatings Division of X"). */
const UNIT_HEADS = new Set(['division', 'unit']);

/** A cue noun of either language ("société", "firm"). */
export function isCue(lower: string): boolean {
  return ORG_CUES_FR.has(lower) || ORG_CUES_EN.has(lower);
}

/** A token's lower-case form without a final dot ("corp." is "corp"). */
export function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

export function firstLower(tokens: Token[], c: Candidate): string {
  return bare(tokens[c.from]);
}

/** Adjectives that make "X Equity" an asset class or a book value. */
const GENERIC_EQUITY = new Set(['private', 'public', 'home', 'negative', 'total', 'shareholders', 'growth']);

export function hasOrgShape(tokens: Token[], c: Candidate): boolean {
  const last = bare(tokens[c.to - 1]);
  if (LEGAL_FORMS.has(last) && c.to - c.from > 1) return true;
  if (endsWithMultiWordLegalForm(tokens, c.from, c.to)) return true;
  if (isAmpersandFirm(tokens, c.from, c.to)) return true;
  // "Lakeside Instruments Corp of America": a legal form before the name's own "of" tail
  for (let i = c.from + 1; i + 1 < c.to; i++)
    if (LEGAL_FORMS.has(bare(tokens[i])) && tokens[i + 1].lower === 'of') return true;
  for (let i = c.from; i < c.to; i++) {
    const w = bare(tokens[i]);
    if ((ORG_HEAD_WORDS.has(w) || INSTITUTION_HEADS.has(w) || SECTOR_NOUNS.has(w)) && c.to - c.from > 1)
      return true;
    // "Private Equity firms": a generic adjective and "Equity" name an asset class, not a fund
    const assetClass = w === 'equity' && i - 1 === c.from && GENERIC_EQUITY.has(bare(tokens[c.from]));
    if (i === c.to - 1 && i > c.from && FUND_NAME_TAILS.has(w) && !assetClass) return true;
  }
  if (c.to - c.from > 1 && isCue(firstLower(tokens, c))) return true;
  if (c.to - c.from > 1 && hasInstitutionNoun(tokens, c.from, c.to)) return true;
  if (hasEnglishInstitutionHead(tokens, c.from, c.to) || endsWithEnglishInstitutionHead(tokens, c.from, c.to))
    return true;
  if (hasGenericPossessiveTail(tokens, c.from, c.to)) return true;
  if (isNationalTeam(tokens, c.from, c.to)) return true;
  if (isPlaceWithNumber(tokens, c.from, c.to, (l) => PLACES.has(l) || isKnownPlace(l))) return true;
  if (isTeamOfPlace(tokens, c.from, c.to) || isNameOfPlace(tokens, c.from, c.to)) return true;
  if (isAcronymRun(tokens, c.from, c.to, c.initial)) return true;
  // "the Optical Coatings Division of X": a named part of a company
  const next = tokens[c.to];
  if (c.to - c.from > 1 && UNIT_HEADS.has(bare(tokens[c.to - 1])) && next && next.lower === 'of') return true;
  if (c.to - c.from === 1) {
    const t = tokens[c.from];
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    if (
      isAllCaps(t) &&
      letters.length <= MAX_ACRONYM_LETTERS &&
      letters.length >= MIN_ACRONYM_LETTERS &&
      !GENERIC_ACRONYMS.has(bare(t)) &&
      !isNonNameAcronym(tokens, c.from) &&
      ((letters.length >= 4 && !c.initial) || !PLACES.has(bare(t)))
    )
      return true;
  }
  for (let i = c.from; i < c.to; i++) {
    const w = tokens[i].text;
    // lower-case-initial camel case ("iAdvize", "eLoyal"); "PlayStation"-like words name products as often as
    // firms, so those need a cue or a relation; never Scottish/Irish surnames ("McCain", "MacLeod")
    if (
      /^\p{Ll}/u.test(w) &&
      /\p{Ll}\p{Lu}/u.test(w) &&
      !/^(Mc|Mac|Di|De|Da|Le|La|Van|Von|Fitz)\p{Lu}/u.test(w) &&
      !/['’]/.test(w)
    )
      return true;
  }
  return false;
}
