import { facts, pair, run } from './helpers';
import type { ExtractedRelation } from '../../../ingest/types';

/** The ACQUIRED fact between two names, if the text gives one. */
function deal(text: string, source: string, target: string): ExtractedRelation | undefined {
  return facts(run(text), 'ACQUIRED').find((r) => r.source === source && r.target === target);
}

function dealPairs(text: string): string[] {
  return facts(run(text), 'ACQUIRED').map(pair);
}

describe('wire-copy buyers the day-five rules read', () => {
  it('reads a person withdrawing or reconsidering his own proposal to acquire the company', () => {
    expect(
      dealPairs(
        'Marlow Shipping Corp said chairman Tobias Wrenfield has withdrawn his proposal to acquire the Marlow Shipping Corp shares he does not already own.',
      ),
    ).toContain('Tobias Wrenfield -> Marlow Shipping Corp');
  });

  it('reads the leader of a group reconsidering its proposal to acquire the company', () => {
    expect(
      dealPairs(
        'Keldan Foods Inc said the management group led by chairman Ruth Abernathy intends to reconsider its proposal to acquire Keldan Foods Inc.',
      ),
    ).toContain('Ruth Abernathy -> Keldan Foods Inc');
  });

  it("does not make a person commenting on a company's plan to buy the buyer", () => {
    expect(
      dealPairs('Analyst Tobias Wrenfield said its plan to buy Keldan Foods Inc made sense.'),
    ).not.toContain('Tobias Wrenfield -> Keldan Foods Inc');
  });

  it('reads a subsidiary sold to a person, with its seller', () => {
    const r = deal(
      'Ostrava Holdings Inc said it agreed in principle to sell its Pellcraft Valve Corp subsidiary to Anselm Dukovic, a Tulsa investor.',
      'Anselm Dukovic',
      'Pellcraft Valve Corp',
    );
    expect(r?.seller).toBe('Ostrava Holdings Inc');
  });

  it('reads the buyer after a relative clause on the company sold', () => {
    const r = deal(
      'Brenmoor Resources Ltd sold Calder Basin Gas Ltd, which holds interests in four offshore fields, to an Ardent Petroleum Corp unit for 410 mln dlrs.',
      'Ardent Petroleum Corp',
      'Calder Basin Gas Ltd',
    );
    expect(r && [r.seller, r.amountText]).toEqual(['Brenmoor Resources Ltd', '410 mln dlrs']);
  });

  it('reads control assumed under a plan as a takeover', () => {
    expect(
      dealPairs(
        'Venlo Graphics Inc said a filing showed that Harwick Development Corp had assumed control of Venlo Graphics Inc under a reorganization plan.',
      ),
    ).toContain('Harwick Development Corp -> Venlo Graphics Inc');
  });

  it('reads the bidder of a takeover battle for a company', () => {
    expect(
      dealPairs(
        'A takeover battle began today for Quintal Oil Ltd as Norcastle Pipelines Ltd announced a 2.1 billion dlr offer.',
      ),
    ).toContain('Norcastle Pipelines Ltd -> Quintal Oil Ltd');
  });

  it("reads a proposal named with 'a' when the company's own board reviewed it", () => {
    expect(
      dealPairs('Teravia Motors Corp said its directors reviewed a Halden Auto Corp merger proposal.'),
    ).toContain('Halden Auto Corp -> Teravia Motors Corp');
  });

  it("does not read a proposal named with 'a' that others reviewed", () => {
    expect(
      dealPairs('Teravia Motors Corp said analysts reviewed a Halden Auto Corp merger proposal.'),
    ).not.toContain('Halden Auto Corp -> Teravia Motors Corp');
  });

  it('reads holdings bought from a company as bought from its owner', () => {
    expect(
      dealPairs(
        'Carvell Medical Inc said it will seek approval of its proposed acquisition of certain assets and assumption of certain liabilities of Lindqvist Care Inc.',
      ),
    ).toContain('Carvell Medical Inc -> Lindqvist Care Inc');
  });

  it('does not read holdings sold as holdings bought', () => {
    expect(
      dealPairs(
        'Carvell Medical Inc said it sold the assets of its unit to creditors of Lindqvist Care Inc.',
      ),
    ).not.toContain('Carvell Medical Inc -> Lindqvist Care Inc');
  });

  it('reads a company selling control of itself', () => {
    expect(
      dealPairs(
        'Rostrum Brokers Inc said it closed the sale of a controlling interest in its common stock to Falkner Acquisition Corp.',
      ),
    ).toContain('Falkner Acquisition Corp -> Rostrum Brokers Inc');
  });

  it('does not read a minority interest a company sells in itself as a takeover', () => {
    expect(
      dealPairs(
        'Rostrum Brokers Inc said it closed the sale of a 10 pct interest in its common stock to Falkner Acquisition Corp.',
      ),
    ).not.toContain('Falkner Acquisition Corp -> Rostrum Brokers Inc');
  });

  it('reads the rest of a unit sold after "that it had retained"', () => {
    const r = deal(
      'Hesketh Corp said it completed the sale of the 60 pct of its Marigold Media Group subsidiary that it had retained to Vanterpool Inc.',
      'Vanterpool Inc',
      'Marigold Media Group',
    );
    expect(r?.seller).toBe('Hesketh Corp');
  });
});

