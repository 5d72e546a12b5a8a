import type { Token } from '../tokens';

/**
 * A company whose name is built on a trade noun ("Northway Bank", "la Banque Sauveterre", "Kestrel Studio") is
 * introduced with that noun as surely as by an apposition: "the bank", "la banque" later in the text is that
 * company, not whichever company was named last. French also calls a bank "l'établissement" and English "the
 * lender", so those read the bank's entry as well.
 */

/** Nouns left to their own readers: a fund's name ("Ohio Teachers Pension Fund") is seldom the fund the text means. */
const LEFT_TO_OTHER_READERS = new Set(['fund', 'fonds']);

/** Pointer nouns that stand for the company whose name carries another noun. */
const NAME_HEAD_ALIASES = new Map<string, string[]>([
  ['établissement', ['banque', 'bank']],
  ['lender', ['bank', 'banque']],
  // a retailer is introduced by its stores' kind ("supermarket chain X", "l'enseigne X") and told of as a retailer
  ['retailer', ['chain', 'supermarket', 'grocer']],
  ['distributeur', ['enseigne', 'chaîne']],
]);

function headNoun(t: Token | undefined, isDescriptorNoun: (word: string) => boolean): string | null {
  if (!t || t.kind !== 'word' || t.text === t.lower) return null;
  const noun = t.lower;
  if (LEFT_TO_OTHER_READERS.has(noun) || !isDescriptorNoun(noun)) return null;
  return noun;
}

/**
 * Records the trade noun ending (English) or opening (French) the name spanning tokens `from`..`to` - 1 as standing
 * for `ent`, unless the text already attached that noun to a company. `isDescriptorNoun` is described-heads' test,
 * passed in so the two files do not import each other.
 */
export function rememberNameHead(
  tokens: Token[],
  from: number,
  to: number,
  ent: number,
  described: Map<string, number>,
  isDescriptorNoun: (word: string) => boolean,
): void {
  if (to - from < 2) return;
  // a capitalised first word opening the sentence may be a cue the name finder swallowed ("Grocer Pellworth said")
  // unless a complement follows it inside the name ("Bank of Saltmarsh", "Banque de Savoie")
  const complemented = /^(of|de|du|des)$/.test(tokens[from + 1].lower);
  const first = from === 0 && !complemented ? null : headNoun(tokens[from], isDescriptorNoun);
  for (const noun of [headNoun(tokens[to - 1], isDescriptorNoun), first]) {
    if (noun !== null && !described.has(noun)) described.set(noun, ent);
  }
}

/** The company a pointer noun with no entry of its own stands for through an alias ("l'établissement" → a bank). */
export function nameHeadAlias(noun: string, described: Map<string, number>): number | undefined {
  for (const alias of NAME_HEAD_ALIASES.get(noun) ?? []) {
    const ent = described.get(alias);
    if (ent !== undefined) return ent;
  }
  return undefined;
}
