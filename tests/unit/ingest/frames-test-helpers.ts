import { collectCandidates } from '../../../ingest/entities/collect';
import { newDiscourseState } from '../../../ingest/relations/discourse';
import type { Captures } from '../../../ingest/relations/pattern';
import { buildUnits } from '../../../ingest/relations/units';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { entityName } from '../../../ingest/resolve/to-entities';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { facts, pair, run } from './helpers';

/** Readings of the frame-reader tests (frames-*.test.ts), in the shapes their expectations are written in. */

/** "source -> target" of every fact of the type, in the order the pipeline gave them. */
export function pairsOf(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

/** "source -> target" of every fact of the type, sorted. */
export function sortedPairs(text: string, type: string): string[] {
  return pairsOf(text, type).sort();
}

/** "source -> target [rule]" of every fact of the type, sorted. */
export function sortedPairsWithRule(text: string, type: string): string[] {
  return facts(run(text), type)
    .map((r) => `${pair(r)} [${r.rule}]`)
    .sort();
}

/** Facts of the type read by a rule whose id starts with `rulePrefix` (a frame reader, not a pattern rule). */
export function pairsByRule(text: string, type: string, rulePrefix: string): string[] {
  return facts(run(text), type)
    .filter((r) => r.rule.startsWith(rulePrefix))
    .map(pair);
}

/** The units one reader is given, for a text of one sentence. */
export type UnitReader = (units: ReturnType<typeof buildUnits>) => Captures[];

/** "person -> org+org" of each reading of one reader alone (no pattern rule first), for a text of one sentence. */
export function readerNames(text: string, reader: UnitReader): string[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const names = index.entities.map((e) => entityName(e.surfaces));
  const units = buildUnits(tokens[0], index.bySentence[0], index, newDiscourseState());
  return reader(units)
    .flatMap((c) => c.p.map((p) => `${names[p]} -> ${c.org.map((o) => names[o]).join('+')}`))
    .sort();
}
