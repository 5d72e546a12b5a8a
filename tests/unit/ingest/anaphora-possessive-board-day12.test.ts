/**
 * Day twelve, anaphora: a possessive before a company's board ("Son conseil d'administration", "Its board") opening
 * a sentence stands for the company the board acts for. Variants in both languages and near-misses. Sentences
 * written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a possessive board names its company', () => {
  it.each([
    [
      "Terralys fabrique des semences. Son conseil d'administration a désigné jeudi Hélène Vasseur présidente, en remplacement de Marc-Olivier Tessier.",
      'Hélène Vasseur -> Terralys',
    ],
    [
      'Terralys fabrique des semences. Son conseil de surveillance a nommé Hélène Vasseur présidente.',
      'Hélène Vasseur -> Terralys',
    ],
    [
      'Terralys fabrique des semences. Son directoire a élu Hélène Vasseur présidente.',
      'Hélène Vasseur -> Terralys',
    ],
    [
      'Terralys makes seeds. Its board appointed Helen Vasseur chief executive on Thursday.',
      'Helen Vasseur -> Terralys',
    ],
    [
      'Terralys makes seeds. Its board of directors has named Helen Vasseur chairwoman.',
      'Helen Vasseur -> Terralys',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'LEADS')).toContain(expected);
  });

  it.each([
    'Terralys makes seeds. Its board appointed Helen Vasseur chief financial officer.',
    "Terralys fabrique des semences. Son conseil d'administration a désigné Hélène Vasseur directrice financière.",
    'Terralys makes seeds. Its board approved the offer from Graincorp on Thursday.',
  ])('gives no head in "%s"', (text) => {
    expect(pairs(relationsOf(text), 'LEADS')).toEqual([]);
  });
});
