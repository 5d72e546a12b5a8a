import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { ANAPHOR_DETERMINERS, ANAPHOR_NOUNS } from './anaphor-words';
import { descriptorAt } from './described-heads';
import { foldOrigin, isOriginWord } from './anaphora-origin';
import type { ExtractedRelation } from '../types';
import { backedCompanyBefore } from './anaphora-backed-company';

/**
 * "X a annoncé l'acquisition de Y. … Créée en 1968 à Quimper par P, la société emploie 410 salariés": in a story
 * about the buyer X, a history sentence right after its deal about a company the text only points at tells the
 * company just bought — the buyer's own history is not news of the deal, and the reader has just met the target. The pointer ("la société",
 * "the chain", "le cabinet") and the sentence's topic are then the target, not the article's most salient company.
 */

/** Participles of a company's birth ("Créée en 1968 par P", "founded in 2008 by P", "set up in 2015"). */
const FOUNDING_WORDS = new Set([
  'créé',
  'créée',
  'fondé',
  'fondée',
  'cofondé',
  'cofondée',
  'né',
  'née',
  'founded',
  'co-founded',
  'cofounded',
  'established',
]);
/** Words that tell who or when after the participle ("par P", "by P", "en 1968", "in 2008"). */
const FOUNDING_COMPLEMENTS = new Set(['par', 'by', 'en', 'in']);
/** Most tokens between the participle and "par"/"by"/"en"/"in" ("fondée à Quimper en 1968"). */
const MAX_COMPLEMENT_GAP_TOKENS = 4;
/** The deal must have been told in one of the two sentences before: a history told later is the article's own. */
const MAX_SENTENCES_SINCE_DEAL = 2;
/**
 * One more within the deal's own paragraph, where a quote may split a sentence off ("… : « … » Fondée en …"), or
 * when the sentence before named the deal's parties only.
 */
const MAX_SENTENCES_SINCE_DEAL_IN_PARAGRAPH = 3;
/**
 * Most modifiers between the determiner and a generic noun ("the Athens-based company" is read by origin when the
 * text told a company Athens-based).
 */
const MAX_GENERIC_MODIFIERS = 1;

/** The words at `i` without which `foundedTargetPointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const FOUNDED_TARGET_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

const BIGGER_PARTY_NOUNS = new Set(['groupe', 'group', 'firm', 'concern']);

/** Closing quote marks the splitter leaves at the head of the sentence after a quote ("» Fondée en 1994 par P"). */
const LEADING_QUOTES = new Set(['»', '"', '”', '’']);

/** The sentence's first word, past a closing quote mark left over from the sentence before. */
export function firstWord(tokens: Token[]): Token | undefined {
  return tokens.find((t) => !LEADING_QUOTES.has(t.text));
}

/** True when the sentence tells how a company was born: a founding participle with its agent or date. */
function tellsFounding(tokens: Token[]): boolean {
  return tokens.some(
    (t, k) =>
      FOUNDING_WORDS.has(t.lower) &&
      tokens.slice(k + 1, k + 2 + MAX_COMPLEMENT_GAP_TOKENS).some((x) => FOUNDING_COMPLEMENTS.has(x.lower)),
  );
}

/**
 * "Fondée en 1988 par P, deux anciens de Y, l'entreprise …", "Founded in 1978 by P, the company …": a sentence
 * opening on a company's birth whose pointer follows the fronted phrase. The people and employers that phrase names
 * are the founders' story, not the subject the pointer stands for.
 */
export function opensOnFounding(tokens: Token[]): boolean {
  const first = firstWord(tokens);
  return first !== undefined && FOUNDING_WORDS.has(first.lower) && tellsFounding(tokens);
}

/**
 * The target of the deal the article just told when this sentence tells a founding and names neither that target
 * nor its buyer: the company the sentence's pointer and founding frames stand for. Else null.
 */
export function foundedDealTarget(
  tokens: Token[],
  mentions: Mention[],
  state: DiscourseState,
  index: EntityIndex,
): number | null {
  if (!tellsFounding(tokens)) return null;
  // "Le fonds X était entré au capital de Y. Créée en 2009 par P, l'entreprise …": else the company just told
  // backed (anaphora-backed-company.ts)
  return storyDealTarget(mentions, state) ?? backedCompanyBefore(state, index, mentions);
}

/** The target of the story's deal told just before, in a story about its buyer, when this sentence names neither. */
function storyDealTarget(mentions: Mention[], state: DiscourseState): number | null {
  const deal = state.lastAcquisition;
  if (deal === null) return null;
  const since = state.sentencesRead - deal.sentence;
  const sameParagraph = state.paragraphSentences >= since;
  // wire copy gives each sentence its own paragraph: while the last one still named only the deal's parties
  // ("Tractiv's board approved the deal"), the story has not turned to another company yet
  const onDeal =
    state.previousNamed.length > 0 && state.previousNamed.every((e) => e === deal.buyer || e === deal.target);
  const window = sameParagraph || onDeal ? MAX_SENTENCES_SINCE_DEAL_IN_PARAGRAPH : MAX_SENTENCES_SINCE_DEAL;
  if (since > window) return null;
  // only in a story about the buyer (its headline and lead): the buyer's own history is then no news of the deal
  if (deal.buyer !== state.topicOrg) return null;
  if (mentions.some((m) => m.entity === deal.target || m.entity === deal.buyer)) return null;
  return deal.target;
}

