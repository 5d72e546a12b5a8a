import { extractArticle } from '../../../ingest/extract';
import type { ExtractedArticle, ExtractedEntity, ExtractedRelation } from '../../../ingest/types';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

export function run(text: string, published: string | null = null): ExtractedArticle {
  return extractArticle({ file: 'test', text, published });
}

export function facts(a: ExtractedArticle, type?: string): ExtractedRelation[] {
  return a.relations.filter((r) => type === undefined || r.type === type);
}

export function pair(r: ExtractedRelation): string {
  return `${r.source} -> ${r.target}`;
}

/** Every fact of an article as "TYPE source -> target", a rivalry as "COMPETES_WITH a <-> b" with the names sorted. */
export function factLines(a: ExtractedArticle): string[] {
  return a.relations.map((r) =>
    r.type === 'COMPETES_WITH'
      ? `${r.type} ${[r.source, r.target].sort().join(' <-> ')}`
      : `${r.type} ${r.source} -> ${r.target}`,
  );
}

/** A fact as "TYPE source -> target". */
export function typedPair(r: ExtractedRelation): string {
  return `${r.type} ${pair(r)}`;
}

/** Facts of the type told as made (announced, pending or completed), as "source -> target", sorted. */
export function madePairs(text: string, published: string | null, type: string): string[] {
  return facts(run(text, published), type)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

/** Every ACQUIRED and FUNDED fact, whatever its status, as "TYPE source -> target", sorted: which of the two a stake became. */
export function typedDealPairs(text: string, published: string | null): string[] {
  return facts(run(text, published))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(typedPair)
    .sort();
}

/** FUNDED pairs of a sentence read after a French headline and lead about Hydréa's round (the article's company). */
export function fundedAfterHydreaLead(sentence: string): string[] {
  const title = 'Hydréa lève 35 M€ pour ses drones navals';
  const text = `${title}\n\nHydréa, fabricant toulonnais de drones, annonce une levée de 35 millions d'euros.\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
    .map(pair)
    .sort();
}

/** Scored (not rumoured, not abandoned) FUNDED pairs of a headline, a lead about the company raising, then a sentence. */
export function fundedAfterLead(title: string, lead: string, sentence: string, published: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published }), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

/**
 * The scored (not rumoured, not abandoned) facts of one type stated by the last sentence of an article made of a
 * headline, a lead and that sentence: how a rule reads a sentence told after the story's subject is set.
 */
export function scoredFactsAfterLead(type: string, sentence: string, title: string, lead: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-10' }), type)
    .filter((r) => r.evidence.sentence === sentence)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

/** The entity stages alone (no relation rules): the names a text gives, each with its type and aliases. */
export function entitiesOf(text: string): ExtractedEntity[] {
  const tokens = splitSentences(text).map((s) => tokenize(s.text, s.start));
  return toEntities(clusterEntities(collectCandidates(tokens, text), tokens, text), new Set());
}

/** Pairs of one type, rumours and failures left out, from an article with a headline (its first company leads). */
export function pairsWithTitle(title: string, body: string, type: string): string[] {
  const article = extractArticle({
    file: 'test',
    title,
    text: `${title}\n\n${body}`,
    published: '2026-03-01',
  });
  return article.relations
    .filter((r) => r.type === type && r.status !== 'rumoured' && r.status !== 'abandoned')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

/** Two ends as an unordered pair ("a ~ b", sorted), the form `pairsInLastParagraph` returns. */
export function unorderedPair(a: string, b: string): string {
  return [a, b].sort().join(' ~ ');
}

/** The facts of `type` whose evidence is `sentence`, read as the paragraph after `lead` (unordered pairs, sorted). */
export function pairsInLastParagraph(lead: string, sentence: string, type = 'COMPETES_WITH'): string[] {
  const text = `${lead}\n\n${sentence}`;
  return extractArticle({ file: 'test', text, published: null })
    .relations.filter((r) => r.type === type && r.evidence.sentence === sentence)
    .map((r) => unorderedPair(r.source, r.target))
    .sort();
}

/** The rivalry pairs the whole extractor reads in `text`, each as "a <-> b" with the two names sorted. */
export function extractedRivalPairs(text: string, published: string): string[] {
  return facts(run(text, published), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' <-> '));
}
