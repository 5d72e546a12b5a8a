import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { isNameToken } from './name-joins';

/**
 * Towns that wire copy writes after a company's name with "of" ("X Inc of Salem", "X Savings Bank of Y",
 * "X Corporation of Z"), which are no part of the name, told from the places that are ("Co of America",
 * "Corp of Canada Ltd", "First National Bank of Y").
 */

/**
 * Legal forms that close a name: an "of" after them says where the company is ("Allied Research Inc of
 * Salem"). "Corp"/"Co" are left out: "Dynamics Corp of America" is a whole name.
 */
export const CLOSING_LEGAL_FORMS = new Set([
  'inc',
  'ltd',
  'plc',
  'ab',
  'ag',
  'gmbh',
  'nv',
  'bv',
  'sa',
  'llc',
  'spa',
  'pty',
]);

/** Forms after which "of" names a town unless a country or a legal form follows ("X Corporation of <town>"). */
export const CORPORATE_FORMS = new Set(['corp', 'co', 'corporation', 'company']);
/** What "Corp of"/"Co of" may end with in a company's own name ("Dynamics Corp of America", "Co of North America"). */
export const COUNTRY_WORDS = new Set(['america', 'north']);
/** Most words of a place between "of" and a legal form that still belongs to the name ("Sara Lee Corp of Canada Ltd"). */
const MAX_PLACE_WORDS_BEFORE_LEGAL_FORM = 3;

/** "Norwest Corporation of <town>": after "Corp/Co/Corporation/Company" only a country or a legal form goes on. */
export function isTownAfterCorporateForm(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower.replace(/\.$/, '') ?? '';
  const next = tokens[i + 1];
  if (tokens[i].lower !== 'of' || !CORPORATE_FORMS.has(before) || !next) return false;
  return !COUNTRY_WORDS.has(next.lower) && !legalFormAhead(tokens, i + 1);
}

/** "of Canada Ltd", "of West Virginia Inc": the place is followed by a legal form, so it is inside the name. */
export function legalFormAhead(tokens: Token[], k: number): boolean {
  for (
    let j = k;
    j < tokens.length && j <= k + MAX_PLACE_WORDS_BEFORE_LEGAL_FORM && isNameToken(tokens[j]);
    j++
  ) {
    if (j > k && LEGAL_FORMS.has(tokens[j].lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** Words that name no particular bank ("First National Bank", "State Savings Bank"), general knowledge. */
const GENERIC_BANK_WORDS = new Set(
  `first second third national state federal savings loan and american united citizens peoples security home
community farmers merchants mutual trust commercial central northwest northeast southwest southeast northern
southern western eastern north south east west new royal guaranty fidelity`.split(/\s+/),
);
/** Nouns of savings institutions that "of <town>" follows in wire copy. */
const TOWN_HEADS = new Set(['bank', 'association', 'savings', 'bancorp']);

/**
 * "InterWest Savings Bank of Oak Harbour", "Waccamaw State Bank of Surfside Beach": a bank with a name of its own
 * followed by "of" and a town (not a known place) says where it is; "First National Bank of Bloomington" has no
 * other name, so the town stays in it.
 */
export function isTownAfterOwnName(tokens: Token[], runFrom: number, i: number): boolean {
  if (!TOWN_HEADS.has(tokens[i - 1].lower)) return false;
  const next = tokens[i + 1];
  // a sentence cut after "of" (a truncated wire body) names no town
  if (!next || PLACES.has(next.lower) || legalFormAhead(tokens, i + 1)) return false;
  for (let k = runFrom; k < i; k++) {
    const w = tokens[k].lower;
    if (!GENERIC_BANK_WORDS.has(w) && !TOWN_HEADS.has(w) && !ORG_HEAD_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * "Brixham Tools Inc of Medford", "Pembrook Savings Bank of Elmsford": the name after such an "of" is the
 * company's town, which the run did not take in; it is no name of a party.
 */
export function isTownOfCompany(tokens: Token[], from: number): boolean {
  const of = tokens[from - 1];
  const before = tokens[from - 2];
  if (!of || of.lower !== 'of' || !before) return false;
  const w = before.lower.replace(/\.$/, '');
  return CLOSING_LEGAL_FORMS.has(w) || CORPORATE_FORMS.has(w) || TOWN_HEADS.has(w);
}
