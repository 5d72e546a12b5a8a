import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { collectCandidates } from './entities/collect';
import { clusterEntities } from './resolve/cluster';
import { extractRelations } from './relations/extract-relations';
import { paragraphStarts } from './relations/paragraph-starts';
import { toEntities } from './resolve/to-entities';
import type { ArticleInput, ExtractedArticle } from './types';

/**
 * Article text → entities, relations and events. Pure and deterministic; every stage is linear in the text
 * (rules look at bounded windows of one sentence and its neighbour).
 */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  const text = input.text;
  const lang = detectLanguage(text);
  const base: ExtractedArticle = {
    file: input.file,
    lang,
    title: input.title ?? null,
    published: input.published ?? null,
    entities: [],
    relations: [],
    events: [],
  };
  if (lang === 'other' || text.trim().length === 0) return base;
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const found = extractRelations({
    lang,
    sentences,
    tokens,
    index,
    published: base.published,
    title: base.title,
    paragraphStarts: paragraphStarts(text, sentences),
  });
  return {
    ...base,
    entities: toEntities(index, found.used),
    relations: found.relations,
    events: found.events,
  };
}
