import type { Unit } from './pattern';

/**
 * "… soit 19 % du marché, selon le panéliste Circana, contre 33 % pour X", "according to market researcher IWSR":
 * the body a sentence cites for its figures is no player of the market it measures. A later "les trois
 * fabricants" / "the three companies" counts the players named before, never the panel, the researcher or the
 * newspaper quoted.
 */

/** Words that open a cited source: "selon", "d'après", "according". */
const SOURCE_OPENERS = new Set(['selon', 'according']);
/** Words that may follow the opener before the descriptor ("according to", "d'après"). */
const OPENER_LINKS = new Set(['to']);
/** Most lower-case words of any kind (articles, descriptor nouns) between the opener and the name ("le panéliste"). */
const MAX_DESCRIPTOR_WORDS = 3;
/**
 * Most words of a longer descriptor, whose words past the first three before the name are all articles,
 * prepositions or nouns of a study or a press title ("selon une étude de l'institut X", "according to a study by
 * market researcher X").
 */
const MAX_STUDY_DESCRIPTOR_WORDS = 6;
/** Words a longer descriptor may hold away from the name: articles, prepositions, nouns of a study or a paper. */
const STUDY_DESCRIPTOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'by',
  'of',
  'from',
  'in',
  'un',
  'une',
  'le',
  'la',
  'les',
  "l'",
  'de',
  "d'",
  'du',
  'des',
  'étude',
  'enquête',
  'sondage',
  'baromètre',
  'rapport',
  'analyse',
  'chiffres',
  'données',
  'study',
  'survey',
  'report',
  'poll',
  'analysis',
  'figures',
  'data',
  'research',
]);
/** "une rumeur selon laquelle X …", "according to which X …": the name after a relative is the clause's subject. */
const RELATIVE_WORDS = new Set([
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
  'which',
  'whom',
  'que',
  "qu'",
]);

/** The unit's word in lower case ("le", "panéliste", "l'", "Selon" -> "selon"), or null for a name or a sign. */
const wordOf = (u: Unit | undefined): string | null =>
  u?.kind === 'tok' && u.token.kind === 'word' ? u.token.lower.replace('’', "'") : null;

/** The unit's word when written in lower case, or null for a capitalised word, a name or a sign. */
const lowerWord = (u: Unit | undefined): string | null =>
  u?.kind === 'tok' && u.token.text === u.token.lower ? wordOf(u) : null;

/** A paper's own article left before its name ("selon le quotidien Le Télégramme", "Les Echos"). */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);

/** The entity unit at `i` is cited as the source of the sentence's figures. */
export function isCitedSource(units: readonly Unit[], i: number): boolean {
  const before = units[i - 1];
  const titled = before?.kind === 'tok' && before.token.text !== before.token.lower;
  const start = titled && TITLE_ARTICLES.has(before.token.lower.replace('’', "'")) ? i - 2 : i - 1;
  for (let k = start, n = 0; k >= 0 && n <= MAX_STUDY_DESCRIPTOR_WORDS; k--, n++) {
    // the opener may open the sentence ("Selon le quotidien X, …", "According to researcher X, …")
    if (SOURCE_OPENERS.has(wordOf(units[k]) ?? '')) return true;
    const w = lowerWord(units[k]);
    if (w === null || RELATIVE_WORDS.has(w)) return false;
    if (OPENER_LINKS.has(w) && SOURCE_OPENERS.has(wordOf(units[k - 1]) ?? '')) return true;
    if (n >= MAX_DESCRIPTOR_WORDS && !STUDY_DESCRIPTOR_WORDS.has(w)) return false;
  }
  return false;
}

/** Units of the sentence's entities cited as a source, no pointer ("selon le panéliste X", "according to X"). */
export function citedSourceUnits(units: readonly Unit[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent' && !u.anaphor && isCitedSource(units, i)) out.push(i);
  }
  return out;
}

/** Entities the sentence's units cite as a source ("selon le panéliste X", "according to X"). */
export function citedSources(units: readonly Unit[]): number[] {
  const out: number[] = [];
  for (const i of citedSourceUnits(units)) {
    const u = units[i];
    if (u.kind === 'ent') out.push(...u.ents);
  }
  return out;
}

/**
 * The unit that owns what is told after the name at `i`: the name itself, or, for a cited source ("A a vendu …,
 * selon le panéliste C, soit 19 %", "…, selon C, contre 30 % pour B"), the last organisation named before it;
 * -1 when none precedes it.
 */
export function ownerPastSource(units: readonly Unit[], i: number): number {
  if (!isCitedSource(units, i)) return i;
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !isCitedSource(units, k)) return k;
  }
  return -1;
}
