import { isCapitalised } from '../tokens';
import type { Token } from '../tokens';
import { isParticlePairAfterGivenName } from './particle-pairs';
import { personAfterAcronym } from './outlet-before-person';
import { PERSON_TITLES } from './lexicon-roles';
import {
  CLOSING_LEGAL_FORMS,
  CORPORATE_FORMS,
  isTownAfterCorporateForm,
  isTownAfterOwnName,
  legalFormAhead,
} from './company-towns';
import {
  ENGLISH_INSTITUTION_HEADS,
  INSTITUTION_HEADS,
  LEGAL_FORMS,
  MONTHS,
  ORG_HEAD_WORDS,
  PLACES,
  WEEKDAYS,
} from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_FR } from './lexicon-words';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';
import { SECTOR_WORDS, isPairOfNames } from './name-pairs';
import { articledRegionComplement } from './region-complement';
import { isPortugueseParticleJoin } from './portuguese-particles';
import { isCompoundSurnameParticle, isSpanishParticleJoin } from './romance-particles';
import { pluralNounNameJoin } from './plural-noun-names';
import { isFrenchPartnershipEt } from './french-partnership';
import { isPluralPairEt } from './plural-et-names';
import { isPostAfterName } from './role-tail';
import { isSubjectAfterBodyHead } from './clause-subject-after-name';
import { startsGluedPerson } from './title-before-person';
import { givenNameAfterOpener } from './opener-before-given-name';
import { nameStartAfterPost } from './post-before-particle-name';
import { closesBeforeAnd } from './and-after-whole-name';
import { afterCountryPrefix } from './country-prefix';
import { originSlotComplement } from './demonym-complement';

/**
 * Which tokens a capitalised run of a name may take in: particles ("&", "von", "of" after a head word), "and"
 * before a company word, a bracketed qualifier before a legal form, a lower-case legal form.
 */

/** Lower-case words allowed inside a name when capitalised words stand on both sides. */
export const INNER_PARTICLES = new Set([
  '&',
  'sur',
  'von',
  'van',
  'der',
  'den',
  'di',
  'da',
  'del',
  'della',
  'y',
  // Dutch surname particle, only ever lower case between a given name and a surname ("Jakob ter Horst")
  'ter',
  'et',
  'und',
  // Arabic patronymic particles written in lower case inside a person's name ("Saif bin Hamad")
  'bin',
  'ibn',
  'bint',
  // Breton article inside place-born names ("Penn ar Bed", "Tal ar Groas"); no French or English word is spelt so
  'ar',
]);
/** Two-word particles inside people's names, always written in lower case between two capitalised words. */
const NAME_PARTICLE_PAIRS = new Set(['van der', 'van den', 'von der', 'van de']);
/** "de"-like particles, allowed only after a head word ("Banque de France", "Bank of Boston"). */
export const OF_PARTICLES = new Set(['of', 'de', 'des', 'du', "d'", 'la', 'le']);
/** Legal forms written in lower case after a capitalised name in wire copy ("Chaparral Airlines inc"). */
export const LOWER_CASE_LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc']);
/** Nouns of a part of a company: "X Division of Y" names the division, Y is its owner. */
const UNIT_NOUNS = new Set(['division', 'unit', 'subsidiary', 'branch']);
/** Most capitalised words inside a bracketed qualifier of a name ("SHV (United Kingdom) Holding Co"). */
const MAX_BRACKETED_WORDS = 3;
/** Most words a lower-case institution complement takes ("Caisse des dépôts"). */
const INSTITUTION_COMPLEMENT_WORDS = 1;
/** Longest tail after "and" searched for the company word that licenses the join. */
const MAX_AND_TAIL_WORDS = 4;
/** Longest tail of company words alone that "and" joins to the name before it ("Investment Inc", "Co KG"). */
const MAX_HEAD_ONLY_TAIL_WORDS = 2;

/** Capitalised words that never start or continue a name ("San Francisco-based", "Series A"). */
const NOT_NAME_RE =
  /-(based|listed|born|headquartered|owned|backed|led|controlled|basé|basée)$|^(series|série|round)$/iu;
