import type { Token } from '../tokens';

/**
 * Words that announce rivals: what follows them in a business text is a company ("ses rivaux Webhelp",
 * "competes with Intercom", "face à la concurrence de Comdata"). A person name after them is settled earlier by
 * its own evidence (given name, title), so this cue only decides names that have none.
 */
const RIVALRY_WORDS = new Set([
  'rival',
  'rivals',
  'rivale',
  'rivales',
  'rivaux',
  'concurrent',
  'concurrents',
  'concurrente',
  'concurrentes',
  'concurrence',
  'competitor',
  'competitors',
  'competition',
  'compete',
  'competes',
  'competing',
  'affronte',
  'affrontent',
  'rivalise',
  'rivalisent',
  'rivaliser',
  'concurrencer',
  'concurrencent',
  'concurrençant',
  'talonne',
  'talonnent',
  'vies',
  'battles',
  'outpaces',
  'overtook',
  'trails',
  'challenger',
  'challengers',
  'peers',
  // "up against X", "au coude-à-coude avec X", "ahead of X" in a ranking: what follows is a rival ("face à X" is
  // not: in general French text it faces countries, teams and people as often)
  'against',
  'coude-à-coude',
  'ahead',
  'chasing',
  'vie',
  'vying',
  'outsells',
  // figures of attack on someone's ground: "marche sur les plates-bandes de X", "part à l'assaut de X"
  'plates-bandes',
  'assaut',
  'croupières',
]);

/** How many lower-case words may stand between the rivalry word and the name ("rivals such as", "concurrents comme"). */
const MAX_WORDS_AFTER_RIVALRY_CUE = 5;

/** True when a rivalry word stands just before the name, with only lower-case words in between. */
export function rivalryCueBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 1, n = 0; i >= 0 && n <= MAX_WORDS_AFTER_RIVALRY_CUE; i--, n++) {
    const t = tokens[i];
    // "ses grands concurrents, X et Y" / "rivals: X": a comma or colon right after the rivalry word opens the list
    const opensList = n === 0 && (t.text === ',' || t.text === ':') && i > 0;
    if (opensList && RIVALRY_WORDS.has(tokens[i - 1].lower)) return true;
    if (t.kind !== 'word' && t.text !== "'") return false;
    if (t.kind === 'word' && t.text !== t.lower) return false;
    if (RIVALRY_WORDS.has(t.lower)) return true;
  }
  return false;
}
