import { isRegionQualifier } from './region-qualifier';
import { newNameCueBefore } from './new-name-cues';
import { isOpeningTimeWord } from './opening-time-words';
import type { Token } from '../tokens';
import { isRegionBody } from './region-body';
import { isAgencyExecutiveName } from './executive-body';
import { isAllCaps } from '../tokens';
import type { Candidate } from './candidates';
import { bare, hasOrgShape, isCue } from './org-shape';
import { FIRST_NAMES } from './first-names';
import { hasParticleSurname } from './particle-surname';
import { wordSet, GENERIC_ACRONYMS, NATIONALITIES, PLACES } from './lexicon-common';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { occupationBefore, personCue, possessedRole } from './person-cues';
import { notPersonName } from './person-shapes';
import { isKnownOrganisation, isKnownPlace } from './world-lexicon';
import { isBylineOutlet } from './byline-outlet';
import { isCountryName } from './country-names';
import { isLocalAreaName } from './county-names';
import { isNationalPlural } from './national-people';
import { isKnownOrganisationHere } from './known-organisations-context';
import {
  isCompassOfPlace,
  isDepartmentOfTitle,
  isListLabel,
  isNationalityCompound,
  knownNameInCompanySlot,
} from './slot-shapes';
import { isLoneRegionWord, isPlacePair, isTownAfterTradeNoun } from './origin-places';
import { isRegionName } from './region-names';
import { isProductBeforeMaker } from './maker-of-product';
import { isInvestorWithoutGivenName } from './investor-slot';
import { personFrameAround } from './person-frames';
import { isLawName } from './law-names';
import { isPortfolioBeforeMinister } from './post-portfolios';
import { isMarketIndex } from './market-indices';
import { rivalryCueBefore } from './rivalry-cue';
import { clubSlotBefore } from './sports-cues';
import { articleNameInTopic } from './article-name-in-topic';
import { broadcasterBefore } from './media-cues';
import { isEnglishArticleName } from './english-article-name';
import { isCurrencyName } from './currency-names';
import { appositionCueAfter } from './apposition-cue';
import { ownershipAppositionAfter } from './ownership-apposition';
import { companyCueOverShape, firmAppositionOverGivenName } from './company-over-shape';
import { memberListCueAfter, memberListCueBefore } from './member-list-cue';
import {
  backerCompoundAfter,
  datelineSource,
  isFirstPersonContraction,
  isNewsroomCredit,
  isOpeningWord,
  isQualifierOfNoun,
  namingCueBefore,
} from './context-cues';
import {
  employerAfterAt,
  formerEmployerBefore,
  listingVenueBefore,
  schoolBefore,
  ownershipBefore,
  roleOfBefore,
} from './affiliation-cues';
import { isTownOfCompany } from './company-towns';
import { isPlaceAfterSiteWord } from './site-places';
import { isPlaceAfterFacilityComplement } from './facility-complement-place';
import { isFoundingPlace } from './founding-place';
import { isFamilyName } from './family-names';
import { isFoundingWord } from './founding-words';
import { isAngleBracketedName } from './wire-copy';
import { demonymSlotBefore, loneGivenNameAfterDemonym } from './demonym-slot';
import { founderNamedFirmAfterDemonym } from './demonym-founder-name';
import { isTownBeforeCountry, namesNothing } from './qualifier-shapes';
import { isTownBeforeBasedRegion } from './town-before-based-region';
import { isPublicBody } from './public-bodies';
import { isCodeOrAmount } from './code-shapes';
import { leaderTitlesPerson } from './leader-title';
import { electTitleBefore } from './elect-title';
import { isRatingGrade } from './rating-grades';
import { isDegreeOrContactLabel } from './release-labels';
import { isPieceOfGeographicName, isPlaceBeforePartNoun } from './geographic-names';
import { isExchangeName } from './exchange-names';
import { isExchangeOfPriceMove } from './exchange-price-move';
import { isPortfolioOfPost } from './portfolio-names';
import { isCompoundGivenName } from './compound-given-names';
import { isRankCompound, isSectorDescriptorAcronym } from './descriptor-words';
import { ADJACENT_ORG_CUES, CUE_BREAKERS, EN_STOPWORDS, FR_STOPWORDS, MAKER_VERBS } from './lexicon-words';
import { isExtraPlaceSlot, isTownSpelling } from './place-slots';
import { isModifierOfDescribedName } from './place-modifier-descriptor';

export type CandidateKind = 'org' | 'person' | 'persons' | 'drop' | 'unknown';

/** How far back a cue noun ("la société … X") may stand, in tokens, with no punctuation in between. */
const CUE_LOOKBACK_TOKENS = 10;
/** Longest name typed a person from an occupation noun before it, in tokens. */
const MAX_PERSON_NAME_WORDS = 4;

