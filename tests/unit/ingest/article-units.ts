import { extractRelations } from '../../../ingest/relations/extract-relations';
import { detectLanguage } from '../../../ingest/language';
import type { ExtractedRelation } from '../../../ingest/types';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { buildUnits } from '../../../ingest/relations/units';
import { newDiscourseState, startParagraph } from '../../../ingest/relations/discourse';
import { paragraphStarts } from '../../../ingest/relations/paragraph-starts';

/**
 * Each sentence of a whole article as the relation rules see it, one string per sentence: words as they stand,
 * an entity unit as "[Name]" and a resolved pointer as "[*Name]", so anaphora tests can say what a pointer became
 * without going through a rule.
 */
export function articleUnits(text: string): string[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const starts = paragraphStarts(text, sentences);
  const state = newDiscourseState();
  const name = (e: number) => index.entities[e].surfaces[0];
  return sentences.map((_, s) => {
    if (starts[s]) startParagraph(state);
    return buildUnits(tokens[s], index.bySentence[s], index, state)
      .map((u) =>
        u.kind === 'tok' ? u.token.text : `[${u.anaphor ? '*' : ''}${u.ents.map(name).join('+')}]`,
      )
      .join(' ');
  });
}

/** The relation stage as extract.ts runs it on one text, the headline handed over when given. */
export function relationsOf(text: string, title: string | null = null): ExtractedRelation[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return extractRelations({
    lang: detectLanguage(text) === 'fr' ? 'fr' : 'en',
    sentences,
    tokens,
    index,
    published: '2026-03-10',
    title,
    paragraphStarts: paragraphStarts(text, sentences),
  }).relations;
}

/** The rivalry pairs of `text`, each as "a <-> b" with the two names sorted. */
export function rivalPairsOf(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' <-> '));
}

/** "a <-> b" with the names sorted, as `rivalPairsOf` gives it. */
export function sortedRivalPair(a: string, b: string): string {
  return [a, b].sort().join(' <-> ');
}
