import { isAllCaps, isCapitalised } from '../tokens';
import type { Token } from '../tokens';
import {
  INSTITUTION_HEADS,
  LEGAL_FORMS,
  MONTHS,
  NATIONALITIES,
  ORG_HEAD_WORDS,
  PLACES,
  WEEKDAYS,
} from './lexicon-common';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { ADJACENT_ORG_CUES, EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_FR } from './lexicon-words';
import { FIRST_NAMES } from './first-names';
import { institutionTail, lowerCaseHeadStart, teamOfPlace } from './institution-span';

/** A run of name-like tokens in one sentence: tokens [from, to) of that sentence. */
export interface Candidate {
  sentence: number;
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** The run begins the sentence (or follows an opening quote or colon), where any word is capitalised. */
  initial: boolean;
}

/** Lower-case words allowed inside a name when capitalised words stand on both sides. */
const INNER_PARTICLES = new Set([
  '&',
  'sur',
  'von',
  'van',
  'der',
  'den',
  'di',
  'da',
  'del',
  'della',
  'y',
  'et',
]);
/** "de"-like particles, allowed only after a head word ("Banque de France", "Bank of Boston"). */
const OF_PARTICLES = new Set(['of', 'de', 'des', 'du', "d'", 'la', 'le']);
/** Most words a lower-case institution complement takes ("Caisse des dépôts"). */
const INSTITUTION_COMPLEMENT_WORDS = 1;
/** Longest tail after "and" searched for the company word that licenses the join. */
const MAX_AND_TAIL_WORDS = 4;

/** Capitalised words that never start or continue a name ("San Francisco-based", "Series A"). */
const NOT_NAME_RE =
  /-(based|listed|born|headquartered|owned|backed|led|controlled|basé|basée)$|^(series|série|round)$|aas$/iu;
const ARTICLES = new Set(['the', 'le', 'la', 'les', "l'", 'un', 'une', 'a', 'an', 'des']);

function isNameToken(t: Token): boolean {
  if (t.kind === 'number') return false;
  if (NOT_NAME_RE.test(t.text)) return false;
  if (!isCapitalised(t)) return false;
  return !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower);
}

function isStop(lower: string): boolean {
  return FR_STOPWORDS.has(lower) || EN_STOPWORDS.has(lower);
}

/** Sector nouns that may stand inside a name before "and" ("Minnesota Mining and Mfg Co"). */
const SECTOR_WORDS = new Set([
  'mining',
  'savings',
  'oil',
  'gas',
  'energy',
  'resources',
  'petroleum',
  'steel',
  'chemical',
  'chemicals',
  'foods',
  'electric',
  'loan',
  'trust',
]);

/**
 * The run already reads as a whole company name, so "and" starts another one. A run of head words alone
 * ("Securities" in "Securities and Exchange Commission") names nothing yet and may go on.
 */
function hasStrongHead(tokens: Token[], from: number, to: number): boolean {
  const isHead = (l: string) =>
    LEGAL_FORMS.has(l) || (ORG_HEAD_WORDS.has(l) && !SECTOR_WORDS.has(l)) || INSTITUTION_HEADS.has(l);
  let distinctive = false;
  for (let i = from; i < to; i++) if (!isHead(tokens[i].lower.replace(/\.$/, ''))) distinctive = true;
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    if (distinctive && isHead(l)) return true;
    // a camel-case or all-caps word is a whole name already ("BrowserStack and Sauce Labs")
    const w = tokens[i].text;
    if (/\p{Ll}\p{Lu}/u.test(w) || (w.length > 1 && w === w.toUpperCase())) return true;
  }
  return false;
}

function hasHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    if (ORG_HEAD_WORDS.has(l) || INSTITUTION_HEADS.has(l) || LEGAL_FORMS.has(l)) return true;
  }
  return false;
}

/** Lets a particle join the run when a name-like token follows it (and, for "of"-particles, a head precedes). */
function particleJoins(tokens: Token[], runFrom: number, i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next) return 0;
  if (t.lower === 'and' && isNameToken(next) && i > runFrom && !hasStrongHead(tokens, runFrom, i)) {
    // "Minnesota Mining and Mfg Co", "Knut and Alice Wallenberg Foundation": only when a company word closes it
    for (let k = i + 1; k < tokens.length && k <= i + MAX_AND_TAIL_WORDS && isNameToken(tokens[k]); k++) {
      const w = tokens[k].lower.replace(/\.$/, '');
      if (LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) || INSTITUTION_HEADS.has(w)) return 1;
    }
    return 0;
  }
  if (INNER_PARTICLES.has(t.lower) && isNameToken(next)) {
    // "et" only inside person-free names like "Procter et Gamble" is too rare to risk; allow only "&"-likes
    if (t.lower === 'et') return 0;
    return 1;
  }
  if (OF_PARTICLES.has(t.lower)) {
    const headBefore = hasHead(tokens, runFrom, i);
    const personBefore = i - runFrom === 1 && FIRST_NAMES.has(tokens[runFrom].lower) && t.lower === 'de';
    if (!headBefore && !personBefore) return 0;
    // "Commerzbank AG of West Germany", "VMS Realty Partners of Chicago": a place after "of" is where, not who
    const placeAfter = PLACES.has(next.lower) && !INSTITUTION_HEADS.has(tokens[i - 1].lower);
    if (isNameToken(next) && !placeAfter) return 1;
    // "Caisse des dépôts": a lone institution head takes a lower-case complement
    if (INSTITUTION_HEADS.has(tokens[i - 1].lower) && next.kind === 'word' && !isStop(next.lower)) {
      return 1 + INSTITUTION_COMPLEMENT_WORDS;
    }
  }
  return 0;
}

