import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { afterListJoin, closingParen, STRICT_GAP_STOPS } from './syntax';
import { NATIONALITIES, PLACES } from '../entities/lexicon-common';
import { isKnownPlace } from '../entities/world-lexicon';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { ANAPHOR_NOUNS, FR_VERBS_AFTER_SUBJECT, TRADE_NOUNS } from './anaphor-words';
import { OTHER_DEAL_VERB } from './frames/funded-clause';
import { MEMBER_TRADE_NOUNS } from './frames/funded-fr-member-trades';
import { afterMemberVehicle } from './frames/funded-list-vehicle';
import { afterMemberAside } from './pattern-list-aside';

/** What a rule's entity element asks a unit to be. */
export type EntityWant = 'org' | 'person' | 'any';

/** Whether the unit is an entity of the kind the element asks for. */
export function entFits(u: Unit, want: EntityWant): boolean {
  if (u.kind !== 'ent') return false;
  if (want === 'org') return u.orgs;
  if (want === 'person') return u.persons;
  return true;
}

const LIST_JOIN: ReadonlySet<string> = new Set([',', 'et', 'and', 'ou', 'or', '&', 'de', "d'", 'du', 'des']);
/** Prepositions a list may repeat after its conjunction ("par A et par B", "investi dans A et dans B"). */
export const REPEATED_PREPOSITION = /^(par|by|from|auprès|with|avec|dans)$/;
/**
 * French "de" said again after "et" in a list of backers (any entity): "auprès de P, cofondateur de Y, et de Q" (the
 * "de" of "auprès de"). Only for backers: in other lists "et de" more often opens a complement of its own.
 */
