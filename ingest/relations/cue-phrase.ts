import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { NATIONALITIES } from '../entities/lexicon-common';
import { isCapitalArticleUnit } from './name-article';
import { OWNER_NOUNS } from './owner-modifier';
import { BIRTH_WORDS, FOUNDER_WORDS, LEADER_TITLE_WORDS, RIVAL_NOUNS } from './anaphor-words';

/** Cue words ("le groupe japonais", "the investment firm") folded into the name they introduce. */

/** Nouns that introduce a company's name ("la société X", "the firm X"), rival nouns aside. */
const CUE_NOUNS = new Set(
  [
    ...ORG_CUES_FR,
    ...ORG_CUES_EN,
    'investment',
    'private-equity',
    'venture',
    'coopérative',
    'cooperative',
    'courtier',
    'courtiers',
    'cabinets',
    'mutuelles',
  ].filter((w) => !RIVAL_NOUNS.has(w)),
);

/** Most adjectives between the cue noun and the name ("le groupe toulousain Valmont"). */
const MAX_CUE_ADJECTIVES = 2;
/** Lower-case words that can qualify a cue noun; function words and verbs-like cue words cannot. */
function isAdjective(u: Unit | undefined): boolean {
  if (u?.kind !== 'tok' || u.token.kind !== 'word') return false;
  const w = u.token.lower;
  if (
    u.token.text !== w ||
    CUE_NOUNS.has(w) ||
    CUE_DETERMINERS.has(w) ||
    // "un nouvel acteur baptisé X": the naming word stays, it tells the company a deal creates
    BIRTH_WORDS.has(w) ||
    // "Company chairman P said": a leader's title between the noun and a name makes the noun the title's owner,
    // not a cue folded into the name ("chairman" would pass for an adjective by its ending)
    LEADER_TITLE_WORDS.has(w) ||
    FR_STOPWORDS.has(w) ||
    EN_STOPWORDS.has(w)
  )
    return false;
  return (
    NATIONALITIES.has(w) ||
    /(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ique|ish|ese|ian|an|al|ale|é|ée)$/u.test(w) ||
    // "la coopérative laitière bretonne X", "le groupe pétrolier X" (day twenty-eight): French feminine origins in
    // -onne and trades in -ier / -ière
    /(onne|ier|ière)$/u.test(w)
  );
}

/** Most cue words folded into a name ("le groupe japonais", "the venture firm"). */
const MAX_CUE_WORDS = 3;
/** Determiners that open "la société X", "the firm X". */
const CUE_DETERMINERS = new Set([
  'le',
  'la',
  "l'",
  'les',
  'the',
  'its',
  'son',
  'sa',
  'ses',
  'leur',
  'their',
  'a',
  'an',
  'un',
  'une',
]);

/**
 * "le groupe Maviel", "the investment firm Accel": the cue words before a name belong to it, so rules see
 * "par le groupe Maviel" as "par Maviel". Returns the cue's head noun, or null when there was no cue.
 */
export function absorbCuePhrase(units: Unit[], people = false): string | null {
  const isTok = (u: Unit | undefined, set: Set<string>) => u?.kind === 'tok' && set.has(u.token.lower);
  // "son fondateur Lucien X", "petit-fils du fondateur Lucien X": before a person the founder noun is the
  // person's title, which the founder rules read; folded into the name it was lost
  if (people && isTok(units[units.length - 1], FOUNDER_WORDS)) return null;
  // up to two adjectives may stand between the cue noun and the name ("le groupe toulousain Valmont")
  let k = units.length - 1;
  // "la société savoyarde Les Délices du Chablais": the name's own article stands between the cue and the name
  if (isCapitalArticleUnit(units[k])) k--;
  let adjectives = 0;
  while (adjectives < MAX_CUE_ADJECTIVES && isAdjective(units[k])) {
    k--;
    adjectives++;
  }
  let nouns = 0;
  // the noun nearest the name is its head ("discount chain Pennywise"), remembered for "the chain" later
  const head = units[k]?.kind === 'tok' ? (units[k] as { token: Token }).token.lower : null;
  let ownerNoun = false;
  while (nouns < MAX_CUE_WORDS && isTok(units[k], CUE_NOUNS)) {
    ownerNoun ||= isTok(units[k], OWNER_NOUNS);
    k--;
    nouns++;
  }
  if (nouns === 0) return null;
  // "Zara owner Inditex": a brand before "owner"/"parent" names the company after it, the noun stays between the
  // two names so the brand is read as a modifier (owner-modifier.ts)
  if (ownerNoun && units[k]?.kind === 'ent') return null;
  if (isTok(units[k], CUE_DETERMINERS)) k--;
  units.length = k + 1;
  return head;
}
