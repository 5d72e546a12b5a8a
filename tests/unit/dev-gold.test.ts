/**
 * Structural checks on the bilingual gold sets (tests/dev-gold…, holdout-gold…, real-gold-en|fr). The sets are how
 * the project measures itself, so a broken file (a typo in an entity name, an evidence sentence edited away from
 * the text, a pointer to the wrong story) must fail here rather than silently lower a score. Real-text gold files
 * point at their text in ../shared/data (`text_source`); it is resolved here exactly as the eval resolves it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readGoldFile } from '../../eval/gold';
import { DEAL_STATUSES, RELATION_TYPES } from '../../ingest/types';
import type { DealStatus, RelationType } from '../../ingest/types';

/** Overridable so the same checks can run on a candidate set before it replaces this one. */
interface GoldSet {
  dir: string;
  minFilesPerLanguage: number;
  /** The languages the folder holds; both unless given. */
  langs?: readonly ('fr' | 'en')[];
}

const GOLD_SETS: readonly GoldSet[] = process.env.DEALGRAPH_DEV_GOLD_DIR
  ? [{ dir: process.env.DEALGRAPH_DEV_GOLD_DIR, minFilesPerLanguage: 1 }]
  : [
      { dir: path.join(__dirname, '..', 'dev-gold'), minFilesPerLanguage: 40 },
      // Written after the rules, to estimate how they generalise: fewer, longer articles.
      { dir: path.join(__dirname, '..', 'dev-gold-2'), minFilesPerLanguage: 12 },
      // Written on the second day for error analysis: longer articles in more press styles.
      { dir: path.join(__dirname, '..', 'dev-gold-3'), minFilesPerLanguage: 8 },
      // Written later on the second day to test whether the day's fixes transfer, then for error analysis.
      { dir: path.join(__dirname, '..', 'dev-gold-4'), minFilesPerLanguage: 8 },
      // Written on the third day in new sectors and press styles, to estimate performance on untuned text.
      { dir: path.join(__dirname, '..', 'dev-gold-5'), minFilesPerLanguage: 6 },
      // Short probe articles written on the fifth day, one engineer per relation family, scored once before use.
      { dir: path.join(__dirname, '..', 'dev-gold-6'), minFilesPerLanguage: 6 },
      // Full-length articles written on the sixth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-7'), minFilesPerLanguage: 6 },
      // Full-length articles written on the seventh day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-8'), minFilesPerLanguage: 18 },
      // Full-length articles written on the eighth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-9'), minFilesPerLanguage: 18 },
      // Full-length articles written on the ninth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-10'), minFilesPerLanguage: 18 },
      // Full-length articles written on the tenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-11'), minFilesPerLanguage: 18 },
      // Full-length articles written on the eleventh day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-12'), minFilesPerLanguage: 21 },
      // Full-length articles written on the twelfth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-13'), minFilesPerLanguage: 21 },
      // Full-length articles written on the thirteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-14'), minFilesPerLanguage: 15 },
      // Full-length articles written on the fourteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-15'), minFilesPerLanguage: 15 },
      // Full-length articles written on the fifteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-16'), minFilesPerLanguage: 15 },
      // Full-length articles written on the sixteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-17'), minFilesPerLanguage: 12 },
      // Full-length articles written on the seventeenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-18'), minFilesPerLanguage: 15 },
      // Full-length articles written on the eighteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-19'), minFilesPerLanguage: 15 },
      // Full-length articles written on the nineteenth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-20'), minFilesPerLanguage: 8 },
      // Full-length articles written on the twentieth day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-21'), minFilesPerLanguage: 10 },
      // Full-length articles written on the twenty-first day, scored once before use (the day's unseen estimate).
      { dir: path.join(__dirname, '..', 'dev-gold-22'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-23'), minFilesPerLanguage: 12 },
      { dir: path.join(__dirname, '..', 'dev-gold-24'), minFilesPerLanguage: 12 },
      { dir: path.join(__dirname, '..', 'dev-gold-25'), minFilesPerLanguage: 12 },
      { dir: path.join(__dirname, '..', 'dev-gold-26'), minFilesPerLanguage: 12 },
      { dir: path.join(__dirname, '..', 'dev-gold-27'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-28'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-29'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-30'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-31'), minFilesPerLanguage: 10 },
      { dir: path.join(__dirname, '..', 'dev-gold-32'), minFilesPerLanguage: 10 },
      // The blind estimate: checked for structure only, scored apart, never tuned on.
      { dir: path.join(__dirname, '..', 'holdout-gold'), minFilesPerLanguage: 8 },
      // A second blind estimate, written on the third day: scored apart, never tuned on.
      { dir: path.join(__dirname, '..', 'holdout-gold-2'), minFilesPerLanguage: 6 },
      // Real text (Reuters stories, WikiNEuRal windows) pointed at, not copied: open dev sets, scored apart.
      { dir: path.join(__dirname, '..', 'real-gold-en'), minFilesPerLanguage: 20, langs: ['en'] },
      { dir: path.join(__dirname, '..', 'real-gold-fr'), minFilesPerLanguage: 20, langs: ['fr'] },
      // Real Reuters stories annotated blind (scored as "holdout-real"): checked here, never read for tuning.
      { dir: path.join(__dirname, '..', 'real-gold-en-2'), minFilesPerLanguage: 20, langs: ['en'] },
    ];
const FILE_NAME = /^(fr|en)-\d{3,4}\.json$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_CURRENCY = /^[A-Z]{3}$/;
const DEAL_TYPES: ReadonlySet<RelationType> = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(['COMPETES_WITH', 'MERGED_WITH']);
/** A gold relation is a fact; rumoured or abandoned deals belong under `negatives`. */
const GOLD_DEAL_STATUSES: ReadonlySet<DealStatus> = new Set(['announced', 'pending', 'completed']);
const PERCENT_MAX = 100;

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}

interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  status?: DealStatus;
  date?: string | null;
  amount?: number | null;
  currency?: string | null;
  seller?: string;
  stake?: number;
  lead?: boolean;
  /** Inline-text files quote the sentence; pointer files give its offsets in the resolved text instead. */
  evidence: string | null;
  evidence_span?: unknown;
}

