/**
 * Answers of pure text readers kept while an article is read: every rule that matches a sentence asks the same
 * questions of it (its status cues, its date, its stake), so each answer is worked out once per text.
 */

/**
 * Texts kept per memo before it starts afresh (count of distinct keys): an acq story asks about a few dozen texts,
 * so this spans several articles while the memory stays a few hundred kilobytes at most.
 */
export const TEXT_MEMO_MAX_ENTRIES = 2048;

/** A text reader that answers from memory when asked about the same text again. `read` must be pure. */
export function memoByText<T>(
  read: (text: string) => T,
  maxEntries = TEXT_MEMO_MAX_ENTRIES,
): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    // dropping everything at once costs nothing per call, and texts of past articles are rarely asked again
    if (answers.size >= maxEntries) answers.clear();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}

/** As memoByText, for readers of two texts (a sentence and the clause of it that states a deal). */
export function memoByTextPair<T>(
  read: (first: string, second: string) => T,
  maxEntries = TEXT_MEMO_MAX_ENTRIES,
): (first: string, second: string) => T {
  const answers = new Map<string, Map<string, T>>();
  let size = 0;
  return (first: string, second: string): T => {
    let bySecond = answers.get(first);
    if (bySecond !== undefined) {
      const known = bySecond.get(second);
      if (known !== undefined || bySecond.has(second)) return known as T;
    }
    if (size >= maxEntries) {
      answers.clear();
      size = 0;
      bySecond = undefined;
    }
    if (bySecond === undefined) answers.set(first, (bySecond = new Map()));
    const answer = read(first, second);
    bySecond.set(second, answer);
    size += 1;
    return answer;
  };
}
