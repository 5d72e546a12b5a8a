import type { RuleSpec } from '../rule';
import { FOUND_VERB, FOUNDING_YEAR } from '../people-words';

/**
 * Founders told in an object relative on the company beyond any.founded.object-relative-named (../founded.ts):
 * the partner after "with"/"avec" ("X, which she co-founded last year with Q", "X, qu'il a créée en 2014 avec Q"),
 * and the English reduced relative after a company noun ("X, the Dublin insurtech she co-founded with Q", "X, the
 * firm Tom Reyes started in 2012"). The subject pronoun is a person once anaphora-person-pronoun.ts resolves it.
 * Pattern specs spread into FOUNDED_RULES (../founded.ts).
 */

const AUX = '?(had|has|a|avait|also|aussi|first|then|jointly)';
/** A time phrase before "with": "last year", "in 2014", "a year later", "en 2014". */
const WHEN = `?(in|en|last|a|the|l'|cette|this) ?(${FOUNDING_YEAR.slice(1, -1)}|year|an|année|decade|later|earlier|plus|tard) ?(later|earlier|ago|tard|dernier|dernière)`;
/** Nouns of a company that an English reduced relative may follow ("the insurtech she co-founded"). */
const COMPANY_HEAD =
  '(company|firm|business|start-up|startup|group|insurtech|fintech|agency|brand|label|platform|maker|operator|chain|lender|bank|studio|publisher)';

export const OBJECT_RELATIVE_FOUNDED_SPECS: RuleSpec[] = [
  {
    id: 'any.founded.object-relative-partner',
    type: 'FOUNDED',
    // the relative's own subject is read by any.founded.object-relative-named; here its partner after "with"
    pattern: `@org , ~6! (which|that|que|qu') %%p ${AUX} ${FOUND_VERB} ${WHEN} (with|avec) ~4!^(of|at|de|du|des|chez) %%q`,
    source: 'q',
    target: 'org',
    notOblique: 'org',
    confidence: 0.7,
  },
  {
    id: 'en.founded.reduced-relative',
    type: 'FOUNDED',
    pattern: `@org , ~5! ${COMPANY_HEAD} %%p ${AUX} ${FOUND_VERB} !>(by)`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.7,
  },
  {
    id: 'en.founded.reduced-relative-pointer',
    type: 'FOUNDED',
    // "Claimwise, the Dublin insurtech she co-founded": the descriptor is read as a pointer on the company itself
    pattern: `@org , @same ?(that|which) %%p ${AUX} ${FOUND_VERB} !>(by)`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.65,
  },
  {
    id: 'en.founded.reduced-relative-partner',
    type: 'FOUNDED',
    pattern: `@org , ~5! ${COMPANY_HEAD} %%p ${AUX} ${FOUND_VERB} ${WHEN} with ~4!^(of|at) %%q`,
    source: 'q',
    target: 'org',
    notOblique: 'org',
    confidence: 0.7,
  },
];