interface GoldNegative {
  type: RelationType;
  source: string | null;
  target: string | null;
  status: DealStatus | null;
  why: string;
  evidence: string | null;
  evidence_span?: unknown;
}

interface GoldArticle {
  id: string;
  lang: string;
  url: string | null;
  title: string | null;
  published: string | null;
  text?: string;
  text_file?: string;
  text_source?: unknown;
  entities: GoldEntity[];
  relations: GoldRelation[];
  negatives?: GoldNegative[];
  notes: string;
}

interface LoadedGold {
  file: string;
  doc: GoldArticle;
  /** The inline text, or the text a pointer resolves to (the eval's own reader resolves it). */
  text: string;
  pointer: boolean;
  /** Why the eval's reader refused the file (a pointer to no text, an evidence_span out of bounds), or null. */
  readError: string | null;
}

function resolvedText(file: string): { text: string; readError: string | null } {
  try {
    return { text: readGoldFile(file).text, readError: null };
  } catch (err) {
    return { text: '', readError: (err as Error).message };
  }
}

function loadGold(dir: string): LoadedGold[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as GoldArticle;
      const pointer = doc.text_source !== undefined;
      const read = pointer ? resolvedText(path.join(dir, file)) : { text: doc.text ?? '', readError: null };
      return { file, doc, pointer, ...read };
    });
}

