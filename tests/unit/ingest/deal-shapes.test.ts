import { facts, pair, run } from './helpers';

/** Deal facts told in shapes that break the plain rules: descriptors, relative clauses, list tails. */
describe('merger partners named with words between them', () => {
  it('reads "A and <descriptor> B have agreed to merge"', () => {
    const a = run(
      'Norwegian freight broker Tollvik Group and Belgian rival Cargomont have agreed to merge, the companies said.',
    );
    expect(facts(a, 'MERGED_WITH').map(pair)).toEqual(['Cargomont -> Tollvik Group']);
  });

  it('reads "is merging with <descriptor> B" and the French "fusionné avec la coopérative B"', () => {
    const en = run('Pelham Savings is merging with the regional lender Dunmore Bancorp.');
    expect(facts(en, 'MERGED_WITH').map(pair)).toEqual(['Dunmore Bancorp -> Pelham Savings']);
    const fr = run('Agrinove a fusionné avec la coopérative Blésoise Grains en 2019.');
    expect(facts(fr, 'MERGED_WITH').map(pair)).toEqual(['Agrinove -> Blésoise Grains']);
  });

  it('does not pair a company with the two it was formed from', () => {
    const a = run('Veltrix was created in 2011 through the merger of Ampora and Silcon Devices.');
    expect(facts(a, 'MERGED_WITH').map(pair)).toEqual(['Ampora -> Silcon Devices']);
  });

  it('reads "A et son concurrent B … leur rapprochement"', () => {
    const a = run(
      "L'assureur Mutalis et son concurrent Groupe Prévalia ont officialisé jeudi leur rapprochement.",
    );
    expect(facts(a, 'MERGED_WITH').map(pair)).toEqual(['Groupe Prévalia -> Mutalis']);
  });
});

describe('stakes and buyers past a descriptor', () => {
  it('reads a majority stake in "<descriptor> Y" as an acquisition', () => {
    const a = run('Dorvane Holdings has taken a 70% stake in Czech logistics group Trasko for €45m.');
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Dorvane Holdings -> Trasko']);
  });

  it('reads "bought a stake in Y" of unstated size as an investment, not a takeover', () => {
    const a = run('Halvard Capital, which runs $6 billion, bought a stake in payroll firm Numeris in 2021.');
    expect(facts(a, 'ACQUIRED')).toEqual([]);
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Halvard Capital -> Numeris']);
  });

  it('keeps a deal off once the article says it was called off', () => {
    const a = run(
      'Brasco Foods has abandoned its planned purchase of Tillery Dairies after regulators objected. ' +
        'Brasco Foods had agreed to buy Tillery Dairies in March.',
    );
    const deals = facts(a, 'ACQUIRED');
    expect(deals.map(pair)).toEqual(['Brasco Foods -> Tillery Dairies']);
    expect(deals[0].status).toBe('abandoned');
  });
});

describe('French sales and offers in longer clauses', () => {
  it('reads "X cède sa filiale Y, qui …, au groupe Z" with the seller', () => {
    const a = run(
      'Le groupe Valmer cède sa filiale Valmer Logistique, qui emploie 300 personnes à Lille, au transporteur Norbail.',
    );
    const [r] = facts(a, 'ACQUIRED');
    expect(pair(r)).toBe('Norbail -> Valmer Logistique');
    expect(r.seller).toBe('Valmer');
  });

  it('reads "un accord en vue de l\'acquisition de Y" and "l\'offre de X pour la reprise de Y"', () => {
    const accord = run(
      "Le groupe Castelnor a signé lundi un accord en vue de l'acquisition du danois Fjordline Data pour 40 millions d'euros.",
    );
    expect(facts(accord, 'ACQUIRED').map(pair)).toEqual(['Castelnor -> Fjordline Data']);
    const offre = run(
      "Le tribunal de Lyon a retenu l'offre de Rhodalis pour la reprise de Textiles Ferrand.",
    );
    expect(facts(offre, 'ACQUIRED').map(pair)).toEqual(['Rhodalis -> Textiles Ferrand']);
  });

  it('reads "Y a ouvert son capital en 2020 au fonds X"', () => {
    const a = run('Logistra avait ouvert son capital en 2020 au fonds Capéa Partenaires.');
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Capéa Partenaires -> Logistra']);
  });
});

describe('investors named by their role in a round', () => {
  it('takes each investor of "and existing investors A and B" and "alongside <role> P"', () => {
    const a = run(
      'Quillbase, a Lisbon maker of inventory software, has raised $12 million in a Series A round. ' +
        'The round was led by Northwind Capital, with participation from Alder Ventures and existing investors Pinecone Partners and Orbit Fund. ' +
        'Seed investor Marlo Gent also took part in the financing, alongside business angel Ruth Okafor.',
    );
    const investors = facts(a, 'FUNDED')
      .filter((r) => r.target === 'Quillbase')
      .map((r) => r.source)
      .sort();
    expect(investors).toEqual(
      [
        'Alder Ventures',
        'Marlo Gent',
        'Northwind Capital',
        'Orbit Fund',
        'Pinecone Partners',
        'Ruth Okafor',
      ].sort(),
    );
  });

  it('reads a backer named after a title and a former employer', () => {
    const a = run('Trellio, which is backed by former Bramford Foods chairman Owen Pryce, opened in 2020.');
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Owen Pryce -> Trellio']);
  });
});

