import { readerRules } from '../rule';

/** FOUNDED and LEADS read from the clause's shape (both languages); see README.md. */
export const FOUNDER_FRAMES = readerRules([]);
