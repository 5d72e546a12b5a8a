import type { Token } from '../tokens';
import { FIRM_MODIFIERS } from './lexicon-people';

/**
 * A news source quoted by the story is an organisation GOLD-FORMAT counts ("selon Les Echos", "according to The
 * Grocer", "a indiqué mardi à BFM Business", "told Reuters"). A person may stand in the same slot; the caller asks
 * this only of names nothing else typed, and the person shapes are tried first.
 */

/** Words right before the source ("selon X", "d'après X", "told X"). */
const SOURCE_WORDS_RIGHT_BEFORE = new Set(['selon', 'told']);
/** Two-word cues ending right before the source. */
const SOURCE_PAIRS = new Set([
  "d' après",
  "d'après",
  'according to',
  'interview with',
  'entretien à',
  'cité par',
]);
/** Speech verbs whose "à" introduces the outlet ("a indiqué mardi à X", "confie à X"). */
const SPEECH_VERBS = new Set(
  `indiqué indique déclaré déclare précisé précise expliqué explique affirmé affirme assuré assure
souligné souligne raconté raconte annoncé annonce`
    .trim()
    .split(/\s+/),
);
/** Most words between the speech verb and its "à" ("a indiqué mardi à"). */
const MAX_VERB_GAP_WORDS = 2;
/** Words of time that may stand between the speech verb and its "à"; any other word makes "à" another's. */
const TIME_WORDS = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche hier ce matin soir mardi-soir jeudi-soir'.split(' '),
);

/**
 * Trade nouns of a research firm once a market word stands before them ("according to market researcher X",
 * "said industry tracker X"): the firm quoted for the figures. "industry analyst X" is left out, analysts are people.
 */
const RESEARCHER_NOUNS = new Set(['researcher', 'tracker']);

/** True when the name starting at `from` is introduced as the story's source. */
export function sourceCueBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (SOURCE_WORDS_RIGHT_BEFORE.has(prev.lower)) return true;
  const prev2 = tokens[from - 2];
  if (prev2 && SOURCE_PAIRS.has(`${prev2.lower} ${prev.lower}`)) return true;
  if (prev2 && RESEARCHER_NOUNS.has(prev.lower) && FIRM_MODIFIERS.has(prev2.lower)) return true;
  if (prev.lower === "d'après" || invertedReportBefore(tokens, from)) return true;
  if (prev.lower !== 'à') return false;
  for (let i = from - 2, n = 0; i >= 0 && n <= MAX_VERB_GAP_WORDS; i--, n++) {
    if (SPEECH_VERBS.has(tokens[i].lower)) return true;
    if (!TIME_WORDS.has(tokens[i].lower)) return false;
  }
  return false;
}

/** Verbs of a news report that follow the outlet in an attribution clause (", Bloomberg reported"). */
const REPORT_VERBS_AFTER = new Set(['reported', 'reports', 'rapporte', 'révèle', 'revealed']);

/** ", X reported", "… in 2023, X reported at the time": the outlet after a comma, then a reporting verb. */
export function sourceCueAfter(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to];
  return !!prev && prev.text === ',' && !!next && REPORT_VERBS_AFTER.has(next.lower);
}

/** French report verbs written after the news they attribute, subject last (", a appris X", ", révèle X"). */
const INVERTED_REPORT_VERBS = new Set([
  'appris',
  'rapporte',
  'révèle',
  'révélé',
  'écrit',
  'indique',
  'dévoile',
]);
/** Auxiliaries between the comma and the participle (", a appris X", ", ont révélé X"). */
const REPORT_AUXILIARIES = new Set(['a', 'ont', 'avait']);

/** ", a appris L'Usine Nouvelle", ", rapporte Le Monde": an inverted attribution names the outlet last. */
function invertedReportBefore(tokens: Token[], from: number): boolean {
  let i = from - 1;
  if (!INVERTED_REPORT_VERBS.has(tokens[i]?.lower ?? '')) return false;
  i--;
  if (REPORT_AUXILIARIES.has(tokens[i]?.lower ?? '')) i--;
  return tokens[i]?.text === ',';
}
