/**
 * One regex matching a word when any of `cues` does: a reader that fires only on such words tests one regex per
 * word instead of each cue in turn, and as a rule's `neededWordPattern` it lets rule-screen.ts skip the reader on
 * every sentence holding none of them. Built with flag 'u' alone, as screens are shared by source.
 */
export function anyWordOf(cues: readonly RegExp[]): RegExp {
  // a cue with other flags (case folding, state) would not mean the same inside the union
  if (cues.some((re) => re.flags !== '' && re.flags !== 'u')) {
    throw new Error(`anyWordOf: cues may carry flag 'u' alone (${cues.map(String).join(' ')})`);
  }
  return new RegExp(cues.map((re) => `(?:${re.source})`).join('|'), 'u');
}