const BACKERS_REPEATED_DE = /^(de|d'|du|des)$/u;

/** The word after a list's conjunction says the list's preposition again ("et par B", for backers "et de B"). */
export function repeatsPreposition(word: string, want: EntityWant): boolean {
  return REPEATED_PREPOSITION.test(word) || (want === 'any' && BACKERS_REPEATED_DE.test(word));
}

/** A list capture: its entities, the unit after its last member, and where it could stop short instead. */
export interface ListRun {
  got: number[];
  end: number;
  /** After each member joined by a bare comma: the unit after it and how many entities were taken by then. */
  stops: { end: number; count: number }[];
}

/** "A, B et C" from the entity unit at `ui`: keeps taking entities joined by commas and conjunctions. */
export function listRun(
  units: Unit[],
  ui: number,
  want: EntityWant,
  titledNamesArePartiesToo: boolean,
  stepAsides = false,
): ListRun {
  const got = [...(units[ui] as { ents: number[] }).ents];
  let end = ui + 1;
  const stops: { end: number; count: number }[] = [];
  // "A, B et C": keep taking entities joined by commas and conjunctions
  for (;;) {
    // "la Banque publique d'investissement (Bpifrance) et du Crédit Agricole": the member's acronym is stepped over
    const bare = afterMemberParenthesis(units, end);
    // "B, owned by utility N, and C": a member's own aside is stepped over when the list goes on after it
    const aside = stepAsides ? afterMemberAside(units, bare, want) : bare;
    const from = afterMemberVehicle(
      units,
      aside > bare ? aside : afterMemberRelative(units, bare, REPEATED_PREPOSITION),
    );
    let j = afterListJoin(units, from, LIST_JOIN);
    if (j > from && /^(de|d'|du|des)$/.test((units[from] as { token: Token }).token.lower)) break;
    // "by chief executive A and chief technology officer B", "Lucas X et son frère Hugo X": people's lists
    // carry a title before each name
    // (after "and" only: "A, whose grandson B" is no list)
    const conjoined = j > end && /^(and|et|&)$/.test((units[j - 1] as { token: Token }).token.lower);
    // "soutenue par A et par B", "backed by A and by B": the preposition said again after the conjunction
    const again = units[j];
    if (conjoined && again?.kind === 'tok' && repeatsPreposition(again.token.lower, want)) j++;
    if (conjoined && want === 'person' && titledNamesArePartiesToo) j = afterTitleWords(units, j);
    // "dont Midi Innovation et l'ancien astronaute P": investors may be people, who carry their title too
    if (conjoined && want === 'any') j = afterPersonTitle(units, j);
    // "auprès de A, de l'assureur mutualiste B et du fonds régional C": a member may carry its own descriptor
    if (j > from && want !== 'person') j = afterMemberDescriptor(units, j, want === 'any');
    const nxt = units[j];
    if (j > from && nxt && entFits(nxt, want)) {
      // "Face à A, X mise …": a member after a bare comma may be the next clause's subject, not the list's
      // ("A, B et C" is one list throughout: a conjunction ends the doubt)
      if (!conjoined) stops.push({ end, count: got.length });
      else stops.length = 0;
      got.push(...(nxt as { ents: number[] }).ents);
      end = j + 1;
    } else break;
  }
  return { got, end, stops };
}

/** Most lower-case words read as a person's title inside a list ("chief technology officer"). */
const MAX_LIST_TITLE_WORDS = 4;

/** The index after a run of lower-case title words starting at `j`, when a name follows it; else `j`. */
function afterTitleWords(units: Unit[], j: number): number {
  let k = j;
  while (k - j < MAX_LIST_TITLE_WORDS) {
    const u = units[k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) break;
    if (STRICT_GAP_STOPS.has(u.token.lower) || LIST_JOIN.has(u.token.lower)) break;
    k++;
  }
  return units[k]?.kind === 'ent' ? k : j;
}

/** The index of a person's name after a determiner and title words ("l'ancien astronaute P"), else `j`. */
function afterPersonTitle(units: Unit[], j: number): number {
  const first = plainWordOf(units[j]);
  const k = afterTitleWords(units, first !== null && MEMBER_DETERMINERS.has(first) ? j + 1 : j);
  const u = units[k];
  // "and the family office of P": what follows "of" is the member's owner, not the member
  for (let m = j; m < k; m++) if (plainWordOf(units[m]) === 'of') return j;
  return k > j && u?.kind === 'ent' && u.persons && !u.orgs ? k : j;
}

/*
 * What a list member may carry besides its name, read by the list step of pattern.ts: "auprès de A, de l'assureur
 * mutualiste B et du fonds régional C", "from A, the Canadian pension fund B and existing backer C", "la Banque
 * publique d'investissement (Bpifrance) et du Crédit Agricole". The list step asks only after a list join, so the
 * words stand between a comma or conjunction and a name.
 */

/** Most units of a parenthesis after a member that the list steps over ("(Bpifrance)", "(CDC SA)"). */
const MAX_MEMBER_PARENTHESIS_UNITS = 3;
/**
 * Most words of a member's descriptor: a determiner, adjectives, one noun and its complement, which may hold a
 * complement of its own ("la plateforme de garde d'animaux").
 */
const MAX_MEMBER_DESCRIPTOR_WORDS = 7;

/** Determiners and possessives that may open a member ("the", "l'", "son", "its"). */
const MEMBER_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'le',
  'la',
  "l'",
  'les',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);
/**
 * Nouns that name another tie to the list's parties rather than what the member is: "A and its rival B", "A et sa
 * filiale B", "A, client de B" put B in no list with A.
 */
const OTHER_TIE_NOUNS: ReadonlySet<string> = new Set(
  `concurrent concurrents rival rivals rivaux competitor competitors partenaire partner partners client clients
  customer customers cofondateur fondateur founder co-founder unit subsidiary subsidiaries affiliate parent
  filiale filiales owner leader leaders numéro magazine journal newspaper agence agences agency`
    .trim()
    .split(/\s+/),
);
/**
 * Words that set a name beside the list's party rather than in the list: "invested in start-up Y, alongside venture
 * capital firm B" names B as a co-investor in Y, not a second company invested in (funded-backer.ts reads B).
 */
const COMPANION_WORDS: ReadonlySet<string> = new Set(['alongside', 'beside', 'besides', 'together']);
/**
 * Nouns of what an investor is that the cue lists lack ("existing backer", "the angel investor", "and Japanese
 * trading house B").
 */
const EXTRA_MEMBER_NOUNS: ReadonlySet<string> = new Set(
  `backer backers investisseurs shareholders actionnaires arm office manager gestionnaire assureurs banques
  mutualiste pension angel angels house houses`
    .trim()
    .split(/\s+/),
);

function isMemberNoun(word: string): boolean {
  if (OTHER_TIE_NOUNS.has(word)) return false;
  return (
    ORG_CUES_FR.has(word) ||
    ORG_CUES_EN.has(word) ||
    TRADE_NOUNS.has(word) ||
    ANAPHOR_NOUNS.has(word) ||
    EXTRA_MEMBER_NOUNS.has(word) ||
    MEMBER_TRADE_NOUNS.has(word)
  );
}

/** Most units of a relative clause after a member that the list steps over to a repeated preposition. */
const MAX_MEMBER_RELATIVE_UNITS = 14;
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'qui', 'dont']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'et']);
/** Punctuation that ends a sentence or a clause more firmly than a comma. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '.', '(', ')', '«', '»', '"']);

/**
 * "backed by A, which holds a 22 per cent stake, and by B": a member's relative clause (or apposition) is stepped over when the list
 * goes on with the conjunction and the preposition said again; the index of the clause's closing comma, else `from`.
 */
