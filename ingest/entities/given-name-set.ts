/**
 * A set of lower-case given names that also answers for a spelling with accents the list lacks: lists hold the
 * common plain form ("ines", "joao"), while Portuguese, Nordic or Czech copy writes "Inês", "Åsa", "Zdeněk".
 */
export class GivenNameSet extends Set<string> {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    const plain = foldAccents(name);
    return plain !== name && super.has(plain);
  }
}

/** Strips combining accents ("inês" → "ines"); other letters ("ø", "ß") are left as they are. */
function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}