/**
 * Words of a deal recalled in passing ("avait déjà racheté", "had previously bought"); not "had" alone, which wires
 * use for the news itself ("said it had agreed to buy").
 */
const BACKGROUND_WORDS = /(^|[^\p{L}])(déjà|already|previously|auparavant|précédemment)([^\p{L}]|$)/iu;

const POSSESSIVE_DOMAIN_RULE = 'any.acquired.possessive-domain';

/** Statuses of a deal that did not happen: its would-be target is not what the next sentences tell of. */
const NOT_DONE: ReadonlySet<string> = new Set(['rumoured', 'abandoned']);

/**
 * Keeps an acquisition a rule read in sentence `sentence` (buyer `a`, target `b`, the seller it named) for the
 * sentences after it.
 */
export function recordAcquisition(
  state: DiscourseState,
  fact: ExtractedRelation,
  a: number,
  b: number,
  sentence: number,
  seller: number | null = null,
  inSubjectRelative = false,
): void {
  if (fact.type !== 'ACQUIRED' || (fact.status !== null && NOT_DONE.has(fact.status))) return;
  // "elle avait déjà racheté X": a deal recalled in passing is not what the next sentences turn to
  if (BACKGROUND_WORDS.test(fact.evidence.sentence)) return;
  // "Y est ainsi tombée dans son escarcelle en 2023": told through the owner's possessive, a purchase is part of
  // the owner's record, not the deal the next sentences turn to
  if (fact.rule === POSSESSIVE_DOMAIN_RULE) return;
  state.lastAcquisition = { buyer: a, target: b, sentence, seller, inSubjectRelative };
}

/**
 * The pointer at `i` in such a sentence ("la société", "the chain", "le cabinet"), opening its clause: the target and
 * the tokens spanned, else null. A pointer told by an origin the text gave a company ("la société grenobloise") is
 * left to the origin reader, which knows whose origin it is; an origin never told is the target's.
 */
export function foundedTargetPointerAt(
  tokens: Token[],
  mentions: Mention[],
  i: number,
  subjectPlace: boolean,
  state: DiscourseState,
  index: EntityIndex,
): { ent: number; length: number } | null {
  // after a fronted founding phrase the pointer is the subject, whatever places it named ("Créée à Quimper par P, la")
  const afterFronted = tokens[i - 1]?.text === ',' && opensOnFounding(tokens);
  if (!(subjectPlace || afterFronted) || !ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  const target = foundedDealTarget(tokens, mentions, state, index);
  if (target === null) return null;
  let length = 0;
  // an origin the text never told ("l'entreprise vendéenne" after "Y, qui exploite des campings en Vendée")
  // still points at the target; one told of another company (the buyer, "le groupe lyonnais") does not
  const foreignOrigin = (t: Token | undefined): boolean => {
    if (!isOriginWord(t)) return false;
    const told = state.origins.get(foldOrigin(t!.text));
    return told !== undefined && told !== target;
  };
  for (let k = i + 1; k <= i + 1 + MAX_GENERIC_MODIFIERS && k < tokens.length; k++) {
    if (mentions.some((m) => m.from === k)) return null;
    // an origin told of some company is left to the origin reader; one never told ("the Denver-based company")
    // is the target's, like an origin after the noun
    if (isOriginWord(tokens[k])) {
      if (state.origins.has(foldOrigin(tokens[k].text))) return null;
      continue;
    }
    // "le groupe", "the firm" is the larger party, the buyer or a fund, not the company it just bought
    if (BIGGER_PARTY_NOUNS.has(tokens[k].lower)) return null;
    if (ANAPHOR_NOUNS.has(tokens[k].lower)) {
      length = k - i + 1;
      break;
    }
  }
  if (length === 0) {
    const trade = descriptorAt(tokens, mentions, i);
    if (trade === null || trade.origin) return null;
    // "La coopérative X s'offre la fromagerie Y. Fondée en 1962, la coopérative …": a trade noun that introduced
    // another company is that company's, which described-heads.ts reads (day twenty-eight)
    const introduced = state.described.get(trade.noun);
    if (introduced !== undefined && introduced !== target) return null;
    length = trade.length;
  }
  if (isOriginWord(tokens[i + length])) {
    if (foreignOrigin(tokens[i + length])) return null;
    length++;
  }
  return { ent: target, length };
}
