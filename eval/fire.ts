import fs from 'node:fs';
import type { RelationType } from '../ingest/types';
import { EvalError } from './errors';
import { detokenizeEnglish } from './fire-detokenize';
import { sentenceEntities } from './fire-entities';
import { parseFire } from './fire-format';
import type { FireSentence } from './fire-format';
import { sentenceRelations } from './fire-relations';
import type { GoldArticle } from './gold';
import { evalPaths, FIRE_FILE_ENV } from './paths';

/**
 * FIRE (financial relation extraction, English; ../shared/data/fire) read as gold articles: one article per
 * FIRE item (a sentence, sometimes two), its text detokenised as a reader would see it.
 *
 * Entities: Company → Organization and Person → Person, only when the mention is a proper name (see
 * fire-names.ts: pronouns, "the Company", lower-case descriptions and dates typed as companies are dropped,
 * since GOLD-FORMAT lists only entities the text names). A defined short name in the mention ("CME Group Inc.
 * (CME Group)") and mentions that fold to the same name become one entity with aliases.
 *
 * Relations (fire-relations.ts): ActionBuy → ACQUIRED buyer → bought, only when what was bought is a named
 * company (not assets, a stake or a business unit); ActionMerge → MERGED_WITH unless the pair is also bought
 * (an absorption); Employeeof → LEADS only when the person's designation in the sentence is a top role. No
 * other FIRE type is mapped, so only FIRE_RELATION_TYPES are comparable on this set: an extractor's FUNDED,
 * COMPETES_WITH or FOUNDED facts here are neither right nor wrong.
 */
export const FIRE_RELATION_TYPES: readonly RelationType[] = ['ACQUIRED', 'MERGED_WITH', 'LEADS'];

export { FIRE_FILE_ENV };
const FIRE_ID_PREFIX = 'fire';

/** The FIRE file `npm run eval` scores: one definition, in eval/paths.ts. */
export function fireDevFile(env: NodeJS.ProcessEnv = process.env): string {
  return evalPaths(env).fireFile;
}

/** Counts behind the conversion, for the one-off quality print and for a reader of the eval JSON. */
export interface FireConversionStats {
  sentences: number;
  entitiesKept: Record<string, number>;
  /** Company/Person mentions that are not proper names. */
  mentionsDroppedNotNamed: number;
  /** Named mentions that are another surface form of an entity already in the sentence. */
  mentionsMergedAsAliases: number;
  relationsKept: Record<string, number>;
  /** Keyed "FireType/reason", e.g. "ActionBuy/end-not-organization". */
  relationsDropped: Record<string, number>;
}

export interface FireConversion {
  articles: GoldArticle[];
  stats: FireConversionStats;
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Converts parsed FIRE sentences; `file` is the split they came from (kept in each `GoldArticle.file`). */
export function fireToGold(file: string, sentences: readonly FireSentence[]): FireConversion {
  const stats: FireConversionStats = {
    sentences: sentences.length,
    entitiesKept: {},
    mentionsDroppedNotNamed: 0,
    mentionsMergedAsAliases: 0,
    relationsKept: {},
    relationsDropped: {},
  };
  const width = String(sentences.length).length;
  const articles = sentences.map((fire, i): GoldArticle => {
    const sentence = detokenizeEnglish(fire.tokens);
    const ents = sentenceEntities(fire, sentence);
    const rels = sentenceRelations(fire, sentence, ents);
    stats.mentionsDroppedNotNamed += ents.droppedNotNamed;
    stats.mentionsMergedAsAliases += ents.kept - ents.entities.length;
    for (const e of ents.entities) bump(stats.entitiesKept, e.type);
    for (const r of rels.relations) bump(stats.relationsKept, r.type);
    for (const d of rels.dropped) bump(stats.relationsDropped, `${d.fireType}/${d.reason}`);
    const id = `${FIRE_ID_PREFIX}-${String(i).padStart(width, '0')}`;
    return {
      id,
      // one file holds every sentence: the id after "#" lets an error listing point at the one meant
      file: `${file}#${id}`,
      lang: 'en',
      title: null,
      published: null,
      text: sentence.text,
      entities: ents.entities,
      relations: rels.relations,
    };
  });
  return { articles, stats };
}

export function readFire(file: string): FireConversion {
  if (!fs.existsSync(file)) {
    throw new EvalError(
      'EVAL_DATA_MISSING',
      `no FIRE file at ${file} (set ${FIRE_FILE_ENV} to point at one)`,
    );
  }
  return fireToGold(file, parseFire(file, fs.readFileSync(file, 'utf8')));
}

/** The FIRE split at `file` as gold articles; errors are EvalError EVAL_DATA_MISSING / EVAL_GOLD_INVALID. */
export function loadFireAsGold(file: string): GoldArticle[] {
  return readFire(file).articles;
}
