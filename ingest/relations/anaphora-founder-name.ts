import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import { ANAPHOR_DETERMINERS } from './anaphor-words';
import { opensOnFounding } from './anaphora-founded-target';

/**
 * "Fondée en 1987 par Émile Vauclair, l'enseigne aveyronnaise …", "Founded in 1952 by Otto Brandt, the family firm
 * …": a family company carries its founder's surname, so when the fronted founding phrase names a person whose
 * surname is a word of exactly one company the text already named ("Maisons Vauclair", "Brandt Logistik"), the
 * pointer after the phrase is that company — whichever company the story is about or bought.
 */

/** Shortest surname compared: initials and particles ("de", "Le") would match too many names. */
const MIN_SURNAME_LETTERS = 3;

/** The words at `i` without which `founderNamedPointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const FOUNDER_NAMED_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

function surname(index: EntityIndex, person: number): string | null {
  const words = (index.entities[person].surfaces[0] ?? '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && last.length >= MIN_SURNAME_LETTERS ? last.toLowerCase() : null;
}

/** True when the company was named in a sentence before `sentence`. */
function namedBefore(index: EntityIndex, org: number, sentence: number): boolean {
  return index.entities[org].mentions.some((m) => m.sentence < sentence);
}

/**
 * The pointer at `i` right after a fronted founding phrase whose founder's surname names one known company: that
 * company and the tokens spanned (determiner and noun), else null.
 */
export function founderNamedPointerAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  i: number,
): { ent: number; length: number } | null {
  if (tokens[i - 1]?.text !== ',' || !ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  if (!opensOnFounding(tokens) || mentions.some((m) => m.from > i - 1 && m.from <= i + 1)) return null;
  // the agent phrase ("par son grand-père P", "by P and Q"); a place before it ("à Rodez") is no founder
  const by = tokens.findIndex((t, k) => k < i && (t.lower === 'par' || t.lower === 'by'));
  const before = mentions.filter((m) => m.from > by && m.to <= i - 1);
  if (by < 0 || before.some((m) => index.entities[m.entity].type === 'Organization')) return null;
  const names = new Set(
    before
      .filter((m) => index.entities[m.entity].type === 'Person')
      .map((m) => surname(index, m.entity))
      .filter((s): s is string => s !== null),
  );
  if (names.size === 0 || before.length === 0) return null;
  const sentence = before[0].sentence;
  const owners = index.entities.filter(
    (e) =>
      e.type === 'Organization' &&
      namedBefore(index, e.id, sentence) &&
      e.surfaces.some((s) =>
        s
          .toLowerCase()
          .split(/\s+/)
          .some((w) => names.has(w)),
      ),
  );
  if (owners.length !== 1) return null;
  // the noun after the determiner, and one adjective after it ("l'enseigne aveyronnaise", "the family firm")
  return tokens[i + 1]?.kind === 'word' ? { ent: owners[0].id, length: 2 } : null;
}
