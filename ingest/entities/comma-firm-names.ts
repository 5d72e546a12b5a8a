import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { LEGAL_FORMS, NATIONALITIES, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { knownOrganisation } from './known-organisations';
import { isPartnershipTail } from './partnership-members';

/**
 * Wire names of partnerships that string surnames with commas before a company tail: "Donaldson, Lufkin and
 * Jenrette Securities Corp", "Harlow, Brandt and Keane Plc", "Scott, Foresman and Co". A list of companies gives
 * each member its own company word or a known name ("Chrysler, Ford and General Motors Corp"); bare surnames
 * before a last member that alone carries the legal form are one firm's name.
 */

/** Most surnames before the tail ("A, B, C and D Corp"). */
const MAX_MEMBERS = 3;

/** One title-case word that is not a place, a nationality or a known company. */
function isPartnerWord(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1) return false;
  const t = tokens[c.from];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  return !PLACES.has(t.lower) && !NATIONALITIES.has(t.lower) && knownOrganisation(t.text) === null;
}

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** "Jenrette Securities Corp", "Keane Plc": a partner word, then only company words, closed by a legal form. */
function isSurnameCompanyTail(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from < 2 || !isPartnerWord(tokens, { ...c, to: c.from + 1 })) return false;
  for (let k = c.from + 1; k < c.to; k++) {
    const w = bare(tokens[k]);
    if (!LEGAL_FORMS.has(w) && !ORG_HEAD_WORDS.has(w)) return false;
  }
  return LEGAL_FORMS.has(bare(tokens[c.to - 1]));
}

/**
 * "Pike & Co", "Roux et Cie SA": a surname, "&"/"and"/"et", and a lone partnership word (legal forms may follow
 * it), read as one candidate.
 */
function isAmpersandPartnership(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from < 3 || !isPartnerWord(tokens, { ...c, to: c.from + 1 })) return false;
  const joint = tokens[c.from + 1].lower;
  return (
    (joint === '&' || joint === 'and' || joint === 'et') &&
    isPartnershipTail(tokens, { ...c, from: c.from + 2 })
  );
}

/** "Bruyette & Woods": two partner words joined by an ampersand, read as one candidate. */
function isAmpersandSurnames(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 3 || tokens[c.from + 1].text !== '&') return false;
  const one = (k: number): Candidate => ({ ...c, from: k, to: k + 1 });
  return isPartnerWord(tokens, one(c.from)) && isPartnerWord(tokens, one(c.from + 2));
}

function gapIs(tokens: Token[], a: Candidate, b: Candidate, words: string[]): boolean {
  return b.from - a.to === 1 && words.includes(tokens[a.to].lower);
}

/**
 * Index of the tail candidate when cs[i] opens "A, B and C Corp" (surnames, commas, "and"/"&", a surname with a
 * legal form), else i. The tail's legal form must be the only company word of the whole string.
 */
export function commaFirmEnd(tokens: Token[], cs: Candidate[], i: number): number {
  if (!isPartnerWord(tokens, cs[i])) return i;
  let k = i;
  while (k + 1 < cs.length && k - i < MAX_MEMBERS && gapIs(tokens, cs[k], cs[k + 1], [','])) {
    if (!isPartnerWord(tokens, cs[k + 1])) break;
    k++;
  }
  const tail = cs[k + 1];
  // "Harold, Pike & Co": the last surname and its lone company word were read as one candidate
  if (tail && gapIs(tokens, cs[k], tail, [',']) && isAmpersandPartnership(tokens, tail)) return k + 1;
  // "Keefe, Bruyette & Woods": an ampersand between the last two surnames joins partners, never list members
  if (tail && gapIs(tokens, cs[k], tail, [',']) && isAmpersandSurnames(tokens, tail)) return k + 1;
  if (k === i || !tail || !gapIs(tokens, cs[k], tail, ['and', '&'])) return i;
  // "Acme, Beta and Gamma Corp said they…": a plural verb reports on several firms
  const after = tokens[tail.to]?.lower;
  if (after === 'said' && tokens[tail.to + 1]?.lower === 'they') return i;
  return isSurnameCompanyTail(tokens, tail) ? k + 1 : i;
}
