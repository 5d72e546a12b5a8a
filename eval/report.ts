import type { Language, RelationType } from '../ingest/types';
import { RELATION_TYPES } from '../ingest/types';
import { ACQ_SLOTS } from './acquisitions-data';
import { attributeSections } from './attributes-report';
import type { GoldFileErrors, GoldResult, GoldSliceScores } from './gold-eval';
import { MISS_CAUSES } from './miss-causes';
import type { EvalResults } from './results';
import type { Row, Section } from './table';
import type { Target } from './targets';
import {
  ACQ_PUBLISHED_BEST_F1,
  ACQ_TARGETS,
  GOLD_ALL_RELATIONS_TARGET,
  GOLD_CORE_RELATIONS_TARGET,
  GOLD_ENTITY_TARGET,
  WIKINEURAL_ORG_TARGET,
} from './targets';

/** Which rows a gold-like result gets: the targets apply to the project's own gold and its real-text proxies. */
interface RowOptions {
  withTargets: boolean;
  /** Only these relation types were scored (see GoldEvalOptions); absent = all six, with the core row. */
  relationTypes?: readonly RelationType[];
}

function goldRows(name: string, path: string, s: GoldSliceScores, options?: RowOptions): Row[] {
  const targets = options?.withTargets ?? true;
  const types = options?.relationTypes;
  const target = (t: Target): { target?: Target } => (targets ? { target: t } : {});
  const rows: Row[] = [
    {
      label: `${name} entities`,
      path: `${path}.entities`,
      scores: s.entities,
      ...target(GOLD_ENTITY_TARGET),
    },
    {
      label: `${name}   Organization`,
      path: `${path}.entitiesByType.Organization`,
      scores: s.entitiesByType.Organization,
    },
    { label: `${name}   Person`, path: `${path}.entitiesByType.Person`, scores: s.entitiesByType.Person },
  ];
  if (!types) {
    rows.push({
      label: `${name} relations core (ACQ+FUND+COMP)`,
      path: `${path}.relations.core`,
      scores: s.relations.core,
      ...target(GOLD_CORE_RELATIONS_TARGET),
    });
  }
  rows.push({
    label: types ? `${name} relations (${types.length} types scored)` : `${name} relations all six`,
    path: `${path}.relations.all`,
    scores: s.relations.all,
    ...(types ? {} : target(GOLD_ALL_RELATIONS_TARGET)),
  });
  for (const t of types ?? RELATION_TYPES) {
    rows.push({
      label: `${name}   ${t}`,
      path: `${path}.relations.byType.${t}`,
      scores: s.relations.byType[t],
    });
  }
  return rows;
}

const counted = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');

/** How a set scored apart from the gold rows is printed. */
interface ApartSet {
  /** Section title prefix ("Holdout"). */
  title: string;
  /** What the set is, in the overall section's title. */
  what: string;
  /** Row label prefix ("holdout"): a regression line never reads like a gold one. */
  label: string;
  /** Key in the results JSON: rows live under `${key}.`, so the baseline keeps them apart. */
  key: string;
  /** Row label prefix of one language's rows. */
  langLabel: (lang: Language) => string;
  perLanguage: boolean;
  withTargets: boolean;
}

const blindSet = (label: string, key: string): ApartSet => ({
  title: label[0].toUpperCase() + label.slice(1),
  what: 'blind, not in the gold rows',
  label,
  key,
  langLabel: (lang) => `${label} ${lang}`,
  perLanguage: true,
  withTargets: true,
});

const REAL_SET: ApartSet = {
  title: 'Real',
  what: 'real text from the shared data sets, open dev set, not in the gold rows',
  label: 'real',
  key: 'real',
  langLabel: (lang) => `real-${lang}`,
  perLanguage: true,
  withTargets: true,
};

/** FIRE is English only, so one section; its annotation is not ours, so our targets are not its targets. */
const FIRE_SET: ApartSet = {
  title: 'FIRE',
  what: 'financial sentences, only the relation types FIRE annotates',
  label: 'fire',
  key: 'fire',
  langLabel: (lang) => `fire ${lang}`,
  perLanguage: false,
  withTargets: false,
};

function apartSections(result: GoldResult, set: ApartSet): Section[] {
  const options: RowOptions = { withTargets: set.withTargets, relationTypes: result.relationTypes };
  const sections: Section[] = [
    {
      title: `${set.title} articles — ${set.what} (${result.overall.files} files, ${result.seconds.toFixed(1)} s)`,
      rows: goldRows(set.label, `${set.key}.overall`, result.overall, options),
    },
  ];
  if (!set.perLanguage) return sections;
  for (const lang of ['fr', 'en'] as const) {
    const slice = result.byLang[lang];
    if (slice) {
      sections.push({
        title: `${set.title} ${lang} (${slice.files} files)`,
        rows: goldRows(set.langLabel(lang), `${set.key}.byLang.${lang}`, slice, options),
      });
    }
  }
  return sections;
}

