import { rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A rival named first and its owner's possessive apposed after it: "Ausha, Acast's main French rival, bought …",
 * "Zetabank, Acmeo's arch-rival, lost clients". The French and the "of" forms ("Y, principal concurrent de X", "Y,
 * the main rival of X") are read by `any.competes.apposition` in ../competes.ts.
 */

/** Singular rival nouns an owner's possessive governs. */
const OWNED_RIVAL = '(rival|competitor|arch-rival|archrival|challenger|nemesis)';

export const APPOSED_OWNER_RULES: Rule[] = rules([
  {
    id: 'any.competes.apposed-owner-possessive',
    type: 'COMPETES_WITH',
    // the closing comma makes the phrase an apposition of B, not "B, Acast's rival in France and …"
    pattern: `@b , @a 's ~3! ${OWNED_RIVAL} ,`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
]);
