import { facts, run } from './helpers';

/**
 * Day eighteen, round two (comp): a rivalry told as denied is no rivalry, whatever reader meets it ("n'étaient pas
 * concurrents", "were never rivals", "ne se font pas concurrence", "no longer compete"); customers or shares sold
 * ("a cédé ses clients à B") name a buyer, not a rival; and in "un client qu'elle disputait à B" the client before
 * the object relative is no contender.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a denied rivalry stops every rivalry reader', () => {
  it.each([
    "Alpha Systems et Beta Industries n'étaient pas concurrents.",
    'Alpha Systems and Beta Industries were never rivals.',
    'Alpha Systems and Beta Industries are not direct competitors.',
    'Alpha Systems et Beta Industries ne sont plus concurrents.',
    'Alpha Systems and Beta Industries no longer compete.',
    'Alpha Systems ne concurrence pas Beta Industries.',
    'Alpha Systems et Beta Industries ne se font pas concurrence.',
    "Alpha Systems n'affronte jamais Beta Industries.",
  ])('%s', (text) => {
    expect(has(text, 'Alpha Systems', 'Beta Industries')).toBe(false);
  });

  it.each([
    'Alpha Systems et Beta Industries sont concurrents.',
    'Alpha Systems and Beta Industries are rivals.',
    'Alpha Systems and Beta Industries compete.',
    'Alpha Systems does not only compete with Beta Industries.',
  ])('an affirmed rivalry stays: %s', (text) => {
    expect(has(text, 'Alpha Systems', 'Beta Industries')).toBe(true);
  });

  it('a rivalry told beside the denial keeps its own cue', () => {
    const text = 'Alpha Systems competes with Beta Industries but does not compete with Gamma Labs.';
    expect(has(text, 'Alpha Systems', 'Beta Industries')).toBe(true);
  });
});

describe('customers or shares sold are no lost ground', () => {
  it.each([
    'Quartz Labs a cédé ses clients à Sentinelle Systèmes.',
    'Quartz Labs cède ses clients à Sentinelle Systèmes.',
    'Quartz Labs a cédé ses abonnés à Sentinelle Systèmes.',
  ])('%s', (text) => {
    expect(has(text, 'Quartz Labs', 'Sentinelle Systèmes')).toBe(false);
  });

  it.each([
    'Quartz Labs a cédé des parts de marché à Sentinelle Systèmes.',
    'Quartz Labs perd des clients au profit de Sentinelle Systèmes.',
    'Quartz Labs grignote des parts de marché à Sentinelle Systèmes.',
  ])('share lost or taken stays a rivalry: %s', (text) => {
    expect(has(text, 'Quartz Labs', 'Sentinelle Systèmes')).toBe(true);
  });
});

describe('the contested client before an object relative is no contender', () => {
  const lead = 'Quartz Labs développe des sondes. ';
  it.each([
    "Ses sondes équipent déjà la Marine nationale, un client qu'elle disputait jusqu'ici à Sentinelle Systèmes.",
    "Ses sondes équipent la Marine nationale, un client qu'elle disputait à Sentinelle Systèmes.",
    "Ses sondes équipent la Marine nationale, un marché qu'elle disputait à Sentinelle Systèmes.",
  ])('%s', (sentence) => {
    expect(has(lead + sentence, 'Marine nationale', 'Sentinelle Systèmes')).toBe(false);
  });

  it('a named subject of the relative still contests', () => {
    const text = `${lead}Ses sondes équipent la Marine nationale, un client que Quartz Labs disputait à Sentinelle Systèmes.`;
    expect(has(text, 'Quartz Labs', 'Sentinelle Systèmes')).toBe(true);
  });

  it('a clause told after a verb keeps its subject', () => {
    expect(
      has(`${lead}Le groupe dit qu'il affronte Sentinelle Systèmes.`, 'Quartz Labs', 'Sentinelle Systèmes'),
    ).toBe(true);
  });
});
