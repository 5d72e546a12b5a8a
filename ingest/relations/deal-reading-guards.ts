import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';
import type { Rule } from './rule';

/** Matches whose wording says the subject is no buyer, or the merger words join no two parties. */

/**
 * Merger words that join no two parties: "merge X into Y" absorbs X (Y, when named, buys it: en.acquired.merge-into),
 * and "sell X as a merged company" tells a form, not a deal. Read after the first party of the match.
 */
const ABSORBED_INTO =
  /(?<![\p{L}])merg(?:e|es|ed|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,5}into(?![\p{L}])/u;
const AS_MERGED =
  /(?<![\p{L}])as\s+(?:a|an|one)\s+(?:\p{L}+\s+)?(?:merged|combined)\s+(?:company|concern|entity|group|firm|carrier|airline|bank)(?![\p{L}])/iu;

export function notAMerger(sentence: Sentence, span: MatchSpan | undefined): boolean {
  const from = span ? Math.max(0, span.start - sentence.start) : 0;
  const text = sentence.text.slice(from).replace(/\s+/gu, ' ');
  return ABSORBED_INTO.test(text) || AS_MERGED.test(text);
}

/**
 * Rules that take the sentence's subject as the buyer of a noun ("X completed the acquisition of Y"). When an
 * agent follows the target ("X said the acquisition of Y by Z"), Z is the buyer and X only reports it.
 */
const SUBJECT_OF_NOUN_RULES = new Set([
  'en.acquired.completes-acquisition',
  'en.acquired.acquisition-of-stake',
  'fr.acquired.finishes-buyout',
  'fr.acquired.makes-acquisition',
]);
const AGENT_AFTER_TARGET =
  /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,80},\s*)?(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;

export function agentAfterTarget(rule: Rule, sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span || !SUBJECT_OF_NOUN_RULES.has(rule.id)) return false;
  return AGENT_AFTER_TARGET.test(sentence.text.slice(Math.max(0, span.end - sentence.start)));
}

/**
 * "Corvel Bank financed the acquisition of Y", "A advised on the purchase of Y": a subject that pays for, advises
 * on or rules on someone's purchase is not the buyer. Read before the deal noun inside the match.
 */
const HELPER_BEFORE_DEAL_NOUN =
  /(?<![\p{L}\p{N}])(?:financ\p{L}*|fund(?:s|ed|ing)?|advis\p{L}*|arrang\p{L}*|underwr\p{L}*|approv\p{L}*|clear(?:s|ed)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz]\p{L}*|block\p{L}*|oppos\p{L}*|challeng\p{L}*|investigat\p{L}*|review\p{L}*|conseill\p{L}*|accompagn\p{L}*|autoris\p{L}*|bloqu\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,5}(?:acquisitions?|purchase|takeover|buyout|rachat|reprise)(?![\p{L}\p{N}])/iu;

/**
 * "A said the court overturned its proposed acquisition of Y": in a reported clause, "its" before the deal noun
 * points back to the speaker, so the reported subject is no buyer (frames/acquired-speaker.ts reads A).
 */
const REPORTED_SUBJECT_BEFORE = /(?<![\p{L}])(?:said|says)\s+(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u;
const SPEAKERS_DEAL_NOUN =
  /(?<![\p{L}])its\s+(?:[\p{Ll}-]+\s+){0,2}(?:acquisition|purchase|takeover|buyout)\s+of(?![\p{L}])/u;

/** "… allowed the takeover of A, B and C by X": the buyer named after the targets, however many they are. */
const AGENT_LATER =
  /^[^;]{0,200}?(?<![\p{L}])(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;

/** Readers that, like SUBJECT_OF_NOUN_RULES, take a subject before "its … acquisition of Y" as the buyer. */
export const NOUN_SUBJECT_READERS = new Set([...SUBJECT_OF_NOUN_RULES, 'any.acquired.frame-noun']);

/**
 * "L'acquisition de Y est financée par un prêt accordé par X", "The purchase of Y was advised by X": the agent of a
 * helper's passive after the deal noun pays for or advises on the purchase; it does not make it.
 */
const HELPER_PASSIVE_AFTER_DEAL_NOUN =
  /(?<![\p{L}])(?:acquisitions?|purchase|takeover|buyout|rachat|reprise)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:financ\p{L}*|funded|advised|arranged|underwritten|conseill\p{L}*|accompagn\p{L}*)\s[^.;]{0,80}?(?<![\p{L}])(?:by|par)\s/iu;

/** How far before the match the deal noun of a helper's passive is looked for ("The purchase of Y was …"). */
const DEAL_NOUN_LEAD_CHARS = 40;

export function helperNotBuyer(rule: Rule, sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span || !NOUN_SUBJECT_READERS.has(rule.id)) return false;
  const from = Math.max(0, span.start - sentence.start);
  const matched = sentence.text.slice(from, span.end - sentence.start);
  // the deal noun may stand just before the match, which starts at the name bought
  const lead = sentence.text.slice(Math.max(0, from - DEAL_NOUN_LEAD_CHARS), from);
  if (HELPER_PASSIVE_AFTER_DEAL_NOUN.test(lead + matched)) return true;
  if (SUBJECT_OF_NOUN_RULES.has(rule.id) && HELPER_BEFORE_DEAL_NOUN.test(matched)) return true;
  // the noun reader takes the subject too: a helper's subject loses it when the sentence names the buyer after "by"
  if (
    HELPER_BEFORE_DEAL_NOUN.test(matched) &&
    AGENT_LATER.test(sentence.text.slice(span.end - sentence.start))
  )
    return true;
  return SPEAKERS_DEAL_NOUN.test(matched) && REPORTED_SUBJECT_BEFORE.test(sentence.text.slice(0, from));
}
