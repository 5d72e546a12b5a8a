import type { Token } from '../tokens';
import { wordSet } from './lexicon-common';
import { isLowerWord } from '../resolve/introduced-apart';

/**
 * "fondée en 1936 à Challans", "Créée en 2017 à Alençon", "founded in Sheffield in 1921", "founded in 1987 in
 * Drammen": after a founding participle, with or without its year, a locative names the town the company was born
 * in, never a party. Read as a company, the town took the story's pointers ("la société", "the company"). The
 * active tense puts the company told by a noun between them ("qui avait fondé l'entreprise en 1987 à Quimper",
 * "avait créé la biscuiterie en 1962 à Quimper", "founded the company in 1998 in Tacoma").
 */
const FOUNDING_PARTICIPLES = wordSet(`
fondé | fondée | fondés | fondées | créé | créée | créés | créées | founded | established | incorporated
`);
/** The locatives of a birthplace: a town takes "à" in French, "in" in English. */
const BIRTHPLACE_LOCATIVES = new Set(['à', 'in']);
/** The prepositions of the founding year written between the participle and the place ("en 1936", "in 1987"). */
const YEAR_PREPOSITIONS = new Set(['en', 'in']);
const YEAR_RE = /^\d{4}$/;
/** Determiners that open the founded company's noun in the active tense ("fondé l'entreprise", "founded the firm"). */
const OBJECT_DETERMINERS = new Set(["l'", 'la', 'le', 'sa', 'son', 'the', 'its', 'his', 'her', 'their']);
/** Most lower-case words of that noun ("l'entreprise familiale", "the family business"). */
const MAX_OBJECT_WORDS = 2;
/** The object pronoun of the active tense ("founded it in 1987 in Drammen"). */
const OBJECT_PRONOUN = 'it';
/** Longest town read in that slot, in tokens ("Salt Lake City"). */
const MAX_TOWN_TOKENS = 3;

/** Whether tokens [from, to) are the place after a founding participle and its optional year. */
export function isFoundingPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_TOWN_TOKENS || !BIRTHPLACE_LOCATIVES.has(tokens[from - 1]?.lower ?? '')) return false;
  const k = afterYear(tokens, from - 2);
  if (FOUNDING_PARTICIPLES.has(tokens[k]?.lower ?? '')) return true;
  // "founded in 2016 by former brewer P in Limerick", "fondée en 2012 par P à Millau": the founder's agent phrase
  // stands between the participle and the town
  const agent = agentStart(tokens, k);
  if (agent >= 0) return FOUNDING_PARTICIPLES.has(tokens[afterYear(tokens, agent - 1)]?.lower ?? '');
  const verb = objectStart(tokens, k) - 1;
  return verb < k && FOUNDING_PARTICIPLES.has(tokens[verb]?.lower ?? '');
}

/** The token before the founding year's preposition when a year ends at `k` ("en 1936", "in 1987"), else `k`. */
function afterYear(tokens: Token[], k: number): number {
  return YEAR_RE.test(tokens[k]?.text ?? '') && YEAR_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k;
}

/** The agent prepositions of a founding participle ("par", "by"). */
const AGENT_PREPOSITIONS = new Set(['par', 'by']);
/** Longest agent phrase read before the town, in tokens ("by former brewer Niamh Cassidy", "par P et Q"). */
const MAX_AGENT_TOKENS = 8;

/**
 * Where the agent phrase ending at `last` starts (the index of "by"/"par"), or -1. The phrase holds names, their
 * lower-case descriptors and "and"/"et", and ends with a capitalised name (the founder's).
 */
function agentStart(tokens: Token[], last: number): number {
  if (!/^\p{Lu}/u.test(tokens[last]?.text ?? '')) return -1;
  for (let k = last - 1; k >= 0 && k >= last - MAX_AGENT_TOKENS; k--) {
    const t = tokens[k];
    if (AGENT_PREPOSITIONS.has(t.lower)) return k;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** Where the founded company's noun or pronoun ending at `last` starts ("l'entreprise", "the company"), or `last + 1`. */
function objectStart(tokens: Token[], last: number): number {
  if (tokens[last]?.lower === OBJECT_PRONOUN) return last;
  for (let k = last; k > last - MAX_OBJECT_WORDS && isLowerWord(tokens[k]); k--)
    if (OBJECT_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return k - 1;
  return last + 1;
}
