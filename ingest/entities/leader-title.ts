import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';

/**
 * "jailed nationalist leader Nelson Mandela", "Conservative Party leader Ilkka Suominen", "military leader Desi
 * Bouterse": in English "leader" after a qualifier of people — a party, a movement, an army — is a person's
 * title, not the "market leader" that describes a company. A market's words or a determiner before it ("the
 * leader X", "le leader X") keep it a company cue, and so does a name with a company's shape.
 */
const MARKET_QUALIFIERS = new Set([
  'market',
  'industry',
  'world',
  'global',
  'sector',
  'category',
  'segment',
  'cost',
  'price',
  'technology',
  'european',
  'national',
  'regional',
]);
/** Most words of a person's name after the title. */
const MAX_NAME_WORDS = 3;

/** True when the cue noun at `cue` is "leader" titling the person-shaped name [from, to). */
export function leaderTitlesPerson(tokens: Token[], cue: number, from: number, to: number): boolean {
  if (tokens[cue]?.lower !== 'leader' || cue !== from - 1) return false;
  const qualifier = tokens[cue - 1];
  if (!qualifier || qualifier.kind !== 'word' || MARKET_QUALIFIERS.has(qualifier.lower)) return false;
  if (EN_STOPWORDS.has(qualifier.lower) || FR_STOPWORDS.has(qualifier.lower)) return false;
  if (to - from < 2 || to - from > MAX_NAME_WORDS) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const word = t.lower.replace(/\.$/, '');
    if (!/^\p{Lu}[\p{Ll}'’-]*\.?$/u.test(t.text) || LEGAL_FORMS.has(word) || ORG_HEAD_WORDS.has(word))
      return false;
  }
  return true;
}
