import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';

/**
 * "…," said chief executive Meera Iyer; « … », explique le président, Thomas Rey: a leader's or founder's title
 * with no company beside it, in the reporting clause, is a title at the company the article is about. The reader
 * inserts that company before the title so the leader rules read "X chief executive P" as usual. A title followed
 * by "of X" / "de X" or with a name before it names its own company and is left alone.
 */

const EN_TITLES = new Set([
  'ceo',
  'chairman',
  'chairwoman',
  'president',
  'founder',
  'co-founder',
  'cofounder',
]);
const FR_TITLES = new Set([
  'pdg',
  'p-dg',
  'président',
  'présidente',
  'dg',
  'patron',
  'patronne',
  'fondateur',
  'fondatrice',
  'cofondateur',
  'cofondatrice',
]);
/** Two-word titles: first word → second words it takes. */
const TWO_WORD_TITLES = new Map<string, Set<string>>([
  ['chief', new Set(['executive'])],
  ['managing', new Set(['director'])],
  ['directeur', new Set(['général'])],
  ['directrice', new Set(['générale'])],
  ['président-directeur', new Set(['général'])],
  ['présidente-directrice', new Set(['générale'])],
]);
/** Words that may end a title ("chief executive officer"). */
const TITLE_TAILS = new Set(['officer']);
const DETERMINERS = new Set(['le', 'la', "l'", 'the']);
/** Verbs of a reporting clause the title may follow ("said", "explique"). */
const REPORTING = new Set(
  `said says told added explained noted explique souligne affirme indique précise estime ajoute déclare commente
  confie assure résume observe note poursuit reconnaît raconte détaille`
    .trim()
    .split(/\s+/),
);
/** Words after the person that give the title its own company ("P of X", "P, de X", "P chez X"). */
const OWN_COMPANY_LINKS = new Set(['of', 'at', 'de', "d'", 'du', 'des', 'chez']);
/**
 * A capitalised "President" with no determiner right before a name is a head of state in English wire copy ("In
 * Caracas, President Jaime Lusinchi said", "officials said President Reagan would act"); a company's head is
 * "president P" or "its president, P".
 */
const HEAD_OF_STATE_TITLE = 'President';
/** Tokens after the person checked for a company of their own ("P, Acme's CEO"). */
const OWN_COMPANY_WINDOW = 3;

/** The words at `i` without which `isBareTitleAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const BARE_TITLE_START_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...EN_TITLES,
  ...FR_TITLES,
  ...TWO_WORD_TITLES.keys(),
]);

/** Tokens of the title starting at `k`, else 0. */
function titleLength(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  const second = TWO_WORD_TITLES.get(t.lower);
  let n = 0;
  if (second && second.has(tokens[k + 1]?.lower ?? '')) n = 2;
  else if (EN_TITLES.has(t.lower) || FR_TITLES.has(t.lower)) n = 1;
  if (n > 0 && TITLE_TAILS.has(tokens[k + n]?.lower ?? '')) n++;
  return n;
}

/** The person starting at `k` (or after a comma there), with the token after them; null when none. */
function personAt(tokens: Token[], mentions: Mention[], index: EntityIndex, k: number): Mention | null {
  const at = tokens[k]?.text === ',' ? k + 1 : k;
  const m = mentions.find((x) => x.from === at);
  return m && index.entities[m.entity].type === 'Person' ? m : null;
}

/**
 * True when a bare title starts at `i` (after an optional determiner) in a reporting position and names a person
 * with no company of their own: the caller then inserts the article's company before it.
 */
export function isBareTitleAt(tokens: Token[], mentions: Mention[], index: EntityIndex, i: number): boolean {
  // a sentence-opening title ("Chief executive P said …") is read by the leader rules' own topic shapes
  if (i === 0) return false;
  const det = DETERMINERS.has(tokens[i].lower) ? 1 : 0;
  const n = titleLength(tokens, i + det);
  if (n === 0) return false;
  if (det === 0 && n === 1 && tokens[i].text === HEAD_OF_STATE_TITLE) return false;
  const before = tokens[i - 1];
  if (before.kind === 'word' && !REPORTING.has(before.lower)) return false;
  if (before.kind === 'punct' && /^[&'’-]$/.test(before.text)) return false;
  const person = personAt(tokens, mentions, index, i + det + n);
  if (person === null) return false;
  const after = tokens[person.to];
  if (after && OWN_COMPANY_LINKS.has(after.lower)) return false;
  return !mentions.some(
    (x) =>
      x.from >= person.to &&
      x.from <= person.to + OWN_COMPANY_WINDOW &&
      index.entities[x.entity].type === 'Organization',
  );
}
