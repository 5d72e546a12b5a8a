import { facts, pair, run } from './helpers';

describe('French deal rules', () => {
  it('reads an active buyout with its price and rule id', () => {
    const a = run('Le groupe Maviel a racheté la société Quintor pour 12,5 millions d’euros.', '2024-03-14');
    const [r] = facts(a, 'ACQUIRED');
    expect(pair(r)).toBe('Maviel -> Quintor');
    expect(r).toMatchObject({
      amount: 12500000,
      currency: 'EUR',
      status: 'completed',
      rule: 'fr.acquired.active-verb',
    });
  });

  it('reads the passive and the nominal "rachat de Y par X" in the right direction', () => {
    const passive = run('La société Quintor a été rachetée par le groupe Maviel.');
    expect(facts(passive, 'ACQUIRED').map(pair)).toEqual(['Maviel -> Quintor']);
    const nominal = run('Le rachat de la société Quintor par le groupe Maviel a été finalisé.');
    expect(facts(nominal, 'ACQUIRED').map(pair)).toEqual(['Maviel -> Quintor']);
  });

  it('reads "X cède Y à Z" with Z acquirer and X seller', () => {
    const a = run('Le groupe Dorval cède sa filiale Brisca SAS au fonds Ardelis Capital.');
    const [r] = facts(a, 'ACQUIRED');
    expect(pair(r)).toBe('Ardelis Capital -> Brisca SAS');
    expect(r.seller).toBe('Dorval');
  });

  it('never turns negotiations or a rumour into a completed deal', () => {
    const a = run('Le groupe Maviel serait en négociations exclusives pour racheter la société Quintor.');
    for (const r of facts(a, 'ACQUIRED')) expect(['rumoured', 'abandoned']).toContain(r.status);
  });

  it('reads a raise with named investors, the lead investor, and a raise with none as an event', () => {
    const a = run('La start-up Kalipso lève 4 M€ auprès de Serena Capital et de Bpifrance.');
    expect(facts(a, 'FUNDED').map(pair).sort()).toEqual([
      'Bpifrance -> Kalipso',
      'Serena Capital -> Kalipso',
    ]);
    const led = run(
      'La société Kalipso a levé 10 millions d’euros lors d’un tour mené par Partech Ventures.',
    );
    expect(facts(led, 'FUNDED')).toEqual([
      expect.objectContaining({ source: 'Partech Ventures', target: 'Kalipso', lead: true }),
    ]);
    const alone = run('La start-up Kalipso a levé 3 millions d’euros.');
    expect(facts(alone, 'FUNDED')).toEqual([]);
    expect(alone.events).toEqual([
      expect.objectContaining({ type: 'FUNDED', target: 'Kalipso', amount: 3000000, source: null }),
    ]);
  });

  it('reads "X entre au capital de Y" as funding', () => {
    const a = run('Le fonds Ardelis Capital entre au capital de la société Kalipso.');
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Ardelis Capital -> Kalipso']);
  });

  it('reads mergers as symmetric facts', () => {
    const a = run('La fusion entre le groupe Maviel et la société Quintor donnera naissance à un leader.');
    const [r] = facts(a, 'MERGED_WITH');
    expect([r.source, r.target].sort()).toEqual(['Maviel', 'Quintor']);
  });
});

describe('French people rules', () => {
  it('reads leaders from appositions but not vice-presidents', () => {
    const a = run(
      '« Nous grandissons », explique Hélène Marchal, présidente de Quintor. Paul Girard, vice-président de Quintor, confirme.',
    );
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Hélène Marchal -> Quintor']);
  });

  it('reads founders from a fronted participle', () => {
    const a = run('Fondée en 2012 par Claire Dumas et Marc Tellier, Quintor emploie 80 personnes.');
    expect(facts(a, 'FOUNDED').map(pair).sort()).toEqual([
      'Claire Dumas -> Quintor',
      'Marc Tellier -> Quintor',
    ]);
  });
});

describe('French rivalry rules', () => {
  it('reads an apposed competitor and a list of market leaders pairwise', () => {
    const a = run(
      'Quintor, concurrent direct de Maviel, accélère. Les leaders du secteur que sont Alpha SA, Beta SAS et Gamma SA dominent.',
    );
    const pairs = facts(a, 'COMPETES_WITH')
      .map((r) => [r.source, r.target].sort().join(' ~ '))
      .sort();
    expect(pairs).toEqual([
      'Alpha SA ~ Beta SAS',
      'Alpha SA ~ Gamma SA',
      'Beta SAS ~ Gamma SA',
      'Maviel ~ Quintor',
    ]);
  });
});

describe('French anaphora', () => {
  it('reads "son PDG, P" as leading the company the sentence is about', () => {
    const a = run('« La société Vertigo n’est pas à vendre », a déclaré son PDG, Nicolas Berger.');
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Nicolas Berger -> Vertigo']);
  });

  it('resolves "la société" with no antecedent nearby to the most mentioned company', () => {
    const a = run(
      'La start-up Shiftly lève 14 M€. Shiftly recrute. Le fonds Ardelis Capital est content. Fondée en 2019 par Julie Cazenave, la société compte 120 clients.',
    );
    expect(facts(a, 'FOUNDED').map(pair)).toEqual(['Julie Cazenave -> Shiftly']);
  });
});
