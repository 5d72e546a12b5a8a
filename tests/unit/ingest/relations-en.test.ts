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

describe('English wire-copy deal phrasings', () => {
  const one = (text: string) => {
    const rs = facts(run(text), 'ACQUIRED');
    expect(rs).toHaveLength(1);
    return rs[0];
  };

  it('reads "Y said it agreed to be acquired by X" without an auxiliary', () => {
    const r = one('Dunmore Mills Inc said it agreed to be acquired by Harlow Textiles Corp.');
    expect(pair(r)).toBe('Harlow Textiles Corp -> Dunmore Mills Inc');
  });

  it('takes the owned unit as target and its owner as seller in "bought Y\'s Z"', () => {
    const r = one("Vantor Inc said it bought Kellerman Corp's Bayside Pump Co for 40 mln dlrs.");
    expect(pair(r)).toBe('Vantor Inc -> Bayside Pump Co');
    expect(r.seller).toBe('Kellerman Corp');
    const apposed = one(
      "Vantor Inc said it agreed to buy Kellerman Corp's wholly owned subsidiary, Bayside Pump Co.",
    );
    expect(pair(apposed)).toBe('Vantor Inc -> Bayside Pump Co');
    expect(apposed.seller).toBe('Kellerman Corp');
  });

  it('keeps the target when the possessive names only a share class, not a unit', () => {
    const r = one('Vantor Inc said it bought Kellerman Corp for 40 mln dlrs.');
    expect(pair(r)).toBe('Vantor Inc -> Kellerman Corp');
    expect(r.seller).toBeNull();
  });

  it('reads a bid for Y by X, and an offer Y received from X', () => {
    const bid = one(
      'Analysts said the 90 mln dlr bid for Pelham Freight Corp by Osgood Partners Inc was fair.',
    );
    expect(pair(bid)).toBe('Osgood Partners Inc -> Pelham Freight Corp');
    expect(bid.amountText).toBe('90 mln dlr');
    const offer = one(
      'Tamworth Corp said it received an unsolicited offer of 31 dlrs a share from Brenner Inc.',
    );
    expect(pair(offer)).toBe('Brenner Inc -> Tamworth Corp');
  });

  it('reads a tender offer for up to N shares in Y', () => {
    const r = one(
      'Garland Holdings Inc said it was making a tender offer for up to 12 mln shares in Oxley Gas Co.',
    );
    expect(pair(r)).toBe('Garland Holdings Inc -> Oxley Gas Co');
  });

  it('reads shares of Y tendered to X', () => {
    const r = one('Garland Holdings Inc said 4.1 mln shares of Oxley Gas Co were tendered under its offer.');
    expect(pair(r)).toBe('Garland Holdings Inc -> Oxley Gas Co');
  });

  it('reads Y merging into X as X taking over Y', () => {
    const r = one('Hadley Tool Inc said shareholders approved its merger into Corwin Industries PLC.');
    expect(pair(r)).toBe('Corwin Industries PLC -> Hadley Tool Inc');
  });

  it('reads the acquisition of a majority interest in Y, and the first of several named banks', () => {
    const stake = one(
      'Merrow Corp said it completed the acquisition of an 80 pct interest in Linden Labs Inc.',
    );
    expect(pair(stake)).toBe('Merrow Corp -> Linden Labs Inc');
    const banks = one(
      'Eastway Bancorp said it completed the acquisition of two Ohio banks, Lakeview State Bank and Carver National Bank.',
    );
    expect(pair(banks)).toBe('Eastway Bancorp -> Lakeview State Bank');
  });

  it('reads the sale of a unit named in apposition, with its seller and buyer', () => {
    const sold = one(
      'Holloway Group said it was selling one of its Spanish subsidiaries, Ferrol Textil SA (FTSA), to Brandt AG.',
    );
    expect(pair(sold)).toBe('Brandt AG -> Ferrol Textil SA');
    expect(sold.seller).toBe('Holloway Group');
    const sale = one(
      'Pruitt Corp said it completed the sale of its subsidiary, Marlow Inc, to Denning Holdings Inc.',
    );
    expect(pair(sale)).toBe('Denning Holdings Inc -> Marlow Inc');
    expect(sale.seller).toBe('Pruitt Corp');
  });

  it('reads "Y said its proposed buyout by X" and "X said Y accepted its acquisition offer"', () => {
    const buyout = one('Rudd Packaging Inc said its proposed buyout by Kestrel Partners Inc was delayed.');
    expect(pair(buyout)).toBe('Kestrel Partners Inc -> Rudd Packaging Inc');
    const accepted = one(
      'Morland Corp said Tavish Homes Inc has accepted its previously announced acquisition offer.',
    );
    expect(pair(accepted)).toBe('Morland Corp -> Tavish Homes Inc');
  });

  it('reads "X agreed to pay N for Y" with the amount', () => {
    const r = one('Quillan Mills Inc has agreed to pay 4,250,000 dlrs for Baskin Lumber Co, a trustee said.');
    expect(pair(r)).toBe('Quillan Mills Inc -> Baskin Lumber Co');
    expect(r.amountText).toBe('4,250,000 dlrs');
  });

  it('takes the seller from an agreement with it to buy the target', () => {
    const r = one(
      'Ferrand Plc said it reached agreement with Ostrow Industries Inc to acquire Delancey Valve Co.',
    );
    expect(pair(r)).toBe('Ferrand Plc -> Delancey Valve Co');
    expect(r.seller).toBe('Ostrow Industries Inc');
  });

  it('reads a sale of Y to X without a named seller in front', () => {
    const r = one('The boards agreed to terms for the sale of Kinsey Air Inc to Palmetto Aviation Corp.');
    expect(pair(r)).toBe('Palmetto Aviation Corp -> Kinsey Air Inc');
  });

  it('finds the seller behind "from the Canadian subsidiary of Z"', () => {
    const r = one(
      'Harbury Corp said it bought Tolland Mills Inc from the Canadian subsidiary of Greystan Holdings Plc.',
    );
    expect(r.seller).toBe('Greystan Holdings Plc');
    const none = one('Harbury Corp said it bought Tolland Mills Inc from 1985 to 1986 in stages.');
    expect(none.seller).toBeNull();
  });

  it('reads the buyer of a sold list of units, and never takes the party told for the buyer', () => {
    const list = facts(
      run('Pardee Corp said it agreed to sell its Amwell and Brixton units to Caddo Plc.'),
      'ACQUIRED',
    );
    expect(list.map(pair).sort()).toEqual(['Caddo Plc -> Amwell', 'Caddo Plc -> Brixton'].sort());
    const told = run('Hobart Fund told the Kellam Commission it bought Dorrance Corp outright.');
    expect(facts(told, 'ACQUIRED').map(pair)).not.toContain('Kellam Commission -> Dorrance Corp');
  });

  it('takes the price from a following sentence that says what the deal is worth', () => {
    const r = one(
      'Almorra Corp said it agreed to acquire Pruett Tool Co. The offer values Pruett Tool at about 84 mln dlrs.',
    );
    expect(r.amountText).toBe('84 mln dlrs');
    const details = one(
      'Almorra Corp said it will be acquired by Pruett Tool Co. Details were not disclosed.',
    );
    expect(details.amountText).toBe('not disclosed');
  });

  it('completes one fact told twice with the details each telling gives', () => {
    const r = one(
      'Corbin Inc said it agreed to buy Delta Tool Co from Ames Corp. Corbin Inc will acquire Delta Tool Co for 5 mln dlrs in stock.',
    );
    expect(pair(r)).toBe('Corbin Inc -> Delta Tool Co');
    expect(r.seller).toBe('Ames Corp');
    expect(r.amountText).toBe('5 mln dlrs');
  });

  it('reads a unit merged into another company as bought by that company', () => {
    const merged = one(
      'Arbor Group said it merged its wholly owned subsidiary, Kenley Travel Inc, into Salk Inc.',
    );
    expect(pair(merged)).toBe('Salk Inc -> Kenley Travel Inc');
    const merger = one(
      'Trask Media Inc set a vote on the proposed merger of Bolton Acquiring Corp, a unit of Ferro Holdings Inc, into Trask Media Inc.',
    );
    expect(pair(merger)).toBe('Trask Media Inc -> Bolton Acquiring Corp');
    expect(merger.seller).toBe('Ferro Holdings Inc');
  });

  it('reads an offer of a price for the shares of Y, and taking Y private', () => {
    const offer = one(
      'Corliss Ltd said it will offer 2.10 dlrs cash each for the shares it does not hold in Wexford Sugar Ltd.',
    );
    expect(pair(offer)).toBe('Corliss Ltd -> Wexford Sugar Ltd');
    const lbo = one(
      'Analysts said Kinloch Capital Partners will take Dorsey Mills Corp private in a 1.2 billion dlr deal.',
    );
    expect(pair(lbo)).toBe('Kinloch Capital Partners -> Dorsey Mills Corp');
    expect(lbo.amountText).toBe('1.2 billion dlr');
  });

  it('reads "bought Y\'s stake in Z" as Z changing hands with Y selling', () => {
    const r = one("Lorne Corp said it would buy Pettit Ltd's stake in their jointly owned Quarry Co.");
    expect(r.target).toBe('Quarry Co');
    expect(r.seller).toBe('Pettit Ltd');
  });

  it('reads Y becoming a subsidiary of X, a tender offer for its shares by X, and a merger into X', () => {
    const sub = one(
      'Lisle Tool Corp said holders approved a plan to become a wholly owned subsidiary of Dunmarsh Inc.',
    );
    expect(pair(sub)).toBe('Dunmarsh Inc -> Lisle Tool Corp');
    const tender = one(
      'Corvel Corp urged holders to ignore the tender offer for all its shares launched by Mandrell Industries Inc.',
    );
    expect(pair(tender)).toBe('Mandrell Industries Inc -> Corvel Corp');
    const merger = one(
      'Tarvick Data Corp said its board has set a special meeting for May 2 to vote on its proposed merger into Halden Holdings PLC.',
    );
    expect(pair(merger)).toBe('Halden Holdings PLC -> Tarvick Data Corp');
  });

  it('does not read a unit merging into a company as the unit buying it', () => {
    const a = run('Following the offer, a unit of Garnet Holdings Inc will merge into Pell Corp.');
    expect(facts(a, 'ACQUIRED').filter((r) => r.source === 'Pell Corp')).toEqual([]);
  });

  it('does not take a size figure of the target for the price', () => {
    const r = one(
      'Hollisvane Corp said it agreed to acquire Tillman Foods Inc, a distributor with sales of about 69 mln dlrs.',
    );
    expect(r.amountText).toBeNull();
    const priced = one('Hollisvane Corp said it agreed to acquire Tillman Foods Inc for 12 mln dlrs.');
    expect(priced.amountText).toBe('12 mln dlrs');
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
