import { isCapitalisedAfterAbbreviation, withoutAbbreviatedDescriptor } from './wire-capitals';
import { isTownWordOrState } from './town-shapes';
import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import type { CandidateKind } from './classify';
import { classifyCandidate } from './classify';
import { founderNamedFirmAfterDemonym } from './demonym-founder-name';
import { isCue } from './org-shape';
import { isTownBeforeTradeNoun } from './place-before-trade-noun';
import { findCandidates, isShouting } from './candidates';
import { shoutedCandidates } from './shouted';
import { isBusinessSentence, weakBusinessCue } from './verb-cues';
import { isCommonWord } from './world-lexicon';
import { saidItAfter } from './apposition-cue';
import { isCompanyNoun } from './lexicon-words';
import { DE_PARTICLES, LIST_JOINERS, between, isListGap, linkNeighbours } from './neighbour-links';
import { isSignOff, settleWireCopy } from './wire-copy';
import { dropDatelineTownEchoes, trimDatelineTownPossessives } from './dateline-town';
import { isGluedSignOff, isLoneLegalForm, isSpacedTicker } from './wire-stubs';
import { isNationalPeople } from './national-people';
import { joinFirmNames } from './firm-name-joins';
import { extendToAcronym } from './acronym-span';
import { hasHead } from './name-joins';
import { isTradeOrBodyName } from './trade-noun-names';
import { isEastAsianName } from './person-name-origins';
import { isEventName } from './event-names';
import { isRankingOrAwardName } from './ranking-names';
import {
  isPartyStateCode,
  isStateAbbreviation,
  isStateAfterTown,
  isTownBeforeState,
} from './state-abbreviations';
import { isDegreeOrContactLabel } from './release-labels';
import { isProductName } from './product-names';
import { isNamedThing, isThingInApposition } from './named-things';
import { dropProductEchoes } from './product-echoes';
import { sourceCueAfter, sourceCueBefore } from './source-cues';
import { isKnownOrganisation } from './world-lexicon';
import { isLoneOpeningWord } from './opening-words';
import { lendSharedSurnames } from './shared-surname';
import { isNumberedFundName } from './numbered-fund';
import { firmAppositionOverGivenName } from './company-over-shape';

/** A candidate with its settled kind and the links the text states (acronym in brackets, former name). */
export interface TypedCandidate extends Candidate {
  kind: Exclude<CandidateKind, 'persons'>;
  /** Index of a candidate this one is an explicit alias of. */
  aliasOf: number | null;
  /** An unknown name in a company's slot of a business verb; a company unless it is a person's surname. */
  verbCue?: boolean;
  /** The name a company took ("X, devenu Y"): the entity is called by it. */
  newName?: boolean;
  /** A founder's name read as the firm after an origin adjective ("le breton Hervé Kerlan"): it wins a tie. */
  firmByOrigin?: boolean;
  /** A given-name-shaped firm its apposition describes ("Tamsin Frozen, a maker of …"): every mention is the firm. */
  firmByApposition?: boolean;
}

/** "Camino-De Lacoste-Uberti" after "le trio": one person per hyphen-separated part. */
function splitPersons(c: Candidate, out: TypedCandidate[]): void {
  let pos = 0;
  for (const part of c.text.split('-')) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name) {
      const start = c.start + pos + lead;
      out.push({ ...c, start, end: start + name.length, text: name, kind: 'person', aliasOf: null });
    }
    pos += part.length + 1;
  }
}