/** "Opec-assigned", "Reagan-appointed": a name glued to a lower-case participle qualifies the noun after it. */
const PARTICIPLE_COMPOUND_RE = /^\p{Lu}[\p{L}.]*-\p{Ll}+ed$/u;
/** "SaaS", "CCaaS": the "as a service" acronyms, written with a final capital — never a surname ("Aas", "Haas"). */
const AS_A_SERVICE_RE = /\p{Lu}aaS$/u;

export function isNameToken(t: Token): boolean {
  // the cheap capital test first: most tokens are lower-case words or signs, which no regex below need read
  if (!isCapitalised(t)) return false;
  if (NOT_NAME_RE.test(t.text) || AS_A_SERVICE_RE.test(t.text) || PARTICIPLE_COMPOUND_RE.test(t.text))
    return false;
  return !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower);
}

export function isStop(lower: string): boolean {
  return FR_STOPWORDS.has(lower) || EN_STOPWORDS.has(lower);
}

/** Nouns of a family firm that open its name before the founder's ("Les Fils de X", "Veuve de X"). */
const FAMILY_FIRM_HEADS = new Set(['fils', 'frères', 'héritiers', 'veuve']);

/**
 * The run already reads as a whole company name, so "and" starts another one. A run of head words alone
 * ("Securities" in "Securities and Exchange Commission") names nothing yet and may go on.
 */
function hasStrongHead(tokens: Token[], from: number, to: number): boolean {
  const isHead = (l: string) =>
    LEGAL_FORMS.has(l) || (ORG_HEAD_WORDS.has(l) && !SECTOR_WORDS.has(l)) || INSTITUTION_HEADS.has(l);
  let distinctive = false;
  for (let i = from; i < to; i++) if (!isHead(tokens[i].lower.replace(/\.$/, ''))) distinctive = true;
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    if (distinctive && isHead(l)) return true;
    // a camel-case or all-caps word is a whole name already ("BrowserStack and Sauce Labs")
    const w = tokens[i].text;
    const camel = /\p{Ll}\p{Lu}/u.test(w) && !/^(Mc|Mac)\p{Lu}/u.test(w);
    if (camel || (w.length > 1 && w === w.toUpperCase())) return true;
  }
  return false;
}

export function hasHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    if (ORG_HEAD_WORDS.has(l) || INSTITUTION_HEADS.has(l) || LEGAL_FORMS.has(l)) return true;
    if (isEstablishmentNoun(tokens[i].text)) return true;
  }
  return false;
}

/** Shortest French "-erie" establishment noun that heads a name ("Brasserie", "Biscuiterie"; not "Série"). */
const MIN_ESTABLISHMENT_LETTERS = 8;

/**
 * "Biscuiterie des Deux Caps", "Fonderie du Rhin": a capitalised French noun of a trade's workshop (-erie) heads a
 * company name and takes its "de" complement; "Galerie" and "Série" are too short to qualify.
 */
export function isEstablishmentNoun(text: string): boolean {
  return /^\p{Lu}\p{Ll}+erie$/u.test(text) && text.length >= MIN_ESTABLISHMENT_LETTERS;
}

/** "Rigolleau, S.A.", "Acme, Inc.": a legal form after a comma closes the name before it. */
export function commaLegalForm(tokens: Token[], j: number): number {
  const comma = tokens[j];
  const form = tokens[j + 1];
  if (!comma || comma.text !== ',' || !form || !isCapitalised(form)) return 0;
  // capitals ("S.A.", "N.V.") or an unmistakable English form; not "As", "Co" or "Se", which are words too
  const plain = form.lower.replace(/\./g, '');
  const national = nationalBankForm(tokens, j);
  if (national > 0) return national;
  const unmistakable =
    /^[\p{Lu}.]+$/u.test(form.text) || ['inc', 'corp', 'ltd', 'plc', 'llc'].includes(plain);
  return unmistakable && LEGAL_FORMS.has(plain) && plain !== 'co' ? 2 : 0;
}

/** Heads of a US national bank's name, which its charter form follows ("X Bank, National Association"). */
const NATIONAL_BANK_HEADS = new Set(['bank', 'company', 'trust']);

