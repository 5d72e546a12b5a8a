import { rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A rival noun set beside a name, where the plain apposition rule cannot read it: the described company follows a
 * preposition ("a partnership with Banque L, a rival of H", "racheté par A, concurrent direct de B"), or the rival
 * noun comes first with its owner and the rival is apposed after ("Le principal rival régional de la biscuiterie,
 * Pâtisseries M, …", "The main rival of A, B, declined to comment"). A plural noun ("the rivals of A, B and C")
 * lists the owners, not a rival, and is not read.
 */

const ONE_RIVAL = '(rival|rivale|concurrent|concurrente|competitor|challenger|arch-rival|archrival)';
/** Prepositions whose object an apposition may still describe; "de"/"of" may govern a noun the apposition is about. */
const GOVERNOR = '(with|avec|to|à|au|aux|from|for|pour|by|par|chez|against|contre|face)';

export const APPOSED_RIVAL_RULES: Rule[] = rules([
  {
    id: 'any.competes.apposition-oblique',
    type: 'COMPETES_WITH',
    pattern: `${GOVERNOR} @a , ?(a|an|the|un|une|le|l') ~2! ${ONE_RIVAL} ?(direct|principal|historique|main|biggest|closest|direct) (de|du|d'|of|to) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.rival-of-apposed',
    type: 'COMPETES_WITH',
    pattern: `(le|la|the|l') ~3! ${ONE_RIVAL} ~2! (de|du|d'|of) @a , ?(le|la|l'|the) ~2! @b !>(et|and|&)`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
]);