describe('owners, nouns and cues that change what a deal sentence says', () => {
  it('reads "Y, controlled since N by firms A and B" as each firm holding Y, and a minority owner as an investor', () => {
    const a = run(
      'Brixton Telecom, controlled since 2018 by buyout firms Ardent Capital and Morrow Partners, opened two sites.',
    );
    expect(facts(a, 'ACQUIRED').map(pair).sort()).toEqual([
      'Ardent Capital -> Brixton Telecom',
      'Morrow Partners -> Brixton Telecom',
    ]);
    const minority = run('Karsten Mills, owned 30% by Felder Holdings, makes paper.');
    expect(facts(minority, 'ACQUIRED')).toEqual([]);
    expect(facts(minority, 'FUNDED').map(pair)).toEqual(['Felder Holdings -> Karsten Mills']);
    const fr = run("Lumivox, contrôlé depuis 2020 par le fonds Tikéa Capital, vise l'Espagne.");
    expect(facts(fr, 'ACQUIRED').map(pair)).toEqual(['Tikéa Capital -> Lumivox']);
  });

  it('does not read the noun "purchase" as a buying verb, but reads "agreed to purchase Y"', () => {
    const noun = run('Velmar Group said its purchases of Renwick Press paper rose 4% in May.');
    expect(facts(noun, 'ACQUIRED')).toEqual([]);
    const verb = run('Hollins Corp agreed to purchase Danbury Tools.');
    expect(facts(verb, 'ACQUIRED').map(pair)).toEqual(['Hollins Corp -> Danbury Tools']);
  });

  it('marks a deal blocked by regulators or voted down by shareholders as abandoned', () => {
    for (const text of [
      'Marlow Foods agreed to buy Ternway Dairies last year before regulators blocked the deal.',
      'Ternway Dairies, which agreed to be acquired by Marlow Foods, stayed independent after shareholders voted the deal down.',
    ]) {
      const deals = facts(run(text), 'ACQUIRED');
      expect(deals.map(pair)).toEqual(['Marlow Foods -> Ternway Dairies']);
      expect(deals[0].status).toBe('abandoned');
    }
  });

  it('reads the sale of a majority of a unit to a buyer, with the seller and the stake', () => {
    const a = run(
      'Ardent Holdings said it completed the sale of 60 pct of its Kelso Wire unit to Barrow Cables Inc.',
    );
    const [r] = facts(a, 'ACQUIRED');
    expect(pair(r)).toBe('Barrow Cables Inc -> Kelso Wire');
    expect(r.seller).toBe('Ardent Holdings');
    expect(r.stake).toBe(60);
  });
});

describe('French rounds, offers and stakes', () => {
  it('takes the investors named "aux côtés de" the lead of the round', () => {
    const a = run(
      "Lumen Santé lève 8 millions d'euros. Le tour de table est mené par Serac Ventures, aux côtés de Mirova et de Side Capital.",
    );
    expect(
      facts(a, 'FUNDED')
        .map((r) => r.source)
        .sort(),
    ).toEqual(['Mirova', 'Serac Ventures', 'Side Capital']);
    for (const r of facts(a, 'FUNDED')) expect(r.target).toBe('Lumen Santé');
  });

  it('reads "l\'offre de reprise de X pour Y" and "l\'acquisition de 100 % du capital de Y"', () => {
    const offer = run("Le tribunal a retenu l'offre de reprise de Garnier Industrie pour Fonderies Alpines.");
    expect(facts(offer, 'ACQUIRED').map(pair)).toEqual(['Garnier Industrie -> Fonderies Alpines']);
    const capital = run("Castelnor annonce l'acquisition de 100 % du capital de Brevia Conseil.");
    expect(facts(capital, 'ACQUIRED').map(pair)).toEqual(['Castelnor -> Brevia Conseil']);
  });

  it('reads "Y était accompagnée depuis N par le fonds X"', () => {
    const a = run('Brevia était accompagnée depuis 2018 par le fonds régional Nord Capital.');
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Nord Capital -> Brevia']);
  });
});

describe('lenders finance the company too', () => {
  it('reads a French loan from a bank as funding of the company the article is about', () => {
    const a = run(
      "Brevia Conseil a racheté Tordis pour 6 millions d'euros. L'opération a été financée en partie par un prêt de la Banque Alpine.",
    );
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Banque Alpine -> Brevia Conseil']);
  });

  it('reads "X accorde un prêt de N à Y" and "Y will fund it with debt arranged by A and B"', () => {
    const fr = run("La Banque Solière accorde un prêt de 2 millions d'euros à Tordis Industrie.");
    expect(facts(fr, 'FUNDED').map(pair)).toEqual(['Banque Solière -> Tordis Industrie']);
    const en = run(
      'Corlan Payments will fund the purchase with new debt arranged by Wexford Bank and Aldous Capital.',
    );
    expect(facts(en, 'FUNDED').map(pair).sort()).toEqual([
      'Aldous Capital -> Corlan Payments',
      'Wexford Bank -> Corlan Payments',
    ]);
  });
});

