import type { EntityIndex, Mention } from '../../resolve/mentions';
import type { Sentence } from '../../sentences';
import type { Token } from '../../tokens';
import type { ExtractedRelation } from '../../types';
import { plainRelation } from '../plain-relation';

/**
 * LEADS of the head a successor takes over from, told by a participle after the post taken: "X said P would
 * become group chief executive in April, succeeding Q, who is retiring", "X has appointed P as chairman, replacing
 * Q, who retires after nine years", "P deviendra présidente de X en juin, succédant à Q", or by a finite verb ("She
 * succeeds Q, who has led the bank since 2014" after the sentence naming her). Q still holds the post the sentence
 * gives P, so Q heads the company P's post was read at. The successor rules
 * (leads-successor.ts) read the other way, from the predecessor's company to the successor. A predecessor told as
 * gone ("replacing Q, who left in April", "qui a quitté le groupe") heads nothing now and is left out.
 */

const PREDECESSOR_RULE_ID = 'any.leads.predecessor';
/** Below the pattern rules': the company is read off the successor's fact, not the predecessor's own words. */
const PREDECESSOR_CONFIDENCE = 0.6;

/** Participles of taking over from a named person, after a comma. */
const TAKING_OVER = /^(succeeding|replacing|succédant|remplaçant)$/;
/**
 * Finite verbs of taking over, the successor their subject: "She succeeds Q, who has led the bank since 2014", "Elle
 * succède à Q, qui dirige le groupe depuis 2009", "P will replace Q, who retires in June". The successor's post is
 * told in this sentence or, for a pronoun subject, in the sentence before ("X named P as its next chief executive.").
 */
const TAKING_OVER_FINITE = /^(succeeds|replaces|succède|remplace|succédera|remplacera)$/;
/** The base forms after "will" ("P will succeed Q"). */
const TAKING_OVER_BASE = /^(succeed|replace)$/;
const WILL = /^(will|shall)$/;
/** Personal pronouns standing for the successor named with a post in the sentence before. */
const SUCCESSOR_PRONOUN = /^(she|he|elle|il)$/;
/** Words of a title or kin between the participle and the predecessor ("succeeding founder Q", "à son père, Q"). */
const MAX_GAP_TOKENS = 3;
/** Words that end that gap: another clause or another party. */
const GAP_STOP = /^(who|which|that|qui|que|dont|and|et|but|mais|[.;:!?()])$/;
/**
 * Words of a head still in the post while leaving, told in the predecessor's relative ("who is retiring", "who
 * retires after nine years in the role", "who will step down in June", "who has led the bank since 2014", "qui part
 * à la retraite"). A predecessor the sentence tells nothing more of may have left long before (the gold sets give
 * "succeeding founder Q" no LEADS), and one who stays on in another seat ("who will remain a non-executive
 * director") no longer holds the post: only a head told as still in place is read.
 */
const STILL_IN_POST =
  /^(retiring|retires|retire|stepping|steps|step|led|run|headed|chaired|retraite|dirige|préside)$/;
/** Words of a departure already made ("who left in April", "qui a quitté le groupe"). */
const GONE =
  /^(left|quit|resigned|departed|died|ousted|fired|dismissed|sacked|stepped|retired|had|avait|parti|partie|quitté|démissionné|décédé|décédée|limogé|limogée|évincé|évincée)$/;
/** Most tokens of the predecessor's relative searched for those words (", who is retiring after"). */
const MAX_RELATIVE_TOKENS = 6;
/** The reader of a post taken ("would become chief executive"), preferred when the successor heads two companies. */
const POST_TAKEN_RULES = /^frame\.leads\.post-holder/;

/** The person mention starting within the gap after `from`, or null. */
function predecessorAt(tokens: Token[], people: Mention[], from: number): Mention | null {
  for (let k = from; k < tokens.length && k - from <= MAX_GAP_TOKENS; k++) {
    const hit = people.find((m) => m.from === k);
    if (hit) return hit;
    if (GAP_STOP.test(tokens[k].lower)) return null;
  }
  return null;
}

