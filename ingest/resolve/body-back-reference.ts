/**
 * Heads that wire copy uses alone to refer back to the one public body it named in full: "The Federal Energy
 * Regulatory Commission (FERC) issued …; the Commission said", "the New York Stock Exchange … the Exchange". A
 * company's head alone ("the Group", "the Bank") stays apart, as before: several firms of a story share those heads.
 */
const BODY_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'commission',
  'administration',
  'exchange',
  'agency',
  'authority',
  'committee',
  'subcommittee',
  'tribunal',
]);

/** True when a one-word name `word` (folded) may stand for the longer body whose last word it is. */
export function isBodyBackReference(word: string): boolean {
  return BODY_BACK_REFERENCES.has(word);
}