export function afterMemberRelative(units: Unit[], from: number, preposition: RegExp): number {
  const comma = units[from];
  const opener = plainWordOf(units[from + 1]);
  // "rejoint par A, le fonds d'investissement du motoriste B, et par C": an apposition is stepped over the same way
  const opens = opener !== null && (RELATIVE_OPENERS.has(opener) || MEMBER_DETERMINERS.has(opener));
  if (comma?.kind !== 'tok' || comma.token.text !== ',' || !opens) return from;
  for (let k = from + 2; k < units.length && k - from <= MAX_MEMBER_RELATIVE_UNITS; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    if (CLAUSE_ENDS.has(u.token.text)) return from;
    if (u.token.text !== ',') continue;
    const and = plainWordOf(units[k + 1]);
    const again = plainWordOf(units[k + 2]);
    return and !== null && CONJUNCTIONS.has(and) && again !== null && preposition.test(again) ? k : from;
  }
  return from;
}

/** The index after a short parenthesis right after a member (its acronym), else `from`. */
export function afterMemberParenthesis(units: Unit[], from: number): number {
  const open = units[from];
  // "Rheinmetall <RHMG.DE> and KNDS": a wire story's ticker after a member is stepped over like its acronym
  if (open?.kind === 'tok' && open.token.text === '<') return afterTicker(units, from);
  if (open?.kind !== 'tok' || open.token.text !== '(') return from;
  const close = closingParen(units, from);
  return close > from + 1 && close - from - 1 <= MAX_MEMBER_PARENTHESIS_UNITS ? close + 1 : from;
}

/** Most units inside a ticker's angle brackets ("<RHMG.DE>" may be split at its dot). */
const MAX_TICKER_UNITS = 4;

/** The index after "<…>" opening at `from`, or `from` when no close comes soon. */
function afterTicker(units: Unit[], from: number): number {
  for (let k = from + 2; k <= from + 1 + MAX_TICKER_UNITS && k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'tok' && u.token.text === '>') return k + 1;
  }
  return from;
}

/**
 * The index of the name after a member's descriptor starting at `from` ("l'assureur mutualiste", "the Singaporean
 * state investor", "existing backer", "l'américain"), else `from`. A descriptor holds a noun of what a company is;
 * an origin word alone serves as that noun after a determiner ("l'italien X"). A verb, a preposition or a noun of
 * another tie (rival, client, filiale) ends it. `bareArticle`: an article alone may open the member (lists of backers).
 */
export function afterMemberDescriptor(units: Unit[], from: number, bareArticle = false): number {
  let k = from;
  let noun = false;
  let arm = false;
  const first = plainWordOf(units[k]);
  const determined = first !== null && MEMBER_DETERMINERS.has(first);
  if (determined) k++;
  // "Singapore's X", "Germany's state bank X": a place word the entity pass left plain owns the member
  const placeOwned = !determined && isPlacePossessive(units, k);
  if (placeOwned) k += 2;
  while (k - from < MAX_MEMBER_DESCRIPTOR_WORDS) {
    const u = units[k];
    // the units already hold the name's cue noun when it stood right before it ("existing investors X");
    // an article alone opens a member too in a list of backers ("from A, B and the C"); a list of companies
    // only ranks with it ("behind A and the C"), where the members are no parties to one another
    if (u?.kind === 'ent') {
      const bare = bareArticle && k === from + 1 && first !== null && MEMBER_ARTICLES.has(first);
      return (noun || placeOwned || bare || absorbedCue(units, k)) && k > from ? k : from;
    }
    if (u?.kind !== 'tok' || u.token.kind !== 'word') return from;
    const word = u.token.lower;
    const origin = isOriginWord(word);
    // "and Amsterdam-based C": a seat told with "-based" describes the member as a noun of what it is would
    const seated = SEATED_ORIGIN.test(word);
    // only an origin word may be capitalised ("the Singaporean state investor")
    if (u.token.text !== word && !origin && !seated) return from;
    // "the venture arm of drugmaker K, K Ventures": the arm is the name after the owner's
    // "A and the venture arm of chipmaker K" with no name of its own: the owner is the member the text names
    // (after a comma the arm is an apposition describing the name before: "A, the venture arm of K")
    if (arm && OWNER_OF.has(word))
      return (
        armNamed(units, k + 1) ??
        (afterConjunction(units, from) ? unnamedArmOwner(units, k + 1) : null) ??
        from
      );
    if (ARM_NOUNS.has(word)) {
      arm = true;
      noun = true;
      k++;
      continue;
    }
    if (
      OTHER_TIE_NOUNS.has(word) ||
      COMPANION_WORDS.has(word) ||
      FR_VERBS_AFTER_SUBJECT.has(word) ||
      OTHER_DEAL_VERB.test(word)
    )
      return from;
    // "la plateforme de mutuelles X": the complement's cue noun was folded into the name after it
    if (noun && (word === 'de' || word === "d'") && absorbedCue(units, k + 1)) return k + 1;
    // "la société de gestion X", "le fonds d'investissement X": a noun's complement
    if (noun && (word === 'de' || word === "d'") && plainWordOf(units[k + 1]) !== null) {
      k += 2;
      continue;
    }
    if (STRICT_GAP_STOPS.has(word) || FR_STOPWORDS.has(word) || EN_STOPWORDS.has(word)) return from;
    if (isMemberNoun(word) || (origin && determined) || seated) noun = true;
    k++;
  }
  return from;
}