describe('buyers a reported clause does not make', () => {
  it('does not make the speaker the buyer when the reported clause has an unnamed subject', () => {
    expect(
      dealPairs(
        'Dravenport Steel Corp said a group of investors offered to buy its Kellerton Plate Mill Co unit for eight mln dlrs.',
      ),
    ).not.toContain('Dravenport Steel Corp -> Kellerton Plate Mill Co');
    expect(
      dealPairs('Ilse Varga said about six companies are interested in buying Fenmore Energy Corp.'),
    ).not.toContain('Ilse Varga -> Fenmore Energy Corp');
  });

  it('keeps the speaker as buyer when the reported clause is its own', () => {
    expect(dealPairs('Dravenport Steel Corp said it agreed to buy Kellerton Plate Mill Co.')).toContain(
      'Dravenport Steel Corp -> Kellerton Plate Mill Co',
    );
  });
});

describe('stakes that complete ownership', () => {
  it('reads the qualified interest a buyer does not already own as a takeover', () => {
    expect(
      dealPairs(
        'Bradwell Corp and Sotheran Inc said they called off plans for Bradwell Corp to buy the 16 pct voting interest in Sotheran Inc that it does not already own.',
      ),
    ).toContain('Bradwell Corp -> Sotheran Inc');
  });

  it('keeps a qualified minority interest an investment', () => {
    const a = run('Bradwell Corp said it agreed to buy a 16 pct voting interest in Sotheran Inc.');
    expect(facts(a, 'ACQUIRED').map(pair)).not.toContain('Bradwell Corp -> Sotheran Inc');
    expect(facts(a, 'FUNDED').map(pair)).toContain('Bradwell Corp -> Sotheran Inc');
  });
});

describe('deal values told apart from the deal', () => {
  it('takes a withheld price from the lead for the deal a later sentence names', () => {
    const r = deal(
      'Harrowgate Press Ltd said it bought two more weekly papers in Ohio for an undisclosed sum. Harrowgate Press Ltd said its unit Kestrel Media Inc bought the Lorain Courier from Dunmore Publishing Inc.',
      'Kestrel Media Inc',
      'Lorain Courier',
    );
    expect(r?.amountText).toBe('undisclosed sum');
  });

  it('does not lend an earlier figure that is not a withheld price', () => {
    const r = deal(
      'Harrowgate Press Ltd said its weekly papers had sales of 40 mln dlrs. Harrowgate Press Ltd said its unit Kestrel Media Inc bought the Lorain Courier from Dunmore Publishing Inc.',
      'Kestrel Media Inc',
      'Lorain Courier',
    );
    expect(r).toBeDefined();
    expect(r?.amountText).toBeNull();
  });

  it('weighs a past deal recalled after the lead below the news', () => {
    const text =
      'Corvane Industries Inc said it agreed to acquire Baltry Foods Inc for 60 mln dlrs. In May 1985, Corvane Industries Inc sold its Pellam Bottling Co unit to Strathmore Beverages Inc.';
    const news = deal(text, 'Corvane Industries Inc', 'Baltry Foods Inc');
    const past = deal(text, 'Strathmore Beverages Inc', 'Pellam Bottling Co');
    expect(news && past && news.confidence > past.confidence).toBe(true);
  });

  it('weighs a deal the story calls previously announced below the same deal told as news', () => {
    const lead = 'Corvane Industries Inc said it agreed to acquire Baltry Foods Inc for 60 mln dlrs.';
    const plain = deal(
      `${lead} Corvane Industries Inc also said the acquisition of Pellam Bottling Co will add to earnings.`,
      'Corvane Industries Inc',
      'Pellam Bottling Co',
    );
    const old = deal(
      `${lead} Corvane Industries Inc also said the previously announced acquisition of Pellam Bottling Co will add to earnings.`,
      'Corvane Industries Inc',
      'Pellam Bottling Co',
    );
    expect(plain && old).toBeTruthy();
    expect(old!.confidence).toBeLessThan(plain!.confidence);
  });

  it('does not weigh down a later sentence dated to a deal still to close', () => {
    const alone = deal(
      'Corvane Industries Inc said talks went on. Corvane Industries Inc sold its Pellam Bottling Co unit to Strathmore Beverages Inc.',
      'Strathmore Beverages Inc',
      'Pellam Bottling Co',
    );
    const future = deal(
      'Corvane Industries Inc said talks went on. Corvane Industries Inc will sell its Pellam Bottling Co unit to Strathmore Beverages Inc in 1988.',
      'Strathmore Beverages Inc',
      'Pellam Bottling Co',
    );
    const past = deal(
      'Corvane Industries Inc said talks went on. In 1984 Corvane Industries Inc sold its Pellam Bottling Co unit to Strathmore Beverages Inc.',
      'Strathmore Beverages Inc',
      'Pellam Bottling Co',
    );
    expect(alone && future && past).toBeTruthy();
    expect(past!.confidence).toBeLessThan(alone!.confidence);
    expect(future!.confidence).toBeGreaterThan(past!.confidence);
  });
});
