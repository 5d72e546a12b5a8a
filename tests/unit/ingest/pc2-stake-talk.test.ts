import { facts, run } from './helpers';

function stakeFacts(text: string) {
  return facts(run(text)).filter((r) => r.type === 'FUNDED' || r.type === 'ACQUIRED');
}

describe('a stake told as a wish, ruled out or left unconfirmed is no done deal', () => {
  it('gives a hoped-for stake the rumoured status', () => {
    const found = stakeFacts(
      'Ravelle Foods Inc, which hopes to take a 15 pct stake in Dunmore Dairies Ltd, declined to say more.',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.status === 'rumoured')).toBe(true);
  });

  it('reads nothing from a stake the buyer says it has no plans to take', () => {
    expect(
      stakeFacts(
        'Ravelle Foods Inc said it has no current plans to buy more than 20 pct of Dunmore Dairies Ltd.',
      ),
    ).toEqual([]);
  });

  it('gives a stake only reported by others, on which the buyer would not comment, the rumoured status', () => {
    const found = stakeFacts(
      'Ravelle Foods Inc said it would not comment on a newspaper report that it had bought 11 pct of Dunmore Dairies Ltd.',
    );
    expect(found.every((r) => r.status === 'rumoured')).toBe(true);
  });

  it('keeps a stake bought as a plain fact', () => {
    const found = stakeFacts('Ravelle Foods Inc said it has bought 11 pct of Dunmore Dairies Ltd.');
    expect(found.map((r) => [r.type, r.status])).toEqual([['FUNDED', 'completed']]);
  });
});