/** Articles that may stand alone before a member's name ("A and the C"): possessives tie the name to A. */
const MEMBER_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', "l'", 'les']);
/** Nouns of a company's investing branch, named in an apposition after its owner. */
const ARM_NOUNS: ReadonlySet<string> = new Set([
  'arm',
  'branch',
  'branche',
  'division',
  'unit',
  'vehicle',
  'véhicule',
]);
/** The words between an arm noun and its owner ("arm of K", "branche de K"). */
const OWNER_OF: ReadonlySet<string> = new Set(['of', 'de', "d'", 'du']);

/** After "arm of", the index of the arm's own name in "[descriptor] K, K Ventures", else null. */
function armNamed(units: Unit[], from: number): number | null {
  // the owner's descriptor is any run of plain words ("Japanese drugmaker"): the comma and name after it decide
  let owner = from;
  while (owner - from < MAX_MEMBER_DESCRIPTOR_WORDS && plainWordOf(units[owner]) !== null) owner++;
  const comma = units[owner + 1];
  if (units[owner]?.kind !== 'ent' || comma?.kind !== 'tok' || comma.token.text !== ',') return null;
  return units[owner + 2]?.kind === 'ent' ? owner + 2 : null;
}

/** After "arm of", the index of the owner's name when no name of the arm follows it, else null. */
function unnamedArmOwner(units: Unit[], from: number): number | null {
  let owner = from;
  while (owner - from < MAX_MEMBER_DESCRIPTOR_WORDS && plainWordOf(units[owner]) !== null) owner++;
  if (units[owner]?.kind !== 'ent') return null;
  const after = units[owner + 1];
  // "arm of K, K Ventures" is read by armNamed; a comma then another name leaves the doubt unsettled
  return after?.kind === 'tok' && after.token.text === ',' && units[owner + 2]?.kind === 'ent' ? null : owner;
}

/** The unit before `from` is "and" / "et" / "&": the member opens a new list slot, not an apposition. */
function afterConjunction(units: Unit[], from: number): boolean {
  const before =
    plainWordOf(units[from - 1]) ??
    (units[from - 1]?.kind === 'tok' ? (units[from - 1] as { token: Token }).token.lower : null);
  return before !== null && /^(and|et|&)$/.test(before);
}

/** A seat told as a compound ("Amsterdam-based", "Paris-headquartered"): the member's origin. */
const SEATED_ORIGIN = /^\p{L}[\p{L}.'-]*-(based|headquartered)$/u;

/** Joined origins ("franco-german", "sino-american"): a combining form, a hyphen, then a known origin. */
const JOINED_ORIGIN = /^\p{L}+o-(\p{L}+)$/u;

/** An origin word, alone or joined to another ("the Franco-German fund X"). */
function isOriginWord(word: string): boolean {
  // "the Glasgow angel network X", "le lyonnais Y": a town names a member's origin as a nationality does
  if (NATIONALITIES.has(word) || PLACES.has(word) || isKnownPlace(word)) return true;
  const joined = JOINED_ORIGIN.exec(word);
  return joined !== null && NATIONALITIES.has(joined[1]);
}

/** A capitalised plain word then "'s" at `k` ("Singapore's"): the name after it is a member that place owns. */
function isPlacePossessive(units: Unit[], k: number): boolean {
  const place = units[k];
  const mark = units[k + 1];
  if (place?.kind !== 'tok' || place.token.kind !== 'word' || place.token.text === place.token.lower)
    return false;
  return mark?.kind === 'tok' && mark.token.lower === "'s";
}

function plainWordOf(u: Unit | undefined): string | null {
  return u?.kind === 'tok' && u.token.kind === 'word' ? u.token.lower : null;
}

/** Most characters between a word and the name after it that are only spacing. */
const MAX_SPACING_CHARS = 1;

/** The name unit at `k` starts later than the word before it ends by more than a space: a cue noun was folded in. */
function absorbedCue(units: Unit[], k: number): boolean {
  const before = units[k - 1];
  const name = units[k];
  if (before?.kind !== 'tok' || name?.kind !== 'ent') return false;
  return name.start - before.token.end > MAX_SPACING_CHARS;
}
