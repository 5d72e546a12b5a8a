import { readerRules } from '../rule';

/** COMPETES_WITH read from the clause's shape (both languages); see README.md. */
export const RIVAL_FRAMES = readerRules([]);
