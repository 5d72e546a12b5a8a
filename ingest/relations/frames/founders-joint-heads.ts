import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isPersonAt, triggerAt, wordAt } from './founders-clause';
import { passiveAt } from './founders-founded';
import { FOUND_PARTICIPLE } from './founders-words';

/**
 * Co-founders who head the company together, told in a plural relative after the founding: "founded by A and B,
 * who run the company as co-CEOs", "créée par A et B, qui la codirigent". The plural verb takes up the whole list,
 * so every founder of it heads the company (a singular "who runs it" is about the last one: founders-still-heads.ts).
 */

/** Plural present verbs of heading (the founders head it now). */
const PLURAL_HEAD_VERB =
  /^(run|lead|head|co-run|co-lead|co-head|dirigent|codirigent|co-dirigent|pilotent|copilotent)$/;
/** Adverbs and clitics that may stand between the relative and its verb ("qui la dirigent toujours", "who still run"). */
const BEFORE_VERB =
  /^(still|now|jointly|together|la|le|l'|toujours|désormais|ensemble|aujourd'hui|also|aussi)$/;
/** French object clitics before the verb standing for the company ("qui la codirigent"). */
const CLITIC = /^(la|le|l')$/;
/** Words right after the verb that keep the company as what is headed ("run it", "as co-CEOs", "together"). */
const AFTER_VERB = /^(it|as|comme|together|jointly|ensemble)$/;
/** Nouns of the company after "the"/"la" ("run the company", "dirigent la société"). */
const COMPANY_WORD =
  /^(company|business|firm|startup|start-up|group|société|entreprise|start-up|groupe|maison)$/;
/** Most words between the relative pronoun and the verb. */
const MAX_BEFORE_VERB_WORDS = 3;

function pluralHeadsAfter(units: Unit[], p: number): boolean {
  if (wordAt(units, p + 1) !== ',' || !/^(qui|who)$/.test(wordAt(units, p + 2) ?? '')) return false;
  let clitic = false;
  for (let j = p + 3; j <= p + 3 + MAX_BEFORE_VERB_WORDS; j++) {
    const w = wordAt(units, j);
    if (w === null) return false;
    if (PLURAL_HEAD_VERB.test(w)) return clitic || headsTheCompany(units, j + 1);
    if (!BEFORE_VERB.test(w)) return false;
    clitic ||= CLITIC.test(w);
  }
  return false;
}

/** What follows the verb makes the company its object: "it", "the company", "as co-CEOs", "together". */
function headsTheCompany(units: Unit[], k: number): boolean {
  const u = units[k];
  // "the company" read as a pointer
  if (u?.kind === 'ent') return u.anaphor && u.orgs;
  const w = wordAt(units, k) ?? '';
  if (AFTER_VERB.test(w)) return true;
  return /^(the|la|l')$/.test(w) && COMPANY_WORD.test(wordAt(units, k + 1) ?? '');
}

export function readJointHeads(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const w = triggerAt(units, t);
    if (w === null || !FOUND_PARTICIPLE.test(w)) return;
    const r = passiveAt(units, t);
    if (!r || r.people.ids.length < 2 || !isPersonAt(units, r.people.last)) return;
    if (!pluralHeadsAfter(units, r.people.last)) return;
    out.push({
      p: r.people.ids,
      org: idsAt(units, r.org),
      '#p': [r.people.first],
      '#org': [r.org],
      [MATCH_START]: [Math.min(t, r.org)],
    });
  });
  return out;
}

export const JOINT_HEADS_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.joint-heads',
    type: 'LEADS',
    read: readJointHeads,
    neededWords: ['who', 'qui'],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
