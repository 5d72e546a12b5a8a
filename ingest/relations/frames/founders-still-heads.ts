import type { Captures, Unit } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, triggerAt, wordAt } from './founders-clause';
import { captures, passiveAt } from './founders-founded';
import { FOUND_PARTICIPLE } from './founders-words';
import { FOUNDER_TIE_STOP } from '../people-words';

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
/** Most units of an aside describing the founder before the relative ("un ancien ingénieur de Thales"). */
const MAX_ASIDE_UNITS = 8;
/** A kin or tie noun in the aside ("le fils de Q"): the relative after it may tell Q's post, not the founder's. */
const ASIDE_TIE = new RegExp(`^${FOUNDER_TIE_STOP}$`);
/** Verbs of staying or being before "at its head" ("qui restera à sa tête", "who remains at its helm"). */
const STAY_VERB = /^(reste|restera|demeure|est|remains|will|is|stays)$/;
/** "à sa tête", "at its helm", "at the helm": the company founded is the one headed. */
const AT_HEAD = /^(à sa tête|at its helm|at the helm|at its head)$/;
/** "qui en assure la présidence": the founder holds the post of the company "en" takes up. */
const HELD_POST = /^(présidence|direction)$/;

/**
 * The relative pronoun after the founder at `p`: right after its comma (", qui la dirige"), or after an aside of
 * plain words naming one company at most (", un ancien ingénieur de Thales, qui le préside toujours"), which is
 * about the founder; -1 when none.
 */
function relativeAfter(units: Unit[], p: number): number {
  if (wordAt(units, p + 1) !== ',') return -1;
  if (/^(qui|who)$/.test(wordAt(units, p + 2) ?? '')) return p + 2;
  let companies = 0;
  for (let k = p + 2; k < units.length && k - p - 2 <= MAX_ASIDE_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      // another person's aside, or a second company, may carry the post elsewhere
      if (u.persons || ++companies > 1) return -1;
      continue;
    }
    const w = u.token.lower;
    if (ASIDE_TIE.test(w) || /^[;:.!?()«»"]$/.test(w)) return -1;
    if (w === ',') return k > p + 2 && /^(qui|who)$/.test(wordAt(units, k + 1) ?? '') ? k + 1 : -1;
  }
  return -1;
}

/** ", qui la dirige (toujours)", ", who (still) runs it", ", who serves as chief executive": the founder heads it. */
function headsInRelative(units: Unit[], p: number): boolean {
  const rel = relativeAfter(units, p);
  if (rel < 0) return false;
  const words: string[] = [];
  for (let j = rel + 1; j < units.length && j - rel - 1 < MAX_RELATIVE_UNITS; j++) {
    const w = wordAt(units, j);
    if (w === null || /^[,;:.!?)»"]$/.test(w)) break;
    words.push(w);
  }
  const rest = words.filter((w) => !NOW_ADVERB.test(w));
  // "qui la dirige", "who runs it"
  if (rest.length >= 2 && CLITIC.test(rest[0]) && HEAD_VERB.test(rest[1])) return true;
  if (rest.length >= 2 && HEAD_VERB.test(rest[0]) && rest[1] === 'it') return true;
  // "who still chairs its board", "qui préside son conseil": the board is the company's
  if (
    HEAD_VERB.test(rest[0] ?? '') &&
    /^(its|son)$/.test(rest[1] ?? '') &&
    /^(board|conseil)$/.test(rest[2] ?? '')
  )
    return rest.length === 3;
  // "qui restera à sa tête", "who remains at its helm" (the clause closes there)
  const stayed = rest[0] === 'will' ? rest.slice(1) : rest;
  if (/^(stay|remain)$/.test(stayed[0] ?? '') || STAY_VERB.test(stayed[0] ?? ''))
    if (stayed.length === 4 && AT_HEAD.test(stayed.slice(1).join(' '))) return true;
  // "qui en assure toujours la présidence"
  if (rest.length === 4 && rest[0] === 'en' && rest[1] === 'assure' && HELD_POST.test(rest[3])) return true;
  // "who serves as chief executive": the whole clause is the title
  if (rest[0] === 'serves' && rest[1] === 'as') {
    const title = units
      .slice(rel + 3)
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
