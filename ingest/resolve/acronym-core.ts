import { isLegalSuffix } from './normalize';
import { spellsOtherReading } from './acronym-readings';

/**
 * "General Motors Corp" … "GM", "Iowa Beef Processors Inc" … "IBP": wire copy spells a company's acronym from the
 * words of its name without the legal form at its end, while some acronyms keep a leading "Groupe" the key drops
 * ("Groupe Bruxelles Lambert" → GBL). An acronym fits when it spells either reading.
 */

/** Small words an acronym skips ("Banque de France" → BDF is rare; BF is the rule). */
const SKIPPED = new Set(['de', 'des', 'du', 'd', 'of', 'and', 'the', 'la', 'le', 'les', 'et', 'for', 'sur']);

function initialsOf(words: string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** The surface words without the legal forms that end them ("iowa beef processors inc" → "iowa beef processors"). */
function withoutLegalTail(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && isLegalSuffix(words[end - 1])) end--;
  return words.slice(0, end);
}

/**
 * Whether the one-word `acronym` spells the initials of a longer name, read from its folded surface `words` and
 * its folded key (legal forms and a leading "groupe" dropped). A name of one word spells nothing.
 */
export function spellsInitials(acronym: string, words: string[], key: string): boolean {
  const readings = [words, withoutLegalTail(words), key.split(' ').filter(Boolean)];
  return (
    readings.some((w) => w.length > 1 && initialsOf(w) === acronym) ||
    spellsOtherReading(acronym, withoutLegalTail(words))
  );
}

/** Tokens read back from an acronym to its bracket: "(collectively, CMA)" and "(together, the CMA Group)". */
const BRACKET_LOOKBACK = 4;
const GROUP_WORDS = new Set(['collectively', 'together']);

/**
 * "Credit Market Analysis Ltd. and its subsidiaries (collectively, CMA)": filings define a term for a company and
 * its subsidiaries together, a group the text names apart from the company, so its acronym is no short form.
 */
export function definesGroup(tokens: readonly { lower: string }[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - BRACKET_LOOKBACK; k--) {
    if (tokens[k].lower === '(') return false;
    if (GROUP_WORDS.has(tokens[k].lower)) return true;
  }
  return false;
}
