import { readerRules } from '../rule';

/** FUNDED read from the clause's shape (both languages); see README.md. */
export const FUNDED_FRAMES = readerRules([]);
