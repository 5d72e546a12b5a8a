import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/**
 * English stacks a place or an origin in front of a trade noun, capitalised, where the entity pass sees a name:
 * "bought Faroese farmer Vágur Fisk", "a stake in Midlands operator Chargewell", "led by Californian venture firm
 * Redpoint Harbor", "The Westland company … battled X", "The Falkirk manufacturer … competed with Y". The word is
 * a modifier of the noun phrase, whose head is the trade noun: the party is the name after it, or the company the
 * descriptor points back to, never the modifier. A party the sentence names only so is refused in every role.
 * Relational nouns ("Microsoft rival Google", "Premier Inn owner Whitbread", "Honeywell unit X") are left out: the
 * word before them is a party of its own.
 */

/** Occupational heads a modifier may stand before; singular or plural. */
const TRADE_NOUN =
  /^(company|companies|manufacturer|manufacturers|maker|makers|farmer|farmers|operator|operators|producer|producers|firm|firms|developer|developers|supplier|suppliers|start-up|start-ups|startup|startups|retailer|retailers|distributor|distributors|brewer|brewers|carrier|carriers|builder|builders|grower|growers|miner|miners|insurer|insurers|lender|lenders|group|groups|specialist|specialists|provider|providers|exporter|exporters|importer|importers|processor|processors|installer|installers|contractor|contractors|site|plant|factory)$/u;
/**
 * Heads that name the company itself after its own name ("the Volkswagen group", "the Tata group"): only a
 * following name makes them a modifier's head.
 */
const SELF_NAMING_HEAD = /^(group|groups)$/u;
/** Qualifiers that make the noun phrase say whose the company is ("Tiger Global portfolio company X"). */
const OWNED_QUALIFIER = /^(portfolio|sister|parent|subsidiary|affiliate|affiliated)$/u;
/** Words that end a noun phrase: a verb, a link or an article between the name and the noun breaks the stack. */
const PHRASE_BREAK =
  /^(and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|is|was|are|were|has|had|have|will|would|said|says|which|who|that|its|their|his|her)$/u;
/**
 * A verb right after a name is the name's predicate ("Kestrel bought parcel carrier X", "Ampera acquired software
 * start-up Y"), never a qualifier: past and third-person forms, and the strong pasts of deal and rivalry verbs.
 */
const VERB_FORM =
  /^(?:[\p{L}-]+(?:ed|es)|[\p{L}-]*[^s]s|bought|sold|took|made|won|led|ran|set|put|paid|got|gave|held|left|began|became|kept|brought|built|sought|hit|cut|struck|overtook|beat|fought|lost|met|sent|spent|let)$/u;
/** Most lower-case words between the modifier and its trade noun ("venture firm", "heat-pump installer"). */
const MAX_QUALIFIER_WORDS = 2;

/** One lower-case word after a name, with the spaces before it. */
const NEXT_WORD = /\s+([\p{Ll}][\p{L}-]*)(?![\p{L}-])/uy;
/** An owner named after the noun ("site of X"). */
const OWNER_AFTER = /^\s+of\s/u;
const OWNER_WINDOW_CHARS = 4;
const THE_BEFORE = /(?:^|\s)the\s+$/iu;
const THE_BEFORE_INSIDE = /\sthe\s+$/iu;
/** Characters read back for "the" before a name (a window, so a long sentence is not copied per mention). */
const THE_WINDOW_CHARS = 64;

/** "the" right before offset `at`, read in a short window instead of the whole sentence start. */
function theBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - THE_WINDOW_CHARS);
  return (from === 0 ? THE_BEFORE : THE_BEFORE_INSIDE).test(text.slice(from, at));
}

const unitEnd = (u: Unit): number => (u.kind === 'tok' ? u.token.end : u.end);

/** The end offset (in the sentence) of the trade noun the name ending at `from` modifies, or -1. */
function tradeNounEnd(text: string, from: number): number {
  let at = from;
  for (let n = 0; n <= MAX_QUALIFIER_WORDS; n++) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) return -1;
    at = NEXT_WORD.lastIndex;
    if (TRADE_NOUN.test(m[1])) return at;
    if (PHRASE_BREAK.test(m[1]) || OWNED_QUALIFIER.test(m[1]) || VERB_FORM.test(m[1])) return -1;
  }
  return -1;
}

/** Whether the name at unit `k` only modifies a trade noun: a name follows the noun, or "the" opens the phrase. */
function modifierAt(units: readonly Unit[], k: number, sentence: Sentence): boolean {
  const u = units[k];
  if (u?.kind !== 'ent' || u.anaphor || u.word !== undefined) return false;
  const text = sentence.text;
  const nounEnd = tradeNounEnd(text, u.end - sentence.start);
  // "the Swindon site of Leyland" names an asset and its owner: the placed-asset readers give the deal to the owner
  if (nounEnd < 0 || OWNER_AFTER.test(text.slice(nounEnd, nounEnd + OWNER_WINDOW_CHARS))) return false;
  // the noun's own words may stay units ("[X] farmer [Y]") or be folded away ("[X] [Y]")
  let j = k + 1;
  while (units[j]?.kind === 'tok' && unitEnd(units[j]) - sentence.start <= nounEnd) j++;
  const next = units[j];
  if (
    next?.kind === 'ent' &&
    !next.anaphor &&
    /^\s*$/u.test(text.slice(nounEnd, next.start - sentence.start))
  )
    return true;
  const head = /([\p{L}-]+)$/u.exec(text.slice(0, nounEnd))?.[1] ?? '';
  return theBefore(text, u.start - sentence.start) && !SELF_NAMING_HEAD.test(head);
}

/** Whether a party the reading captured is named in the sentence only as a modifier of a trade noun. */
export function partyIsTradeModifier(
  rule: Rule,
  caps: Captures,
  units: readonly Unit[],
  sentence: Sentence,
): boolean {
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  for (const e of roles.flatMap((r) => caps[r] ?? [])) {
    let mentions = 0;
    let modifiers = 0;
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      if (u.kind !== 'ent' || !u.ents.includes(e)) continue;
      mentions++;
      if (modifierAt(units, k, sentence)) modifiers++;
    }
    if (mentions > 0 && modifiers === mentions) return true;
  }
  return false;
}
