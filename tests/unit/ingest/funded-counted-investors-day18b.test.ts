import { sortedPairsWithRule } from './frames-test-helpers';

const funded = (s: string): string[] => sortedPairsWithRule(s, 'FUNDED');

describe('investors counted, then listed after a colon (day18b)', () => {
  it('reads the French list after "Trois investisseurs … :"', () => {
    const got = funded(
      "Aérolia Systems, fabricant toulousain de drones, lève 30 millions d'euros. Trois investisseurs ont pris des engagements fermes : le Fonds Innovation Défense, Tikehau Capital et Safran Corporate Ventures.",
    );
    expect(got.join('\n')).toContain('Tikehau Capital -> Aérolia Systems');
    expect(got.join('\n')).toContain('Safran Corporate Ventures -> Aérolia Systems');
  });

  it('reads the English list after "Three backers …:"', () => {
    const got = funded(
      'Revolta, a Swedish battery recycler, raised $40 million on Tuesday. Three backers put in the money: Northzone, EQT Ventures and Creandum.',
    );
    expect(got.join('\n')).toContain('Northzone -> Revolta');
    expect(got.join('\n')).toContain('Creandum -> Revolta');
  });

  it('reads "Several investors took part" in the other word order', () => {
    const got = funded(
      'Revolta, a Swedish battery recycler, raised $40 million on Tuesday. Several investors took part: Northzone and Creandum.',
    );
    expect(got.join('\n')).toContain('Northzone -> Revolta');
  });

  it('does not read a count of investors of a named company', () => {
    const got = funded(
      'Revolta, a Swedish battery recycler, raised $40 million on Tuesday. Three investors of Volvo said: Northzone and Creandum agree.',
    );
    expect(got.join('\n')).not.toContain('counted-investors');
  });
});
