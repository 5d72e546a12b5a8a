import { readerRules } from '../rule';

/** ACQUIRED read from the clause's shape (both languages); see README.md. */
export const ACQUIRED_FRAMES = readerRules([]);
