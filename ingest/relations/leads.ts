import { rules } from './rule';
import { SAY_BEFORE_SPEAKER } from './anaphora-person-speaker';
import { APPOINTMENT_AND_APPOSITION_SPECS, NEWS_DAY } from './frames/leads-appointments';
import { POST_PHRASE_SPECS } from './frames/leads-post-phrases';
import { BOARD_AND_POST_SPECS } from './frames/leads-boards';
import { RELATIVE_POST_SPECS } from './frames/leads-relative-post';
import { HELM_PHRASE_SPECS } from './frames/leads-helm-phrases';
import { FORMER_STAFF_LEADS_SPECS } from './frames/founders-former-staff';
import { RUN_BY_SPECS } from './frames/leads-run-by';
import { FUTURE_RUN_BY_SPECS } from './frames/leads-run-by-future';
import { APPOSED_COPULA_SPECS } from './frames/leads-copula-apposed';
import { HELD_SINCE_SPECS } from './frames/leads-held-since';
import { FOUNDED_AND_RUN_SPECS } from './frames/leads-founded-and-run';
import { FOUNDER_AND_TITLE_SPECS, LEAVING_NOUN } from './frames/leads-founder-and-title';
import { FOUNDER_STAYS_SPECS } from './frames/leads-founder-stays';
import { STAKE_THEN_POST_SPECS } from './frames/leads-stake-then-post';
import { KIN_AND_TITLE_SPECS } from './frames/leads-kin-and-title';
import { WHOSE_HEAD_SPECS } from './frames/leads-whose-head';
import { NAMED_OBJECT_RELATIVE_LEADS_SPECS } from './frames/leads-object-relative-named';
import { COUNTERPART_LEADS_SPECS } from './frames/leads-counterpart';
import { TITLE_OF_THE_SPECS } from './frames/leads-title-of-the';
import { FOUNDER_ASIDE_STILL_LEADS_SPECS } from './frames/leads-founder-aside-still-leads';
import {
  FOUND_VERB,
  OF,
  ART,
  ADJ,
  TITLE_WORD,
  LEAD_VERB,
  PRESENT_LEAD_VERB,
  RUN_BY_PARTICIPLE,
  TEAM_NOUN,
  TIE_STOP,
  NOT_AFTER_HEADED,
  KIN_OR_PREDECESSOR_STOP,
} from './people-words';

/** Words before a company that make the title read after it a past one ("former Acme executive P"). */
const FORMER_BEFORE_ORG = /^(former|onetime|ex|ancien|ancienne)$/;
/** Words opening a clause of contrast: a person named after one is that clause's subject, not the title's holder. */
const CONTRAST_CLAUSE_OPENERS = 'while|whereas|tandis';

/**
 * LEADS, both languages: appositions ("P, CEO of X"), possessives ("X's chief executive P"), "run by", taking the
 * helm, and leaders named around a founding ("founded by chief executive P", "who remains its chief executive").
 * Rules with `checkRole` need a leader's title between or around the parties (see isLeaderTitle).
 */
