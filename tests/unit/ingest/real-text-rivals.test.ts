import { facts, pair, run } from './helpers';

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map(pair);
}

describe('a name before an infinitive of purpose in a rivals list', () => {
  it('is whom they contest (a customer), not a rival', () => {
    const pairs = rivals(
      'Sorrel Motors is competing with Vantrell Autos and a Korean maker to supply Dunmore Autoworks.',
    );
    expect(pairs.some((p) => p.includes('Dunmore'))).toBe(false);
    expect(pairs.some((p) => p.includes('Sorrel Motors') && p.includes('Vantrell Autos'))).toBe(true);
  });
});

describe('a name right before a plural kind noun', () => {
  it('qualifies the noun and is no rival', () => {
    const pairs = rivals('Brenlow Rice Co is in direct competition with Pradesh exporters in Asia.');
    expect(pairs.some((p) => p.includes('Pradesh'))).toBe(false);
  });

  it('leaves a plain rival named after the same phrase', () => {
    expect(rivals('Brenlow Rice Co is in direct competition with Pradesh Grain Corp in Asia.')).toContain(
      'Brenlow Rice Co -> Pradesh Grain Corp',
    );
  });
});
