import { createHash } from 'node:crypto';

/** Hex characters kept from the sha256: 128 bits, ample against accidental collisions. */
export const ARTICLE_ID_LENGTH_CHARS = 32;

/**
 * An article's identity is its content: the same text ingested twice (from another path, or again after a
 * restart) is the same article. Unicode is normalised so that a re-saved file with composed accents matches.
 */
export function articleId(text: string): string {
  return createHash('sha256')
    .update(text.normalize('NFC').trim(), 'utf8')
    .digest('hex')
    .slice(0, ARTICLE_ID_LENGTH_CHARS);
}