/** The sections of the console table, in reading order. */
export function reportSections(results: EvalResults): Section[] {
  const sections: Section[] = [];
  const { gold, holdout, holdout2, holdoutReal, real, fire, acquisitions, wikineural } = results;
  if (gold) {
    sections.push({
      title: `Gold articles (${gold.overall.files} files, ${gold.seconds.toFixed(1)} s)`,
      rows: goldRows('all', 'gold.overall', gold.overall),
    });
    for (const lang of ['fr', 'en'] as const) {
      const slice = gold.byLang[lang];
      if (slice) {
        sections.push({
          title: `Gold ${lang} (${slice.files} files)`,
          rows: goldRows(lang, `gold.byLang.${lang}`, slice),
        });
      }
    }
  }
  // before the blind sets, which stay last; a blind set adds one summary pair of rows here, never a file
  sections.push(...attributeSections(results));
  if (acquisitions) {
    const rows: Row[] = ACQ_SLOTS.map((slot) => ({
      label: `${slot.toLowerCase()} (exact)`,
      path: `acquisitions.exact.${slot}`,
      scores: acquisitions.exact[slot],
      target: ACQ_TARGETS[slot],
      reference: ACQ_PUBLISHED_BEST_F1[slot],
    }));
    for (const slot of ACQ_SLOTS) {
      rows.push({
        label: `${slot.toLowerCase()} (folded)`,
        path: `acquisitions.lenient.${slot}`,
        scores: acquisitions.lenient[slot],
      });
    }
    sections.push({
      title:
        `Corporate Acquisitions (${acquisitions.docs} docs, ${acquisitions.seconds.toFixed(1)} s, ` +
        `detected ${counted(acquisitions.detectedLanguages)})`,
      rows,
    });
  }
  if (wikineural) {
    sections.push({
      title:
        `WikiNEuRal-fr (${wikineural.sentences} sentences, ${wikineural.goldOrgSpans} ORG, ` +
        `${wikineural.seconds.toFixed(1)} s, ${wikineural.sentencesPerSecond.toFixed(0)} sent/s, ` +
        `${wikineural.unalignedMentions} unaligned, ${wikineural.boundaryErrors} boundary errors, ` +
        `spurious that are ${counted(wikineural.spuriousByOtherLabel)}, detected ${counted(wikineural.detectedLanguages)})`,
      rows: [
        {
          label: 'ORG spans (exact)',
          path: 'wikineural.org',
          scores: wikineural.org,
          target: WIKINEURAL_ORG_TARGET,
        },
      ],
    });
  }
  // Last, so the sections that existed before the blind set keep their place in the printed table.
  if (holdout) sections.push(...apartSections(holdout, blindSet('holdout', 'holdout')));
  if (holdout2) sections.push(...apartSections(holdout2, blindSet('holdout-2', 'holdout2')));
  if (holdoutReal) sections.push(...apartSections(holdoutReal, blindSet('holdout-real', 'holdoutReal')));
  if (real) sections.push(...apartSections(real, REAL_SET));
  if (fire) sections.push(...apartSections(fire, FIRE_SET));
  return sections;
}

/**
 * One line per article set: why its missed gold relations were missed (eval/miss-causes.ts). Counts only, so the
 * blind sets print them too: they say which stage to work on without showing a text.
 */
export function missCauseLines(results: EvalResults): string[] {
  const sets: [string, GoldResult | undefined][] = [
    ['gold', results.gold],
    ['holdout', results.holdout],
    ['holdout-2', results.holdout2],
    ['holdout-real', results.holdoutReal],
    ['real', results.real],
    ['fire', results.fire],
  ];
  const lines: string[] = [];
  for (const [name, result] of sets) {
    const causes = result?.overall.missCauses;
    if (!causes) continue;
    const total = MISS_CAUSES.reduce((n, c) => n + causes[c], 0);
    lines.push(
      `  ${name.padEnd(13)} ${total} missed: ${MISS_CAUSES.map((c) => `${c} ${causes[c]}`).join(' · ')}`,
    );
  }
  return lines;
}

/**
 * The per-file error listing printed with --verbose. The blind set's errors are listed only when `showHoldout`
 * (--show-holdout) is set; without it they are not even in `results`, see evaluateHoldout. The real-text and FIRE
 * sets are open dev sets: always listed.
 */
export function errorListing(results: EvalResults, showHoldout = false): string {
  const out: string[] = [];
  const goldFiles: GoldFileErrors[] = [
    ...(results.gold?.files ?? []),
    ...(showHoldout
      ? [
          ...(results.holdout?.files ?? []),
          ...(results.holdout2?.files ?? []),
          ...(results.holdoutReal?.files ?? []),
        ]
      : []),
    ...(results.real?.files ?? []),
    ...(results.fire?.files ?? []),
  ];
  for (const f of goldFiles) {
    const lists: [string, string[]][] = [
      ['missed entity', f.missedEntities],
      ['spurious entity', f.spuriousEntities],
      ['missed relation', f.missedRelations],
      ['spurious relation', f.spuriousRelations],
    ];
    if (lists.every(([, l]) => l.length === 0)) continue;
    out.push(`\n== ${f.file} (${f.lang})`);
    for (const [what, list] of lists) for (const item of list) out.push(`  ${what}: ${item}`);
  }
  const acqErrors = results.acquisitions?.errors ?? [];
  if (acqErrors.length) out.push('\n== Corporate Acquisitions slot errors (doc slot: predicted | gold)');
  for (const e of acqErrors) {
    out.push(`  ${e.doc} ${e.slot}: ${e.predicted ?? '-'} | ${e.gold.length ? e.gold.join(' / ') : '-'}`);
  }
  const wikiErrors = results.wikineural?.errors ?? [];
  if (wikiErrors.length)
    out.push(`\n== WikiNEuRal ORG errors (first ${wikiErrors.length} sentences with one)`);
  for (const e of wikiErrors) {
    out.push(
      `  #${e.sentence} missed [${e.missed.join('; ')}] spurious [${e.spurious.join('; ')}]  | ${e.text}`,
    );
  }
  return out.join('\n');
}
