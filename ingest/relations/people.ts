import { rules } from './rule';

const FOUND_VERB =
  '(fondé|fondée|fondés|fondées|créé|créée|créés|cofondé|cofondée|co-fondé|co-fondée|founded|co-founded|cofounded|established|started|launched|lancé|lancée|fonde|crée|founds)';
const FOUNDER =
  '(fondateur|fondatrice|fondateurs|cofondateurs|cofondatrices|cofondateur|cofondatrice|co-fondateur|co-fondatrice|founder|co-founder|cofounder|founders|co-founders)';
const OF = "(de|du|d'|des|of|at|chez)";
const LEAD_VERB =
  '(dirige|dirigé|dirigée|préside|présidé|présidée|leads|led|runs|ran|heads|headed|chairs|chaired|pilote|piloté)';

/** FOUNDED and LEADS, both languages: appositions ("P, CEO of X"), possessives ("X's chief executive P"). */
export const PEOPLE_RULES = rules([
  {
    id: 'any.founded.by',
    type: 'FOUNDED',
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~4 %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.fronted',
    type: 'FOUNDED',
    pattern: `${FOUND_VERB} ~3! (par|by) ~4 %%p , @org`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.founder-of',
    type: 'FOUNDED',
    pattern: `%%p , ~3! ${FOUNDER} ~3! ${OF} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.founder-title',
    type: 'FOUNDED',
    pattern: `?(le|la|the) ${FOUNDER} ~4! ${OF} @org , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.org-founder',
    type: 'FOUNDED',
    pattern: `@org ?'s ${FOUNDER} ?, %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.org-founder-and-title',
    type: 'FOUNDED',
    pattern: `@org 's ${FOUNDER} (and|et) ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.apposed-possessive',
    type: 'FOUNDED',
    pattern: `%p , @org 's ${FOUNDER}`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.verb',
    type: 'FOUNDED',
    pattern: `%%p ?(a|ont|who|qui|had|has) ?(also|aussi|également|then|ensuite) ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.leads.apposition',
    type: 'LEADS',
    pattern: `%p , ~7! ${OF} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
    checkRole: true,
  },
  {
    id: 'any.leads.apposition-bare',
    type: 'LEADS',
    pattern: `%p , ~3! @org 's ~3! (chief|ceo|chairman|president|head|boss|managing|founder|co-founder)`,
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
    pattern: `@org ~4! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.title-of-org',
    type: 'LEADS',
    pattern: `~4! ${OF} @org , %p`,
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
    pattern: `%p , ?(who|qui) ~4! (reste|restera|remains|remain|will|sera|devient|becomes|est|is|demeure) ~6! ${OF} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.is-title',
    type: 'LEADS',
    pattern: `%p ~2! (reste|restera|remains|remain|devient|deviendra|becomes|est|is|demeure|sera|stay|stays) ?(become|on) ~6! ${OF} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.run-by',
    type: 'LEADS',
    pattern: `@org ~6 (dirigé|dirigée|présidé|présidée|led|run|headed|chaired|piloté|pilotée) ~3! (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.leads.appointed',
    type: 'LEADS',
    pattern: `@org ~4 (appointed|appoints|named|names|nommé|nomme|désigné|désigne) %p ~4! (as|comme|au|à|en|to)`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.takes-helm',
    type: 'LEADS',
    pattern: `%p ~2! (prend|prendra|prendront|reprend|reprendra|takes|took|take|will) ?take (la|the) (direction|présidence|tête|helm|reins) ?(générale|exécutive) (de|du|d'|des|of|at) @org`,
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
  {
    id: 'any.leads.title-comma',
    type: 'LEADS',
    pattern: `@org ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.verb',
    type: 'LEADS',
    pattern: `%p , ?(qui|who) ${LEAD_VERB} @org`,
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
]);

/** A leader's title, and the words that make a title subordinate or not a title at all. */
const LEADER_TITLE =
  /(?<![\p{L}\p{N}])(p-?dg|président|présidente|patron|patronne|directeur général|directrice générale|dg|ceo|chief executive|chairman|chairwoman|president|managing director|head|boss|gérant|gérante|administrateur délégué|directeur exécutif)(?![\p{L}\p{N}])/iu;
const NOT_LEADER =
  /(?<![\p{L}\p{N}])(vice|adjoint|adjointe|deputy|assistant|spokes\w*|porte-parole|associé|associée|partner|analyst\w*|analyste|financial|financier|commercial|marketing|technique|technical|operating|opérations|d'honneur|former|ancien|ancienne|ex-)\b|\bvice-|\bex\b/iu;

/** True when `between` (the words joining a person and an organisation) gives the person a leader's title. */
export function isLeaderTitle(between: string): boolean {
  return LEADER_TITLE.test(between) && !NOT_LEADER.test(between);
}