export const LEADS_RULES = rules([
  {
    id: 'any.leads.apposition',
    type: 'LEADS',
    // "A, l'épouse du PDG de X" names X's leader's relative (see TIE_STOP); "A, et la directrice de X, B": after
    // "et" the title is the next person's
    // "P, President of X's central bank": the title is the possessed body's, not X's
    pattern: `%p , !>(et|and) ~7!^${TIE_STOP} ${OF} ${ART} ?${ADJ} @org !>${NOT_AFTER_HEADED}`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
    checkRole: true,
  },
  {
    id: 'any.leads.apposition-bare',
    type: 'LEADS',
    // "chaired by P, while Y's chief executive, Q, will run it": the title after a contrast opener is Q's
    pattern: `%p , ~3!^(${TIE_STOP}|${CONTRAST_CLAUSE_OPENERS}) @org 's ~3! (chief|ceo|chairman|president|head|boss|managing|founder|co-founder)`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.possessive',
    type: 'LEADS',
    pattern: `@org 's ~5! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
  },
  {
    id: 'any.leads.title-before',
    type: 'LEADS',
    // "directrice de X et petite-fille de P", "présidente de X, qui a succédé au fondateur, P": P is the holder's
    // kin or predecessor, named after the company the title before it was given for
    // "chief executive of the unit, which keeps its name, while P steps down": a contrast opens another clause
    pattern: `@org !>${NOT_AFTER_HEADED} ~4!^(${KIN_OR_PREDECESSOR_STOP}|${CONTRAST_CLAUSE_OPENERS}) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    // "Its chairman, former National Grid executive P": the title before the name was held, not held now
    notAfter: FORMER_BEFORE_ORG,
  },
  {
    id: 'any.leads.title-of-org',
    type: 'LEADS',
    pattern: `~4! ${OF} ${ART} @org , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.whose',
    type: 'LEADS',
    pattern: `@org , (whose|dont) ?(le|la|l') ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
    // "par quatre ingénieurs du CEA, dont sa présidente P": "dont" takes up the people counted, not the company
    notAfter: /^(deux|trois|quatre|cinq|two|three|four|five|anciens|anciennes|former)$/,
  },
  {
    id: 'any.leads.possessive-comma',
    type: 'LEADS',
    pattern: `@org 's ~4! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
  },
  {
    id: 'any.leads.remains',
    type: 'LEADS',
    pattern: `%p , ?(who|qui) ~4! (reste|restera|remains|remain|will|sera|devient|becomes|est|is|demeure) ~6! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.is-title',
    type: 'LEADS',
    pattern: `%p ~2! (reste|restera|remains|remain|devient|deviendra|becomes|est|is|demeure|demeurera|sera|stay|stays) ?(become|on) ~6! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  ...STAKE_THEN_POST_SPECS,
  ...RUN_BY_SPECS,
  ...FUTURE_RUN_BY_SPECS,
  ...APPOSED_COPULA_SPECS,
  ...HELD_SINCE_SPECS,
  ...FOUNDED_AND_RUN_SPECS,
  ...FOUNDER_AND_TITLE_SPECS,
  ...KIN_AND_TITLE_SPECS,
  ...WHOSE_HEAD_SPECS,
  ...NAMED_OBJECT_RELATIVE_LEADS_SPECS,
  ...COUNTERPART_LEADS_SPECS,
  ...TITLE_OF_THE_SPECS,
  ...FOUNDER_ASIDE_STILL_LEADS_SPECS,
  {
    id: 'any.leads.run-by-team',
    type: 'LEADS',
    // "X's management team, led by chief executive P": the team's leader heads X when titled so
    pattern: `@org ~4 ${TEAM_NOUN} ?, ${RUN_BY_PARTICIPLE} (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
    roleBefore: true,
  },
  {
    id: 'any.leads.appointed',
    type: 'LEADS',
    pattern: `@org ~4 (appointed|appoints|named|names|nommé|nomme|désigné|désigne) ?(on) ?(${NEWS_DAY}) %p ~4! (as|comme|au|à|en|to)`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  ...POST_PHRASE_SPECS,
  ...BOARD_AND_POST_SPECS,
  ...RELATIVE_POST_SPECS,
  {
    id: 'any.leads.takes-helm',
    type: 'LEADS',
    pattern: `%p ~2! (prend|prendra|prendront|reprend|reprendra|takes|took|take|will|conserve|conservera|garde|gardera|keeps|kept|retains|retained|assume|assumera|assumes|assumed) ?(take|keep|retain|assume) (la|the) (direction|présidence|tête|helm|reins) ~3! (de|du|d'|des|of|at) ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.leads.appointment-of',
    type: 'LEADS',
    pattern: `@org ~12 (nomination|appointment) (de|d'|of) %p ~4! (au|as|à|comme|to|en)`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
    roleAfter: true,
  },
  ...APPOINTMENT_AND_APPOSITION_SPECS,
  {
    id: 'any.leads.title-comma',
    type: 'LEADS',
    pattern: `@org !>${NOT_AFTER_HEADED} ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    // "le départ de son PDG, P", "the resignation of its chief executive, P": a head leaving is no current head
    notAfter: LEAVING_NOUN,
  },
  {
    id: 'any.leads.verb',
    type: 'LEADS',
    // "qui dirige aujourd'hui le laboratoire de microfluidique de …": a noun with its own complement is a unit of
    // another body, not the company a pointer would guess
    // "P, qui dirige la Caisse Atlantique depuis 2009": a company whose name takes an article keeps it
    pattern: `%p , ?(qui|who) ${PRESENT_LEAD_VERB} ?(aujourd'hui|désormais|toujours|actuellement|now|still|currently) ?(le|la|l'|the) @org !>(de|du|des|d')`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.leads.passive',
    type: 'LEADS',
    pattern: `@org , ?(est|is) ${LEAD_VERB} (par|by) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.leads.founded-by-titled',
    type: 'LEADS',
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleBefore: true,
  },
  {
    id: 'any.leads.titled-founder',
    type: 'LEADS',
    pattern: `%p ?(a|has|had|who|qui) ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleBefore: true,
  },
  {
    id: 'any.leads.founder-still-leads',
    type: 'LEADS',
    // "by former Royal Navy engineer P, who remains its chief executive": a past employer may stand in the descriptor
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~3 ?@staff ~2 %p , (qui|who) ?(en|y) (est|is|remains|reste|becomes|devient|demeure|will) ~2! ?@own ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.cofounder-still-leads',
    type: 'LEADS',
    // "founded by A and B, who remains its chief executive": the relative clause is about B only
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~4 %q ~4! (and|et) ~3! %p , (qui|who) ?(en|y) (est|is|remains|reste|becomes|devient|demeure|will) ~2! ?@own ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.run-by-fronted',
    type: 'LEADS',
    // "a team led by P, X's head of research": X owns the title after the comma, P heads no X
    pattern: `(dirigé|dirigée|présidé|présidée|codirigé|codirigée|led|run|headed|chaired) (par|by) %p , @org !>${NOT_AFTER_HEADED}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.founder-now-its',
    type: 'LEADS',
    pattern: `%p , (who|qui) ~2! ${FOUND_VERB} @x ~8 , ~4! (is|est|as|comme|remains|reste|becomes|devient|demeure) ~2! @org ?'s ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.apposed-org-title',
    type: 'LEADS',
    // a word must follow the title: "A, X chairman B" in a list gives the title to B, the name after it
    pattern: `%p , @org ?'s ~2! ${TITLE_WORD} >.+`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.said-title',
    type: 'LEADS',
    // "« … », se souvient la cofondatrice et présidente de X": the titled speaker is a person named before
    // (anaphora-person-speaker.ts), the title's company follows it
    pattern: `${SAY_BEFORE_SPEAKER} %p ~6! ?${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
  ...HELM_PHRASE_SPECS,
  ...FORMER_STAFF_LEADS_SPECS,
  ...FOUNDER_STAYS_SPECS,
]);