/** "X Bank, National Association", "X Trust Company, N.A.": a national bank's charter form closes its name. */
function nationalBankForm(tokens: Token[], j: number): number {
  if (!NATIONAL_BANK_HEADS.has(tokens[j - 1]?.lower ?? '')) return 0;
  const form = tokens[j + 1];
  if (form.text === 'N.A.' || form.text === 'N.A') return 2;
  return form.text === 'National' && tokens[j + 2]?.text === 'Association' ? 3 : 0;
}

/** "la coopérative X", "la fonderie alsacienne X": a lower-case French cue noun (and an adjective) before the run. */
function introducedByCueNoun(tokens: Token[], runFrom: number): boolean {
  const isCueNoun = (t: Token | undefined) => !!t && t.text === t.lower && ORG_CUES_FR.has(t.lower);
  const prev = tokens[runFrom - 1];
  if (isCueNoun(prev)) return true;
  const adjective = !!prev && prev.text === prev.lower && prev.kind === 'word' && !isStop(prev.lower);
  return adjective && isCueNoun(tokens[runFrom - 2]);
}

/** Articles a French "de" takes before a name's complement ("de la Loire", "de l'Yon"). */
const COMPLEMENT_ARTICLES = new Set(['la', "l'"]);

/**
 * "la coopérative Terres de l'Yon", "le fonds régional Pays de la Loire Participations": after a cue noun, a name
 * carries an articled "de" complement as it carries a bare one; a known place ending the run says where instead
 * ("le fabricant X de la Rochelle"). Returns the particle tokens taken ("de la" = 2).
 */
function articledComplementAfterCue(tokens: Token[], runFrom: number, i: number): number {
  const article = tokens[i + 1];
  const word = tokens[i + 2];
  if (tokens[i].lower !== 'de' || !article || !COMPLEMENT_ARTICLES.has(article.lower)) return 0;
  if (!word || !isNameToken(word) || isStop(word.lower)) return 0;
  const after = tokens[i + 3];
  if (PLACES.has(word.lower) && !(after && isNameToken(after))) return 0;
  return introducedByCueNoun(tokens, runFrom) ? 2 : 0;
}

/** "NICE Ltd, Genesys and Verint Systems Inc": a run right after a list comma is the list's next member. */
function endsList(tokens: Token[], runFrom: number): boolean {
  const comma = tokens[runFrom - 1];
  const before = tokens[runFrom - 2];
  return !!comma && comma.text === ',' && !!before && isNameToken(before);
}

/** "A and B and C Inc": a run that is itself the second member of a pair takes no second "and". */
function closesAndPair(tokens: Token[], runFrom: number): boolean {
  const conj = tokens[runFrom - 1];
  const before = tokens[runFrom - 2];
  return !!conj && conj.lower === 'and' && !!before && isNameToken(before);
}

/** An all-caps or camel-case word after "and" opens a name of its own ("Point Nine and HV Capital"). */
function isWholeNameWord(w: string): boolean {
  return (/\p{Ll}\p{Lu}/u.test(w) && !/^(Mc|Mac)\p{Lu}/u.test(w)) || (w.length > 1 && w === w.toUpperCase());
}

/**
 * The lower-case words of the capitalised run after "and" at `i` (at most MAX_AND_TAIL_WORDS, a trailing dot
 * dropped), stopped before a post title ("… Committee Chairman Z").
 */
function andTail(tokens: Token[], i: number): string[] {
  let k = i + 1;
  while (
    k < tokens.length &&
    k <= i + MAX_AND_TAIL_WORDS &&
    isNameToken(tokens[k]) &&
    !isPostAfterName(tokens, k) &&
    !isSubjectAfterBodyHead(tokens, k) &&
    !startsGluedPerson(tokens, k)
  )
    k++;
  return tokens.slice(i + 1, k).map((x) => x.lower.replace(/\.$/, ''));
}

/**
 * "Great American Management and Investment Inc", "Financial Security Savings and Loan Association": a tail of
 * company words ending in a legal form ("Investment Inc"), or a sector pair ("Savings and Loan Association"),
 * names no company by itself, so it completes the name before "and" even when that already reads as whole.
 */