function stripEdges(tokens: Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b) {
    const l = tokens[a].lower.replace(/\.$/, '');
    // a capitalised "The" inside a sentence belongs to the name ("le groupe The Cure")
    const keptThe = tokens[a].text === 'The' && b - a > 1 && followsFrenchWord(tokens, a);
    const article = ARTICLES.has(tokens[a].lower) && !keptThe;
    const stop = article || (isStop(tokens[a].lower) && isInitialPosition(tokens, a) && !keptThe);
    if (stop || PERSON_TITLES.has(tokens[a].lower) || PERSON_TITLES.has(l) || ROLE_WORDS.has(l)) a++;
    else break;
  }
  while (
    b > a &&
    (OF_PARTICLES.has(tokens[b - 1].lower) ||
      INNER_PARTICLES.has(tokens[b - 1].lower) ||
      tokens[b - 1].lower === "'s")
  )
    b--;
  return [a, b];
}

/** Splits a run where a role word or a legal form ends one name and another begins. */
function splitRun(tokens: Token[], from: number, to: number, out: Array<[number, number]>): void {
  let a = from;
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    if (ROLE_WORDS.has(l) && i > a) {
      out.push([a, i]);
      a = i;
      continue;
    }
    const nxt = tokens[i + 1];
    const joins =
      nxt &&
      (LEGAL_FORMS.has(nxt.lower.replace(/\.$/, '')) ||
        ORG_HEAD_WORDS.has(nxt.lower) ||
        OF_PARTICLES.has(nxt.lower));
    if (LEGAL_FORMS.has(l) && i + 1 < to && i > a && !joins) {
      out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < to) out.push([a, to]);
}

/** A possessive inside a run stays only when the run is a company name ("Scott's Hospitality Inc"). */
function splitPossessive(tokens: Token[], from: number, to: number, out: Array<[number, number]>): void {
  for (let i = from; i < to; i++) {
    const placeBefore =
      i - from === 1 && (PLACES.has(tokens[from].lower) || NATIONALITIES.has(tokens[from].lower));
    if (tokens[i].lower === "'s" && (!hasHead(tokens, i, to) || i - from > 1 || placeBefore)) {
      out.push([from, i]);
      out.push([i + 1, to]);
      return;
    }
  }
  out.push([from, to]);
}

/** An English "The" after a French word is part of a foreign name ("le groupe The Cure"). */
function followsFrenchWord(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || isInitialPosition(tokens, i)) return false;
  return FR_STOPWORDS.has(prev.lower) || ORG_CUES_FR.has(prev.lower) || ADJACENT_ORG_CUES.has(prev.lower);
}

function isInitialPosition(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = tokens[i - 1].text;
  return /^[«"“:(\-–—•*]$/.test(p) && (i === 1 || /^[«"“:]$/.test(p));
}

/** Finds the capitalised runs of one sentence; all-caps sentences are left to the known-name pass. */
export function findCandidates(tokens: Token[], sentence: number, text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const runFrom = i;
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && (isNameToken(tokens[j]) || tokens[j].lower === "'s")) {
        j++;
        continue;
      }
      if (j < tokens.length) {
        const take = particleJoins(tokens, runFrom, j) || teamOfPlace(tokens, runFrom, j);
        if (take > 0) {
          j += take;
          continue;
        }
        const tail = institutionTail(tokens, runFrom, j);
        if (tail > 0) {
          j += tail;
          // after a lower-case tail a capitalised word starts another name ("Ligue … de hockey Kevin X")
          if (
            isNameToken(tokens[j - 1]) ||
            ARTICLES.has(tokens[j - 1].lower) ||
            OF_PARTICLES.has(tokens[j - 1].lower)
          )
            continue;
          if (tokens[j - 1].lower === "l'") continue;
        }
      }
      break;
    }
    const parts: Array<[number, number]> = [];
    const pieces: Array<[number, number]> = [];
    splitPossessive(tokens, runFrom, j, pieces);
    for (const [a, b] of pieces) splitRun(tokens, a, b, parts);
    for (const [a0, b0] of parts) {
      const [a1, b] = stripEdges(tokens, a0, b0);
      if (b <= a1) continue;
      const a = lowerCaseHeadStart(tokens, a1);
      const start = tokens[a].start;
      const last = tokens[b - 1];
      // "Acme Inc." is named "Acme Inc": the dot is the abbreviation's, not the name's
      const end =
        last.text.endsWith('.') && LEGAL_FORMS.has(last.lower.slice(0, -1)) ? last.end - 1 : last.end;
      out.push({
        sentence,
        from: a,
        to: b,
        start,
        end,
        text: text.slice(start, end),
        initial: isInitialPosition(tokens, a),
      });
    }
    i = j;
  }
  return out;
}

/** True when most letters of the sentence are capitals: wire headlines, where case says nothing. */
export function isShouting(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}