/** Candidates of every sentence, typed; unknown ones next to known ones inherit their type. */
export function collectCandidates(sentTokens: Token[][], text: string): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  const products = new Set<string>();
  const towns = new Set<string>();
  sentTokens.forEach((tokens, s) => {
    const local: TypedCandidate[] = [];
    if (isSignOff(tokens, s, sentTokens.length)) return;
    if (isShouting(tokens)) {
      out.push(...shoutedCandidates(tokens, s, text));
      return;
    }
    for (const c of joinFirmNames(
      tokens,
      extendToAcronym(tokens, findCandidates(tokens, s, text), text),
      text,
    ).map((found) => withoutAbbreviatedDescriptor(tokens, found))) {
      const wireCapital =
        isCapitalisedAfterAbbreviation(tokens, c.from, c.to, text) ||
        isTownWordOrState(tokens, c.from, c.to) ||
        isWireStub(tokens, c, s, sentTokens.length) ||
        isTownBeforeTradeNoun(tokens, c.from, c.to, text);
      const classified =
        isLoneOpeningWord(tokens, c, text) || wireCapital ? 'drop' : classifyCandidate(tokens, c);
      const kind = settleKind(tokens, c, classified);
      if (kind === 'drop' && isProductName(tokens, c.from, c.to)) products.add(c.text);
      if (kind === 'persons') splitPersons(c, local);
      else if (kind === 'unknown' && hasVerbCue(tokens, c))
        local.push({ ...c, kind, aliasOf: null, verbCue: true });
      else if (kind === 'org' && founderNamedFirmAfterDemonym(tokens, c.from, c.to, isCue))
        local.push({ ...c, kind, aliasOf: null, firmByOrigin: true });
      else if (kind === 'org' && firmAppositionOverGivenName(tokens, c.from, c.to))
        local.push({ ...c, kind, aliasOf: null, firmByApposition: true });
      else local.push({ ...c, kind, aliasOf: null });
    }
    const town = settleWireCopy(tokens, local, out.length, s);
    if (town) towns.add(town);
    lendSharedSurnames(tokens, local, text);
    linkNeighbours(tokens, local, out.length);
    spreadVerbCue(tokens, local);
    out.push(...local);
  });
  dropProductEchoes(out, products);
  dropDatelineTownEchoes(out, towns);
  trimDatelineTownPossessives(out, towns);
  return out;
}

/** A legal form alone, a spaced ticker or a glued sign-off (wire-stubs.ts): left over from a name, none itself. */
function isWireStub(tokens: Token[], c: Candidate, sentence: number, count: number): boolean {
  return (
    isLoneLegalForm(tokens, c.from, c.to) ||
    isSpacedTicker(tokens, c.from, c.to) ||
    isNationalPeople(tokens, c.from, c.to) ||
    isGluedSignOff(tokens, c.from, c.to, sentence, count)
  );
}