/** Why an evidence_span is not [start, end) of a trimmed, non-empty stretch of `text`, or null when it is. */
function spanProblem(span: unknown, text: string): string | null {
  if (!Array.isArray(span) || span.length !== 2 || !span.every((n) => Number.isInteger(n)))
    return 'not [start, end]';
  const [start, end] = span as [number, number];
  if (start < 0 || end > text.length || start >= end) return `outside 0..${text.length} or empty`;
  const cut = text.slice(start, end);
  return cut.trim() === cut ? null : 'starts or ends with white space';
}

/** The stating sentence is quoted (inline text) or located by offsets (pointer files), never both. */
function evidenceProblem(
  item: { evidence: string | null; evidence_span?: unknown },
  gold: LoadedGold,
): string | null {
  if (gold.pointer) {
    if (item.evidence !== null && item.evidence !== undefined)
      return 'pointer files give evidence_span, not evidence';
    return spanProblem(item.evidence_span, gold.text);
  }
  return typeof item.evidence === 'string' && gold.text.includes(item.evidence)
    ? null
    : 'evidence not in text';
}

function isValidCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pairKey(type: string, a: string, b: string, symmetric: boolean): string {
  return symmetric && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
}

describe('gold sets together', () => {
  it('never reuse an article id across folders (the eval scores each id once)', () => {
    const ids = GOLD_SETS.flatMap((set) => loadGold(set.dir).map(({ doc }) => doc.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe.each(GOLD_SETS.map((set) => [path.basename(set.dir), set] as const))('gold set %s', (_name, set) => {
  const gold = loadGold(set.dir);
  const langs = set.langs ?? ['fr', 'en'];

  it(`has only ${langs.join('-NNN / ')}-NNN JSON files and at least ${set.minFilesPerLanguage} per language`, () => {
    const names = fs.readdirSync(set.dir).filter((f) => f.endsWith('.json'));
    expect(names.filter((f) => !FILE_NAME.test(f) || !langs.includes(f.slice(0, 2) as 'fr' | 'en'))).toEqual(
      [],
    );
    for (const lang of langs) {
      expect(names.filter((f) => f.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(
        set.minFilesPerLanguage,
      );
    }
  });

  describe.each(gold.map((g) => [g.file, g] as const))('%s', (file, loaded) => {
    const { doc, text } = loaded;
    const entityNames = new Set(doc.entities.map((e) => e.name));

    it('has an id matching the file name and a lang matching the prefix', () => {
      expect(`${doc.id}.json`).toBe(file);
      expect(doc.lang).toBe(file.slice(0, 2));
    });

    it('is read by the eval as it is (a pointer resolves to a text, every evidence_span lies inside it)', () => {
      expect(loaded.readError).toBeNull();
    });

    it('has the header fields of GOLD-FORMAT', () => {
      expect(doc.url === null || doc.url === undefined || typeof doc.url === 'string').toBe(true);
      // A pointed-at text carries its own headline (Reuters) or has none (Wikipedia sentences).
      expect(typeof doc.title === 'string' || (loaded.pointer && doc.title === null)).toBe(true);
      if (loaded.pointer) expect([doc.text, doc.text_file]).toEqual([undefined, undefined]);
      expect(
        doc.published === null || (ISO_DATE.test(doc.published) && isValidCalendarDate(doc.published)),
      ).toBe(true);
      expect(text.length).toBeGreaterThan(0);
      expect(typeof doc.notes).toBe('string');
    });

    it('names each entity once, with a valid type, and every surface form occurs in the text', () => {
      expect(entityNames.size).toBe(doc.entities.length);
      // Wire copy is hard-wrapped and often all capitals or all lower case, so in a pointed-at text a name may
      // run over a line break or differ in case (the scorer folds case as well).
      const spaced = (t: string): string => (loaded.pointer ? t.replace(/\s+/g, ' ').toLowerCase() : t);
      const searched = spaced(text);
      for (const entity of doc.entities) {
        expect(['Organization', 'Person']).toContain(entity.type);
        for (const surface of [entity.name, ...(entity.aliases ?? [])]) {
          expect({ entity: entity.name, surface, found: searched.includes(spaced(surface)) }).toEqual({
            entity: entity.name,
            surface,
            found: true,
          });
        }
      }
    });

    it('has relations between its entities, with valid types, values and exact evidence', () => {
      const seen = new Set<string>();
      for (const rel of doc.relations) {
        const where = `${rel.type} ${rel.source} -> ${rel.target}`;
        expect({ where, type: RELATION_TYPES.includes(rel.type) }).toEqual({ where, type: true });
        expect({ where, source: entityNames.has(rel.source), target: entityNames.has(rel.target) }).toEqual({
          where,
          source: true,
          target: true,
        });
        expect(rel.source).not.toBe(rel.target);
        expect({ where, evidence: evidenceProblem(rel, loaded) }).toEqual({ where, evidence: null });

        const key = pairKey(rel.type, rel.source, rel.target, SYMMETRIC_TYPES.has(rel.type));
        expect({ where, duplicate: seen.has(key) }).toEqual({ where, duplicate: false });
        seen.add(key);

        if (DEAL_TYPES.has(rel.type)) {
          // GOLD-FORMAT does not require a status; when one is given it must be a gold one.
          if (rel.status !== undefined) {
            expect(GOLD_DEAL_STATUSES.has(rel.status)).toBe(true);
            expect(DEAL_STATUSES).toContain(rel.status);
          }
        }
        if (rel.date !== undefined && rel.date !== null) {
          expect(ISO_DATE.test(rel.date) && isValidCalendarDate(rel.date)).toBe(true);
        }
        if (rel.amount !== undefined && rel.amount !== null) {
          expect(Number.isFinite(rel.amount) && rel.amount > 0).toBe(true);
          expect(ISO_CURRENCY.test(rel.currency ?? '')).toBe(true);
        }
        if (rel.seller !== undefined) {
          expect(rel.type).toBe('ACQUIRED');
          expect(entityNames.has(rel.seller)).toBe(true);
        }
        if (rel.stake !== undefined) expect(rel.stake > 0 && rel.stake <= PERCENT_MAX).toBe(true);
        if (rel.lead !== undefined) expect(rel.type).toBe('FUNDED');
      }
    });

    it('has organisations as targets, people as leaders, organisations on both ends of deals and rivalry', () => {
      const typeOf = new Map(doc.entities.map((e) => [e.name, e.type]));
      for (const rel of doc.relations) {
        expect(typeOf.get(rel.target)).toBe('Organization');
        if (rel.type === 'LEADS') expect(typeOf.get(rel.source)).toBe('Person');
        if (rel.type === 'ACQUIRED' || rel.type === 'MERGED_WITH' || rel.type === 'COMPETES_WITH') {
          expect(typeOf.get(rel.source)).toBe('Organization');
        }
      }
    });

    it('records negatives against its entities, never duplicating a gold relation', () => {
      const goldKeys = new Set(
        doc.relations.map((r) => pairKey(r.type, r.source, r.target, SYMMETRIC_TYPES.has(r.type))),
      );
      for (const neg of doc.negatives ?? []) {
        expect(RELATION_TYPES).toContain(neg.type);
        for (const end of [neg.source, neg.target]) if (end !== null) expect(entityNames.has(end)).toBe(true);
        expect(neg.status === null || neg.status === 'rumoured' || neg.status === 'abandoned').toBe(true);
        expect({ neg: neg.why, evidence: evidenceProblem(neg, loaded) }).toEqual({
          neg: neg.why,
          evidence: null,
        });
        expect(neg.why.length).toBeGreaterThan(0);
        if (neg.source !== null && neg.target !== null) {
          expect(goldKeys.has(pairKey(neg.type, neg.source, neg.target, SYMMETRIC_TYPES.has(neg.type)))).toBe(
            false,
          );
        }
      }
    });
  });
});
