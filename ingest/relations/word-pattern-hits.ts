/**
 * Which of a fixed list of word regexes some word of a sentence passes. The rule screen asks the same few dozen
 * needed-word regexes of every sentence; news reuses its words, so each word's answers to all of them are worked
 * out once (the list of regexes it passes, mostly none) and a sentence ORs its words' lists. Bounded for a
 * long-running server: cleared when full.
 */

/** Distinct words kept before the memo starts afresh. */
const WORD_PATTERN_HITS_MAX_WORDS = 50_000;

const NONE: readonly number[] = [];

export class WordPatternHits {
  private readonly passed = new Map<string, readonly number[]>();
  private readonly hits: Uint8Array;

  /** `patterns` must be neither global nor sticky: each is asked as `re.test(word)` would answer. */
  constructor(
    private readonly patterns: readonly RegExp[],
    private readonly maxWords = WORD_PATTERN_HITS_MAX_WORDS,
  ) {
    for (const re of patterns)
      if (re.global || re.sticky) throw new Error(`stateful regex /${re.source}/${re.flags} cannot be kept`);
    this.hits = new Uint8Array(patterns.length);
  }

  /** Per regex (same order as the list), 1 when some word of `words` passes it. The array is reused by the next call. */
  of(words: Iterable<string>): Uint8Array {
    const hits = this.hits;
    hits.fill(0);
    for (const w of words) {
      let ids = this.passed.get(w);
      if (ids === undefined) ids = this.learn(w);
      for (let k = 0; k < ids.length; k++) hits[ids[k]] = 1;
    }
    return hits;
  }

  /** The regexes (by place in the list) `word` passes, worked out afresh: for a caller keeping its own memo. */
  passedBy(word: string): readonly number[] {
    let ids: number[] | null = null;
    for (let k = 0; k < this.patterns.length; k++) if (this.patterns[k].test(word)) (ids ??= []).push(k);
    return ids ?? NONE;
  }

  private learn(word: string): readonly number[] {
    const kept = this.passedBy(word);
    if (this.passed.size >= this.maxWords) this.passed.clear();
    this.passed.set(word, kept);
    return kept;
  }
}
