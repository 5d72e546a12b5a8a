import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FIRST_NAMES } from './first-names';
import { NATIONALITIES, PLACES } from './lexicon-common';
import { commaFirmEnd } from './comma-firm-names';
import { commaInstitutionEnd } from './comma-institution-names';
import { isPartnerMember, isPartnershipTail } from './partnership-members';
import { repeatsPartyPreposition } from './repeated-preposition-and';
import { bracketedNameEnd } from './bracketed-firm-joins';

/**
 * Partnership names made of surnames joined by "and" ("Smith and Jones", "Hale, Dorr and Beck"). The cutter
 * splits runs at "and", which is right for lists of companies; a pair of bare surnames is one name when the
 * coordination goes on with another "and" ("controlled by Smith and Jones and Acme Inc"): a plain list would
 * have joined its members with commas, so the first "and" lies inside a name.
 */

/** Most surnames a partnership name strings together ("A, B and C"). */
const MAX_PARTNER_NAMES = 4;

/** A bare surname: one title-case word, not a given name, a place or a nationality. */
function isBareSurname(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1) return false;
  const t = tokens[c.from];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  return !FIRST_NAMES.has(t.lower) && !PLACES.has(t.lower) && !NATIONALITIES.has(t.lower);
}

function gapIs(tokens: Token[], a: Candidate, b: Candidate, word: string): boolean {
  return b.from - a.to === 1 && tokens[a.to].lower === word;
}

/** Candidates of one sentence with "A and B" / "A, B and C" partnership names joined; `firmName` marks them. */
export function joinFirmNames(tokens: Token[], cs: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < cs.length) {
    const end = partnershipEnd(tokens, cs, i);
    if (end > i) {
      const first = cs[i];
      const last = cs[end];
      out.push({
        ...first,
        to: last.to,
        end: last.end,
        text: text.slice(first.start, last.end),
        firmName: true,
      });
      i = end + 1;
    } else {
      out.push(cs[i]);
      i++;
    }
  }
  return out;
}

/**
 * "Kidder, Peabody and Co Inc", "Goldman, Sachs & Co", "Smith Barney, Harris Upham and Co": partners joined by
 * commas, then "and"/"&" and a lone partnership word (legal forms may follow it). A plain list never ends in a
 * bare "Co", so the commas lie inside one name. Returns the index of the tail candidate, or i.
 */
function commaPartnershipEnd(tokens: Token[], cs: Candidate[], i: number): number {
  let k = i;
  while (k + 1 < cs.length && k - i + 1 < MAX_PARTNER_NAMES && gapIs(tokens, cs[k], cs[k + 1], ',')) {
    if (!isPartnerMember(tokens, cs[k + 1])) break;
    k++;
  }
  if (k === i) return i;
  const tail = cs[k + 1];
  const joined = !!tail && (gapIs(tokens, cs[k], tail, 'and') || gapIs(tokens, cs[k], tail, '&'));
  return joined && isPartnershipTail(tokens, tail) ? k + 1 : i;
}

/**
 * "Scott, Foresman and Co": a partnership may open with a word that is also a given name; the lone company word
 * after "and" shows it is no list of people.
 */
function givenNameOpensCommaPartnership(tokens: Token[], cs: Candidate[], i: number): number {
  const c = cs[i];
  if (c.to - c.from !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(tokens[c.from].text)) return i;
  if (!FIRST_NAMES.has(tokens[c.from].lower)) return i;
  return commaPartnershipEnd(tokens, cs, i);
}

/** Index of the last surname of a partnership name opening at cs[i], or i when none opens there. */
function partnershipEnd(tokens: Token[], cs: Candidate[], i: number): number {
  const bracketed = bracketedNameEnd(tokens, cs, i);
  if (bracketed > i) return bracketed;
  const firm = commaFirmEnd(tokens, cs, i);
  if (firm > i) return firm;
  const institution = commaInstitutionEnd(tokens, cs, i);
  if (institution > i) return institution;
  // "Smith Barney, Harris Upham and Co": a two-word partner opens the string only before a lone partnership tail
  if (cs[i].to - cs[i].from > 1)
    return isPartnerMember(tokens, cs[i]) ? commaPartnershipEnd(tokens, cs, i) : i;
  if (!isBareSurname(tokens, cs[i])) return givenNameOpensCommaPartnership(tokens, cs, i);
  if (pairBeforeRepeatedPreposition(tokens, cs, i)) return i + 1;
  const comma = commaPartnershipEnd(tokens, cs, i);
  if (comma > i) return comma;
  // the name opens a coordination or follows a comma that closes another member ("X Corp, A, B and C and Y")
  let k = i;
  while (k + 1 < cs.length && k - i + 1 < MAX_PARTNER_NAMES && isBareSurname(tokens, cs[k + 1])) {
    if (gapIs(tokens, cs[k], cs[k + 1], ',')) {
      k++;
      continue;
    }
    if (gapIs(tokens, cs[k], cs[k + 1], 'and')) {
      k++;
      break;
    }
    return i;
  }
  if (k === i || !gapIs(tokens, cs[k - 1], cs[k], 'and')) return i;
  if (saidOfOneFirm(tokens, cs[k].to)) return k;
  // the coordination goes on with "and" and a whole name ("… and Acme Inc"); "A, B and C and D" of bare words
  // alone is ambiguous ("… Dickson and Chase and Sanborn" may end in the pair)
  const next = cs[k + 1];
  return next && gapIs(tokens, cs[k], next, 'and') && !isBareSurname(tokens, next) ? k : i;
}

/** Verbs of a company's own act after "said it" ("said it agreed to acquire"); not "was" or "would be", which
 * people say of anything. */
const FIRM_ACT_VERBS = new Set(
  `agreed has had will acquired sold bought completed signed plans expects reached received holds owns intends
  raised filed made`.split(/\s+/),
);

/**
 * "Cross and Trecker said it agreed …": two surnames that report in the singular of their own act are one firm;
 * two firms or two people say "they".
 */
function saidOfOneFirm(tokens: Token[], to: number): boolean {
  const said = tokens[to]?.lower;
  return (
    (said === 'said' || said === 'says') &&
    tokens[to + 1]?.lower === 'it' &&
    FIRM_ACT_VERBS.has(tokens[to + 2]?.lower ?? '')
  );
}

/** "by Hale and Dorsey and by Mercer Inc": two bare surnames before "and" and the preposition that brought them. */
function pairBeforeRepeatedPreposition(tokens: Token[], cs: Candidate[], i: number): boolean {
  const pair = cs[i + 1];
  const next = cs[i + 2];
  if (!pair || !next || !isBareSurname(tokens, pair)) return false;
  if (!gapIs(tokens, cs[i], pair, 'and') && !gapIs(tokens, cs[i], pair, 'et')) return false;
  return repeatsPartyPreposition(tokens, cs[i].from, pair.to, next.from);
}
