import { facts, pair, run } from './helpers';

describe('English deal rules', () => {
  it('reads wire style "X said it agreed to acquire Y for 527 mln dlrs" as pending with the amount as written', () => {
    const a = run(
      'Compagnie des Machines Bull said it agreed to acquire Honeywell Information Systems for 527 mln dlrs.',
    );
    const [r] = facts(a, 'ACQUIRED');
    expect(pair(r)).toBe('Compagnie des Machines Bull -> Honeywell Information Systems');
    expect(r).toMatchObject({
      amount: 527000000,
      currency: 'USD',
      amountText: '527 mln dlrs',
      status: 'pending',
    });
  });

  it('reads a passive and the sale of a unit to a buyer, with the seller', () => {
    const passive = run('Brightline Corp was acquired by Orion Holdings Inc last year.');
    expect(facts(passive, 'ACQUIRED').map(pair)).toEqual(['Orion Holdings Inc -> Brightline Corp']);
    const sale = run(
      'Gencorp Inc said it completed the sale of its Ardmore Tire Co unit to Velox Industries Inc.',
    );
    const [r] = facts(sale, 'ACQUIRED');
    expect(pair(r)).toBe('Velox Industries Inc -> Ardmore Tire Co');
    expect(r.seller).toBe('Gencorp Inc');
  });

  it('takes the seller from "bought Y from X"', () => {
    const a = run(
      'Bally Manufacturing Corp said it acquired the Golden Nugget Casino Hotel from Golden Nugget Inc.',
    );
    expect(facts(a, 'ACQUIRED')[0].seller).toBe('Golden Nugget Inc');
  });

  it('marks talks as rumoured and a terminated deal as abandoned', () => {
    const talks = run(
      'Orion Holdings Inc is in talks to buy Brightline Corp, people familiar with the matter said.',
    );
    for (const r of facts(talks, 'ACQUIRED')) expect(r.status).toBe('rumoured');
    const off = run(
      'Meridian Energy Inc said it terminated the letter of intent under which it would acquire Castone Corp.',
    );
    for (const r of off.relations) expect(r.status).toBe('abandoned');
  });

  it('reads a round led by an investor, and ignores a name used as a modifier', () => {
    const a = run('Hoverdesk, a London startup, has raised $20m in a Series A round led by Accel Partners.');
    expect(facts(a, 'FUNDED')).toEqual([
      expect.objectContaining({
        source: 'Accel Partners',
        target: 'Hoverdesk',
        amount: 20000000,
        lead: true,
      }),
    ]);
    const modifier = run('Kite Inc, a Y Combinator Fund graduate, raised $38 million from Ribbit Capital.');
    expect(facts(modifier, 'FUNDED').map(pair)).toEqual(['Ribbit Capital -> Kite Inc']);
  });

  it('does not read a minority stake as an acquisition', () => {
    const a = run('Alpina Foods SA has taken a minority stake in Oatfield AB.');
    expect(facts(a, 'ACQUIRED')).toEqual([]);
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Alpina Foods SA -> Oatfield AB']);
  });
});

describe('English people and rivalry rules', () => {
  it('reads chief executives but not spokespeople or vice presidents', () => {
    const a = run(
      'Orion Holdings Inc chief executive Mark Dalton said the deal made sense. Olivia Chen, Orion Holdings Inc vice president of sales, agreed. John Ellis, a spokesman for Orion Holdings Inc, declined to comment.',
    );
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Mark Dalton -> Orion Holdings Inc']);
  });

  it('reads founders in the passive', () => {
    const a = run('Tinker Ales Ltd was founded in 2012 by Sam Pritchard.');
    expect(facts(a, 'FOUNDED').map(pair)).toEqual(['Sam Pritchard -> Tinker Ales Ltd']);
  });

  it('reads "X competes with Y" and resolves "they" to the pair named just before', () => {
    const a = run('The two leaders are Alpha Corp and Beta Inc. They now compete with Gamma Ltd in Europe.');
    const pairs = facts(a, 'COMPETES_WITH')
      .map((r) => [r.source, r.target].sort().join(' ~ '))
      .sort();
    expect(pairs).toEqual(['Alpha Corp ~ Beta Inc', 'Alpha Corp ~ Gamma Ltd', 'Beta Inc ~ Gamma Ltd']);
  });
});

describe('English funding rounds told over several sentences', () => {
  it('gives the round of the article’s company to the investors who led or joined it, people included', () => {
    const a = run(
      'Hoverdesk Inc has raised $20m. Hoverdesk Inc will hire engineers. The round was led by Accel Partners, with participation from Seedcamp Ventures. Angel investor Harriet Lowe invested $1m in Hoverdesk Inc.',
    );
    const funded = facts(a, 'FUNDED')
      .map((r) => `${pair(r)}${r.lead ? ' (lead)' : ''}`)
      .sort();
    expect(funded).toEqual([
      'Accel Partners -> Hoverdesk Inc (lead)',
      'Harriet Lowe -> Hoverdesk Inc',
      'Seedcamp Ventures -> Hoverdesk Inc',
    ]);
  });

  it('reads "Y’s Series C is led by X" with the named company, not a share class', () => {
    const a = run('Lexica Inc’s Series C is led by Inovia Capital.');
    expect(facts(a, 'FUNDED')).toEqual([
      expect.objectContaining({ source: 'Inovia Capital', target: 'Lexica Inc', lead: true }),
    ]);
    expect(a.entities.map((e) => e.name)).not.toContain('C');
  });
});
