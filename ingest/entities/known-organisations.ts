import { AMBIGUOUS_ORGANISATIONS } from './known-organisations-ambiguous';
import { AMERICAS_GROUPS } from './known-organisations-americas';
import { CONSUMER_GROUPS } from './known-organisations-consumer';
import { CUSTOMER_EXPERIENCE_ORGANISATIONS } from './known-organisations-cx';
import { EUROPE_ASIA_GROUPS } from './known-organisations-europe-asia';
import { FINANCE_ORGANISATIONS } from './known-organisations-finance';
import { FRENCH_GROUPS } from './known-organisations-france';
import { INVESTMENT_FIRMS } from './known-organisations-funds';
import { INDUSTRY_GROUPS } from './known-organisations-industry';
import { LAW_FIRMS } from './known-organisations-law';
import { STARTUPS } from './known-organisations-startups';
import { TECH_ORGANISATIONS } from './known-organisations-tech';

/**
 * 'strong': the name alone makes an organisation ("Teleperformance", "Kirkland & Ellis"); 'ambiguous': the name
 * is also a place, a person or a word ("Orange", "Ford") and needs a weak cue around it.
 */
export type KnownStrength = 'strong' | 'ambiguous';

const STRONG_LISTS: ReadonlyArray<readonly string[]> = [
  TECH_ORGANISATIONS,
  FINANCE_ORGANISATIONS,
  LAW_FIRMS,
  INVESTMENT_FIRMS,
  FRENCH_GROUPS,
  EUROPE_ASIA_GROUPS,
  AMERICAS_GROUPS,
  CONSUMER_GROUPS,
  INDUSTRY_GROUPS,
  CUSTOMER_EXPERIENCE_ORGANISATIONS,
  STARTUPS,
];

/** Shortest word left after a French elision that still names the company alone ("L'Oréal" → "Oréal"), in letters. */
const MIN_ELIDED_NAME_LETTERS = 4;

interface KnownTables {
  /** Names written with lower-case letters, keyed case-folded: "Crédit agricole" and "RENAULT" find them. */
  mixedCase: Map<string, KnownStrength>;
  /** All-capital names ("KKR", "TIM"): only all-capital text finds them, so "Tim" is no "TIM". */
  capitals: Map<string, KnownStrength>;
  /** Most words in any listed name once folded. */
  maxWords: number;
}

/**
 * Accents off, curly apostrophes straight, "&" read as "and", dots dropped ("J.P." = "JP"), other punctuation a
 * space; case kept, since whether it may be folded depends on the table.
 */
function foldSurface(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'+]+/gu, ' ')
    .trim();
}

function hasLowerCase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

/** The forms a name is found under besides its own: its English article dropped, its French elision dropped. */
function variants(folded: string): string[] {
  const out = [folded];
  const words = folded.split(' ');
  // the candidate cutter strips a leading article: "The Trade Desk" arrives as "Trade Desk"
  if (/^the$/i.test(words[0]) && words.length > 2) out.push(words.slice(1).join(' '));
  const elided = /^[LlDd]'(\p{L}.*)$/u.exec(folded);
  if (elided && elided[1].replace(/[^\p{L}]/gu, '').length >= MIN_ELIDED_NAME_LETTERS) out.push(elided[1]);
  return out;
}

function put(tables: KnownTables, name: string, strength: KnownStrength): void {
  const folded = foldSurface(name);
  if (!folded) return;
  for (const form of variants(folded)) {
    const table = hasLowerCase(form) ? tables.mixedCase : tables.capitals;
    const key = form.toLowerCase();
    // an ambiguous reading wins over a strong one, whichever list is read first
    if (table.get(key) !== 'ambiguous') table.set(key, strength);
    tables.maxWords = Math.max(tables.maxWords, form.split(' ').length);
  }
  // the tokenizer splits "'s" off "McDonald's", so the bare stem is what arrives; alone it may be a surname
  const possessive = /^(.*\p{L})'s$/u.exec(folded);
  if (possessive) put(tables, possessive[1], 'ambiguous');
}

let built: KnownTables | null = null;

function tables(): KnownTables {
  if (built) return built;
  const out: KnownTables = { mixedCase: new Map(), capitals: new Map(), maxWords: 1 };
  for (const name of AMBIGUOUS_ORGANISATIONS) put(out, name, 'ambiguous');
  for (const list of STRONG_LISTS) for (const name of list) put(out, name, 'strong');
  built = out;
  return out;
}

/**
 * Whether a surface form names a well-known organisation, and how surely. Case is folded only where safe: any
 * capitalisation of a mixed-case name ("Crédit agricole", wire copy's "RENAULT"), but all-capital names only in
 * capitals.
 */
export function knownOrganisation(surface: string): KnownStrength | null {
  const cached = answers.get(surface);
  if (cached !== undefined) return cached;
  if (answers.size >= ANSWER_CACHE_MAX_ENTRIES) answers.clear();
  const answer = lookUp(surface);
  answers.set(surface, answer);
  return answer;
}

/**
 * Surfaces already looked up: the candidate cutter tries every span from each capitalised word and the typing
 * asks again for the candidate, so the same few strings are folded over and over. Bounded for a long-running
 * server; cleared when full.
 */
const answers = new Map<string, KnownStrength | null>();
const ANSWER_CACHE_MAX_ENTRIES = 50_000;

function lookUp(surface: string): KnownStrength | null {
  const folded = foldSurface(surface);
  if (!folded) return null;
  const t = tables();
  const key = folded.toLowerCase();
  if (!hasLowerCase(folded)) return t.capitals.get(key) ?? t.mixedCase.get(key) ?? null;
  return t.mixedCase.get(key) ?? null;
}

/** Every prefix of the first word of a known name's key: a screen for runs that cannot open one. */
let openingPrefixes: Set<string> | null = null;

/**
 * Whether a run opening with the token `text` may be a known name. A token that folds to one plain word w (ASCII
 * letters and digits once accents are off) opens a run whose folded key starts with w, so no key whose first word
 * starts with w means no known name; any other token may (true). Exact: it only skips look-ups that fail.
 */
export function mayOpenKnownName(text: string): boolean {
  const cached = openers.get(text);
  if (cached !== undefined) return cached;
  if (openers.size >= ANSWER_CACHE_MAX_ENTRIES) openers.clear();
  const answer = mayOpen(text);
  openers.set(text, answer);
  return answer;
}

/** Tokens already screened: every capitalised token of every sentence is asked, and news repeats its names. */
const openers = new Map<string, boolean>();

function mayOpen(text: string): boolean {
  const w = foldSurface(text).toLowerCase();
  if (!/^[a-z0-9]+$/.test(w)) return true;
  if (openingPrefixes === null) {
    const t = tables();
    const prefixes = new Set<string>();
    for (const key of [...t.mixedCase.keys(), ...t.capitals.keys()]) {
      const first = key.split(' ')[0];
      for (let n = 1; n <= first.length; n++) prefixes.add(first.slice(0, n));
    }
    openingPrefixes = prefixes;
  }
  return openingPrefixes.has(w);
}

/** Most words of any known name once folded: how far a caller need look ahead from a run's start. */
export function knownNameMaxWords(): number {
  return tables().maxWords;
}

/** Number of distinct names known (both tables), for the README and the tests. */
export function knownOrganisationCount(): number {
  const t = tables();
  return t.mixedCase.size + t.capitals.size;
}