export function headOnlyTail(tokens: Token[], i: number, legalFormsOnly = false): boolean {
  const tail = andTail(tokens, i);
  // "Energy Holdings Inc" may be a name of its own; one company word and a legal form are not
  if (tail.length === 0 || tail.length > MAX_HEAD_ONLY_TAIL_WORDS || isWholeNameWord(tokens[i + 1].text))
    return false;
  const isHead = (w: string) => LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) || INSTITUTION_HEADS.has(w);
  const last = tail[tail.length - 1];
  if (legalFormsOnly) return tail.every((w) => LEGAL_FORMS.has(w));
  if (!tail.every((w) => isHead(w) || SECTOR_WORDS.has(w))) return false;
  // "Partners Group" may be a name of its own; "Investment Inc" is not, nor "Loan Association" after "Savings"
  const sectorPair = SECTOR_WORDS.has(tokens[i - 1].lower) && SECTOR_WORDS.has(tail[0]);
  return LEGAL_FORMS.has(last) || (sectorPair && ORG_HEAD_WORDS.has(last));
}

/** The first token after the last possessive "'s" of tokens [from, to), else `from`. */
function afterLastPossessive(tokens: Token[], from: number, to: number): number {
  let k = from;
  for (let j = from; j < to; j++) if (tokens[j].lower === "'s") k = j + 1;
  return k;
}

/** The first word of the run [runFrom, i) after a capitalised "The" that opens it, else `runFrom`. */
function afterOpeningArticle(tokens: Token[], runFrom: number, i: number): number {
  return i - runFrom >= 2 && tokens[runFrom].text === 'The' ? runFrom + 1 : runFrom;
}

/** Forms of professional partnerships, named after two or more partners ("Goodwin Procter LLP"). */
const PARTNERSHIP_FORMS = new Set(['llp', 'pllc']);

