import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOriginWord } from '../anaphora-origin';
import { isModifier } from '../syntax';
import { wordOrLoneNameAt } from './clause';
import { clauseSubject, isStop, typed, wordAt } from './rivals-clause';
import { pastKindExamples } from './rivals-kind-examples';
import { NOT_RIVALS, rivalsAfter } from './rivals-list';
import { anyWordOf } from './word-cue';
import { bidFor, boughtBy, isBidOutcomeVerb, possessiveBidder } from './rivals-bid-for';
import { dealAgentOwner } from './rivals-deal-agent';

/**
 * Rivals whose owner the sentence does not name: a possessive the units resolved ("Ses principaux concurrents,
 * A et B, …", "Parmi ses concurrents figurent A et B"), a rival noun opening the sentence ("Rivals such as A
 * have …": the article's company's), and a rival noun deep in a clause whose subject is far before it ("X said
 * it had agreed to buy Danish rival Y").
 */

const RIVALS_NOUN = /^(concurrents|concurrentes|rivaux|rivales|rivals|competitors|challengers)$/u;
const RIVAL_NOUN_ONE = /^(concurrent|concurrente|rival|rivale|competitor)$/u;
/** Lower-case words allowed between the possessive and the noun ("ses deux principaux concurrents"). */
const OWNED_QUALIFIER_WORDS = 3;
/** Words that open the list after the noun: an apposition, a colon, a verb of listing. */
const LIST_OPENER =
  /^(,|:|include|includes|included|including|are|were|sont|étaient|comprennent|incluent|figurent|figure|restent|remain|comme|like|notamment|namely|tels|telles|such|is|remains|est|reste|demeure|be|être|serait|sera|seraient|seront)$/u;
/** Adverbs between the rival noun and its verb of listing ("its rivals also include", "ses concurrents sont aussi"). */
/** A modal before the copula tells the rivalry a deal will bring ("its main rival would be C", "pourrait être C"). */
const ADVERB_BEFORE_OPENER =
  /^(also|now|still|further|aussi|notamment|désormais|toujours|would|will|could|pourrait|pourraient|devrait|devraient)$/u;