/** True when the predecessor's relative, right after the name at `after`, tells a head still in the post. */
function toldStillInPost(tokens: Token[], after: number): boolean {
  if (tokens[after]?.text !== ',' || !/^(who|qui)$/.test(tokens[after + 1]?.lower ?? '')) return false;
  for (let k = after + 2; k < tokens.length && k - after < MAX_RELATIVE_TOKENS + 2; k++) {
    if (GONE.test(tokens[k].lower) || /^[,.;:!?]$/.test(tokens[k].text)) return false;
    if (STILL_IN_POST.test(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * Names inside the apposition right after the successor ("P, chief executive of its insurance arm Y, would become
 * group chief executive"): P's old post, not the one the predecessor hands over.
 */
function apposedNames(
  tokens: Token[],
  mentions: Mention[],
  successor: Mention,
  names: string[],
): Set<string> {
  const out = new Set<string>();
  if (tokens[successor.to]?.text !== ',') return out;
  const close = tokens.findIndex((t, k) => k > successor.to && t.text === ',');
  if (close < 0) return out;
  for (const m of mentions) if (m.from > successor.to && m.to <= close) out.add(names[m.entity]);
  return out;
}

/** The one company the successor was given a post at in this sentence, or null. */
function successorCompany(
  sentenceFacts: ExtractedRelation[],
  successor: string,
  apposed: ReadonlySet<string>,
): string | null {
  const own = sentenceFacts.filter((r) => r.source === successor && !apposed.has(r.target));
  const taken = own.filter((r) => POST_TAKEN_RULES.test(r.rule));
  const pool = taken.length > 0 ? taken : own;
  const targets = new Set(pool.map((r) => r.target));
  return targets.size === 1 ? [...targets][0] : null;
}

/** A finite verb of taking over at `i`, or "will" + its base form ending there ("will succeed"). */
function finiteTakingOverAt(words: Token[], i: number): boolean {
  const w = words[i].lower;
  return TAKING_OVER_FINITE.test(w) || (TAKING_OVER_BASE.test(w) && WILL.test(words[i - 1]?.lower ?? ''));
}

/** The fact's evidence lies in the sentence. */
function within(r: ExtractedRelation, sentence: Sentence): boolean {
  return r.evidence.start >= sentence.start && r.evidence.end <= sentence.end;
}

/**
 * The company of the one person the sentence before named, when a LEADS fact gives that person a company the same
 * sentence names ("X named P as its next chief executive. She succeeds Q …"); null when it named several people or
 * none. The fact may carry an earlier sentence as evidence (a headline telling the same post).
 */
function pronounSuccessorCompany(
  relations: ExtractedRelation[],
  before: Mention[],
  index: EntityIndex,
  names: string[],
  predecessor: number,
): string | null {
  const people = new Set(
    before
      .filter((m) => index.entities[m.entity].type === 'Person' && m.entity !== predecessor)
      .map((m) => m.entity),
  );
  if (people.size !== 1) return null;
  const successor = names[[...people][0]];
  const named = new Set(before.map((m) => names[m.entity]));
  const targets = new Set(
    relations
      .filter((r) => r.type === 'LEADS' && r.source === successor && named.has(r.target))
      .map((r) => r.target),
  );
  return targets.size === 1 ? [...targets][0] : null;
}

/** The relations with the predecessors' LEADS added, and the entities they give a role. */
export function withPredecessorLeads(
  relations: ExtractedRelation[],
  sentences: Sentence[],
  tokens: Token[][],
  index: EntityIndex,
  names: string[],
): { relations: ExtractedRelation[]; added: number[] } {
  const out = [...relations];
  const added: number[] = [];
  sentences.forEach((sentence, s) => {
    const words = tokens[s];
    // most sentences hand nothing over: gather their people only when a participle of taking over stands in them
    if (
      !words.some(
        (t) =>
          TAKING_OVER.test(t.lower) || TAKING_OVER_FINITE.test(t.lower) || TAKING_OVER_BASE.test(t.lower),
      )
    )
      return;
    const people = (index.bySentence[s] ?? []).filter((m) => index.entities[m.entity].type === 'Person');
    words.forEach((t, i) => {
      const participle = TAKING_OVER.test(t.lower) && words[i - 1]?.text === ',';
      const finite = !participle && finiteTakingOverAt(words, i);
      if (!participle && !finite) return;
      const from = words[i + 1]?.lower === 'à' ? i + 2 : i + 1;
      const before = predecessorAt(words, people, from);
      const named = people.filter((m) => m.to <= i - 1).at(-1);
      // "She succeeds Q": the successor is the person the sentence before gave a post
      const verbAt = WILL.test(words[i - 1]?.lower ?? '') ? i - 1 : i;
      const pronoun =
        finite && named === undefined && verbAt === 1 && SUCCESSOR_PRONOUN.test(words[0]?.lower ?? '');
      if (!before || !toldStillInPost(words, before.to)) return;
      let org: string | null = null;
      if (pronoun && s > 0)
        org = pronounSuccessorCompany(out, index.bySentence[s - 1] ?? [], index, names, before.entity);
      else if (named && named.entity !== before.entity) {
        const facts = out.filter((r) => r.type === 'LEADS' && within(r, sentence));
        const apposed = apposedNames(words, index.bySentence[s] ?? [], named, names);
        org = successorCompany(facts, names[named.entity], apposed);
      }
      const predecessor = names[before.entity];
      if (org === null || out.some((r) => r.type === 'LEADS' && r.source === predecessor && r.target === org))
        return;
      added.push(before.entity);
      out.push(
        plainRelation('LEADS', predecessor, org, sentence, PREDECESSOR_RULE_ID, PREDECESSOR_CONFIDENCE),
      );
    });
  });
  return { relations: out, added };
}
