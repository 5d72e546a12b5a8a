import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FIRST_NAMES } from './first-names';
import { LEGAL_FORMS, ORG_HEAD_WORDS, PLACES, SECTOR_NOUNS } from './lexicon-common';
import { PERSON_TITLES } from './lexicon-roles';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';
import { knownOrganisation } from './known-organisations';

/** How far a company word may stand from an ambiguous name, either side, in tokens of the same sentence. */
const COMPANY_WORD_WINDOW_TOKENS = 8;

/** "da Vinci", "von Siemens": a particle of a person's name, not a company. */
const NAME_PARTICLES = new Set(['da', 'di', 'del', 'della', 'von', 'van', 'der', 'den']);
/**
 * Words of company life besides the cue nouns: deals, results, shares and bosses ("Orange a publié ses
 * résultats", "Ford shares fell").
 */
const COMPANY_CONTEXT_WORDS = new Set([
  'rachat',
  'racheté',
  'rachète',
  'acquisition',
  'acquis',
  'acquired',
  'bought',
  'résultats',
  'chiffre',
  'bénéfice',
  'revenue',
  'profit',
  'earnings',
  'shares',
  'actions',
  'stake',
  'participation',
  'deal',
  'contrat',
  'contract',
  'bourse',
  'pdg',
  'ceo',
  'patron',
  'salariés',
  'employees',
]);

function isCompanyWord(lower: string): boolean {
  const w = lower.replace(/\.$/, '');
  return (
    ORG_CUES_FR.has(w) ||
    ORG_CUES_EN.has(w) ||
    ORG_HEAD_WORDS.has(w) ||
    SECTOR_NOUNS.has(w) ||
    LEGAL_FORMS.has(w) ||
    COMPANY_CONTEXT_WORDS.has(w)
  );
}

function companyWordNear(tokens: Token[], c: Candidate): boolean {
  const from = Math.max(0, c.from - COMPANY_WORD_WINDOW_TOKENS);
  const to = Math.min(tokens.length, c.to + COMPANY_WORD_WINDOW_TOKENS);
  for (let i = from; i < to; i++)
    if ((i < c.from || i >= c.to) && isCompanyWord(tokens[i].lower)) return true;
  return false;
}

/** "la marque Michael Kors", "Hugo Boss AG": the company word just before or after the name. */
function companyWordAdjacent(tokens: Token[], c: Candidate): boolean {
  const before = tokens[c.from - 1];
  const after = tokens[c.to];
  return (
    (before !== undefined && isCompanyWord(before.lower)) ||
    (after !== undefined && isCompanyWord(after.lower))
  );
}

/**
 * A candidate that is a well-known organisation here: a strong name anywhere; an ambiguous one ("Orange", "Ford")
 * only with a company word near it, wherever it stands, since encyclopaedic text names towns and writers
 * ("Aberdeen", "Racine") mid-sentence and a list would pass the error on to every neighbour. A person's title or
 * name particle before it ("M. Peugeot", "da Vinci") always rules it out.
 */
export function isKnownOrganisationHere(tokens: Token[], c: Candidate): boolean {
  const strength = knownOrganisation(c.text);
  if (strength === 'strong') return true;
  if (strength !== 'ambiguous') return false;
  const prev = tokens[c.from - 1];
  const prevLower = prev ? prev.lower : '';
  if (PERSON_TITLES.has(prevLower) || NAME_PARTICLES.has(prevLower)) return false;
  if (isPlaceAfterPreposition(tokens, c)) return false;
  // "Michael Kors", "Hugo Boss": a given name first reads as a person unless the company word sits right by it
  if (c.to - c.from > 1 && FIRST_NAMES.has(tokens[c.from].lower)) return companyWordAdjacent(tokens, c);
  return companyWordNear(tokens, c);
}

/** Prepositions of place before a town that is also a company's name ("fell 4% in Zurich", "à Zurich"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'à']);
/** Nouns of a holding, after which "in X" names a company ("shares in Zurich", "a stake in Zurich"). */
const HOLDING_NOUNS = new Set(['shares', 'stake', 'stakes', 'interest', 'investment', 'position', 'holding']);

/** A one-word town name after a place preposition is the town, unless a holding noun makes it a company. */
function isPlaceAfterPreposition(tokens: Token[], c: Candidate): boolean {
  if (c.to - c.from !== 1 || !PLACES.has(tokens[c.from].lower)) return false;
  const prev = tokens[c.from - 1];
  if (!prev || !PLACE_PREPOSITIONS.has(prev.lower)) return false;
  return !HOLDING_NOUNS.has(tokens[c.from - 2]?.lower ?? '');
}
