import type { Token } from '../tokens';
import { PERSON_NOUNS } from './lexicon-people';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { isKnownPlace } from './world-lexicon';

/**
 * "agreed to buy Vermont goat-cheese producer Birchwood Creamery", "bought Kent cold-store operator Medway Chill",
 * "a stake in Midlands operator Chargewell": English wire copy puts where a company sits, as a bare capitalised
 * modifier, before a lower-case trade descriptor and the company's name. The modifier fills the slot a weak
 * business cue looks at (the object of "bought", the investee after "a stake in"), but the party is the name after
 * the descriptor; read as a cue, the town or region became a company. Only trade heads are read: a relational noun
 * ("Apple supplier Foxconn", "Boeing customer X") or a person's post ("Diageo executive P") is owned by the
 * modifier, which is then a company.
 */

/** Longest run of lower-case descriptor words between the modifier and the name ("goat-cheese producer"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** Most capitalised words of the modifier ("Greater Manchester", "North Yorkshire"). */
const MAX_MODIFIER_WORDS = 2;
/** Most words of a modifier the gazetteer knows as a place ("Salt Lake City", "Rio de Janeiro" is not title-case). */
const MAX_KNOWN_PLACE_WORDS = 3;

/** The modifier's length fits: two title-case words, or three that are a known place ("Salt Lake City drone maker"). */
function modifierLengthFits(tokens: Token[], from: number, to: number): boolean {
  if (to - from >= 1 && to - from <= MAX_MODIFIER_WORDS) return true;
  if (to - from > MAX_KNOWN_PLACE_WORDS) return false;
  return isKnownPlace(
    tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' '),
  );
}
/** Agent-noun endings of English trade heads ("producer", "operator", "specialist"). */
const TRADE_AGENT_RE = /(er|or|ist)$/u;
/**
 * Company nouns and trade heads that are not agent nouns. Nouns of a company's parts or ties ("unit",
 * "subsidiary", "affiliate", "parent", "rival") are left out: "Alphabet unit Waymo" names the owner first.
 */
const TRADE_HEADS = new Set([
  'company',
  'firm',
  'startup',
  'start-up',
  'concern',
  'cooperative',
  'co-operative',
  'utility',
  'airline',
  'chain',
  'brand',
  'label',
  'outfit',
  'creamery',
  'dairy',
  'bakery',
  'brewery',
  'distillery',
]);
/**
 * Agent nouns that tie the described company to the modifier rather than place it: "Apple supplier Foxconn",
 * "Nintendo distributor X", "Tesla battery partner X" name the modifier as a company.
 */
const RELATIONAL_HEADS = new Set([
  'supplier',
  'distributor',
  'contractor',
  'subcontractor',
  'partner',
  'customer',
  'owner',
  'shareholder',
  'investor',
  'backer',
  'lender',
  'licensee',
  'licensor',
  'franchisee',
  'franchisor',
  'reseller',
  'seller',
  'buyer',
  'bidder',
  'suitor',
  'acquirer',
  'adviser',
  'advisor',
  'auditor',
  'insurer',
  'competitor',
  'leader',
  'holder',
  'stakeholder',
  'member',
  'founder',
]);
/** The article of a description that points back at a company named before ("the Kent cold-store operator"). */
const DEFINITE_ARTICLE = 'the';
/** A modifier spelled as a place is: capital then lower case, hyphens inside ("Rhine-Westphalia"). */
const PLACE_SPELLING = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

function isTradeHead(lower: string): boolean {
  if (
    RELATIONAL_HEADS.has(lower) ||
    PERSON_NOUNS.has(lower) ||
    ROLE_WORDS.has(lower) ||
    PERSON_TITLES.has(lower)
  )
    return false;
  return TRADE_AGENT_RE.test(lower) || TRADE_HEADS.has(lower);
}

/**
 * Verb forms that follow a company's name as its predicate ("Kestrel bought parcel carrier X"): the name before
 * them is a subject, not a modifier. Past forms in -ed are read from their ending.
 */
const PREDICATE_VERBS = new Set([
  'bought',
  'buys',
  'buy',
  'sold',
  'sells',
  'took',
  'takes',
  'won',
  'wins',
  'made',
  'makes',
  'set',
  'sets',
  'led',
  'leads',
  'names',
  'hires',
  'signs',
  'says',
  'said',
  'snaps',
  'picks',
  'beat',
  'beats',
  'faces',
  'joins',
  'has',
  'had',
  'is',
  'was',
]);
const PAST_FORM_RE = /ed$/u;
/** Comparatives end in -er like agent nouns ("Solvik's smaller Danish rival X") but head no descriptor. */
const COMPARATIVES = new Set([
  'larger',
  'smaller',
  'bigger',
  'older',
  'younger',
  'former',
  'latter',
  'other',
  'greater',
  'lower',
  'higher',
  'newer',
  'cheaper',
  'faster',
  'better',
  'fewer',
  'closer',
  'longer',
  'rather',
  'never',
  'ever',
  'over',
  'under',
  'after',
]);

/** A lower-case descriptor word: a plain or hyphenated word, no function word, verb or comparative. */
function isDescriptorWord(t: Token): boolean {
  const w = t.lower;
  return (
    t.kind === 'word' &&
    t.text === w &&
    /^\p{Ll}/u.test(w) &&
    !EN_STOPWORDS.has(w) &&
    !FR_STOPWORDS.has(w) &&
    !PREDICATE_VERBS.has(w) &&
    !PAST_FORM_RE.test(w) &&
    !COMPARATIVES.has(w)
  );
}

/** Function words that tell French from English ("Assurflex vient concurrencer X" has no English descriptor). */
const FRENCH_MARKERS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'est',
  'et',
  "l'",
  "d'",
  'qui',
  'dans',
  'avec',
]);
const ENGLISH_MARKERS = new Set([
  'the',
  'of',
  'and',
  'is',
  'to',
  'in',
  'for',
  'with',
  'said',
  'its',
  'has',
  'an',
  'it',
  'from',
  'by',
  'at',
  'on',
  'as',
  'had',
  'was',
  'will',
  'that',
]);

/**
 * English puts the modifier before the descriptor; a sentence with more French function words, or none of either
 * ("Volteo devrait racheter Recharge Loire": "racheter" ends like an agent noun), is left alone.
 */
function isEnglishSentence(tokens: Token[]): boolean {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FRENCH_MARKERS.has(t.lower)) fr++;
    else if (ENGLISH_MARKERS.has(t.lower)) en++;
  }
  return en > fr;
}

/**
 * The candidate [from, to) is a place-like modifier of the company named after its trade descriptor: one or two
 * title-case words, then one to three lower-case words ending in a trade head, then a capitalised name.
 */
export function isModifierOfDescribedName(tokens: Token[], from: number, to: number): boolean {
  if (!modifierLengthFits(tokens, from, to) || !isEnglishSentence(tokens)) return false;
  for (let i = from; i < to; i++) if (!PLACE_SPELLING.test(tokens[i].text)) return false;
  let j = to;
  while (j < tokens.length && j - to < MAX_DESCRIPTOR_WORDS && isDescriptorWord(tokens[j])) j++;
  if (j === to) return false;
  const head = tokens[j - 1];
  const name = tokens[j];
  if (!isTradeHead(head.lower)) return false;
  if (!!name && name.kind === 'word' && /^\p{Lu}/u.test(name.text)) return true;
  // "a sale of the Greater Manchester ready-meal maker", "The West Midlands company employs 140 people": after
  // "the", the described company is one named before, and the modifier is still only where it sits
  return tokens[from - 1]?.lower === DEFINITE_ARTICLE;
}
