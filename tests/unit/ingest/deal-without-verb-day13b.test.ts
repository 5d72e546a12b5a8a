import { madePairs } from './helpers';

const PUBLISHED = '2026-05-20';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);

describe('a verb governed by "sans" / "without" between the parties denies the deal it carries', () => {
  it.each([
    "Hydrelis a racheté l'usine de Belfort de l'américain Cumberland Power, sans reprendre la société.",
    "Hydrelis a racheté l'usine de Belfort de l'américain Cumberland Power, sans pour autant racheter la société.",
  ])('reads no purchase of the company: %s', (text) => {
    expect(made(text).filter((p) => p.endsWith('-> Hydrelis'))).toEqual([]);
  });

  it.each([
    'Hydrelis doubled its sales in 2025 without acquiring Cumberland Power.',
    'Hydrelis entered the German market without buying Cumberland Power, its long-time partner.',
    'Hydrelis a doublé ses ventes sans racheter Cumberland Power.',
    "Hydrelis s'est développé sans jamais reprendre Cumberland Power.",
  ])('reads no purchase of the name after the denied verb: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it.each([
    'Le groupe Hydrelis, sans attendre, a racheté la société Cumberland Power.',
    'Le groupe Hydrelis a racheté la société Cumberland Power sans difficulté.',
    'Hydrelis, without waiting for approval, bought Cumberland Power.',
  ])('keeps a purchase whose "sans/without" stands in an aside or after the parties: %s', (text) => {
    expect(made(text)).toEqual(['Hydrelis -> Cumberland Power']);
  });
});