const DETERMINERS = wordSet(`
le | la | l' | les | un | une | des | d' | de | du | ce | cette | son | sa | ses | leur | leurs |
notre | autres | the | a | an | its | their | his | her | other | our | this | rival
`);
const GROUP_OF_PEOPLE = wordSet(`
paire | trio | duo | binôme | tandem | couple | fondateurs | cofondateurs | associés | frères | pair |
founders | brothers
`);
const ORG_OBJECT_OF = wordSet(`
shares | stake | unit | subsidiary | division | arm | filiale | capital | acquisition | rachat |
takeover
`);
/** Words after which a name is an employer: "worked at X", "chez X", "joined X", "former X engineer". */
const EMPLOYER_BEFORE = wordSet(`
at | chez | joined | join | joins | joining | rejoint | rejoindre | former | ancien | ancienne | ex
`);
const OF_WORDS = new Set(['de', 'du', 'des', "d'", 'of']);
/** Prepositions of place only ("à", "dans", "in", "at" also introduce buyers, investees and employers). */
const PLACE_PREPOSITIONS = new Set(['près', 'near']);
/** Prepositions that, right after a cue noun, name its place ("l'entreprise à X", "la société en X"). */
const LOCATIVE_AFTER_CUE = new Set(['à', 'en', 'in']);

function cueBefore(tokens: Token[], c: Candidate): boolean {
  const prevWord = tokens[c.from - 1];
  // "créé l'entreprise à Quimper": after a place preposition a cue noun further back describes another name
  const placeSlot = !!prevWord && PLACE_PREPOSITIONS.has(prevWord.lower);
  for (let i = c.from - 1, n = 0; i >= 0 && n < CUE_LOOKBACK_TOKENS; i--, n++) {
    const t = tokens[i];
    if (placeSlot && n > 0) return false;
    if (t.kind === 'punct' && t.lower !== "'") return false;
    // "le groupe se reforme sans le chanteur X": a clause boundary ends the cue's reach
    if (n > 0 && CUE_BREAKERS.has(t.lower)) return false;
    // "en compagnie de X" is company kept, not a company
    const idiom = i > 0 && tokens[i - 1].lower === 'en';
    // "créé l'entreprise à Quimper": a place preposition right after the cue noun introduces where, not who
    // "une PME de Vire": after a sector acronym "de" names the firm's town, not the firm
    const placeAfterCue =
      n === 1 &&
      (LOCATIVE_AFTER_CUE.has(tokens[i + 1].lower) ||
        (OF_WORDS.has(tokens[i + 1].lower) && isSectorDescriptorAcronym(t)));
    if (
      isCue(t.lower) &&
      !idiom &&
      !leaderTitlesPerson(tokens, i, c.from, c.to) &&
      !placeAfterCue &&
      (i === 0 || DETERMINERS.has(tokens[i - 1].lower) || n <= 1)
    )
      return true;
    if (ORG_OBJECT_OF.has(t.lower) && n <= 2) return true;
    if (EMPLOYER_BEFORE.has(t.lower) && n === 0) return true;
    if (n === 0 && isRankCompound(t)) return true;
    if (n === 0 && (namingCueBefore(tokens, c.from) || formerEmployerBefore(tokens, c.from))) return true;
    if (n === 0 && newNameCueBefore(tokens, c.from)) return true;
    if (n === 0 && (ownershipBefore(tokens, c.from) || roleOfBefore(tokens, c.from, c.to))) return true;
    if (n === 0 && (schoolBefore(tokens, c.from) || demonymSlotBefore(tokens, c.from, c.to, isCue)))
      return true;
    if (n === 0 && listingVenueBefore(tokens, c.from)) return true;
    if (n === 0 && (t.lower === 'par' || t.lower === 'by') && i > 0 && MAKER_VERBS.has(tokens[i - 1].lower))
      return true;
    // "le club de Cagliari" names a city; "le quotidien britannique X" still names the paper
    if (ADJACENT_ORG_CUES.has(t.lower) && (n === 0 || (n === 1 && !OF_WORDS.has(tokens[i + 1].lower))))
      return true;
  }
  return false;
}

function cueAfter(tokens: Token[], c: Candidate): boolean {
  return (
    appositionCueAfter(tokens, c.to) ||
    ownershipAppositionAfter(tokens, c.to) ||
    backerCompoundAfter(tokens, c.to) ||
    datelineSource(tokens, c.from, c.to) ||
    isAngleBracketedName(tokens, c.from, c.to)
  );
}

