/**
 * Answers of word regexes kept across sentences. Rule screens test the same few dozen needed-word regexes on
 * every sentence, and news reuses its words: each (word, regex) pair is tested once, then read from a byte row
 * per word. Bounded for a long-running server; cleared when full.
 */

/** Distinct words kept before the memo starts afresh (a row is a few dozen bytes). */
const WORD_TEST_MEMO_MAX_WORDS = 50_000;

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/** A sentence's words with their rows, looked up once however many regexes the sentence is screened with. */
interface Line {
  words: string[];
  rows: Uint8Array[];
}

export class WordTestMemo {
  private readonly ids = new Map<string, number>();
  private readonly byObject = new WeakMap<RegExp, number>();
  private readonly rows = new Map<string, Uint8Array>();
  private readonly lines = new WeakMap<object, Line>();

  constructor(private readonly maxWords = WORD_TEST_MEMO_MAX_WORDS) {}

  /**
   * Whether some word of `words` passes `re`, as `re.test(word)` would answer. `re` must be neither global nor
   * sticky, and `words` must not change once asked about (a sentence's word set).
   */
  someMatch(words: Iterable<string>, re: RegExp): boolean {
    const id = this.idOf(re);
    let line = this.lines.get(words);
    if (line === undefined) {
      const list = [...words];
      line = { words: list, rows: list.map((w) => this.rowOf(w, id)) };
      this.lines.set(words, line);
    }
    const { words: list, rows } = line;
    for (let k = 0; k < list.length; k++) {
      let row = rows[k];
      if (row.length <= id) rows[k] = row = this.rowOf(list[k], id);
      let answer = row[id];
      if (answer === UNKNOWN) row[id] = answer = re.test(list[k]) ? YES : NO;
      if (answer === YES) return true;
    }
    return false;
  }

  private idOf(re: RegExp): number {
    // by object first: building the source key on every call cost more than the tests it saves
    let id = this.byObject.get(re);
    if (id !== undefined) return id;
    const key = `${re.flags}/${re.source}`;
    id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    this.byObject.set(re, id);
    return id;
  }

  /** The word's row, wide enough for regex `id`. */
  private rowOf(word: string, id: number): Uint8Array {
    const row = this.rows.get(word);
    if (row !== undefined && row.length > id) return row;
    if (row === undefined && this.rows.size >= this.maxWords) this.rows.clear();
    const wider = new Uint8Array(Math.max(32, (id + 1) * 2));
    if (row !== undefined) wider.set(row);
    this.rows.set(word, wider);
    return wider;
  }
}
