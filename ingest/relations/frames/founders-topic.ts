import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { isOblique } from '../syntax';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { FOUNDER_NOUN, HOLDS_POST, RELATIVE } from './founders-words';
import { FOUNDER_TIE_STOP } from '../people-words';

/**
 * LEADS of the article's company told without naming it: "Kamau is chief executive.", "P, who is chief executive,
 * says…", "P will stay on as managing director". Read only in a sentence that names no company at all, where the
 * title can be no one else's.
 */

/** Most words of a bare title ("non-executive chairman", "le directeur général"). */
const MAX_BARE_TITLE_WORDS = 4;
/** Words after "stay"/"step down" before "as" ("will stay on as", "stepped down as"). */
const AS_LINK = /^(on|down|up|as|comme|en|tant|que)$/;
/** A word that ends a bare title: punctuation, a conjunction or a preposition. */
const TITLE_END =
  /^([,.;:!?»"]|and|et|since|depuis|until|jusqu'|jusqu'à|after|après|from|for|pour|with|avec|when|quand|by|par|of|de|du|des|d'|at|chez|in|en|à|au|dans|on|sur)$/;
/** Ends after which the title belongs to another body ("head of sales", "directeur chez X", "chairman at X"). */
const OTHER_BODY = /^(of|de|du|des|d'|at|chez|in|en|à|au|dans|on|sur)$/;

/** The board a chair's title may name and still be the company's head ("du conseil de surveillance", "of the board"). */
const BOARD_AFTER =
  /^(conseil (d' ?administration|de surveillance)|the board|directoire)(?![\p{L}-])(?! of (?!directors))/u;
/** The next three words after `k` (a board's name ends a sentence or a clause). */
function boardWords(units: Unit[], k: number): string {
  return [0, 1, 2]
    .map((d) => wordAt(units, k + d) ?? '')
    .join(' ')
    .trim();
}

/** The bare title starting at `k` (its words up to the end of the phrase), or null when it is another body's. */
export function bareTitleAfter(units: Unit[], k: number): string | null {
  const words: string[] = [];
  for (let j = k; j < units.length && words.length <= MAX_BARE_TITLE_WORDS; j++) {
    const w = wordAt(units, j);
    if (w === null) return null;
    // "présidente du conseil d'administration", "chairman of the board": the company's own board
    if (words.length > 0 && /^(du|of)$/.test(w) && BOARD_AFTER.test(boardWords(units, j + 1)))
      return words.join(' ');
    if (TITLE_END.test(w)) return words.length > 0 && !OTHER_BODY.test(w) ? words.join(' ') : null;
    words.push(w);
  }
  return words.length > 0 && words.length <= MAX_BARE_TITLE_WORDS ? words.join(' ') : null;
}

/** Quote marks that open or close a quotation. */
const QUOTE_MARK = /^["“”«»]$/;

/**
 * The sentence names or points at a company outside a quotation: a "we" inside a quote ("“We think …,” said P, who
 * serves as chief executive") is the speaker's own company, which names no other one the title could be of.
 */
export function namesCompanyOutsideQuotes(units: Unit[]): boolean {
  let quoted = false;
  for (const u of units) {
    if (u.kind === 'tok') {
      if (QUOTE_MARK.test(u.token.text)) quoted = !quoted;
      continue;
    }
    if (u.orgs && (!quoted || !u.anaphor)) return true;
  }
  return false;
}

export function readTopicLeaderTitle(units: Unit[]): Captures[] {
  if (namesCompanyOutsideQuotes(units)) return [];
  const out: Captures[] = [];
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || isOblique(units, p)) return;
    let k = p + 1;
    if (wordAt(units, k) === ',' && RELATIVE.test(wordAt(units, k + 1) ?? '')) k += 2;
    // "His grandson, P, has been managing director": the comma closing an apposition
    else if (wordAt(units, k) === ',' && wordAt(units, p - 1) === ',') k++;
    let verbs = 0;
    // "who had served as interim CEO": a post held before, not now (current heads only)
    if (/^(had|avait|avaient)$/.test(wordAt(units, k) ?? '')) return;
    while (
      HOLDS_POST.test(wordAt(units, k) ?? '') ||
      /^(stay|step|stepped|steps|serve)$/.test(wordAt(units, k) ?? '')
    ) {
      k++;
      verbs++;
    }
    if (verbs === 0) return;
    // "stepped down as chief executive": a post left, not held
    if (wordAt(units, k) === 'down') return;
    while (
      AS_LINK.test(wordAt(units, k) ?? '') ||
      /^(still|now|toujours|désormais)$/.test(wordAt(units, k) ?? '')
    )
      k++;
    const title = bareTitleAfter(units, k);
    if (title !== null && isLeaderTitle(title))
      out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
  });
  return out;
}

/** A kin or successor noun, whose apposed name is not the founder's ("la fille du fondateur, P"). */
const KIN = new RegExp(`^${FOUNDER_TIE_STOP}$`, 'u');

/** Words between a founder noun and the name ("fondatrice et présidente", ","). */
const MAX_FOUNDER_TITLE_UNITS = 4;
/** "qui conserve la présidence", "who keeps the chair": the person stays at the head. */
const KEEPS_HEAD = /^(conserve|conservera|garde|gardera|keeps|retains|kept|retained|keep|retain)$/;
const HEAD_POST = /^(présidence|direction|helm|chair|chairmanship|reins)$/;

/** "le solde reste entre les mains de la fondatrice, P, …" in a sentence naming no company: P founded the article's. */
/** "Les fondateurs, A et B, …", "Its co-founders, A, B and C": the person at `j` and those listed after it. */
function listedPeopleFrom(units: Unit[], j: number): number[] {
  const ids = [...idsAt(units, j)];
  // a plural founder noun names everyone of the list it opens
  for (let k = j; /^(,|et|and)$/.test(wordAt(units, k + 1) ?? '');) {
    const next = /^(et|and)$/.test(wordAt(units, k + 2) ?? '') ? k + 3 : k + 2;
    if (!isPersonAt(units, next)) break;
    ids.push(...idsAt(units, next));
    k = next;
  }
  return ids;
}

/**
 * A company the sentence names (not a pointer): the founders may be that company's or another's, and in a deal story
 * the article's company is as often the buyer or the investor ("Les fondateurs, A et B, réinvestissent aux côtés
 * d'Ardian"), so the article's is not assumed. A pointer ("The company, which is led by co-founder P", "She
 * replaces co-founder P, who has led the business…") names the article's company itself.
 */
function namesCompany(units: Unit[]): boolean {
  return units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor);
}

export function readTopicFounder(units: Unit[]): Captures[] {
  if (namesCompany(units)) return [];
  const out: Captures[] = [];
  units.forEach((_, k) => {
    if (!FOUNDER_NOUN.test(wordAt(units, k) ?? '')) return;
    // "its co-founders, A and B": a possessive is a pointer unit, read by the rules that take its company
    const det = /^(le|la|les|the|l'|deux|two|both|three|trois)$/.test(wordAt(units, k - 1) ?? '') ? k - 1 : k;
    if (units[det - 1]?.kind === 'ent') return;
    // "chez X, dont le cofondateur, P": the founder of the relative's antecedent, whatever it was read as
    const before = /^(le|la|les|the|l')$/.test(wordAt(units, k - 1) ?? '') ? k - 2 : k - 1;
    if (/^(dont|whose)$/.test(wordAt(units, before) ?? '')) return;
    // "le petit-fils de la fondatrice, P", "the founder's son, P": the name is apposed to the founder's kin or
    // successor ("entre les mains de la fondatrice, P" stays the founder's)
    const complementOf = /^(de|du|d'|des|of)$/.test(wordAt(units, before) ?? '') ? before - 1 : -1;
    if (complementOf >= 0 && KIN.test(wordAt(units, complementOf) ?? '')) return;
    if (wordAt(units, k + 1) === "'s" && KIN.test(wordAt(units, k + 2) ?? '')) return;
    // "the founder of the movement": a founder of something the sentence names otherwise
    for (let j = k + 1; j < units.length && j - k <= MAX_FOUNDER_TITLE_UNITS; j++) {
      const w = wordAt(units, j);
      if (isPersonAt(units, j)) {
        out.push({ p: listedPeopleFrom(units, j), '#p': [j], [MATCH_START]: [k] });
        return;
      }
      if (w === null || /^(of|de|du|des|d'|at|chez|who|qui)$/.test(w)) return;
    }
  });
  return out;
}

/** "…, P, qui conserve la présidence" in a sentence naming no company: P heads the article's company. */
export function readTopicKeepsHead(units: Unit[]): Captures[] {
  if (units.some((u) => u.kind === 'ent' && u.orgs)) return [];
  const out: Captures[] = [];
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || wordAt(units, p + 1) !== ',' || !RELATIVE.test(wordAt(units, p + 2) ?? ''))
      return;
    if (!KEEPS_HEAD.test(wordAt(units, p + 3) ?? '') || !/^(la|the|its|sa)$/.test(wordAt(units, p + 4) ?? ''))
      return;
    if (!HEAD_POST.test(wordAt(units, p + 5) ?? '')) return;
    // "la présidence d'un comité", "of the foundation": another body's chair; the chair of the company's own board,
    // of directors or supervisory, is its chairman as the gold format counts one ("président", "chairman")
    const ownBoard =
      /^(of|du)$/.test(wordAt(units, p + 6) ?? '') && BOARD_AFTER.test(boardWords(units, p + 7));
    if (/^(of|du|de|d')$/.test(wordAt(units, p + 6) ?? '') && !ownBoard) return;
    out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
  });
  return out;
}
