import path from 'node:path';
import type { EntityType, Language, RelationType } from '../ingest/types';
import { RELATION_TYPES } from '../ingest/types';
import type { Extract } from './extractor';
import type { GoldArticle } from './gold';
import type { Counts, Scores } from './prf';
import { addCounts, emptyCounts, scoresOf } from './prf';
import type { MissCauseCounts } from './miss-causes';
import { addMissCauses, emptyMissCauses, missCauses } from './miss-causes';
import { scoreEntities } from './score-entities';
import { allCounts, coreCounts, emptyByType, scoreRelations } from './score-relations';
import type { AttributeSlice, AttributeTally } from './attributes';
import { addAttributeTally, attributeSlice, emptyAttributeTally, tallyPair } from './attributes';
import { goldValues } from './attributes-gold';
import { matchedPairs } from './attributes-match';

export interface RelationScores {
  byType: Record<RelationType, Scores>;
  /** ACQUIRED + FUNDED + COMPETES_WITH, micro-averaged. */
  core: Scores;
  /** All six types, micro-averaged. */
  all: Scores;
}

export interface GoldSliceScores {
  files: number;
  entities: Scores;
  entitiesByType: Record<EntityType, Scores>;
  relations: RelationScores;
  /** Why the missed gold relations were missed (eval/miss-causes.ts): counts only, so blind sets keep them. */
  missCauses: MissCauseCounts;
}

export interface GoldFileErrors {
  file: string;
  lang: Language;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

export interface GoldResult {
  /** Set when only some relation types were scored (a data set that annotates no others); absent = all six. */
  relationTypes?: RelationType[];
  overall: GoldSliceScores;
  byLang: Partial<Record<Language, GoldSliceScores>>;
  files: GoldFileErrors[];
  seconds: number;
  /** Amount and date of the found deals (eval/attributes.ts): overall and per gold folder, counts only. */
  attributes?: { overall: AttributeSlice; byFolder: Record<string, AttributeSlice> };
}

interface SliceCounts {
  files: number;
  entities: Counts;
  entitiesByType: Record<EntityType, Counts>;
  relations: Record<RelationType, Counts>;
  missCauses: MissCauseCounts;
}

function emptySlice(): SliceCounts {
  return {
    files: 0,
    entities: emptyCounts(),
    entitiesByType: { Organization: emptyCounts(), Person: emptyCounts() },
    relations: emptyByType(),
    missCauses: emptyMissCauses(),
  };
}

function sliceScores(s: SliceCounts): GoldSliceScores {
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, scoresOf(s.relations[t])]));
  return {
    files: s.files,
    entities: scoresOf(s.entities),
    entitiesByType: {
      Organization: scoresOf(s.entitiesByType.Organization),
      Person: scoresOf(s.entitiesByType.Person),
    },
    relations: {
      byType: byType as Record<RelationType, Scores>,
      core: scoresOf(coreCounts(s.relations)),
      all: scoresOf(allCounts(s.relations)),
    },
    missCauses: { ...s.missCauses },
  };
}

const arrow = (type: RelationType, source: string, target: string): string =>
  `${type} ${source} -> ${target}`;

export interface GoldEvalOptions {
  /**
   * Score only relations of these types, gold and predicted alike: for a data set that does not annotate the
   * other types, a prediction of one of them is neither right nor wrong there. Absent = all six.
   */
  relationTypes?: readonly RelationType[];
}

/** Runs the extractor on every gold article and scores entities and relations, per language and overall. */
export function evaluateGold(
  articles: readonly GoldArticle[],
  extract: Extract,
  options: GoldEvalOptions = {},
): GoldResult {
  const scored = options.relationTypes ? new Set<RelationType>(options.relationTypes) : null;
  const counted = <T extends { type: RelationType }>(rels: readonly T[]): readonly T[] =>
    scored ? rels.filter((r) => scored.has(r.type)) : rels;
  const started = process.hrtime.bigint();
  const overall = emptySlice();
  const byLang: Partial<Record<Language, SliceCounts>> = {};
  const files: GoldFileErrors[] = [];
  const attrOverall = emptyAttributeTally();
  const attrByFolder = new Map<string, AttributeTally>();
  for (const gold of articles) {
    const predicted = extract({
      file: gold.file,
      text: gold.text,
      title: gold.title,
      published: gold.published,
    });
    const ents = scoreEntities(gold.entities, predicted.entities);
    const rels = scoreRelations(
      gold.entities,
      counted(gold.relations),
      predicted.entities,
      counted(predicted.relations),
    );
    const attrs = emptyAttributeTally();
    const values = goldValues(gold);
    const pairs = matchedPairs(
      gold.entities,
      counted(gold.relations),
      predicted.entities,
      counted(predicted.relations),
    );
    for (const { gold: g, predicted: p } of pairs) {
      const known = values.get(g);
      if (known) tallyPair(attrs, g.type, known, p);
    }
    addAttributeTally(attrOverall, attrs);
    const folder = path.basename(path.dirname(gold.file));
    if (!attrByFolder.has(folder)) attrByFolder.set(folder, emptyAttributeTally());
    addAttributeTally(attrByFolder.get(folder) as AttributeTally, attrs);
    const causes = missCauses(gold.entities, rels.missed, predicted.entities, counted(predicted.relations));
    for (const slice of [overall, (byLang[gold.lang] ??= emptySlice())]) {
      slice.files++;
      addCounts(slice.entities, ents.overall);
      for (const t of ['Organization', 'Person'] as const) addCounts(slice.entitiesByType[t], ents.byType[t]);
      for (const t of RELATION_TYPES) addCounts(slice.relations[t], rels.byType[t]);
      addMissCauses(slice.missCauses, causes);
    }
    files.push({
      file: gold.file,
      lang: gold.lang,
      missedEntities: ents.missed.map((e) => `${e.type} ${e.name}`),
      spuriousEntities: ents.spurious.map((e) => `${e.type} ${e.name}`),
      missedRelations: rels.missed.map((r) => `${arrow(r.type, r.source, r.target)}  | ${r.evidence ?? ''}`),
      spuriousRelations: rels.spurious.map(
        (r) => `${arrow(r.type, r.source, r.target)} [${r.rule} ${r.status ?? ''}]  | ${r.evidence.sentence}`,
      ),
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const langScores: Partial<Record<Language, GoldSliceScores>> = {};
  for (const lang of ['fr', 'en'] as const) {
    const slice = byLang[lang];
    if (slice) langScores[lang] = sliceScores(slice);
  }
  return {
    ...(options.relationTypes ? { relationTypes: [...options.relationTypes] } : {}),
    overall: sliceScores(overall),
    byLang: langScores,
    files,
    seconds,
    attributes: {
      overall: attributeSlice(attrOverall),
      byFolder: Object.fromEntries([...attrByFolder].map(([f, t]) => [f, attributeSlice(t)])),
    },
  };
}
