import { compile } from '../pattern';
import type { Rule, RuleSpec } from '../rule';

/**
 * Business angels named after the group they belong to: "plusieurs business angels, dont l'ancien banquier P et
 * l'entrepreneuse Q", "a group of angel investors including producer P". They are people who put their own money in
 * the round told, so they fund the article's company (or the clause's subject before the match). Only people are
 * taken: the companies in their descriptions ("l'ancien patron de X, P") are their past employers. The group may
 * first be told doing it ("Several angel investors also put money into the round, including P, …, and Q, …").
 */

/** Words naming angel investors as a group, in both languages ("business angels", "angel investors"). */
const ANGEL_WORDS = '(angels|angel|providentiels)';
/** Words opening the named members: "dont", "parmi lesquels", "notamment", "including", "such as", "among them". */
const MEMBERS_OPENER = '(dont|parmi|notamment|including|such|among)';
/** What may follow the opener before the first member's description ("parmi lesquels", "such as", "among them"). */
const OPENER_TAIL = '?(lesquels|lesquelles|eux|as|them)';
/** Most words of the first member's description before the name ("Spotify's former head of artist services"). */
const DESCRIPTION_WORDS = 10;
/** Most lower-case words of a later member's own title after a comma ("health-tech founder", "l'ancienne banquière"). */
const LIST_TITLE_WORDS = 4;
/** Verbs of the group putting money in, told before its members are named ("also put money into the round"). */
const ANGELS_BACKED =
  '(put|puts|invested|invest|joined|join|participated|took|backed|chipped|participé|participent|participe|investi|investissent|remis|remettent|apporté|apportent|mis|rejoint|rejoignent|suivi|suivent)';
/** Most words before and after that verb in the group's clause ("also", "money into the round"). */
const GROUP_CLAUSE_WORDS = 5;

/** Verbs of backing told after the group and its apposed members ("Deux business angels, P et Q, avaient soutenu"). */
const APPOSED_BACKED = `(${ANGELS_BACKED.slice(1, -1)}|soutenu|soutiennent|accompagné|accompagnent|financé|financent|supported|funded|bet)`;

/** Compiled as people's rules: each member of the list may carry a title ("et l'entrepreneuse Q", "and producer Q"). */
function peopleListRules(specs: RuleSpec[]): Rule[] {
  return specs.map((s) => ({ ...s, pattern: compile(s.pattern, true) }));
}

export const ANGEL_INVESTOR_RULES = peopleListRules([
  {
    id: 'any.funded.named-angels',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) ?, ${MEMBERS_OPENER} ${OPENER_TAIL} ?@employer ?('s|’s) ~${DESCRIPTION_WORDS} %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    // "Several angel investors also put money into the round, including P, …": the group's clause before its members
    id: 'any.funded.angels-told-then-named',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) ~3 ${ANGELS_BACKED} ~${GROUP_CLAUSE_WORDS} , ${MEMBERS_OPENER} ${OPENER_TAIL} ~${DESCRIPTION_WORDS} %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    // "…, including P, Flexport's former head of operations, and Q, the founder of Y": a member after another's
    // apposition
    id: 'any.funded.angel-after-apposed',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) ~3 ${ANGELS_BACKED} ~${GROUP_CLAUSE_WORDS} , ${MEMBERS_OPENER} ${OPENER_TAIL} ~${DESCRIPTION_WORDS} %first , ~${DESCRIPTION_WORDS} ?@employer ?('s|’s) ~${DESCRIPTION_WORDS} , (and|et) ~3 %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    // "a group of angels: P, Q and R": bare names right after the colon (the gapped reading below starts later)
    id: 'any.funded.angels-colon-names',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) : %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    // "The round also drew a group of angels: former Medtronic executive P, founder Q and surgeon R", "plusieurs
    // business angels : l'ancien banquier P et Q": the members after a colon
    id: 'any.funded.angels-colon-list',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) : ~3 ?@employer ?('s|’s) ~${DESCRIPTION_WORDS} %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    // "a group of angels: former Medtronic executive P, health-tech founder Q and retired surgeon R": a member after
    // a titled first member and a comma, its own title before it
    id: 'any.funded.angels-colon-titled-next',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) : ~3 ?@employer ?('s|’s) ~${DESCRIPTION_WORDS} %first , ~${LIST_TITLE_WORDS}! %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    // "Plusieurs business angels ont rejoint le tour : l'ancien banquier P et Q": the group's clause, then a colon
    id: 'any.funded.angels-told-colon-list',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) ~3 ${ANGELS_BACKED} ~${GROUP_CLAUSE_WORDS} : ~${DESCRIPTION_WORDS} %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    // "Deux business angels, l'ancien cadre d'Accor P et l'entrepreneuse Q, avaient soutenu la société dès 2014",
    // "Two angel investors, P and Q, also backed the company": the members apposed to the group, then its verb
    id: 'any.funded.angels-apposed-list',
    type: 'FUNDED',
    pattern: `${ANGEL_WORDS} ?(investors|investor) , ~${DESCRIPTION_WORDS} %%src , ~3 ${APPOSED_BACKED}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);
