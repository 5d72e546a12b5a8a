import type { UnitContext } from './unit-context';
import { ANAPHOR_DETERMINERS } from './anaphor-words';
import { namedSoon } from './pointing-phrases';
import { foldText } from '../resolve/normalize';

/**
 * "said Maria Kent, director general of the federation", "estime P, présidente de l'union": a trade body, a public
 * agency or a council named once in full ("the British Cycle Trade Federation", "l'Union nationale des chausseurs
 * français") is then told by the head noun of its own name. The noun points at the organisation named earlier
 * whose name holds that noun as a word, and only when exactly one does: "the federation" after two federations, or
 * after none, stays words. The nouns are those bodies are named by, never a company noun ("the company" is read by
 * units-noun-pointers.ts), and never "conseil"/"board", which mostly tell a company's own board.
 */

/** The determiners before a body noun: those of the company-noun pointers. */
export const BODY_NOUN_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

/** Head nouns of the names of trade bodies, agencies and councils, folded (no accents), in both languages. */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'federation',
  'confederation',
  'association',
  'union',
  'council',
  'agency',
  'agence',
  'authority',
  'autorite',
  'institute',
  'institut',
  'foundation',
  'fondation',
  'syndicat',
  'chamber',
  'chambre',
  'alliance',
]);

/** The one organisation named before whose name holds `noun` as a word, or null when none or several do. */
function bodyNamedBefore(c: UnitContext, noun: string): number | null {
  const named = new Set<number>(c.state.orgMentions.keys());
  for (const u of c.units) if (u.kind === 'ent' && !u.anaphor) for (const e of u.ents) named.add(e);
  let found: number | null = null;
  for (const e of named) {
    const entity = c.index.entities[e];
    if (entity?.type !== 'Organization') continue;
    const holds = entity.surfaces.some((s) => foldText(s).split(' ').includes(noun));
    if (!holds) continue;
    if (found !== null) return null;
    found = e;
  }
  return found;
}

/** "the federation", "l'union" standing for the one body named before with that head noun. Tokens used, or 0. */
export function bodyNounPointer(c: UnitContext): number {
  const { t, next, tokens, mentions, i } = c;
  if (!BODY_NOUN_START_WORDS.has(t.lower) || !next || next.text !== next.lower) return 0;
  const noun = foldText(next.lower);
  if (!BODY_NOUNS.has(noun)) return 0;
  // "la fédération Aequitas", "the union Unite": a name follows, the noun introduces it
  if (mentions.some((x) => x.from === i + 1) || namedSoon(tokens, mentions, i + 2, c.english)) return 0;
  const body = bodyNamedBefore(c, noun);
  if (body === null) return 0;
  c.point([body], i + 1);
  return 2;
}
