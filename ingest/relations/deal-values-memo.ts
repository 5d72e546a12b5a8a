import type { Sentence } from '../sentences';
import type { Language } from '../types';
import { HOLDER_BUYS_REST_RULE_IDS } from './deal-holder-buys-rest';
import { RAISED_RELATIVE_RULE_IDS } from './stake-raised-relative';
import { NOUN_SUBJECT_READERS } from './deal-reading-guards';
import { APPOSED_HOLDER_RULES } from './deal-speaker-guard';
import type { Rule } from './rule';
import { dealValues } from './values';
import type { DealValues, MatchSpan } from './values';
import type { ClauseParties } from '../values/own-clause-status';

/**
 * Deal values of an article, kept per sentence, span and parties. Several rules read the same fact of a sentence
 * (a pattern and a reader, an active and a passive reading), and dealValues reads the rule only through the fields
 * below (and, for a few guarded rule ids, the id): equal keys give equal answers. Nobody changes the values
 * returned, so one object may be handed out twice.
 */
const memos = new WeakMap<readonly Sentence[], Map<string, DealValues | null>>();

/** Per rule, its key: rules are fixed, and every matched reading of every sentence asks for it. */
const ruleKeys = new WeakMap<Rule, string>();

/** What dealValues reads of a rule, built once per rule. */
function ruleKey(rule: Rule): string {
  let key = ruleKeys.get(rule);
  if (key === undefined) ruleKeys.set(rule, (key = readRuleKey(rule)));
  return key;
}

function readRuleKey(rule: Rule): string {
  const guarded =
    NOUN_SUBJECT_READERS.has(rule.id) ||
    APPOSED_HOLDER_RULES.has(rule.id) ||
    HOLDER_BUYS_REST_RULE_IDS.has(rule.id) ||
    RAISED_RELATIVE_RULE_IDS.has(rule.id);
  return `${rule.type}|${rule.stake}|${rule.mayBeMinority}|${rule.needsMoney}|${guarded ? rule.id : ''}`;
}

/** The parties' places as a key: which companies of the sentence are parties, and where the last one ends. */
function placesKey(at: ClauseParties | undefined): string {
  if (at === undefined) return '-';
  return `${at.lastPartyEnd}:${at.orgs.map((o) => `${o.party ? 'p' : 'o'}${o.start}-${o.end}`).join(',')}`;
}

/** dealValues, answered once per distinct input of an article's sentences. */
export function memoDealValues(
  rule: Rule,
  sentences: Sentence[],
  s: number,
  lang: Language,
  published: string | null,
  span: MatchSpan | undefined,
  parties: readonly string[],
  at?: ClauseParties,
): DealValues | null {
  let memo = memos.get(sentences);
  if (memo === undefined) memos.set(sentences, (memo = new Map()));
  const key = `${ruleKey(rule)}|${s}|${lang}|${published}|${span ? `${span.start}:${span.end}` : '-'}|${parties.join('\u0001')}|${placesKey(at)}`;
  let values = memo.get(key);
  if (values === undefined) {
    values = dealValues(rule, sentences, s, lang, published, span, parties, at);
    memo.set(key, values);
  }
  return values;
}
