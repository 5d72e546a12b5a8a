import { rules } from '../rule';

/**
 * A list of a company's investors broken by a relative clause on its first member: "Its backers include venture
 * firm A, which led a $40 million round in the company in 2023, and defence investor B". The plain list reader
 * (`en.funded.investors-include`) stops at the relative; the member after its closing ", and" is an investor too.
 * With a pointer ("Its backers include …") the company is the article's (a topic rule, as `en.funded.holders-include`).
 */

/** Kinds of investors the company has. */
const HOLDER_KINDS_EN = '(existing|current|early|other|new|largest|main|biggest)';
/** Plural nouns of a company's investors. */
const HOLDERS_EN = '(investors|backers|shareholders|owners|lenders)';
/** Verbs listing them. */
const INCLUDE_EN = '(include|includes|included|including|are|were)';
/** Most words of the relative clause on the first member ("led a $40 million funding round in the company in 2023"). */
const RELATIVE_WORDS = 18;
/** Most words of a member's description before its name ("Rotterdam-based family office"). */
const DESCRIPTION_WORDS = 4;

export const EN_INCLUDE_AFTER_RELATIVE_RULES = rules([
  {
    id: 'en.funded.investors-include-after-relative',
    type: 'FUNDED',
    pattern: `@tgt ?('s|’s) ?${HOLDER_KINDS_EN} ${HOLDERS_EN} ${INCLUDE_EN} ~${DESCRIPTION_WORDS}! **first , (which|who) ~${RELATIVE_WORDS} , and ~${DESCRIPTION_WORDS}! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'en.funded.its-investors-include-after-relative',
    type: 'FUNDED',
    pattern: `?(its|their|whose) ?${HOLDER_KINDS_EN} ${HOLDERS_EN} ${INCLUDE_EN} ~${DESCRIPTION_WORDS}! **first , (which|who) ~${RELATIVE_WORDS} , and ~${DESCRIPTION_WORDS}! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);