/** Second look at a typed candidate: events and products are dropped, some unknowns get a type from their shape. */
function settleKind(tokens: Token[], c: Candidate, classified: CandidateKind): CandidateKind {
  const known = isKnownOrganisation(c.text.toLowerCase());
  if (classified !== 'person' && isNumberedFundName(tokens, c.from, c.to)) return 'org';
  // a town before a state abbreviation may look like a surname ("of Wayne, N.J.") or a firm ("Tacoma, Wash.")
  const headless =
    !known && !hasHead(tokens, c.from, c.to) && (classified !== 'person' || c.to - c.from === 1);
  if (headless && (isStateAbbreviation(tokens, c.from, c.to) || isTownBeforeState(tokens, c.from, c.to)))
    return 'drop';
  // "Beverly Hills, Calif.": a town named like a person is still a town before a state (not a degree: "M.D.")
  const placed =
    isTownBeforeState(tokens, c.from, c.to) && !isDegreeOrContactLabel(tokens, c.to + 1, c.to + 2);
  if (!known && !hasHead(tokens, c.from, c.to) && placed) return 'drop';
  if (isPartyStateCode(tokens, c.from, c.to) || (!known && isStateAfterTown(tokens, c.from, c.to)))
    return 'drop';
  if (classified === 'person' || classified === 'drop' || classified === 'persons') return classified;
  if (
    !known &&
    (isEventName(tokens, c.from, c.to) ||
      isRankingOrAwardName(tokens, c.from, c.to) ||
      isProductName(tokens, c.from, c.to) ||
      isNamedThing(tokens, c.from) ||
      isThingInApposition(tokens, c.from, c.to))
  )
    return 'drop';
  if (classified !== 'unknown') return classified;
  // "Chocolaterie des Trois Rivières", "CCI de l'Aveyron": a workshop noun or a territorial body's acronym heads a
  // name as "Company" does
  if (c.firmName || isTradeOrBodyName(tokens, c.from, c.to)) return 'org';
  if (isEastAsianName(tokens, c.from, c.to)) return 'person';
  // encyclopaedic text cites authors too ("selon Plutarque", "selon Idina Menzel"): outside a business sentence
  // only a titled outlet ("Le Progrès") or a longer name ("Human Rights Watch") is one
  const titled = /^(Le|La|Les|L'|The)$/.test(tokens[c.from].text);
  // "told TechCrunch": camel case names a brand, never a person (Gaelic "McX" aside)
  const camel = /\p{Ll}\p{Lu}/u.test(c.text) && !/\b(?:Mc|Mac)\p{Lu}/u.test(c.text);
  const outlet = titled || camel || c.to - c.from > 2 || isBusinessSentence(tokens, isCompanyNoun);
  const cued = sourceCueBefore(tokens, c.from) || sourceCueAfter(tokens, c.from, c.to);
  return outlet && cued ? 'org' : classified;
}

/** Lower-case particles of a French complement inside a cued name ("Wagons de l'Est"). */
const INNER_FRENCH_OF = new Set(['de', 'du', 'des', "d'", "l'", 'la']);
/** Most words in a name the business-verb cues may type. */
const MAX_VERB_CUE_NAME_WORDS = 3;

/**
 * A title-case name of one to three words next to a business verb; a sentence-initial dictionary word ("Growth",
 * "Sales") is capitalised only by its place.
 */
function hasVerbCue(tokens: Token[], c: Candidate): boolean {
  if (!hasVerbCueShape(tokens, c)) return false;
  return weakBusinessCue(tokens, c.from, c.to, isCompanyNoun) || saidItAfter(tokens, c.to);
}

function hasVerbCueShape(tokens: Token[], c: Candidate): boolean {
  let n = 0;
  for (let i = c.from; i < c.to; i++) {
    // "Harlow & Finch": an inner ampersand joins two title-case names of one firm; "Wagons de l'Est" a French
    // complement
    const inner =
      i > c.from && i < c.to - 1 && (tokens[i].text === '&' || INNER_FRENCH_OF.has(tokens[i].text));
    if (!inner && !/^\p{Lu}/u.test(tokens[i].text)) return false;
    if (!inner) n++;
  }
  if (n > MAX_VERB_CUE_NAME_WORDS) return false;
  return !(c.initial && n === 1 && isCommonWord(tokens[c.from].lower));
}

/** "face à A et B", "auprès de A et de B": the other members of a cued list fill the same slot. */
function spreadVerbCue(tokens: Token[], cs: TypedCandidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    if (b.kind !== 'unknown' || b.verbCue || !hasVerbCueShape(tokens, b)) continue;
    const gap = between(tokens, a, b);
    // a repeated preposition keeps the slot ("de A et de B")
    const repeated =
      gap.length === 2 &&
      gap[0].text !== ',' &&
      LIST_JOINERS.has(gap[0].lower) &&
      DE_PARTICLES.has(gap[1].lower);
    if (a.verbCue && (repeated || isListGap(gap))) b.verbCue = true;
    else if ((a.verbCue || a.kind === 'org') && echoesPartyPreposition(tokens, a, b)) b.verbCue = true;
  }
}

/** Prepositions that introduce a backer or a buyer, so their echo introduces another ("par A et par B"). */
const PARTY_PREPOSITIONS = new Set(['par', 'by', 'from']);
/** Most words of an aside between two echoed members (", qui mène le tour,"). */
const MAX_ECHO_GAP_TOKENS = 10;

/** "auprès de A, qui mène le tour, et de B", "rejoint par A et par B": B repeats A's preposition after "et/and". */
function echoesPartyPreposition(tokens: Token[], a: TypedCandidate, b: TypedCandidate): boolean {
  if (b.from - a.to > MAX_ECHO_GAP_TOKENS) return false;
  const prep = tokens[b.from - 1];
  const conj = tokens[b.from - 2];
  if (!prep || !conj || (conj.lower !== 'et' && conj.lower !== 'and')) return false;
  const before = tokens[a.from - 1];
  if (!before || before.lower !== prep.lower) return false;
  if (PARTY_PREPOSITIONS.has(prep.lower)) return true;
  return DE_PARTICLES.has(prep.lower) && tokens[a.from - 2]?.lower === 'auprès';
}
