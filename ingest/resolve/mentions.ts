import type { EntityType } from '../types';

/** One named span in a sentence, linked to the article-level entity it names. */
export interface Mention {
  sentence: number;
  /** Token range [from, to) in the sentence's tokens. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  entity: number;
}

/** An entity while the article is being read: all its surfaces and where they occur. */
export interface EntityDraft {
  id: number;
  type: EntityType;
  surfaces: string[];
  mentions: Mention[];
  /** Named only, never typed by the text: kept only if a relation rule gives it a role. */
  tentative: boolean;
  /** Forms the text also gives the entity that never name it ("région Pays de la Loire", region-council-names.ts). */
  aliasesOnly?: string[];
}

/** Sentences' mentions, in order, plus the entities they point to. */
export interface EntityIndex {
  entities: EntityDraft[];
  bySentence: Mention[][];
}