function personEvidence(tokens: Token[], c: Candidate): boolean {
  if (notPersonName(tokens, c.from, c.to) || isInvestorWithoutGivenName(tokens, c.from)) return false;
  // "Joost van der Meer" has two name words: lower-case particles do not count
  let n = 0;
  for (let i = c.from; i < c.to; i++) if (tokens[i].text !== tokens[i].lower) n++;
  const first = tokens[c.from];
  const prev = tokens[c.from - 1];
  if (prev && (PERSON_TITLES.has(prev.lower) || PERSON_TITLES.has(bare(prev)))) return true;
  if (leaderTitlesPerson(tokens, c.from - 1, c.from, c.to)) return true;
  if (n <= MAX_PERSON_NAME_WORDS && occupationBefore(tokens, c.from)) return true;
  if (personCue(tokens, c.from, c.to)) return true;
  const given = first.lower.split('-')[0];
  if (n >= 2 && n <= 4 && FIRST_NAMES.has(given)) return true;
  if (hasParticleSurname(tokens, c.from, c.to)) return true;
  if (n === 1 && FIRST_NAMES.has(first.lower) && !isAllCaps(first)) return true;
  if (n >= 2 && n <= 3) {
    if (prev && ROLE_WORDS.has(bare(prev))) return true;
    if (electTitleBefore(tokens, c.from)) return true;
    if (personFrameAround(tokens, c.to)) return true;
    const comma = tokens[c.to];
    const role = tokens[c.to + 1];
    const role2 = tokens[c.to + 2];
    if (
      comma &&
      comma.text === ',' &&
      role &&
      (ROLE_WORDS.has(bare(role)) || (role2 && ROLE_WORDS.has(bare(role2)) && DETERMINERS.has(role.lower)))
    )
      return true;
    if (comma && comma.text === ',' && possessedRole(tokens, c.to + 1)) return true;
  }
  return false;
}

function isPlaceOrNationality(tokens: Token[], c: Candidate): boolean {
  let all = true;
  for (let i = c.from; i < c.to; i++) {
    const l = bare(tokens[i]);
    if (
      !PLACES.has(l) &&
      !NATIONALITIES.has(l) &&
      !['de', 'du', 'des', 'of', 'the', "d'", 'la', 'le'].includes(l)
    )
      all = false;
  }
  if (all) return true;
  if (!NATIONALITIES.has(bare(tokens[c.from]))) return false;
  // "trails only American Tower", "rivals such as Norwegian Air": a rival or a listed member is a company whose
  // name opens with a nationality, not a nationality before a name
  // ("British Prime" before "Minister X" was cut off a role: the nationality qualifies the role)
  const next = tokens[c.to];
  if (next && ROLE_WORDS.has(bare(next))) return true;
  return !(rivalryCueBefore(tokens, c.from) || memberListCueBefore(tokens, c.from));
}

