import type { Token } from '../tokens';
import { isCompanyNoun } from './lexicon-words';

/** How far after ", " an apposition's cue noun may stand ("X, a credit union data processing concern"). */
const APPOSITION_LOOKAHEAD_TOKENS = 6;
/** A cue noun not opened by a determiner must come this early ("X, spécialiste de", "X, leading maker of"). */
const BARE_APPOSITION_MAX_OFFSET = 1;
/** Adjective endings of both languages; an English verb after the comma ends in "-s" and matches none of them. */
const ADJECTIVE_RE = /(ing|al|ic|ive|ous|ed|ant|ent|ier|ière|aire|ais|aise|ien|ienne|é|ée)$/u;

/** Words that open an apposition describing the name before it. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', "l'", 'its', 'son', 'sa']);
/**
 * Nouns that, after a possessive, still describe a company ("X, the group's payments subsidiary"); people nouns
 * ("the firm's partner", "the company's founder") are left out on purpose.
 */
const OWNED_UNIT_NOUNS = new Set([
  'subsidiary',
  'unit',
  'affiliate',
  'division',
  'arm',
  'brand',
  'parent',
  'business',
  'rival',
  'competitor',
  'platform',
  'filiale',
  'marque',
]);
const SAID = new Set(['said', 'says', 'announced', 'reported']);
const IT = new Set(['it', 'its']);

/** "sociétés", "companies": a plural cue after a comma starts a new clause about several ("Ensemble, les deux sociétés"). */
function isPluralCue(lower: string): boolean {
  if (lower.endsWith('ies') && isCompanyNoun(lower.slice(0, -3) + 'y')) return true;
  return /[sx]$/.test(lower) && isCompanyNoun(lower.slice(0, -1));
}

/**
 * "X said it would …": a company's statement, but people say it of their company too (a surname alone), so
 * this is a weak cue that the resolver overrules when the article names a person so.
 */
export function saidItAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && SAID.has(next.lower) && !!tokens[to + 1] && IT.has(tokens[to + 1].lower);
}

/**
 * "X, a maker of …", "X, filiale de …", "X, the group's payments subsidiary": the words after the
 * name describe it as a company. The description must open the apposition (a determiner or the noun itself); a
 * verb after the comma starts a clause whose nouns say nothing of the name ("X, rejoignent le comité du groupe").
 */
export function appositionCueAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || next.text !== ',') return false;
  const first = tokens[to + 1];
  const opened = !!first && APPOSITION_OPENERS.has(first.lower);
  let possessed = false;
  for (let i = to + 1, n = 0; i < tokens.length && n < APPOSITION_LOOKAHEAD_TOKENS; i++, n++) {
    const t = tokens[i];
    if (t.lower === "'s") {
      possessed = true;
      continue;
    }
    if (t.kind === 'punct') return false;
    if (!opened && n > BARE_APPOSITION_MAX_OFFSET) return false;
    // "X, leading maker of", "X, spécialiste français": one adjective may open it, not a verb ("X, provides customer …")
    if (!opened && n === 1 && !ADJECTIVE_RE.test(first.lower)) return false;
    // "un porte-parole de Groupe X": a capitalised cue word is part of another name
    if (t.text !== t.lower) continue;
    if (possessed) {
      if (OWNED_UNIT_NOUNS.has(t.lower)) return true;
      continue;
    }
    if (isCompanyNoun(t.lower)) {
      if (tokens[i + 1] && tokens[i + 1].lower === "'s") continue;
      return !isPluralCue(t.lower);
    }
  }
  return false;
}
