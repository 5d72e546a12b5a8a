import { sortedPairs } from './frames-test-helpers';

/**
 * Day eight's funding shapes from full articles: a fund raising its own fund (its limited partners fund no
 * portfolio company), a round's lead told before its joiners ("A mène le tour, rejoint par B"), "A rival B" after
 * an investment verb, a debt facility "provided by" a lender, a described company "backed" by a named investor,
 * and the part of the historic investors named after "dont".
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('a fund raising its own fund', () => {
  test('limited partners after "closed its … fund with commitments from" fund no portfolio company', () => {
    const text =
      'Tallbrook Games raised $12 million in a round led by Ashgrove Ventures. Ashgrove Ventures, which closed its $300 million third fund in May with commitments from pension funds including Pinecrest Retirement Trust, has backed six studios this year.';
    const got = funded(text);
    expect(got).toContain('Ashgrove Ventures -> Tallbrook Games');
    expect(got.filter((p) => p.startsWith('Pinecrest Retirement Trust'))).toEqual([]);
  });

  test('"qui a levé un fonds de N auprès d\'assureurs dont B": the insurer funds no company of the article', () => {
    const text =
      "La start-up brestoise Marimetrix lève 9 millions d'euros auprès de Noroît Capital. Noroît Capital, qui a bouclé cette année un fonds de 250 millions d'euros auprès de mutuelles dont Prévoyance Armorique, signe son dixième investissement.";
    const got = funded(text);
    expect(got).toContain('Noroît Capital -> Marimetrix');
    expect(got.filter((p) => p.startsWith('Prévoyance Armorique'))).toEqual([]);
  });

  test('"une levée de fonds de N auprès de A" is money raised, not a vehicle: A still funds the company', () => {
    const text =
      "La jeune pousse lilloise Vendalis a bouclé une levée de fonds de 7 millions d'euros auprès de Scarpe Capital.";
    expect(funded(text)).toContain('Scarpe Capital -> Vendalis');
  });
});

describe('a lead told before its joiners', () => {
  test('"A mène le tour, rejoint par B": both fund the article\'s company, B does not fund A', () => {
    const text =
      "La start-up grenobloise Cryolabs a levé 30 millions d'euros lors d'un tour de table. Le fonds industriel Vercors Partners mène le tour, rejoint par Isère Ventures.";
    const got = funded(text);
    expect(got).toContain('Vercors Partners -> Cryolabs');
    expect(got).toContain('Isère Ventures -> Cryolabs');
    expect(got).not.toContain('Isère Ventures -> Vercors Partners');
  });

  test('"The equity portion was led by family office A, with participation from B": B does not fund A', () => {
    const text =
      'Windmere, a Dutch maker of hull coatings, said it had secured $50 million. The equity portion, $35 million, was led by Danish family office Skovgaard Holding, with participation from Tidal Climate Partners.';
    const got = funded(text);
    expect(got).toContain('Skovgaard Holding -> Windmere');
    expect(got).toContain('Tidal Climate Partners -> Windmere');
    expect(got).not.toContain('Tidal Climate Partners -> Skovgaard Holding');
  });
});

describe('"A rival B" after an investment verb', () => {
  test('the company funded is the one after the rival noun', () => {
    const text = 'Last month Harlan Ventures invested $5 million in Brimstone rival Quartzly.';
    const got = funded(text);
    expect(got).toContain('Harlan Ventures -> Quartzly');
    expect(got).not.toContain('Harlan Ventures -> Brimstone');
  });
});

describe('a debt facility provided by a lender', () => {
  test('"the remaining $N is a venture debt facility provided by lender A": A funds the company of the round', () => {
    const text =
      'Corvaline, a Lisbon startup that recycles solar panels, has raised $28 million. The remaining $8 million is a venture debt facility provided by Atlantic lender Ribeira Bank.';
    const got = funded(text);
    expect(got).toContain('Ribeira Bank -> Corvaline');
    expect(got.filter((p) => p.startsWith('Atlantic'))).toEqual([]);
  });

  test('a facility that is no loan is not read as one ("a $4 million cooling facility provided by A")', () => {
    const text =
      'Corvaline, a Lisbon startup that recycles solar panels, has raised $28 million. Its plant runs on a $4 million cooling facility provided by Orvix Systems.';
    expect(funded(text).filter((p) => p.startsWith('Orvix Systems'))).toEqual([]);
  });
});

describe('a described company backed by a named investor', () => {
  test('"A has previously backed the payments startup B": an investment', () => {
    const text =
      'Kelpie Capital led the round in Tramline. Kelpie has previously backed the payments startup Billora, where its partner sits on the board.';
    expect(funded(text)).toContain('Kelpie Capital -> Billora');
  });

  test('"from A, the London investor that also backs the shoe brand B": the relative is A\'s', () => {
    const text =
      'Instead, Maison Orcel has raised €20mn from Fenwick Growth, the London investor that also backs the shoe brand Soliane.';
    const got = funded(text);
    expect(got).toContain('Fenwick Growth -> Maison Orcel');
    expect(got).toContain('Fenwick Growth -> Soliane');
  });

  test('a name that only qualifies a title ("former Goldman Sachs banker P") backs nothing', () => {
    const text =
      'Ansel Oduya runs Quillmark Partners, a firm he set up with former Halberd Bank banker Rosa Lind, and has backed climate companies such as Ferrowatt.';
    expect(funded(text).filter((p) => p.startsWith('Halberd Bank'))).toEqual([]);
  });

  test('backing a party or a plan is support, not funding', () => {
    const text = 'The Farmers Union backed the ruling Centre Party in the vote on subsidies.';
    expect(funded(text)).toEqual([]);
  });
});

describe('historic investors named after "dont"', () => {
  test('"Les investisseurs historiques, dont A et l\'ancien astronaute P, remettent au pot": A funds the company', () => {
    const text =
      "La start-up toulousaine Astrelle, qui conçoit des remorqueurs orbitaux, a levé 45 millions d'euros lors d'une série B, a-t-elle annoncé lundi. Le fonds Kerlaz Partners mène le tour. Les investisseurs historiques, dont Garonne Amorçage et l'ancien astronaute Pierre Valmont, remettent également au pot.";
    expect(funded(text)).toContain('Garonne Amorçage -> Astrelle');
  });

  test('historic investors who sell give no funding', () => {
    const text =
      'La start-up toulousaine Astrelle a été rachetée par Dassaud. Les investisseurs historiques, dont Garonne Amorçage, cèdent leurs parts.';
    expect(funded(text)).not.toContain('Garonne Amorçage -> Astrelle');
  });
});

describe('participation told after the round noun, and backers added "as well as"', () => {
  test('"The round also saw participation from A, the publisher …, as well as existing backers B and angel investor P"', () => {
    const text =
      'Lanternfly Games, a Porto studio, has raised $22 million. The round also saw participation from Hoshiba Interactive, the Osaka-based publisher behind the Driftlight series, as well as existing backers Tern Seed and angel investor Marta Quist.';
    const got = funded(text);
    expect(got).toContain('Hoshiba Interactive -> Lanternfly Games');
    expect(got).toContain('Tern Seed -> Lanternfly Games');
    expect(got).toContain('Marta Quist -> Lanternfly Games');
    expect(got).not.toContain('Tern Seed -> Hoshiba Interactive');
  });

  test('"the event saw participation from A": no round, no funding', () => {
    const text = 'The trade fair in Lyon saw participation from Hoshiba Interactive and Tern Labs.';
    expect(funded(text)).toEqual([]);
  });
});