/** Types one candidate from its own shape and the words around it; the article-level pass settles the rest. */
export function classifyCandidate(tokens: Token[], c: Candidate): CandidateKind {
  const n = c.to - c.from;
  const firstLower = bare(tokens[c.from]);
  const prev = tokens[c.from - 1];
  if (n === 1 && /-/.test(tokens[c.from].text) && prev && GROUP_OF_PEOPLE.has(prev.lower)) return 'persons';
  if (
    n > 1 &&
    prev &&
    GROUP_OF_PEOPLE.has(prev.lower) &&
    /-/.test(c.text) &&
    !isCompoundGivenName(tokens[c.from])
  )
    return 'persons';
  if (n === 1 && (GENERIC_ACRONYMS.has(firstLower) || ROLE_WORDS.has(firstLower))) return 'drop';
  // a lone capital letter is a list label or a share class ("Series C", "Class B"), not a name
  if (n === 1 && tokens[c.from].text.replace(/\.$/, '').length === 1) return 'drop';
  if (n === 1 && (FR_STOPWORDS.has(firstLower) || EN_STOPWORDS.has(firstLower))) return 'drop';
  // a name needs a letter: digits alone are a quantity left over once a glued opener is cut off
  if (!/\p{L}/u.test(c.text)) return 'drop';
  if (isCurrencyName(tokens, c.from, c.to)) return 'drop';
  if (n === 1 && isFoundingWord(firstLower)) return 'drop';
  if (isNewsroomCredit(tokens, c.from, c.to) || isFirstPersonContraction(tokens, c.from, c.to)) return 'drop';
  if (isKnownOrganisation(c.text.toLowerCase())) return 'org';
  if (isBylineOutlet(tokens, c.from, c.to)) return 'org';
  if (isRegionBody(tokens, c.from, c.to)) return 'org';
  if (isCountryName(tokens, c.from, c.to) || isLocalAreaName(tokens, c.from, c.to)) return 'drop';
  if (isNationalPlural(tokens, c.from, c.to)) return 'drop';
  // a dateline's "MALTA and CAPE TOWN": capitals that spell a known place are no acronym
  if (c.text === c.text.toUpperCase() && isKnownPlace(c.text.toLowerCase())) return 'drop';
  if (isFamilyName(tokens, c.from, c.to) || isOpeningWord(tokens, c.from, c.to, c.initial)) return 'drop';
  if (isOpeningTimeWord(tokens, c.from, c.to, c.initial)) return 'drop';
  if (isCompassOfPlace(tokens, c) || isListLabel(tokens, c)) return 'drop';
  if (isDepartmentOfTitle(tokens, c) || isNationalityCompound(tokens, c)) return 'drop';
  if (namesNothing(tokens, c) || isCodeOrAmount(tokens, c) || isRatingGrade(tokens, c)) return 'drop';
  if (isPortfolioBeforeMinister(tokens, c.from, c.to)) return 'drop';
  if (isDegreeOrContactLabel(tokens, c.from, c.to) || isPieceOfGeographicName(tokens, c.from, c.to))
    return 'drop';
  if (isPlaceBeforePartNoun(tokens, c.from, c.to)) return 'drop';
  if (isTownAfterTradeNoun(tokens, c.from, c.to) || isLoneRegionWord(tokens, c.from, c.to)) return 'drop';
  if (isPlacePair(tokens, c.from, c.to)) return 'drop';
  if (isRegionName(tokens, c.from, c.to) || isProductBeforeMaker(tokens, c.from, c.to)) return 'drop';
  if (isLawName(tokens, c.from, c.to) || isMarketIndex(tokens, c.from, c.to)) return 'drop';
  if (isPortfolioOfPost(tokens, c.from, c.to)) return 'drop';
  if (isExchangeOfPriceMove(tokens, c.from, c.to)) return 'drop';
  if (isExchangeName(tokens, c.from, c.to)) return 'org';
  if (isPublicBody(tokens, c)) return 'org';
  if (isAgencyExecutiveName(tokens, c.from, c.to)) return 'org';
  if (isKnownOrganisationHere(tokens, c)) return 'org';
  if (knownNameInCompanySlot(tokens, c)) return 'org';
  const orgShape = hasOrgShape(tokens, c);
  if (!orgShape && isTownOfCompany(tokens, c.from)) return 'drop';
  if (!orgShape && isPlaceAfterSiteWord(tokens, c.from, c.to)) return 'drop';
  if (!orgShape && isPlaceAfterFacilityComplement(tokens, c.from, c.to)) return 'drop';
  if (!orgShape && isExtraPlaceSlot(tokens, c.from, c.to) && isTownSpelling(tokens, c.from, c.to))
    return 'drop';
  if (!orgShape && isModifierOfDescribedName(tokens, c.from, c.to)) return 'drop';
  if (!orgShape && isFoundingPlace(tokens, c.from, c.to)) return 'drop';
  if (!orgShape && isTownBeforeCountry(tokens, c, (l) => PLACES.has(l) || isKnownPlace(l))) return 'drop';
  if (!orgShape && isTownBeforeBasedRegion(tokens, c.from, c.to)) return 'drop';
  if (isQualifierOfNoun(tokens, c.from, c.to, isCue) || isRegionQualifier(tokens, c.from, c.to, isCue))
    return 'drop';
  if (!orgShape && isPlaceOrNationality(tokens, c)) return 'drop';
  if (employerAfterAt(tokens, c.from, c.to)) return 'org';
  if (!orgShape && companyCueOverShape(tokens, c.from, c.to)) return 'org';
  if (!orgShape && firmAppositionOverGivenName(tokens, c.from, c.to)) return 'org';
  if (!orgShape && loneGivenNameAfterDemonym(tokens, c.from, c.to, isCue)) return 'org';
  if (!orgShape && founderNamedFirmAfterDemonym(tokens, c.from, c.to, isCue)) return 'org';
  if (!orgShape && personEvidence(tokens, c)) return 'person';
  if (orgShape || cueBefore(tokens, c) || cueAfter(tokens, c) || rivalryCueBefore(tokens, c.from))
    return 'org';
  if (memberListCueBefore(tokens, c.from) || memberListCueAfter(tokens, c.to)) return 'org';
  if (clubSlotBefore(tokens, c.from, c.to) || broadcasterBefore(tokens, c.from)) return 'org';
  const isPlace = (l: string): boolean => PLACES.has(l) || isKnownPlace(l);
  if (isEnglishArticleName(tokens, c.from, c.to, isPlace)) return 'org';
  if (articleNameInTopic(tokens, c.from, c.to, isPlace)) return 'org';
  return 'unknown';
}
