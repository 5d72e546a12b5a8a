import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

describe("a rival named through its owner's possessive", () => {
  it('is the brand, not the owner', () => {
    const rivals = pairs(
      "Norvell Hotels, which competes with Garnett's Sleepwell Inns in Britain, will pay in cash.",
      'COMPETES_WITH',
    );
    expect(rivals).toContain('Norvell Hotels -> Sleepwell Inns');
    expect(rivals.some((p) => p.includes('Garnett'))).toBe(false);
  });

  it('keeps the owner when no brand is named', () => {
    const rivals = pairs("Norvell Hotels competes with Garnett Group's budget brands.", 'COMPETES_WITH');
    expect(rivals.some((p) => p.includes('Garnett Group') && p.includes('Norvell Hotels'))).toBe(true);
  });
});

describe('backing by a company that bought the backed one', () => {
  it('is its control, not a funding; other backers still fund', () => {
    const text =
      'Harwick Capital bought a majority stake in Pendle Software in 2019. Pendle Software is backed by Harwick Capital and Tessel Ventures.';
    const a = run(text);
    expect(facts(a, 'ACQUIRED').map(pair)).toContain('Harwick Capital -> Pendle Software');
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Tessel Ventures -> Pendle Software']);
  });
});

describe('players compared with the article’s company', () => {
  it('are not paired with one another', () => {
    expect(
      pairs('Larger players such as Culmore Foods and Turnwell also operate in the area.', 'COMPETES_WITH'),
    ).toEqual([]);
  });

  it('while market leaders listed together still are', () => {
    const text = 'Les leaders du secteur que sont Orvane, Celtix et Fondam voient leur croissance ralentir.';
    expect(pairs(text, 'COMPETES_WITH')).toHaveLength(3);
  });
});
