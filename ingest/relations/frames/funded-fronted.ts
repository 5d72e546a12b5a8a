import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isTok, listFrom, lowerAt } from './funded-clause';
import { firstGiver, giverOk, refused, sentenceClauseEnd } from './funded-giver';
import { BACKED_PARTICIPLE } from './funded-words';

/**
 * A backing participle that opens the sentence, its agent, then the main clause's subject: "Accompagnée depuis
 * 2021 par le business angel P, l'entreprise lilloise a doublé …", "Backed by A and B, Y now sells …". The
 * subject after the comma is the company backed, even when only pointed at ("l'entreprise", "the company"): a
 * fronted participle can only describe the main clause's subject. The same participle inside the sentence
 * ("L'éditeur, accompagné par A, voit B prendre …") is an apposition, read by the passive reader.
 */

/** Units between the participle and its "par"/"by" ("depuis sa création", "since 2020"). */
const MAX_UNITS_TO_AGENT = 4;
/** Units between the comma that closes the agent and the main clause's subject ("l'entreprise lilloise"). */
const MAX_UNITS_TO_SUBJECT = 3;

function agentAt(units: Unit[]): number {
  for (let k = 1; k <= MAX_UNITS_TO_AGENT + 1 && k < units.length; k++) {
    if (units[k].kind !== 'tok' || isTok(units, k, /^,$/)) return -1;
    if (isTok(units, k, /^(par|by)$/)) return k;
  }
  return -1;
}

/** The main clause's subject after the comma closing the agent's list: an organisation, named or pointed at. */
function mainSubject(units: Unit[], from: number): number {
  if (!isTok(units, from, /^,$/)) return -1;
  for (let k = from + 1; k < units.length && k - from <= MAX_UNITS_TO_SUBJECT + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && u.word === undefined ? k : -1;
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return -1;
  }
  return -1;
}

/** Readings of a sentence opened by a backing participle (none, or one). */
export function frontedBackingReadings(units: Unit[]): Captures[] {
  // a capitalised opening participle may stand as a guessed name: its word is still read
  const opener = units[0];
  if (opener?.kind === 'ent' && opener.word === undefined) return [];
  if (!BACKED_PARTICIPLE.test(lowerAt(units, 0))) return [];
  const by = agentAt(units);
  if (by < 0) return [];
  const ce = sentenceClauseEnd(units, by);
  const first = firstGiver(units, by + 1, ce);
  if (first < 0) return [];
  // a list read on past the comma takes in the main clause's pointer ("…, l'entreprise lilloise a doublé")
  const list = listFrom(units, first, ce);
  const pointer = list.findIndex((m) => (units[m] as { anaphor: boolean }).anaphor);
  const givers = pointer < 0 ? list : list.slice(0, pointer);
  const src = givers.filter((m) => giverOk(units, m));
  const tgt = mainSubject(units, givers[givers.length - 1] + 1);
  if (src.length === 0 || tgt < 0 || refused(units, 0, tgt, 0)) return [];
  const tgtEnts = (units[tgt] as { ents: number[] }).ents;
  const giverEnts = src.flatMap((i) => (units[i] as { ents: number[] }).ents);
  if (tgtEnts.some((e) => giverEnts.includes(e))) return [];
  return [{ src: giverEnts, '#src': [src[0]], tgt: tgtEnts, '#tgt': [tgt], [MATCH_START]: [0] }];
}
