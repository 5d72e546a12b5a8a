import type { Token } from '../tokens';

/**
 * Legal forms written in several tokens, with lower-case words, commas or dots of their own: the Polish
 * "Sp. z o.o." (spółka z ograniczoną odpowiedzialnością), the Mexican "S.A. de C.V." and "S. de R.L.". The run
 * of capitals stops at their lower-case word or lone dot, so the name would be cut at the form's first piece
 * ("Smakosz Sp"). Each is the form of a company alone and closes its name.
 */
const FORMS: readonly (readonly string[])[] = [
  ['sp', '.', 'z', 'o.o.'],
  ['sp.', 'z', 'o.o.'],
  ['sp', '.', 'z', 'o', '.', 'o', '.'],
  ['s.a.b.', 'de', 'c.v.'],
  ['s.a.', 'de', 'c.v.'],
  ['s.', 'de', 'r.l.', 'de', 'c.v.'],
  ['s.', 'de', 'r.l.'],
];

/** Tokens a legal form of several pieces takes from `at` on, when the name's last word stands before it; else 0. */
function multiWordLegalFormAt(tokens: Token[], at: number): number {
  if (at === 0 || tokens[at - 1].kind !== 'word') return 0;
  for (const form of FORMS) {
    if (form.every((piece, k) => tokens[at + k]?.lower === piece)) return form.length;
  }
  return 0;
}

/** The pieces of the form that starts at `at` when the capital run already holds its first word ("Sp", "Co"). */
export function multiWordLegalFormTail(tokens: Token[], at: number): number {
  const whole = multiWordLegalFormAt(tokens, at - 1);
  return whole > 1 ? whole - 1 : 0;
}

/** True when [from, to) ends with a legal form of several pieces after at least one word of the name. */
export function endsWithMultiWordLegalForm(tokens: Token[], from: number, to: number): boolean {
  return FORMS.some((form) => {
    const at = to - form.length;
    return at > from && multiWordLegalFormAt(tokens, at) === form.length;
  });
}
