import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START, capturedAt } from '../pattern';
import type { ReaderRuleSpec, Rule } from '../rule';
import { subjectOrgBefore } from '../sentence-orgs';
import { wordAt } from './rivals-clause';

/**
 * A possessive rival noun apposed to a name ("au profit de Forgeal, son concurrent stéphanois", "sold its unit to
 * Televa, its closest rival", "tandis que le danois Faerch, son principal concurrent européen, s'est offert …")
 * owns its possessive through the clause's subject, not through the name just before the apposition: that name is
 * often the object of the subject's verb or its complement ("le contrat du constructeur Trelano", "sa filiale,
 * Armor Propulsion,"). The reader pairs the subject with the apposed name; the guard refuses the readings that pair
 * the apposed name with another company while a subject company stands before it. A rival noun with its own
 * complement ("its rival of thirty years", "concurrent de Y") is read elsewhere.
 */

export const POSSESSED_RIVAL_RULE = 'any.competes.possessed-apposed-subject';
/** Readings that give a possessive rival apposition the nearest name or the article's topic as its owner. */
const NEAREST_OWNER_RULES = new Set(['any.competes.apposed-after', 'any.competes.its-rival-apposed']);

const POSSESSIVES = new Set(['its', 'their', 'son', 'sa', 'leur']);
/** One rival, so one company: a plural noun ("ses concurrents, A et B") lists rivals and is read elsewhere. */
const ONE_RIVAL = /^(rival|rivale|concurrent|concurrente|competitor|challenger|arch-rival|archrival)$/u;
/** Adjectives between the possessive and the noun ("its closest", "son principal", "son plus proche"). */
const MAX_WORDS_BEFORE_NOUN = 2;
/** A complement of the noun names its own owner ("its rival of thirty years" is no case; "concurrent de Y" is). */
const NOUN_COMPLEMENT = /^(of|to|de|du|d'|des)$/u;

/** The unit index of the rival noun of a possessive apposition after the name at `j`, else -1. */
function possessedRivalAfter(units: Unit[], j: number): number {
  if (wordAt(units, j + 1) !== ',' || !POSSESSIVES.has(wordAt(units, j + 2) ?? '')) return -1;
  for (let k = j + 3; k <= j + 3 + MAX_WORDS_BEFORE_NOUN; k++) {
    const w = wordAt(units, k);
    if (w === null || !/^\p{Ll}/u.test(w)) return -1;
    if (ONE_RIVAL.test(w)) return NOUN_COMPLEMENT.test(wordAt(units, k + 1) ?? '') ? -1 : k;
  }
  return -1;
}

/** The clause subject's unit and entity when it is a company other than the apposed name at `j`. */
function otherSubject(units: Unit[], j: number): { at: number; ent: number } | null {
  const ent = subjectOrgBefore(units, j);
  const u = units[j];
  if (ent === null || u.kind !== 'ent' || u.ents.includes(ent)) return null;
  const at = units.findIndex((x) => x.kind === 'ent' && x.ents.includes(ent));
  return at < 0 || at >= j ? null : { at, ent };
}

function readPossessedApposed(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, j) => {
    if (u.kind !== 'ent' || !u.orgs || possessedRivalAfter(units, j) < 0) return;
    const subject = otherSubject(units, j);
    if (subject === null) return;
    out.push({
      a: [subject.ent],
      b: [...u.ents],
      '#a': [subject.at],
      '#b': [j],
      [MATCH_START]: [subject.at],
    });
  });
  return out;
}

export const POSSESSED_APPOSED_READERS: ReaderRuleSpec[] = [
  {
    id: POSSESSED_RIVAL_RULE,
    type: 'COMPETES_WITH',
    read: readPossessedApposed,
    neededWords: [...POSSESSIVES],
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
];

/**
 * A nearest-name reading of a possessive rival apposition ("A sold its unit, U, to B, its rival": U and B) while a
 * subject company other than both stands before it: the reader above pairs the subject instead.
 */
export function possessedRivalOfOther(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (!NEAREST_OWNER_RULES.has(rule.id)) return false;
  const j = capturedAt(caps, 'b');
  if (j < 0 || possessedRivalAfter(units, j) < 0) return false;
  const subject = otherSubject(units, j);
  if (subject === null) return false;
  const other = caps.a ?? [];
  return !other.includes(subject.ent);
}
