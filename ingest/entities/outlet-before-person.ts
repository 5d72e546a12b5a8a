import type { Token } from '../tokens';
import { hasHead } from './name-joins';
import { isWorldGivenName, isWordLikeGivenName } from './person-given-names';

/** Words right before the outlet a speaker talks to ("a déclaré à l'AFP", "told CNBC"). */
const SPOKEN_TO = new Set(["l'", 'à', 'au', 'to', 'told']);

/** Most letters of an agency's or a firm's acronym before a person's given name ("AFP", "BFM"). */
const MAX_ACRONYM_LETTERS = 6;

/**
 * "a déclaré à l'AFP Hélène de Saint-Aubin", "a indiqué à BFM Business Karim X": the outlet a person speaks to is
 * named right before the speaker, so its acronym and the given name run on as one capitalised run. An all-caps
 * word opening the run, then a known given name, names two things; returns where the person starts, or -1.
 */
export function personAfterAcronym(tokens: Token[], runFrom: number, to: number): number {
  const first = tokens[runFrom];
  const given = tokens[runFrom + 1];
  if (!first || !given || runFrom + 1 >= to) return -1;
  // only the outlet spoken to: "à l'AFP", "told CNBC" ("JP Morgan Chase" is one bank)
  const before = tokens[runFrom - 1];
  if (!before || !SPOKEN_TO.has(before.lower)) return -1;
  if (!/^\p{Lu}{2,}$/u.test(first.text) || first.text.length > MAX_ACRONYM_LETTERS) return -1;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given.text)) return -1;
  const lower = given.lower.split('-')[0];
  return isWorldGivenName(lower) && !isWordLikeGivenName(lower) ? runFrom + 1 : -1;
}

/** Past participles of saying after which "à/au" names the outlet spoken to ("a déclaré à la Dépêche"). */
const SAID_FR = new Set([
  'déclaré',
  'confié',
  'indiqué',
  'expliqué',
  'précisé',
  'affirmé',
  'assuré',
  'raconté',
  'souligné',
  'estimé',
  'ajouté',
  'commenté',
  'détaillé',
]);
/** Most words of a newspaper's or a channel's title before the speaker ("la Dépêche", "Ouest-France", "Sud Ouest"). */
const MAX_OUTLET_WORDS = 2;
/** Words of the speaker's name after the outlet: a given name and one or two more. */
const MIN_SPEAKER_WORDS = 2;
const MAX_SPEAKER_WORDS = 3;

/** True when the words before the run are a verb of saying and the preposition of the outlet ("a confié au"). */
function spokenToBefore(tokens: Token[], runFrom: number): boolean {
  let k = runFrom - 1;
  if (tokens[k]?.lower === 'la' || tokens[k]?.lower === "l'") k--;
  const to = tokens[k]?.lower;
  if (to !== 'à' && !(to === 'au' && k === runFrom - 1)) return false;
  return SAID_FR.has(tokens[k - 1]?.lower ?? '');
}

/**
 * "a déclaré à la Dépêche Marie X", "a confié au Figaro Claire Y": after a verb of saying, the outlet's title (one
 * or two words, no given name) runs on into the speaker's name. The speaker starts at the first known given name
 * followed by one or two capitalised words that close the run; returns that token, or -1.
 */
export function personAfterOutletTitle(tokens: Token[], runFrom: number, to: number): number {
  if (!spokenToBefore(tokens, runFrom)) return -1;
  for (let p = runFrom + 1; p <= runFrom + MAX_OUTLET_WORDS && p < to; p++) {
    // "a confié à Jean Paul Martin": a given name in the title makes the whole run a person's name
    if (isWorldGivenName(tokens[p - 1].lower.split('-')[0])) return -1;
    const words = to - p;
    if (words < MIN_SPEAKER_WORDS || words > MAX_SPEAKER_WORDS) continue;
    const lower = tokens[p].lower.split('-')[0];
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[p].text)) continue;
    if (!isWorldGivenName(lower) || isWordLikeGivenName(lower)) continue;
    // "a confié à Banque Martin Maurel le soin de …": a head word before the given name opens a firm's name
    return hasHead(tokens, runFrom, p) ? -1 : p;
  }
  return -1;
}
