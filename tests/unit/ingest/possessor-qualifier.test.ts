import { facts, run } from './helpers';

/** "X's rival Y": the possessor only says whose rival (partner, parent…) Y is; Y is the party of the deal. */
describe('a possessor that qualifies the next name', () => {
  it('makes the named rival, not its possessor, the buyer of a passive deal', () => {
    const text =
      'Orvello Systems, a Leeds-based payroll firm, was bought by Quarnex Group rival Tilbury Data last year. ' +
      "Separately, Pemberton Labs, a maker of sensors, was acquired by Quarnex Group's rival Halvard Software in 2022.";
    const acquired = facts(run(text), 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);
    expect(acquired).toContain('Halvard Software -> Pemberton Labs');
    expect(acquired).not.toContain('Quarnex Group -> Pemberton Labs');
  });

  it('still reads the rivalry the possessive states', () => {
    const text = "Brennick Foods's rival Sorvale Dairy opened two plants in Ohio this year.";
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Brennick Foods ~ Sorvale Dairy');
  });

  it('keeps the owner of a unit as the seller, not as a mere qualifier', () => {
    const text = "Castellan Corp said it agreed to buy Dorrow Industries Inc's Velmont unit for 40 mln dlrs.";
    const [fact] = facts(run(text), 'ACQUIRED');
    expect(fact?.source).toBe('Castellan Corp');
    expect(fact?.seller).toBe('Dorrow Industries Inc');
  });
});
