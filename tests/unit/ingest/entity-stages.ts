import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';
import type { ExtractedEntity } from '../../../ingest/types';

/** The entities of a text from the entity stages alone (no relation rules), as the name tests read them. */
export function entitiesFromStages(text: string): ExtractedEntity[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return toEntities(index, new Set());
}
