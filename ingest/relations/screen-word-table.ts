import type { WordPatternHits } from './word-pattern-hits';

/**
 * What the rule screen needs to know of one word, found with a single look-up per word of a sentence: the slots
 * (rule word lists) the word fills, and which needed-word regexes it passes. The screen used to look each word up
 * twice, once among the slots and once among the regex answers; both tables are keyed by the same words.
 */
export interface ScreenWord {
  readonly word: string;
  /** Slots the word satisfies (see rule-screen.ts), mostly none. */
  readonly slots: readonly number[];
  /** The needed-word regexes it passes, by place in the screen's list; null until a sentence first needs them. */
  passes: readonly number[] | null;
}

/** Distinct words kept before the table starts afresh (bounds a long-running server; entries rebuild on demand). */
export const SCREEN_WORD_TABLE_MAX_WORDS = 50_000;

const NO_SLOTS: readonly number[] = [];

export class ScreenWordTable {
  private readonly entries = new Map<string, ScreenWord>();
  private readonly line: ScreenWord[] = [];
  private readonly hits: Uint8Array;

  /** `slotsByWord`: the fixed slots of each rule word; `patterns`: the screen's stateless needed-word regexes. */
  constructor(
    private readonly slotsByWord: ReadonlyMap<string, readonly number[]>,
    private readonly patterns: WordPatternHits,
    patternCount: number,
    private readonly maxWords = SCREEN_WORD_TABLE_MAX_WORDS,
  ) {
    this.hits = new Uint8Array(patternCount);
  }

  /** The entries of a sentence's words, in their order. The array is reused by the next call. */
  lineOf(words: Iterable<string>): readonly ScreenWord[] {
    const line = this.line;
    line.length = 0;
    for (const word of words) {
      let entry = this.entries.get(word);
      if (entry === undefined) {
        if (this.entries.size >= this.maxWords) this.entries.clear();
        entry = { word, slots: this.slotsByWord.get(word) ?? NO_SLOTS, passes: null };
        this.entries.set(word, entry);
      }
      line.push(entry);
    }
    return line;
  }

  /**
   * Per regex, 1 when some word of the line passes it (as WordPatternHits.of answers for the same words). The array
   * is reused by the next call.
   */
  hitsOf(line: readonly ScreenWord[]): Uint8Array {
    const hits = this.hits;
    hits.fill(0);
    for (const entry of line) {
      const ids = (entry.passes ??= this.patterns.passedBy(entry.word));
      for (let k = 0; k < ids.length; k++) hits[ids[k]] = 1;
    }
    return hits;
  }
}