describe('the object of one deal verb is not the subject of the next', () => {
  it('does not make the company bought the one taking a stake later in the sentence', () => {
    const a = run(
      'Arvana Group bought Malvern Ltd in 2023 and took a 30 percent stake in Ostrica Inc last year.',
    );
    expect(a.relations.filter((r) => r.source === 'Malvern Ltd')).toEqual([]);
    expect(facts(a, 'FUNDED').map(pair)).toContain('Arvana Group -> Ostrica Inc');
    const fr = run("Dorval a racheté Lumeo en 2022 et investit 3 millions d'euros dans Brisk.");
    expect(fr.relations.filter((r) => r.source === 'Lumeo')).toEqual([]);
  });
});

describe('deals whose seller, second object or target is left implicit', () => {
  it('reads "sold Y to X" when the seller is a pronoun, in both languages', () => {
    const en = run(
      'Orlan Systems grew fast. Last year it sold payroll software maker Tallis to Brookfield Data.',
    );
    expect(facts(en, 'ACQUIRED').map(pair)).toContain('Brookfield Data -> Tallis');
    const fr = run('Orlan Systèmes se recentre. En 2022, il a cédé Tallis à Brocéliande Data.');
    expect(facts(fr, 'ACQUIRED').map(pair)).toContain('Brocéliande Data -> Tallis');
  });

  it('reads the second object of a buying verb that has its own descriptor', () => {
    const a = run(
      'Quorra Pay bought Irish debt collector Fennick Recoveries in 2021 and Belgian card issuer Lumo Cards in 2023.',
    );
    expect(facts(a, 'ACQUIRED').map(pair).sort()).toEqual([
      'Quorra Pay -> Fennick Recoveries',
      'Quorra Pay -> Lumo Cards',
    ]);
  });

  it('gives a controlling stake bought with no company named to the company the article is about', () => {
    const a = run(
      'Stellan Voice runs call centres in Manila. Corvid Capital bought a controlling stake from the founders in 2018.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Corvid Capital -> Stellan Voice']);
    const named = run(
      'Stellan Voice runs call centres. Corvid Capital bought a controlling stake in Omnira Labs.',
    );
    expect(facts(named, 'ACQUIRED').map(pair)).toEqual(['Corvid Capital -> Omnira Labs']);
  });

  it('reads a shareholder named in apposition as an investor, not a majority owner', () => {
    const fr = run('Le fonds Vercors Capital, actionnaire de Dalvia depuis 2019, soutient le projet.');
    expect(facts(fr, 'FUNDED').map(pair)).toEqual(['Vercors Capital -> Dalvia']);
    const en = run('Harlow Ventures, an early investor in Dalvia, backs the plan.');
    expect(facts(en, 'FUNDED').map(pair)).toEqual(['Harlow Ventures -> Dalvia']);
    const major = run('Le fonds Vercors Capital, actionnaire majoritaire de Dalvia, soutient le projet.');
    expect(facts(major, 'FUNDED')).toEqual([]);
  });
});

describe('French words that also speak of things other than deals', () => {
  it('does not read a contract signed "avec X" as a round raised from X, but still reads a round', () => {
    const contract = run(
      'Le 3 mars, Corbelle annonce avoir signé un contrat avec Ludora pour produire ses jouets.',
    );
    expect(facts(contract, 'FUNDED')).toEqual([]);
    const round = run("Corbelle annonce un tour de table de 5 millions d'euros avec Ludora Capital.");
    expect(facts(round, 'FUNDED').map(pair)).toEqual(['Ludora Capital -> Corbelle']);
  });

  it('needs a word of ownership with "détenu par", and reads no marriage as a merger', () => {
    const bare = run('La marque Norvia, détenue par Calder Group, reste la plus vendue.');
    expect(facts(bare, 'ACQUIRED')).toEqual([]);
    const owned = run('La marque Norvia, détenue depuis 2019 par Calder Group, reste la plus vendue.');
    expect(facts(owned, 'ACQUIRED').map(pair)).toEqual(['Calder Group -> Norvia']);
    const wedding = run('À la suite du mariage de Gontran et de Clotilde, la cour se déplaça.');
    expect(facts(wedding, 'MERGED_WITH')).toEqual([]);
  });
});

describe('backers named in a hyphenated qualifier', () => {
  it('reads "Y, the X-backed maker" and "the X-backed startup Y" as X funding Y', () => {
    const after = run(
      'Brenner Labs hired staff. Ostrava Grid, the Kolb Holding-backed battery maker, opened a plant.',
    );
    expect(facts(after, 'FUNDED').map(pair)).toEqual(['Kolb Holding -> Ostrava Grid']);
    const before = run('The Pellham-backed startup Lindqvist Data raised money.');
    expect(facts(before, 'FUNDED').map(pair)).toContain('Pellham -> Lindqvist Data');
  });
});
