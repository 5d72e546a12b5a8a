import type { Token } from '../tokens';
import { isTownOfCompany } from './company-towns';

/**
 * Runs before "and" that are complete already, so that the capitalised words after "and" start a second name
 * even when they end in a legal form: a business unit named by its own head word ("sell its Process Machinery
 * Division and Mathews Conveyor Co") and the town wire copy writes after a company ("Bennes Marrel SA of France
 * and Juster Steel Corp", "Acme Inc of Salem and Beta Steel Corp"). A unit or a town never shares a legal form
 * with the words after "and".
 */

/** Head nouns of a company's business unit, which the unit's own name always precedes. */
const UNIT_HEADS = new Set(['division', 'unit']);

/** True when the run [runFrom, i) before the "and" at i is a whole unit name or a company's town. */
export function closesBeforeAnd(tokens: Token[], runFrom: number, i: number): boolean {
  if (tokens[i]?.lower !== 'and' || i <= runFrom) return false;
  if (isTownOfCompany(tokens, runFrom)) return true;
  // "Research Division" with a word of its own before the head; a bare "Division and …" names nothing whole
  return i - runFrom >= 2 && UNIT_HEADS.has(tokens[i - 1].lower);
}
