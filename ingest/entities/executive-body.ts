import type { Token } from '../tokens';

/**
 * "the Health Service Executive", "the Health and Safety Executive": a capitalised "Executive" after a noun of
 * public service ends an agency's name; elsewhere it is a job title that splits two names ("Acme Executive John
 * Smith"), so it is kept only as the last word of the run, after such a noun.
 */
const SERVICE_NOUNS = new Set(
  `service services safety health standards enterprise investment transport housing education revenue prison
  probation police fire planning procurement food environment environmental`.split(/\s+/u),
);

/** True when the role word "Executive" at `i` is the last word of an agency's name ending the run at `to`. */
export function isAgencyExecutive(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    i === to - 1 &&
    t.text === 'Executive' &&
    !!prev &&
    /^\p{Lu}/u.test(prev.text) &&
    SERVICE_NOUNS.has(prev.lower)
  );
}

/** True when the candidate [from, to) is an agency named so ("Transport Executive"): a body, typed without a cue. */
export function isAgencyExecutiveName(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 2 && isAgencyExecutive(tokens, to - 1, to);
}
