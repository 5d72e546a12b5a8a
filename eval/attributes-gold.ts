import fs from 'node:fs';
import type { GoldArticle, GoldRelation } from './gold';
import type { ValueSide } from './attributes';
import { isValueRelationType } from './attributes';

/**
 * The gold's deal values (GOLD-FORMAT `date`, `amount`, `currency`), read from the annotation file beside the
 * parsed relations: eval/gold.ts keeps only who–whom. Relations are parsed in file order, so the i-th parsed
 * relation is the i-th raw one. An article whose file cannot be read (an in-memory test article) gives none.
 */

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const numeric = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function valuesOfRaw(raw: unknown): ValueSide {
  const r = (raw ?? {}) as Record<string, unknown>;
  return { date: text(r.date), amount: numeric(r.amount), currency: text(r.currency) };
}

/** Each relation of the article with its gold values; a relation absent from the map has no known values. */
export function goldValues(article: GoldArticle): Map<GoldRelation, ValueSide> {
  const out = new Map<GoldRelation, ValueSide>();
  if (!article.relations.some((r) => isValueRelationType(r.type))) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(article.file, 'utf8'));
  } catch {
    return out;
  }
  const rels = (raw as { relations?: unknown }).relations;
  if (!Array.isArray(rels) || rels.length !== article.relations.length) return out;
  article.relations.forEach((r, i) => out.set(r, valuesOfRaw(rels[i])));
  return out;
}
