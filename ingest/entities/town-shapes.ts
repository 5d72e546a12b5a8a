import type { Token } from '../tokens';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/**
 * "une gigafactory à Pont-de-Claix (Isère)", "Boulogne-sur-Mer", "Aix-en-Provence", "Stratford-upon-Avon": a single
 * hyphenated word with a lower-case place particle between capitalised parts is how towns are spelt; firms and
 * people join capitalised parts only ("Vaillant-Rocher", "Saint-Gobain"). A name a company noun introduces is kept
 * ("la société Pont-de-Claix"). "l'État", the state as such, is no
 * party either: the gold counts public bodies by their own names ("Bpifrance", "Agence des participations de
 * l'État" as a whole).
 */
const TOWN_WORD_RE =
  /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*-(?:de|du|des|d'|sur|sous|en|lès|les|la|le|aux|upon|on|in|am|an|bei|le)-\p{Lu}[\p{L}'’-]*$/u;
const STATE_WORDS = new Set(['état', 'etat']);

/** True when [from, to) is one hyphenated town word ("Pont-de-Claix") or the lone word "État". */
export function isTownWordOrState(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = tokens[from];
  const prev = tokens[from - 1];
  if (prev && (ORG_CUES_FR.has(prev.lower) || ORG_CUES_EN.has(prev.lower))) return false;
  if (STATE_WORDS.has(t.lower)) return tokens[from - 1]?.lower === "l'";
  return TOWN_WORD_RE.test(t.text);
}
