import type { RuleSpec } from '../rule';
import { FOUND_VERB, TIE_NOUNS, TITLE_WORD } from '../people-words';

/**
 * Heads told in a relative on the company ("X, dont P est le directeur général"): pattern specs spread into
 * LEADS_RULES (../leads.ts); checkRole keeps "directeur financier" and "shareholder" out.
 */

/**
 * Words between the copula and the head's name: "whose chairman is former Maersk executive P", "dont le président
 * est l'ancien banquier P" (a past post and its employer qualify the person; the title before the copula is held).
 */
const MAX_QUALIFIER_WORDS = 4;

/**
 * The last word of a head's title standing right before the copula ("whose chief executive is", "dont le directeur
 * général est"): "whose largest shareholder is Maersk chairman P" gives the title to the name's own employer.
 */
const TITLE_BEFORE_COPULA =
  '(chairman|chairwoman|president|executive|officer|ceo|boss|head|pdg|p-dg|président|présidente|patron|patronne|général|générale|gérant|gérante|directoire)';

/** Adverbs between the copula and the title: "dont P est aujourd'hui la directrice générale". */
const NOW = "?(aujourd'hui|actuellement|désormais|toujours|today|now|currently|still)";

/**
 * Plain words of a description apposed to the company before its relative ("X, a grocery chain whose chief
 * executive P", "X, une PME nantaise dont le directeur général P"); a strict gap, so no name of its own (a name
 * only qualifying a noun, "a Tidewater customer", is stepped over), comma or preposition's object ends it.
 */
const MAX_DESCRIPTION_WORDS = 4;

/** A participle of founding, or "set" of "set up". */
const FOUND_OR_SET = `(${FOUND_VERB.slice(1, -1)}|set)`;
/** Trade words naming the founder before the name ("by fisherman Q", "par l'ébéniste Q"). */
const MAX_FOUNDER_TRADE_WORDS = 2;

export const WHOSE_HEAD_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.whose-after-description',
    type: 'LEADS',
    // "Whole Basket, a grocery chain whose chief executive P has …", "X, une coopérative dont la directrice générale
    // P": the relative closes the description apposed to the company; "X, a unit of Y whose …" stops at Y (a name
    // the gap may not cross), whose head the relative may be
    pattern: `@org , (a|an|the|une|un|la|le|l') ~${MAX_DESCRIPTION_WORDS}! (whose|dont) ?(le|la|l') ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.whose-head-is',
    type: 'LEADS',
    // "Ostréa, dont Loïc Guérin est le directeur général", "X, dont P est aujourd'hui la présidente", "X, where P is
    // chief executive": the relative on the company names its head
    pattern: `@org ?, (dont|where|où) %p (est|reste|demeure|is|remains) ${NOW} ?(le|la|l'|the) ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.founder-kin-heads',
    type: 'LEADS',
    // "Y, une PME créée en 1979 par Q, dont le fils, P, reste le directeur général", "Y, founded in 1952 by Q,
    // whose grandson, P, is chief executive": the founder's relative heads the company founded, not the founder's
    // own (any.leads.whose-head-is reads the relative on the company itself)
    // "Y was set up in 1958 by fisherman Q, whose grandson P has been its managing director since 2016": a comma
    // after the company is not needed, "set up" founds, a trade word may name the founder, and the English perfect
    // "has been" tells a post still held (French "a été" tells a former one and is left out); "its" read as the
    // company's pointer is the `own` capture
    pattern: `@org ?, ~8 ${FOUND_OR_SET} ?up ~4! (par|by) ~${MAX_FOUNDER_TRADE_WORDS}! %q ?, ?(et|and) (dont|whose) ?(le|la|l') (${TIE_NOUNS}) ?, %p ?, (est|reste|demeure|is|remains|has) ?been ${NOW} ?(le|la|l'|the|its) ?@own ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.whose-title-is',
    type: 'LEADS',
    // "Nordfrakt, whose chairman is former Maersk executive P, agreed …", "X, dont le président est P": the title is
    // the company's, given before the copula; any.leads.whose takes the name only three plain words on
    pattern: `@org , (whose|dont) ?(le|la|l') ~2! ${TITLE_BEFORE_COPULA} (is|est) ${NOW} ~${MAX_QUALIFIER_WORDS} ?@employer ~2! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
];
