import type { AttributeScores, AttributeSlice } from './attributes';
import { VALUE_RELATION_TYPES } from './attributes';
import type { EvalResults } from './results';
import type { Row, Section } from './table';

/**
 * The deal-value rows of the console table: per relation type for the open gold, one summed pair of rows for each
 * set scored apart (a blind set shows its summary only, never a file). Outcome counts ride in the label since the
 * table's columns are slot scores.
 */

function amountLabel(a: AttributeScores['amount']): string {
  return `right ${a.right} wrong ${a.wrong} currency ${a.currency} missed ${a.missed} extra ${a.extra}`;
}

function dateLabel(d: AttributeScores['date']): string {
  return `right ${d.right} coarser ${d.coarser} wrong ${d.wrong} missed ${d.missed} extra ${d.extra}`;
}

function rowsOf(name: string, path: string, s: AttributeScores): Row[] {
  return [
    {
      label: `${name} amount  (${amountLabel(s.amount)})`,
      path: `${path}.amount.scores`,
      scores: s.amount.scores,
    },
    { label: `${name} date    (${dateLabel(s.date)})`, path: `${path}.date.scores`, scores: s.date.scores },
  ];
}

function goldValueRows(slice: AttributeSlice, path: string): Row[] {
  const rows: Row[] = [];
  for (const t of VALUE_RELATION_TYPES) rows.push(...rowsOf(`  ${t}`, `${path}.${t}`, slice[t]));
  rows.push(...rowsOf('  all three', `${path}.all`, slice.all));
  return rows;
}

export function attributeSections(results: EvalResults): Section[] {
  const sections: Section[] = [];
  const gold = results.gold?.attributes;
  const apart: [string, string, AttributeSlice | undefined][] = [
    ['holdout', 'holdout', results.holdout?.attributes?.overall],
    ['holdout-2', 'holdout2', results.holdout2?.attributes?.overall],
    ['holdout-real', 'holdoutReal', results.holdoutReal?.attributes?.overall],
    ['real', 'real', results.real?.attributes?.overall],
  ];
  const rows = apart.flatMap(([name, key, slice]) =>
    slice ? rowsOf(`${name} values`, `${key}.attributes.overall.all`, slice.all) : [],
  );
  const goldRows = gold ? goldValueRows(gold.overall, 'gold.attributes.overall') : [];
  if (goldRows.length || rows.length) {
    sections.push({
      title:
        'Deal values of found relations (amount within 1 % and same currency; date at the gold precision; ' +
        'sets scored apart: summary rows only)',
      rows: [...goldRows, ...rows],
    });
  }
  return sections;
}
