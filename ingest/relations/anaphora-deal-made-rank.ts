import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { dealResultOrg } from './anaphora-combined';
import { isFundLikeName } from './salience-cues';

/**
 * "Le rapprochement crée le numéro trois français, derrière A et B", "L'opération fait du groupe le numéro trois …,
 * derrière A", "The deal makes the company the third-largest publisher behind A and B", "Le rachat de X par Y donnera
 * naissance au deuxième opérateur": a deal is said to make a company that holds a market rank. The rank belongs to
 * what the deal made — the buyer a "par"/"by" names, else the company the article's deal created or enlarged —
 * not to the last name read before (often the target) nor to the deal itself. The deal noun (when the rank follows
 * its verb at once) and the company noun after the verb are read as that company, so the ranking rules pair it.
 */

/** Determiners opening a deal noun that is the sentence's subject. */
const SUBJECT_DETERMINERS = new Set(['the', 'this', 'le', 'la', "l'", 'ce', 'cette', 'cet']);
const DEAL_NOUNS = new Set([
  'deal',
  'merger',
  'acquisition',
  'purchase',
  'takeover',
  'tie-up',
  'combination',
  'transaction',
  'rapprochement',
  'opération',
  'rachat',
  'fusion',
  'reprise',
]);
/** Verbs of a deal making a company what it becomes ("makes", "fera de", "donnera naissance à"). */
const MAKING_VERBS = new Set([
  'makes',
  'make',
  'made',
  'creates',
  'create',
  'created',
  'crée',
  'créera',
  'créerait',
  'fait',
  'fera',
  'ferait',
  'donne',
  'donnera',
  'donnerait',
]);
/** Words between a making verb and what it makes: "naissance au", "de", the determiners of the rank. */
const LINK_WORDS = new Set([
  'naissance',
  'à',
  'au',
  'de',
  'du',
  "d'",
  'the',
  'a',
  'an',
  'le',
  'la',
  "l'",
  'un',
  'une',
]);
/** Company nouns after the verb that stand for what the deal made ("the company", "du groupe"). */
const COMPANY_NOUNS = new Set(['company', 'group', 'firm', 'groupe', 'société', 'entreprise']);
const RANK_WORD =
  /^(numéro|number|no\.|premier|première|deuxième|troisième|quatrième|cinquième|second|third|fourth|fifth|largest|biggest|[a-z]+-largest|[a-z]+-biggest|leader)$/u;
/** Agent of the deal noun: "le rachat de X par Y", "the purchase of X by Y". */
const AGENT_WORDS = new Set(['par', 'by']);
/** Most tokens between the deal noun and its making verb (an agent, a relative clause between commas). */
const MAX_VERB_GAP_TOKENS = 16;
/** Most link tokens between the making verb (or the company noun) and the rank word. */
const MAX_RANK_GAP_TOKENS = 3;
/** Clause ends the subject's verb is not looked for across. */
const CLAUSE_END = new Set([';', ':', '.', '?', '!']);

/** The words at which `dealMadeRankAt` may read something (pointer-screen.ts skips it elsewhere). */
export const DEAL_MADE_RANK_START_WORDS: ReadonlySet<string> = new Set([...SUBJECT_DETERMINERS, 'du', 'de']);

export interface DealMadeRank {
  ent: number;
  /** Tokens the pointer covers. */
  length: number;
}

/** Index of the token after the link words and a rank word from `k`, or -1 when no rank word follows. */
function rankAfter(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j - k <= MAX_RANK_GAP_TOKENS; j++) {
    if (RANK_WORD.test(tokens[j].lower)) return j;
    if (!LINK_WORDS.has(tokens[j].lower)) return -1;
  }
  return -1;
}

/** The sentence's deal subject at its first tokens: the making verb's index and the agent named, else null. */
function dealSubject(tokens: Token[], mentions: Mention[]): { verb: number; agent: number | null } | null {
  if (!SUBJECT_DETERMINERS.has(tokens[0]?.lower ?? '') || !DEAL_NOUNS.has(tokens[1]?.lower ?? ''))
    return null;
  let agent: number | null = null;
  for (let k = 2; k < tokens.length && k - 2 <= MAX_VERB_GAP_TOKENS; k++) {
    const t = tokens[k];
    if (CLAUSE_END.has(t.text)) return null;
    if (MAKING_VERBS.has(t.lower)) return { verb: k, agent };
    const named = mentions.find((m) => m.from === k);
    if (named !== undefined && AGENT_WORDS.has(tokens[k - 1].lower)) agent = named.entity;
  }
  return null;
}

/** Tokens of "the company" / "du groupe" / "de la société" at `i`, else 0. */
function companyNounLength(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k - i <= 2; k++) {
    if (COMPANY_NOUNS.has(tokens[k].lower)) return k + 1 - i;
    if (!LINK_WORDS.has(tokens[k].lower)) return 0;
  }
  return 0;
}

/**
 * When the article's first deal left no buyer on record: the last deal's buyer, unless a merger with no named result
 * was told (no one company) or the buyer is an investment firm or one the sentence names (the leaders it ranks
 * behind). The article's most named company is no stand-in: before the buyer is named it is often the target.
 */
function lastBuyer(state: DiscourseState, mentions: Mention[], names: (e: number) => string): number | null {
  if (state.mergingPair !== null) return null;
  const named = new Set(mentions.map((m) => m.entity));
  const ent = state.dealRoles.buyer;
  return ent === null || named.has(ent) || isFundLikeName(names(ent)) ? null : ent;
}

/** The company the deal made when the sentence says it holds a rank, read at `i`; else null. */
export function dealMadeRankAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
  i: number,
): DealMadeRank | null {
  if (i !== 0 && !MAKING_VERBS.has(tokens[i - 1]?.lower ?? '')) return null;
  const subject = dealSubject(tokens, mentions);
  if (subject === null) return null;
  const names = (e: number) => index.entities[e].surfaces[0] ?? '';
  const holder = () => subject.agent ?? dealResultOrg(state, names) ?? lastBuyer(state, mentions, names);
  if (i === 0) {
    // "The deal makes Ashford the third-largest": a named object holds the rank itself
    if (rankAfter(tokens, subject.verb + 1) < 0) return null;
    const ent = holder();
    return ent === null ? null : { ent, length: 2 };
  }
  if (i !== subject.verb + 1) return null;
  const length = companyNounLength(tokens, i);
  if (length === 0 || rankAfter(tokens, i + length) < 0) return null;
  const ent = holder();
  return ent === null ? null : { ent, length };
}