/** Words that may follow the opener before the first name ("such as", "tels que", "que sont"). */
const OPENER_TAIL = /^(as|que|qu'|sont|are|the|les|toutefois|cependant|pourtant|néanmoins|however|still)$/u;
/** A plural origin or kind word right before the first name ("restent les français A et B", "are the German A"). */
const PLURAL_DESCRIPTOR = /^(\p{Ll}+s|\p{Lu}\p{Ll}+an)$/u;
/**
 * A descriptor between the list opener and the first name ("Its biggest rival, Lithuania-based A", "Son principal
 * concurrent, le néerlandais A"): an origin compound, or a determiner and one lower-case adjective.
 */
const ORIGIN_COMPOUND = /^\p{L}+-(based|owned|listed|born|headquartered|controlled|backed)$/u;
/** The tail of such a compound when the tokenizer split it off its place ("Dutch" "-owned"). */
const ORIGIN_TAIL = /^-(based|owned|listed|born|headquartered|controlled|backed)$/u;
const DESCRIPTOR_DETERMINER = /^(le|la|l')$/u;

/** Past a descriptor of the first rival that stands at `from`, or `from` when there is none. */
function pastDescriptor(units: Unit[], from: number): number {
  // "Dutch-owned" may be held as a lone capitalised name
  const w = wordOrLoneNameAt(units, from) ?? '';
  if (ORIGIN_COMPOUND.test(w)) return from + 1;
  if (ORIGIN_TAIL.test(textAt(units, from + 1))) return from + 2;
  if (DESCRIPTOR_DETERMINER.test(w) && /^\p{Ll}+$/u.test(textAt(units, from + 1))) return from + 2;
  // "Its main rival in Europe, Dutch firm Y": a capitalised nationality (the kind noun is held in the name)
  const u = units[from];
  if (u?.kind === 'tok' && /^\p{Lu}/u.test(u.token.text) && isOriginWord(u.token)) return from + 1;
  // "Sweden's Tornvik": a place not held as a name and its possessive mark
  if (/^\p{Lu}/u.test(textAt(units, from)) && /^('s|’s)$/u.test(wordAt(units, from + 1) ?? ''))
    return from + 2;
  return from;
}

/**
 * An adjective after the rival noun ("ses concurrents directs sont A et B", "its rivals proper"): French puts
 * most qualifiers after the noun, so the verb of listing comes one word later.
 */
const AFTER_NOUN_QUALIFIER =
  /^(directs|directes|principaux|principales|historiques|naturels|naturelles|immédiats|immédiates|traditionnels|traditionnelles|européens|européennes|français|françaises|américains|américaines|locaux|mondiaux|nationaux)$/u;

/** Prepositions of the place or field a rival is told in ("its main rival in Scandinavia, B"). */
const FIELD_PREPOSITION = /^(in|on|across|outside|en|sur|dans|hors)$/u;
/** Most words of such a place or field ("in the UK market"). */
const FIELD_WORDS = 3;

/**
 * Past "in Scandinavia" / "en France" between the rival noun and its list opener, or `from` when there is none: only
 * plain words or a place, so "its rival in Kessler's market" (a company) is not stepped over.
 */
function pastField(units: Unit[], from: number): number {
  if (!FIELD_PREPOSITION.test(wordAt(units, from) ?? '')) return from;
  for (let k = from + 1; k <= from + 1 + FIELD_WORDS && k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs) return from;
    if (k > from + 1 && LIST_OPENER.test(wordAt(units, k) ?? '')) return k;
    if (u.kind === 'tok' && u.token.kind !== 'word') return from;
  }
  return from;
}

/** Nouns of another role that may stand between the possessive and the noun ("its clients' rivals"). */
const OTHER_ROLE =
  /^(clients?|customers?|partenaires?|partners?|investisseurs?|investors?|fournisseurs?|suppliers?)$/u;
/** Examples after a sentence-opening rival noun: "Rivals such as A", "Des concurrents comme A". */
const SUCH = /^(such|like|including|comme|tels|telles|notamment|dont)$/u;
/** Words before a sentence-opening rival noun ("Larger rivals such as", "D'autres concurrents comme"). */
const OPENING_QUALIFIER =
  /^(larger|bigger|smaller|other|some|many|several|established|newer|younger|des|d'autres|autres|certains|plusieurs|de|grands|gros|petits|nouveaux|jeunes|its|their)$/u;
const OPENING_QUALIFIER_WORDS = 2;
/** Words looked back from a rival noun for the verb or preposition governing it ("to buy Danish rival Y"). */
const GOVERNOR_LOOKBACK_WORDS = 3;
const DETERMINER_OR_QUALIFIER =
  /^(\p{Lu}[\p{L}-]*|a|an|the|its|le|la|l'|un|une|son|sa|\p{Ll}+-based|direct)$/u;

/** Words governing the noun phrase that give the name another role ("advised by rival Y", "for rival Y", an
 * investor that "backed Dutch rival Y": the rival is its portfolio company's); buying verbs are no such words
 * ("acquired Finnish rival Y" names a rival). */
const OTHER_GOVERNOR =
  /^(entre|between|pour|for|by|par|behalf|compte|clients?|customers?|partenaires?|partners?|investisseurs?|investors?|fournisseurs?|suppliers?|distributeurs?|distributors?|actionnaires?|shareholders?|conseils?|advisers?|advisors?|advised|conseillé|conseillée|backers?|backed|backs|backing|invested|financed|funded|soutenu|soutient|financé|investi)$/u;

/** Words that open a new clause before a noun phrase. */
const CLAUSE_OPENER = /^(and|et|or|ou|but|mais|while|whereas|tandis|alors|que|qu'|puis|then)$/u;

/** Words that may follow a name ending its noun phrase: punctuation, prepositions, conjunctions, relatives. */
const PHRASE_END =
  /^(for|in|from|to|at|on|with|last|this|earlier|later|after|before|since|which|who|that|and|or|et|ou|pour|en|à|au|aux|dans|sur|depuis|qui|dont|contre|against|mais|but|when|while|as|par|by|il|y|l'an|cette|cet|ce)$/u;

/** Unit `i` is where a noun phrase may end: nothing, a punctuation mark, a name, or one of PHRASE_END. */
function endsNounPhrase(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u === undefined || u.kind === 'ent') return true;
  return u.token.kind !== 'word' || PHRASE_END.test(u.token.lower);
}

/** Prepositions among NOT_RIVALS: they refuse a name after them, not one before them. */
const PREPOSITION = /^(entre|between|pour|for|by|par|behalf|compte)$/u;

/** The word of unit `i` as written (capitals kept), '' for a name. */
function textAt(units: Unit[], i: number): string {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.text : '';
}

function isOrgUnit(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

function entsOf(units: Unit[], idx: number[]): number[] {
  return idx.flatMap((i) => {
    const u = units[i];
    return u.kind === 'ent' ? u.ents : [];
  });
}

/** Index after the rival noun that follows the owner at `owner` within a few qualifiers, or -1. */
export function nounAfterOwner(units: Unit[], owner: number): number {
  // "the company's rivals": the possessive mark after a pointer
  const first = /^('s|')$/u.test(wordAt(units, owner + 1) ?? '') ? owner + 2 : owner + 1;
  for (let k = first; k < first + OWNED_QUALIFIER_WORDS && k < units.length; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (RIVALS_NOUN.test(w) || RIVAL_NOUN_ONE.test(w)) return k + 1;
    // "its best-known rival": a hyphened qualifier too
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || OTHER_ROLE.test(w)) return -1;
  }
  return -1;
}

/** "Ses principaux concurrents, A et B", "Parmi ses concurrents figurent A et B", "its rivals: A, B". */
function readOwnedRivals(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const owner = units[i];
    // a pointer ("ses", "the company's") or a name with a possessive mark ("Payfinch's rivals include A")
    if (owner.kind !== 'ent' || !owner.orgs) continue;
    if (!owner.anaphor && !/^('s|')$/u.test(wordAt(units, i + 1) ?? '')) continue;
    const noun = nounAfterOwner(units, i);
    if (noun < 0) continue;
    // "its competitors also include A": an adverb may stand before the verb of listing
    const qualified = AFTER_NOUN_QUALIFIER.test(wordAt(units, noun) ?? '') ? noun + 1 : noun;
    const after = pastField(
      units,
      ADVERB_BEFORE_OPENER.test(wordAt(units, qualified) ?? '') ? qualified + 1 : qualified,
    );
    // "its rivals A and B": the list may follow the noun at once
    const direct = isOrgUnit(units, after);
    if (!direct && !LIST_OPENER.test(wordAt(units, after) ?? '')) continue;
    let from = direct ? after : after + 1;
    while (OPENER_TAIL.test(wordAt(units, from) ?? '')) from++;
    if (PLURAL_DESCRIPTOR.test(textAt(units, from)) && isOrgUnit(units, from + 1)) from++;
    // "ses concurrents restent des indépendants comme A": the rivals are the kind's examples
    if (!direct && !isOrgUnit(units, from)) from = pastDescriptor(units, pastKindExamples(units, from));
    if (!isOrgUnit(units, from)) continue;
    const rivals = rivalsAfter(units, from, 0, true);
    const b = entsOf(units, rivals).filter((e) => !owner.ents.includes(e));
    if (b.length > 0) out.push({ a: owner.ents, b, '#a': [i], '#b': [rivals[0]], [MATCH_START]: [i] });
  }
  return out;
}

/** A singular rival noun opening a sentence ("Rival studio B, which makes …", "Competitor B said …"). */
const ONE_RIVAL = /^(rival|competitor)$/u;

/** "Rival studio B raised $45 million": the one name after an opening rival noun and one kind word, or -1. */
function openingRival(units: Unit[]): number {
  if (!ONE_RIVAL.test(wordOrLoneNameAt(units, 0) ?? '')) return -1;
  const u = units[1];
  const kind = u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;
  const at = kind ? 2 : 1;
  return isOrgUnit(units, at) && typed(units, at) ? at : -1;
}

/** "Rivals such as A and B have moved in": a rival noun opening the sentence names the article company's rivals. */
function readOpeningRivals(units: Unit[], _lang: Language): Captures[] {
  const one = openingRival(units);
  if (one >= 0) return [{ b: entsOf(units, [one]), '#b': [one], [MATCH_START]: [0] }];
  let k = 0;
  // the opening word may have been taken for a name ("Rivals such as …"): read it as the word it is
  while (k < OPENING_QUALIFIER_WORDS && OPENING_QUALIFIER.test(wordOrLoneNameAt(units, k) ?? '')) k++;
  if (!RIVALS_NOUN.test(wordOrLoneNameAt(units, k) ?? '')) return [];
  let from = k + 1;
  if (wordAt(units, from) === ',') from++;
  // "Rivals such as A", "Competitors include A", "Concurrents : A et B"
  if (!SUCH.test(wordAt(units, from) ?? '') && !LIST_OPENER.test(wordAt(units, from) ?? '')) return [];
  from++;
  while (OPENER_TAIL.test(wordAt(units, from) ?? '')) from++;
  if (!isOrgUnit(units, from) || !typed(units, from)) return [];
  const rivals = rivalsAfter(units, from, 0, true);
  const b = entsOf(units, rivals);
  return b.length > 0 ? [{ b, '#b': [rivals[0]], [MATCH_START]: [0] }] : [];
}

const AUXILIARY =
  /^(has|have|had|is|was|will|would|could|did|does|said|says|agreed|a|ont|avait|avaient|va|vont|vient|viennent|annonce)$/u;
/** Plain words of a verb group looked back from its last word ("had agreed to buy"). */
const VERB_GROUP_WORDS = 4;

/** "X said it has acquired smaller rival Y": the name or pointer right before the verb group ending at `verb`. */
function subjectBeforeVerb(units: Unit[], verb: number): number[] | null {
  for (let k = verb; k >= 0 && verb - k < VERB_GROUP_WORDS; k--) {
    const u = units[k];
    // the group must open on an auxiliary: "it has acquired", not "… and B as well as"
    if (u.kind === 'ent') return u.orgs && AUXILIARY.test(wordAt(units, k + 1) ?? '') ? [k] : null;
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return null;
  }
  return null;
}

/** Words after which a bare "rivals A and B" opens a clause of its own ("Growth slowed as rivals A and B cut …"). */
const BARE_RIVALS_OPENER =
  /^(,|as|while|when|and|with|since|because|after|tandis|alors|et|que|qu'|quand|car)$/u;

/** "… as rivals A and B cut prices": no company named before the noun, so they are the article company's rivals. */
function readBareRivals(units: Unit[], _lang: Language): Captures[] {
  for (let k = 1; k < units.length - 1; k++) {
    const u = units[k];
    // a name before the noun may own the rivals ("A and rivals B"): the pattern rules read those
    if (u.kind === 'ent' && u.orgs && typed(units, k)) return [];
    if (!RIVALS_NOUN.test(wordAt(units, k) ?? '') || !BARE_RIVALS_OPENER.test(wordAt(units, k - 1) ?? ''))
      continue;
    if (!isOrgUnit(units, k + 1) || !typed(units, k + 1)) continue;
    const rivals = rivalsAfter(units, k + 1, 0, true);
    const b = entsOf(units, rivals);
    return b.length > 0 ? [{ b, '#b': [rivals[0]], [MATCH_START]: [k] }] : [];
  }
  return [];
}

/**
 * The named units of a subject when it has any: "Heatwell, the Bristol-based heat pump installer, has agreed to buy
 * rival Y" holds a pointer in its apposition that describes Heatwell itself, whatever company it was resolved to.
 */
function namedFirst(units: Unit[], subject: number[]): number[] {
  const named = subject.filter((i) => {
    const u = units[i];
    return u?.kind === 'ent' && !u.anaphor;
  });
  return named.length > 0 ? named : subject;
}

/** A word of another role (OTHER_GOVERNOR) between the subject at `from` and the governor at `to`. */
function otherRoleBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (OTHER_GOVERNOR.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** "X said it had agreed to buy Danish rival Y": the rival of the clause's subject, however far it stands. */
function readGovernedRival(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 1; k < units.length - 1; k++) {
    if (!RIVAL_NOUN_ONE.test(wordAt(units, k) ?? '') || !isOrgUnit(units, k + 1) || !typed(units, k + 1))
      continue;
    if (isModifier(units, k + 1, false)) continue;
    const next = wordAt(units, k + 2);
    // "rival Y's offer", "rival Y contracts" hold Y in another role; a preposition after Y ("for $1bn") does not
    if (next !== null && (next === "'s" || (NOT_RIVALS.test(next) && !PREPOSITION.test(next)))) continue;
    // back over determiners and qualifiers to the governing word, which must be a plain lower-case word
    let j = k - 1;
    while (j >= 0 && k - j <= GOVERNOR_LOOKBACK_WORDS && DETERMINER_OR_QUALIFIER.test(textAt(units, j))) j--;
    const governor = wordAt(units, j);
    // "a bid for rival Y": the bid's "for" names the bidder's rival (rivals-bid-for.ts)
    const bid = bidFor(units, j);
    // "hired a rival Y manager": a noun after the name makes it a qualifier, so the name must end its phrase; the
    // bid's own verb may end it too ("X's bid for rival Y was blocked", "une offre pour son concurrent Y a échoué")
    if (!endsNounPhrase(units, k + 2) && !(bid && isBidOutcomeVerb(next))) continue;
    if (governor === null || isStop(units, j) || !/^\p{Ll}/u.test(governor)) continue;
    // "the takeover by X of its rival Y": the deal's other party owns the possessive (rivals-deal-agent.ts)
    const dealParty = dealAgentOwner(units, j + 1);
    // "bought by rival Y": the buyer is the subject's rival (rivals-bid-for.ts)
    if (dealParty < 0 && OTHER_GOVERNOR.test(governor) && !bid && !boughtBy(units, j)) continue;
    // "…, and Belgian rival B has moved in": a new clause opens on the noun phrase, whose rival is the topic's
    if (CLAUSE_OPENER.test(governor)) continue;
    const bidder = dealParty >= 0 ? dealParty : bid ? possessiveBidder(units, j) : null;
    const found = bidder !== null ? [bidder] : (clauseSubject(units, k) ?? subjectBeforeVerb(units, j));
    if (found === null) continue;
    // "Kestrel financed a bid for rival Y": a backer or an adviser of the bid is not the bidder
    if (bid && bidder === null && otherRoleBetween(units, found[0], j)) continue;
    const subject = namedFirst(units, found);
    const a = entsOf(units, subject);
    const b = (units[k + 1] as { ents: number[] }).ents.filter((e) => !a.includes(e));
    if (a.length === 0 || b.length === 0) continue;
    out.push({ a, b, '#a': [subject[0]], '#b': [k + 1], [MATCH_START]: [subject[0]] });
  }
  return out;
}

export const OWNED_RIVAL_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-owned-rivals',
    type: 'COMPETES_WITH',
    read: readOwnedRivals,
    // the owner's rivals are read only after one of these nouns (nounAfterOwner)
    neededWordPattern: anyWordOf([RIVALS_NOUN, RIVAL_NOUN_ONE]),
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-opening-rivals',
    type: 'COMPETES_WITH',
    read: readOpeningRivals,
    // a reading opens on a rival noun, one ("Rival studio B") or several ("Rivals such as A")
    neededWordPattern: new RegExp(`${ONE_RIVAL.source}|${RIVALS_NOUN.source}`, 'u'),
    source: 'b',
    // the target is the article's company (topicTarget), not a capture
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-bare-rivals',
    type: 'COMPETES_WITH',
    read: readBareRivals,
    neededWordPattern: RIVALS_NOUN,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-governed-rival',
    type: 'COMPETES_WITH',
    read: readGovernedRival,
    neededWordPattern: RIVAL_NOUN_ONE,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
];
