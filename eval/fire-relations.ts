import type { RelationType } from '../ingest/types';
import type { DetokenizedSentence } from './conll';
import type { SentenceEntities } from './fire-entities';
import type { FireRelation, FireSentence } from './fire-format';
import { isTopRole } from './fire-roles';
import type { GoldRelation } from './gold';

/**
 * FIRE relations → GOLD-FORMAT relations, only where the meaning is the same. Directions, as read on the dev
 * split: ActionBuy's head is the buyer and its tail what was bought ("Wells Fargo acquired Merlin Securities":
 * head Wells Fargo); ActionMerge is symmetric; Employeeof goes person → employer, and the person's role is a
 * separate Designation relation person → title, not tied to the employer. ActionSell (seller → what was sold)
 * has no GOLD-FORMAT end of its own and is not mapped.
 */

/** Why a FIRE relation of a mapped kind did not become a gold relation; counted for the quality print. */
export type FireDropReason =
  /** An end is a Company/Person mention that is not a proper name ("we", "the Company"). */
  | 'end-not-named'
  /** What was bought, or the employer, is assets, a business unit or a stake, not a named organisation. */
  | 'end-not-organization'
  /** Both ends are the same entity once surface variants are merged. */
  | 'same-entity'
  /** ActionMerge on a pair FIRE also marks as ActionBuy: an absorption, not a merger of equals. */
  | 'merge-is-acquisition'
  /** Employeeof where the person holds no top role in the sentence. */
  | 'no-top-role'
  /** A top role and several employers with lesser roles too: which company they lead is not stated. */
  | 'ambiguous-employer'
  /** ActionSell: the seller is not an end of any GOLD-FORMAT relation. */
  | 'seller-unmapped'
  /** The same gold relation was already produced from another FIRE relation of the sentence. */
  | 'duplicate';

export interface DroppedFireRelation {
  /** FIRE's relation type (ActionBuy, Employeeof…). */
  fireType: string;
  reason: FireDropReason;
}

export interface SentenceRelations {
  relations: GoldRelation[];
  dropped: DroppedFireRelation[];
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** FIRE sometimes leaves the full stop on a lower-case word ("announcement."); abbreviations are capitalised. */
const ENDS_WITH_STOP = /^\p{Ll}{3,}[.!?]$/u;

/** Token indices where a new sentence starts: after a sentence end followed by a capital or a quote. */
function sentenceStarts(tokens: readonly string[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const ended = SENTENCE_END.has(tokens[i - 1]) || ENDS_WITH_STOP.test(tokens[i - 1]);
    if (ended && /^["“\p{Lu}]/u.test(tokens[i])) starts.push(i);
  }
  return starts;
}

/** The sentence(s) of a multi-sentence FIRE item that hold both ends of a relation, as they read. */
function evidenceFor(fire: FireSentence, sentence: DetokenizedSentence, rel: FireRelation): string {
  const heads = [fire.entities[rel.head], fire.entities[rel.tail]];
  const first = Math.min(...heads.map((e) => e.start));
  const last = Math.max(...heads.map((e) => e.end));
  const starts = sentenceStarts(fire.tokens);
  const from = Math.max(...starts.filter((s) => s <= first));
  const next = starts.find((s) => s >= last);
  const to = next === undefined ? fire.tokens.length : next;
  const begin = sentence.offsets[from].start;
  return sentence.text.slice(begin, sentence.offsets[to - 1].end).trim();
}

interface Leadership {
  hasTopRole: boolean;
  allRolesTop: boolean;
}

/** Per gold person: whether any, and whether all, of the designations FIRE gives them are top roles. */
function leadershipOf(fire: FireSentence, ents: SentenceEntities): Map<string, Leadership> {
  const roles = new Map<string, string[]>();
  for (const r of fire.relations) {
    const person = ents.byIndex[r.head];
    if (r.type !== 'Designation' || person?.type !== 'Person') continue;
    roles.set(person.name, [...(roles.get(person.name) ?? []), fire.entities[r.tail].text]);
  }
  const out = new Map<string, Leadership>();
  for (const [name, titles] of roles) {
    out.set(name, { hasTopRole: titles.some(isTopRole), allRolesTop: titles.every(isTopRole) });
  }
  return out;
}

const MAPPED: Readonly<Record<string, RelationType>> = {
  ActionBuy: 'ACQUIRED',
  ActionMerge: 'MERGED_WITH',
  Employeeof: 'LEADS',
};

/** The gold relations of one FIRE sentence, and the reasons the others of mapped kinds were dropped. */
export function sentenceRelations(
  fire: FireSentence,
  sentence: DetokenizedSentence,
  ents: SentenceEntities,
): SentenceRelations {
  const relations: GoldRelation[] = [];
  const dropped: DroppedFireRelation[] = [];
  const seen = new Set<string>();
  const pairKey = (a: string, b: string): string => JSON.stringify([a, b].sort());
  const bought = new Set<string>();
  const employers = new Map<string, Set<string>>();
  for (const r of fire.relations) {
    const [h, t] = [ents.byIndex[r.head], ents.byIndex[r.tail]];
    if (!h || !t) continue;
    if (r.type === 'ActionBuy') bought.add(pairKey(h.name, t.name));
    if (r.type === 'Employeeof' && h.type === 'Person' && t.type === 'Organization') {
      employers.set(h.name, (employers.get(h.name) ?? new Set()).add(t.name));
    }
  }
  const leadership = leadershipOf(fire, ents);

  const whyNot = (r: FireRelation): FireDropReason | null => {
    const ends = [r.head, r.tail];
    const named = ends.map((i) => ents.byIndex[i]);
    if (ends.some((i, k) => !named[k] && ['Company', 'Person'].includes(fire.entities[i].type))) {
      return 'end-not-named';
    }
    const [h, t] = named;
    if (!h || !t || t.type !== 'Organization') return 'end-not-organization';
    if (h === t) return 'same-entity';
    if (r.type === 'ActionMerge' && bought.has(pairKey(h.name, t.name))) return 'merge-is-acquisition';
    if (r.type === 'ActionBuy' && h.type !== 'Organization') return 'end-not-organization';
    if (r.type !== 'Employeeof') return null;
    const lead = leadership.get(h.name);
    if (h.type !== 'Person' || !lead?.hasTopRole) return 'no-top-role';
    if ((employers.get(h.name)?.size ?? 0) > 1 && !lead.allRolesTop) return 'ambiguous-employer';
    return null;
  };

  for (const r of fire.relations) {
    if (r.type === 'ActionSell') {
      dropped.push({ fireType: r.type, reason: 'seller-unmapped' });
      continue;
    }
    const type = MAPPED[r.type];
    if (!type) continue;
    const reason = whyNot(r);
    if (reason) {
      dropped.push({ fireType: r.type, reason });
      continue;
    }
    const source = ents.byIndex[r.head]!.name;
    const target = ents.byIndex[r.tail]!.name;
    const key = `${type}|${type === 'MERGED_WITH' ? pairKey(source, target) : `${source}|${target}`}`;
    if (seen.has(key)) {
      dropped.push({ fireType: r.type, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    relations.push({ type, source, target, evidence: evidenceFor(fire, sentence, r) });
  }
  return { relations, dropped };
}