/** Lets a particle join the run when a name-like token follows it (and, for "of"-particles, a head precedes). */
export function particleJoins(tokens: Token[], runFrom: number, i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next) return 0;
  if (closesBeforeAnd(tokens, runFrom, i)) return 0;
  if (t.lower === 'and' && i > runFrom && headOnlyTail(tokens, i) && !endsList(tokens, runFrom)) return 1;
  // "Lloyds, Samuel Montagu and Co Ltd": a tail of legal forms alone is no list member, even after a list comma,
  // when a founder's full name opens the run; a bare surname ("Kidder, Peabody and Co") is a comma partnership's
  const founderName = i - runFrom >= 2 && isWorldGivenName(tokens[runFrom].lower);
  if (t.lower === 'and' && founderName && headOnlyTail(tokens, i, true)) return 1;
  // "The UK's Competition and Markets Authority": the owner before a possessive is a name of its own; a
  // sentence-opening "The" is no word of the name ("The Securities and Exchange Commission said")
  const ownFrom = afterCountryPrefix(
    tokens,
    afterLastPossessive(tokens, afterOpeningArticle(tokens, runFrom, i), i),
    i,
  );
  if (
    t.lower === 'and' &&
    isNameToken(next) &&
    i > runFrom &&
    !hasStrongHead(tokens, ownFrom, i) &&
    !endsList(tokens, runFrom) &&
    !isWholeNameWord(next.text) &&
    !closesAndPair(tokens, runFrom) &&
    // "vice chairman Dudley Taft and Narragansett Capital Inc": a person's full name and a company are two parties
    !(i - runFrom === 2 && isWorldGivenName(tokens[runFrom].lower) && !isWorldGivenName(next.lower))
  ) {
    // "Minnesota Mining and Mfg Co", "Knut and Alice Wallenberg Foundation": only when a company word closes it
    const isHead = (w: string) => LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) || INSTITUTION_HEADS.has(w);
    const tail = andTail(tokens, i);
    // "A and B Regional Confederation of …": an institution's head closes the pair into one name
    if (!tail.some((w) => isHead(w) || ENGLISH_INSTITUTION_HEADS.has(w))) return 0;
    // "General Catalyst and Bessemer Venture Partners": a two-word name, then a whole name of three words with a
    // word of its own, are two names; "Minnesota Mining and Mfg Co" keeps its short tail, and "Esso Exploration and
    // Production Australia Inc" its legal form
    const ownWord = tail.some((w) => !isHead(w));
    const legalEnd = LEGAL_FORMS.has(tail[tail.length - 1]);
    // likewise a place before a company word ("… and Iberia Capital") names a fund of its own
    const wholeTail = tail.length >= 3 || (tail.length === 2 && PLACES.has(tail[0]));
    // "Competition and Markets Authority": a public body's head closes the pair ("Tesla and Enphase Energy" stays two)
    const publicBody = ENGLISH_INSTITUTION_HEADS.has(tail[tail.length - 1]);
    if (i - ownFrom >= 2 && wholeTail && ownWord && !legalEnd && !publicBody) return 0;
    // "firm Northzone and Lloyds Banking Group": a tail with two words of its own before its head is a whole name,
    // unless it opens with a given name ("Knut and Alice Wallenberg Foundation" is one foundation)
    const ownWords = tail.filter((w) => !isHead(w)).length;
    if (tail.length >= 3 && ownWords >= 2 && !legalEnd && !publicBody && !isWorldGivenName(next.lower))
      return 0;
    // "Meridian and Goodwin Procter LLP": a law partnership's form closes a whole name of two surnames of its own
    if (PARTNERSHIP_FORMS.has(tail[tail.length - 1]) && tail.filter((w) => !isHead(w)).length >= 2) return 0;
    return !publicBody && isPairOfNames(tokens, ownFrom, i, tail) ? 0 : 1;
  }
  // "Cimentos do Tejo", "Banco do Brasil": a Portuguese particle after a company or institution head word
  if (isPortugueseParticleJoin(tokens, runFrom, i, hasHead)) return 1;
  // a post glued before the person ("Secretary General Javier Perez de Cuellar") is no word of the name
  const nameFrom = nameStartAfterPost(tokens, runFrom, i);
  // "Empresa Nacional de Petroleo S.A.", "Javier Ortiz de Zárate": Iberian particles inside one name
  if (isSpanishParticleJoin(tokens, runFrom, i) || isCompoundSurnameParticle(tokens, nameFrom, i)) return 1;
  if (INNER_PARTICLES.has(t.lower) && isNameToken(next)) {
    // "et" only inside person-free names like "Procter et Gamble" is too rare to risk; allow only "&"-likes and a
    // closing partnership word ("Bertrand et Cie", french-partnership.ts)
    if (t.lower === 'et')
      return isFrenchPartnershipEt(tokens, i) || isPluralPairEt(tokens, runFrom, i, hasHead) ? 1 : 0;
    return 1;
  }
  // "Joost van der Meer", "Ursula von der Leyen": a two-word particle of a person's name
  const third = tokens[i + 2];
  if (NAME_PARTICLE_PAIRS.has(`${t.lower} ${next.lower}`) && third && isNameToken(third)) return 2;
  if (isParticlePairAfterGivenName(tokens, nameFrom, i)) return 2;
  if (OF_PARTICLES.has(t.lower)) {
    const originJoin = originSlotComplement(tokens, runFrom, i, isNameToken);
    if (originJoin > 0) return originJoin;
    const headBefore = hasHead(tokens, runFrom, i);
    // "à l'AFP Hélène de X": the outlet's acronym before the given name is another name (outlet-before-person.ts)
    // and so is an honorific ("Dr. Laurent du Plessis")
    const titled = (i - runFrom === 2 && PERSON_TITLES.has(tokens[runFrom].lower)) || nameFrom === i - 1;
    const givenAt =
      titled || personAfterAcronym(tokens, runFrom, i) === i - 1 || givenNameAfterOpener(tokens, runFrom, i)
        ? i - 1
        : runFrom;
    // a compound given name ("Pierre-Antoine de La X") is read by its first part
    const given = tokens[givenAt].lower.split('-')[0];
    // "Thierry d'Aubigny" as "Anne de Villeneuve": an elided particle opens a surname too, never a known place
    const elided = t.lower === "d'" && !PLACES.has(next.lower);
    const personBefore =
      i - givenAt === 1 &&
      ((t.lower === 'de' && FIRST_NAMES.has(given)) ||
        // "Anneke de Vries": a given name of any region before "de" and a surname, unless a cue noun vouches for
        // a company ("la coopérative Val de Loire Céréales")
        // "Laurent du Plessis" reads as "Anneke de Vries" does
        ((t.lower === 'de' || t.lower === 'du') &&
          isWorldGivenName(given) &&
          isNameToken(next) &&
          !introducedByCueNoun(tokens, runFrom)) ||
        (elided && (FIRST_NAMES.has(given) || isWorldGivenName(given))));
    // "Les Fils de Bérard", "Frères de X": a family firm's head takes its founder's name
    const familyFirm = i - runFrom <= 2 && FAMILY_FIRM_HEADS.has(tokens[i - 1].lower) && isNameToken(next);
    if (familyFirm && t.lower !== 'of') return 1;
    if (!headBefore && !personBefore) {
      // "la coopérative Val de Loire Céréales", "la fonderie Métallerie du Rhin": the cue noun vouches for a company
      // name, which may carry a "de" complement of its own
      const frenchOf = t.lower === 'de' || t.lower === 'du' || t.lower === "d'";
      const named = frenchOf && isNameToken(next) && !FIRST_NAMES.has(next.lower) && !isStop(next.lower);
      // "le fabricant X de Toulouse" says where; "Val de Loire Céréales" goes on after the place
      const after = tokens[i + 2];
      if (pluralNounNameJoin(tokens, runFrom, i) > 0) return 1;
      if (articledRegionComplement(tokens, runFrom, i, isNameToken)) return 1;
      if (PLACES.has(next.lower) && !(after && isNameToken(after))) return 0;
      const articled = articledComplementAfterCue(tokens, runFrom, i);
      if (articled > 0) return articled;
      return named && introducedByCueNoun(tokens, runFrom) ? 1 : 0;
    }
    const before = tokens[i - 1].lower.replace(/\.$/, '');
    if (t.lower === 'of' && (CLOSING_LEGAL_FORMS.has(before) || UNIT_NOUNS.has(before))) return 0;
    // "Aluminum Co of America": after "Corp"/"Co" a country is part of the name, a town is not
    if (t.lower === 'of' && CORPORATE_FORMS.has(before)) return isTownAfterCorporateForm(tokens, i) ? 0 : 1;
    if (t.lower === 'of' && isTownAfterOwnName(tokens, runFrom, i)) return 0;
    // "Commerzbank AG of West Germany", "VMS Realty Partners of Chicago": a place after "of" is where, not who
    const placeAfter =
      PLACES.has(next.lower) &&
      !INSTITUTION_HEADS.has(tokens[i - 1].lower) &&
      !legalFormAhead(tokens, i + 1) &&
      !articledRegionComplement(tokens, runFrom, i, isNameToken);
    if (isNameToken(next) && !placeAfter) return 1;
    // "Caisse des dépôts": a lone institution head takes a lower-case complement
    if (INSTITUTION_HEADS.has(tokens[i - 1].lower) && next.kind === 'word' && !isStop(next.lower)) {
      return 1 + INSTITUTION_COMPLEMENT_WORDS;
    }
  }
  return 0;
}

/**
 * "SHV (United Kingdom) Holding Co Ltd", "Industrial Equity (Pacific) Ltd": capitalised words in brackets
 * followed by a legal form or company word are a qualifier inside the name, not an alias after it.
 */
export function bracketedQualifier(tokens: Token[], j: number): number {
  if (tokens[j].text !== '(') return 0;
  let k = j + 1;
  while (k < tokens.length && k - j - 1 < MAX_BRACKETED_WORDS && isNameToken(tokens[k])) k++;
  if (k === j + 1 || !tokens[k] || tokens[k].text !== ')') return 0;
  const after = tokens[k + 1];
  if (!after || !isNameToken(after)) return 0;
  const w = after.lower.replace(/\.$/, '');
  return LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) ? k + 1 - j : 0;
}
