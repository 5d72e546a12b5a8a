import type { Captures, Unit } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, triggerAt, wordAt } from './founders-clause';
import { captures, passiveAt } from './founders-founded';
import { FOUND_PARTICIPLE } from './founders-words';

/**
 * LEADS of a founder told right after the founding, in the shapes founders.ts's "qui en est toujours le président"
 * leaves out: a clitic verb of heading ("fondée par P, qui la dirige toujours", "founded by P, who still runs it"),
 * "serves as" ("founded by P, who serves as chief executive") and a title apposed with a time or a possessive
 * ("créée par P, son actuel PDG", "fondée par P, aujourd'hui présidente, …"). The company is the founding's.
 */

/** Object clitics standing for the company founded. */
const CLITIC = /^(la|le|l'|it)$/;
/** Verbs of heading after the clitic (present: the founder heads it now). */
const HEAD_VERB = /^(dirige|préside|pilote|codirige|runs|leads|heads|chairs|co-runs)$/;
/** Time adverbs that may stand around the verb ("qui la dirige toujours", "who still runs it"). */
const NOW_ADVERB = /^(toujours|encore|aujourd'hui|désormais|still|now|today|currently)$/;
/** Words that may open a title apposed to the founder ("son actuel PDG", "aujourd'hui présidente", "its current CEO"). */
const TITLE_OPENER =
  /^(son|sa|its|their|leur|actuel|actuelle|current|aujourd'hui|toujours|désormais|now|still|today|the|le|la|l')$/;
/** Most words of an apposed title. */
const MAX_TITLE_WORDS = 5;
/** Units of a relative clause looked at for its verb and clitic. */
const MAX_RELATIVE_UNITS = 5;

/** ", qui la dirige (toujours)", ", who (still) runs it", ", who serves as chief executive": the founder heads it. */
function headsInRelative(units: Unit[], p: number): boolean {
  if (wordAt(units, p + 1) !== ',' || !/^(qui|who)$/.test(wordAt(units, p + 2) ?? '')) return false;
  const words: string[] = [];
  for (let j = p + 3; j < units.length && j - p - 3 < MAX_RELATIVE_UNITS; j++) {
    const w = wordAt(units, j);
    if (w === null || /^[,;:.!?)»"]$/.test(w)) break;
    words.push(w);
  }
  const rest = words.filter((w) => !NOW_ADVERB.test(w));
  // "qui la dirige", "who runs it"
  if (rest.length >= 2 && CLITIC.test(rest[0]) && HEAD_VERB.test(rest[1])) return true;
  if (rest.length >= 2 && HEAD_VERB.test(rest[0]) && rest[1] === 'it') return true;
  // "who serves as chief executive": the whole clause is the title
  if (rest[0] === 'serves' && rest[1] === 'as') {
    const title = units
      .slice(p + 5)
      .map((u) => (u.kind === 'tok' ? u.token.lower : '|'))
      .join(' ')
      .split(/[|,;.]/)[0];
    return title.split(' ').filter(Boolean).length <= MAX_TITLE_WORDS && isLeaderTitle(title);
  }
  return false;
}

/** ", son actuel PDG,", ", aujourd'hui présidente,": a title apposed to the founder, closed by a comma or the end. */
function apposedTitle(units: Unit[], p: number): boolean {
  if (wordAt(units, p + 1) !== ',' || !TITLE_OPENER.test(wordAt(units, p + 2) ?? '')) return false;
  const words: string[] = [];
  let k = p + 2;
  for (; k < units.length && words.length < MAX_TITLE_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null || /^[,;:.!?)»"]$/.test(w)) break;
    // "son actuel PDG" names the company's head; "de X" would name another body's
    if (/^(de|du|d'|of|at|chez)$/.test(w)) return false;
    words.push(w);
  }
  const closed = k >= units.length || /^[,;:.!?)»"]$/.test(wordAt(units, k) ?? '');
  return closed && words.some((w) => TITLE_OPENER.test(w)) && isLeaderTitle(words.join(' '));
}

/** "Fondée en 2017 par P, qui la dirige toujours, X …", "X was founded by P, who serves as chief executive". */
export function readFounderStillHeads(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const w = triggerAt(units, t);
    if (w === null || !FOUND_PARTICIPLE.test(w)) return;
    const r = passiveAt(units, t);
    if (!r) return;
    // the clause after any founder of the list: "par A, qui la dirige, et par B"
    for (let p = r.people.first; p <= r.people.last; p++) {
      const u = units[p];
      if (u?.kind !== 'ent' || !u.persons) continue;
      if (headsInRelative(units, p) || apposedTitle(units, p))
        out.push(captures(idsAt(units, p), p, idsAt(units, r.org), r.org, t));
    }
  });
  return out;
}

export const FOUNDER_STILL_HEADS_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.founder-still-heads',
    type: 'LEADS',
    read: readFounderStillHeads,
    neededWordPattern: /^(co-?)?(fond|cré|found|establish|start|launch|lanc|set|form)/u,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
