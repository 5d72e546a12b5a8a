import type { RelationType } from '../types';
import { SYMMETRIC_RELATIONS } from '../types';

/** What a reader's own match marked about the fact it reads (see `rulesOut`). */
export interface ReaderMarks {
  targetSells?: boolean;
  earlierOwner?: boolean;
  secondPost?: boolean;
}

/**
 * The facts pattern rules read in one sentence, so that code readers (rule.ts `readerRules`) stay a fallback:
 * a reader adds a fact only where no pattern reading already says something about the same parties in a way
 * that rules it out.
 */
export class SentenceFacts {
  private readonly pairs = new Set<string>();
  private readonly sources = new Map<RelationType, Set<number>>();
  private readonly targets = new Map<RelationType, Set<number>>();
  /** Parties a pattern reading set aside for a type (a brand's owner is no rival): no reader takes them either. */
  private readonly setAside = new Map<RelationType, Set<number>>();

  exclude(type: RelationType, party: number): void {
    roleSet(this.setAside, type).add(party);
  }

  record(type: RelationType, source: number, target: number): void {
    this.pairs.add(pairKey(type, source, target));
    roleSet(this.sources, type).add(source);
    roleSet(this.targets, type).add(target);
  }

  /**
   * Whether a reader's fact source → target contradicts or repeats a pattern reading: the same pair (either
   * way round); for a directed type, a party in the other role ("A a racheté B" read, B is no buyer here), or
   * a party in the role one sentence rarely gives twice: a target that already has its buyer, an investor,
   * founder or leader already placed with another company. Rivals and mergers only check the pair, so a list
   * the pattern read in part is completed ("affronte A et la gamme de B"). `targetSells`: the target sold an
   * unnamed business of its own (the gold format counts that as buying the seller), so it may be a buyer too.
   * `earlierOwner`: the reader tells how the seller or owner came to own the target, a second buyer in time.
   */
  rulesOut(
    type: RelationType,
    source: number,
    target: number,
    { targetSells = false, earlierOwner = false, secondPost = false }: ReaderMarks = {},
  ): boolean {
    const aside = this.setAside.get(type);
    if (aside?.has(source) || aside?.has(target)) return true;
    if (this.pairs.has(pairKey(type, source, target)) || this.pairs.has(pairKey(type, target, source)))
      return true;
    if (SYMMETRIC_RELATIONS.has(type)) return false;
    // a buyer may sell a business of its own in the same sentence ("bought A, then sold its unit to B")
    if (this.sources.get(type)?.has(target) && !targetSells) return true;
    // An owned company buying others is common ("Pour H, contrôlé par K, c'est sa quatrième opération après A"),
    // so a bought party may still buy; a bought target that already has its buyer stays refused below.
    if (type !== 'ACQUIRED' && this.targets.get(type)?.has(source)) return true;
    // an owner's own earlier purchase of a company sold now ("bought Y from H, which had taken a stake in 2017")
    // `secondPost`: a leader given a new post at another company than the one an aside on them names
    // (frames/leads-post-holder.ts SECOND_POST) heads both
    return type === 'ACQUIRED'
      ? this.targets.get(type)?.has(target) === true && !earlierOwner
      : this.sources.get(type)?.has(source) === true && !secondPost;
  }
}

function pairKey(type: RelationType, a: number, b: number): string {
  return `${type}:${a}:${b}`;
}

function roleSet(map: Map<RelationType, Set<number>>, type: RelationType): Set<number> {
  let set = map.get(type);
  if (!set) map.set(type, (set = new Set()));
  return set;
}
