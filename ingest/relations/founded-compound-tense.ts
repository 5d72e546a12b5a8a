import { rules } from './rule';
import { FOUND_VERB, FOUNDING_YEAR } from './people-words';

/**
 * FOUNDED told in a compound tense the plain verb rules leave out: the pluperfect of a company's history ("Gérard
 * Perrin avait créé l'entreprise en 1987", "Ce dernier avait fondé la maison") and a founder's relative clause with
 * its auxiliary ("P, qui avait fondé l'entreprise en 1994, …", "P, who had founded the company, …", "P, qui a créé la
 * société en 2009"); and the two-word English "set up" ("MacLeod set up the company in 2014 with Duncan Reid", "P,
 * who set up the firm in 2018, told Reuters"). The company is often a pointer: which company it stands for is read
 * by anaphora-career-object.ts (the company the story is telling of, not the salient buyer).
 */

/** Auxiliaries of a compound past: "avait fondé", "a créé", "had founded", "has set up". */
const COMPOUND_AUX = '(avait|avaient|a|ont|had|has|have)';
/** Adverbs standing between the auxiliary and the participle ("avait déjà créé", "had also founded"). */
const ADVERB = '?(also|aussi|également|déjà|already|lui-même|elle-même|himself|herself|originally|first)';
/** Kin or colleague words before a co-founder's name ("with his brother, P", "with her husband P"). */
const PARTNER_WORDS =
  '?(his|her|their) ?(wife|husband|brother|sister|father|son|daughter|partner|friend) ?(,)';

export const COMPOUND_TENSE_FOUNDED_RULES = rules([
  {
    id: 'any.founded.relative-compound',
    type: 'FOUNDED',
    pattern: `%%p , (qui|who) ${COMPOUND_AUX} ${ADVERB} ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.pluperfect',
    type: 'FOUNDED',
    pattern: `%%p (avait|avaient|had) ${ADVERB} ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'en.founded.set-up',
    type: 'FOUNDED',
    pattern: `%%p ?, ?(who) ?(had|has|have) ${ADVERB} (set) (up) @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'en.founded.set-up-with',
    type: 'FOUNDED',
    // "Raman set up the company in 2019 with Tomasz Wilk, a former engineer": the partner founded it too
    pattern: `%p ?, ?(who) ?(had|has|have) (set) (up) @org ?(in) ?${FOUNDING_YEAR} (with) ${PARTNER_WORDS} %%q`,
    source: 'q',
    target: 'org',
    confidence: 0.7,
  },
]);
