/**
 * What counts as a named mention in FIRE, and how a FIRE mention's text becomes a gold name plus aliases.
 * GOLD-FORMAT keeps only entities the text names with a proper name, so pronouns ("we", "it"), bare
 * generic references ("the Company", "the Bank", "Holdings") and lower-case descriptions ("LG companies",
 * "View digital signage company") are not gold entities, and neither is a date FIRE typed as a company.
 */

/** Words that may stay lower case inside a proper name ("Bank of America", "Sterling and Wilson"). */
const NAME_CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'y',
]);
/** Words that refer to a company without naming it ("we acquired", "its subsidiary"). */
const PRONOUNS = new Set(['we', 'us', 'our', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'such']);
/**
 * Nouns a filing capitalises when it means "the company we are talking about" ("the Company", "the Bank");
 * alone, or after "the", they name nobody.
 */
const GENERIC_COMPANY_NOUNS = new Set([
  'company',
  'companies',
  'bank',
  'registrant',
  'partnership',
  'corporation',
  'group',
  'holdings',
  'trust',
  'fund',
  'issuer',
  'subsidiary',
  'subsidiaries',
  'parent',
  'buyer',
  'seller',
  'purchaser',
]);
/** Parts of a holding that FIRE sometimes types as a company ("to Acquire Balance of Reliance"). */
const PORTION_NOUNS = new Set([
  'balance',
  'remainder',
  'rest',
  'stake',
  'majority',
  'minority',
  'half',
  'interest',
]);
/** Legal forms written in lower case inside a name ("Schroders plc", "Foo Holdings, inc."). */
const LOWER_CASE_LEGAL_FORM = /^(plc|inc|ltd|llc|llp|corp|co|sa|spa|nv|bv|ag|oyj|ab|gmbh)\.?$/;
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
/** Courtesy titles FIRE keeps inside person mentions ("Mr. Cline"); the name proper follows them. */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|messrs|mmes)\.?\s+/i;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const hasUpper = (word: string): boolean => /\p{Lu}/u.test(word);
const isWordy = (word: string): boolean => /\p{L}/u.test(word);

/** True when `surface` is a proper name rather than a pronoun, a generic reference, a description or a date. */
export function isNamedMention(surface: string): boolean {
  const ws = words(surface);
  if (ws.length === 0) return false;
  // "U.S. Bank" must not read as the pronoun "us": pronouns are matched as written, dots included
  if (PRONOUNS.has(ws[0].toLowerCase())) return false;
  const lower = ws.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const content = lower[0] === 'the' ? lower.slice(1) : lower;
  if (content.length === 0) return false;
  if (content.length === 1 && (GENERIC_COMPANY_NOUNS.has(content[0]) || PORTION_NOUNS.has(content[0]))) {
    return false;
  }
  if (ws.every((w) => MONTHS.test(w) || /^[\d,.]+$/.test(w))) return false;
  if (!ws.some(hasUpper)) return false;
  // every lettered word after the first must be capitalised or a connector; "inContact" counts as capitalised
  return ws
    .slice(1)
    .every(
      (w, i) =>
        !isWordy(w) ||
        hasUpper(w) ||
        NAME_CONNECTORS.has(lower[i + 1]) ||
        LOWER_CASE_LEGAL_FORM.test(w.toLowerCase()),
    );
}

/** A trailing "(...)" of a mention: FIRE includes the defined short name in the span ("Gilead Sciences, Inc. (Gilead)"). */
const TRAILING_PARENTHETICAL = /\s*\(([^()]*)\)\s*$/;
/** A stock ticker in parentheses ("NASDAQ: CURI"): not a name of the company as the text uses it. */
const TICKER = /^[A-Z]+\s*:/;
/** Possessive endings and stray punctuation FIRE leaves on a mention ("Numericable's", "Olin Industries;"). */
const TRAILING_NOISE = /(\s*['’]s|['’]|[\s,;:|]+)$/u;
const QUOTES = /^["“”'‘’]+|["“”'‘’]+$/gu;

export interface SplitMention {
  /** The mention without its defined short name, possessive or trailing punctuation. */
  name: string;
  /** The defined short name, when the mention carried one that is itself a name. */
  alias: string | null;
}

function stripNoise(text: string): string {
  let out = text.trim();
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(TRAILING_NOISE, '').trim();
  }
  return out;
}

/** Splits "Green River Collieries, LLC's (\"Green River\")" into its name and its defined short name. */
export function splitMention(surface: string): SplitMention {
  const match = TRAILING_PARENTHETICAL.exec(surface);
  if (!match || match.index === 0) return { name: stripNoise(surface), alias: null };
  const inner = match[1].replace(QUOTES, '').trim();
  const alias = !TICKER.test(inner) && isNamedMention(inner) ? stripNoise(inner) : null;
  return { name: stripNoise(surface.slice(0, match.index)), alias };
}

/** "Mr. Cline" → "Cline"; a name without a courtesy title is returned as it is. */
export function withoutHonorific(name: string): string {
  const stripped = name.replace(HONORIFIC, '');
  return stripped.length > 0 ? stripped : name;
}

/** The last word of a person's name, for "Mr. Griess" = "Bret C. Griess" within one sentence. */
export function surname(name: string): string {
  const ws = words(withoutHonorific(name));
  return ws[ws.length - 1] ?? '';
}
