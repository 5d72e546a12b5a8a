import { sortedPairs } from './frames-test-helpers';

/**
 * Day nine's funding shapes from full articles: backers told with a year or as sellers, raises told as nouns, a
 * lead in front of its joiners, named business angels, loans paying for a purchase, an investor's earlier bets and
 * held stakes, and the misreadings they must not bring (a fund's own limited partners, a company bought in the same
 * sentence, a name inside another member's description, a list running out of an apposition).
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

function fromSource(pairs: string[], source: string): string[] {
  return pairs.filter((p) => p.startsWith(`${source} ->`));
}

describe('backers told with a year, or selling in the purchase', () => {
  test('"was backed in 2022 by A" names the backer even with the year before "by"', () => {
    expect(funded('Corvelo makes irrigation sensors. It was backed in 2022 by Ostwind Capital.')).toContain(
      'Ostwind Capital -> Corvelo',
    );
  });

  test('a backer selling its stake backed the company bought, not the buyer the pointer fell on', () => {
    const text =
      'Dutch packaging group Verpakt Holding said on Monday it had agreed to buy Lisbon-based Caixote for $90 million. Caixote, founded in 2011 by Rui Tavares, makes moulded-fibre trays. It was backed in 2021 by investment firm Atlantico Partners, which is selling its 35% stake as part of the deal.';
    const got = funded(text);
    expect(got).toContain('Atlantico Partners -> Caixote');
    expect(got).not.toContain('Atlantico Partners -> Verpakt Holding');
  });
});

describe('French raises told as nouns and with "avec"', () => {
  test('"la levée de N réalisée par Y auprès de A et de B" funds Y from both', () => {
    const text =
      "Le rachat intervient un an après la levée de 9 millions d'euros réalisée par Vinexa auprès de Garonne Amorçage et de Bordeaux Participations.";
    const got = funded(text);
    expect(got).toContain('Garonne Amorçage -> Vinexa');
    expect(got).toContain('Bordeaux Participations -> Vinexa');
  });

  test('"menée par A auprès de B" leaves A as the lead, never as the company', () => {
    const text =
      "Vinexa annonce une levée de 9 millions d'euros menée par Garonne Amorçage auprès de ses partenaires.";
    expect(funded(text).filter((p) => p.endsWith('-> Garonne Amorçage'))).toEqual([]);
  });

  test('"avec Y, qui a levé N, et avec Z": the second "avec" belongs to the outer verb', () => {
    const text =
      "Oenolab rivalise avec le bordelais Cuvélia, qui a levé 6 millions d'euros l'an dernier, et avec l'espagnol Vinotek.";
    expect(funded(text)).not.toContain('Vinotek -> Cuvélia');
  });

  test('"Y a levé N avec A" still names A', () => {
    expect(funded("La start-up Cuvélia a levé 6 millions d'euros avec le fonds Garonne Amorçage.")).toContain(
      'Garonne Amorçage -> Cuvélia',
    );
  });
});

describe('a fund closing its own vehicle and a lead told before its joiners', () => {
  test('"le fonds vient de boucler son véhicule …, auprès de B": B funds no company of the article', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros auprès de Rhodanie Capital. Le fonds vient par ailleurs de boucler son troisième véhicule à 310 millions d'euros, auprès notamment de l'assureur Mutuelle Cévenole.";
    const got = funded(text);
    expect(got).toContain('Rhodanie Capital -> Ferrovia');
    expect(fromSource(got, 'Mutuelle Cévenole')).toEqual([]);
  });

  test('"A mène le tour, auquel participent B et C": all three fund the company, none funds A', () => {
    const text =
      "L'éditeur lillois Paysalia a réalisé une levée de 20 millions d'euros. Le fonds Nordhaven Partners mène le tour, auquel participent Escaut Ventures et Flandre Amorçage.";
    const got = funded(text);
    expect(got).toContain('Nordhaven Partners -> Paysalia');
    expect(got).toContain('Escaut Ventures -> Paysalia');
    expect(got.filter((p) => p.endsWith('-> Nordhaven Partners'))).toEqual([]);
  });

  test('a joiner described by an apposition still lets the list go on to "et par C"', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros. Rhodanie Capital mène le tour, rejoint par Alpes Ventures, le fonds du groupe Savoie Mécanique, et par le fonds régional Isère Croissance.";
    expect(funded(text)).toContain('Isère Croissance -> Ferrovia');
  });
});

describe('business angels named after their group', () => {
  test('French: "plusieurs business angels, dont l\'ancien patron de X, P": P invests, X does not', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros. Elle a aussi convaincu plusieurs business angels, dont l'ancien patron de Fret Alpin, Gérard Baudoin.";
    const got = funded(text);
    expect(got).toContain('Gérard Baudoin -> Ferrovia');
    expect(fromSource(got, 'Fret Alpin')).toEqual([]);
  });

  test('a titled person after "et" joins a list of investors: "dont A et l\'ancienne ministre P"', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros. Les investisseurs historiques, dont Isère Croissance et l'ancienne ministre Odile Varennes, remettent également au pot.";
    expect(funded(text)).toContain('Odile Varennes -> Ferrovia');
  });

  test('"the family office of P" is no list member: P is only its owner', () => {
    const text =
      'Tessaly raised $30 million led by Harrowgate Capital. Other backers include Pinemoor Ventures and the family office of Daniel Okafor.';
    expect(fromSource(funded(text), 'Daniel Okafor')).toEqual([]);
  });
});

describe('loans that pay for a purchase', () => {
  test('"The acquisition will be funded by a term loan from A" funds the buyer', () => {
    const text =
      'Harlow Rail agreed to acquire Brenner Wagons for $220 million. The acquisition will be funded with cash and a $150 million term loan from Calder Bank.';
    expect(funded(text)).toContain('Calder Bank -> Harlow Rail');
  });

  test('with no purchase in the article the loan names no company', () => {
    const text =
      'Harlow Rail runs freight trains in Scotland. The deal will be funded with cash and a $150 million term loan from Calder Bank.';
    expect(fromSource(funded(text), 'Calder Bank')).toEqual([]);
  });

  test('"un prêt d\'innovation de N accordé par A" is a loan to the round\'s company', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros. Le tour comprend aussi un prêt d'innovation de 2 millions d'euros accordé par Bpifrance.";
    expect(funded(text)).toContain('Bpifrance -> Ferrovia');
  });
});

describe("an investor's earlier bets and held stakes", () => {
  test('"A has also backed B and C" with A named', () => {
    const got = funded(
      'Harrowgate Capital has also backed ticketing startup Seatwise and payroll firm Paylark.',
    );
    expect(got).toContain('Harrowgate Capital -> Seatwise');
    expect(got).toContain('Harrowgate Capital -> Paylark');
  });

  test('"A has also backed the merger of B and C" backs a deal, not a company', () => {
    expect(funded('Harrowgate Capital has also backed the merger of Seatwise and Paylark.')).toEqual([]);
  });

  test('"X\'s portfolio includes A and B" and "Le portefeuille de X compte notamment A et B"', () => {
    expect(funded("Harrowgate Capital's portfolio includes Seatwise and Paylark.")).toContain(
      'Harrowgate Capital -> Seatwise',
    );
    expect(funded('Le portefeuille de Rhodanie Capital compte notamment Ferrovia et Vinexa.')).toContain(
      'Rhodanie Capital -> Vinexa',
    );
  });

  test('"A détient une participation minoritaire dans le fabricant B", but not "20 % du marché, devant B"', () => {
    expect(
      funded(
        'Rhodanie Capital détient aussi une participation minoritaire dans le fabricant de sièges Assiette.',
      ),
    ).toContain('Rhodanie Capital -> Assiette');
    expect(funded('Rhodanie Industrie détient 20 % du marché français, devant Assiette.')).toEqual([]);
  });

  test('"X fait également son entrée au capital" joins the round told', () => {
    const text =
      "La start-up Ferrovia lève 14 millions d'euros. La holding familiale Maison Rivoire fait également son entrée au capital.";
    expect(funded(text)).toContain('Maison Rivoire -> Ferrovia');
  });
});

describe('joiners and leads of English rounds', () => {
  test('"also participated, along with A, the venture arm of B": A joins', () => {
    const text =
      'Cellario raised $45 million in a Series B round. Existing backers Dunmore Ventures also participated, along with Greyfield Ventures, the venture arm of Greyfield Labs.';
    expect(funded(text)).toContain('Greyfield Ventures -> Cellario');
  });

  test('"Label A also took part through its venture arm" joins the round, not the customer named in between', () => {
    const text =
      "Cellario raised $45 million in a Series B round. Label group Ravenhill, one of Cellario's customers, also took part through its corporate venture arm.";
    const got = funded(text);
    expect(got).toContain('Ravenhill -> Cellario');
    expect(got.filter((p) => p.endsWith('-> Ravenhill'))).toEqual([]);
  });

  test('"Y today announced a Series C financing led by A" after a wire dateline', () => {
    const text =
      'AUSTIN, Texas--(BUSINESS WIRE)--Caremesh, the scheduling platform for clinics, today announced a $40 million Series C financing led by Brookhollow Partners.';
    expect(funded(text)).toEqual(['Brookhollow Partners -> Caremesh']);
  });

  test('"announced a partnership led by A" has no round: nothing', () => {
    const text = 'Caremesh today announced a research partnership led by Brookhollow University.';
    expect(funded(text)).toEqual([]);
  });

  test('a joiner\'s description naming another firm ("former chief executive of firm A") does not make A a joiner', () => {
    const text =
      'Cellario raised $45 million led by Dunmore Ventures. Existing backers Quill Capital and Martin Ebeling, the former chief executive of drugmaker Norlab, also took part.';
    const got = funded(text);
    expect(got).toContain('Martin Ebeling -> Cellario');
    expect(fromSource(got, 'Norlab')).toEqual([]);
  });

  test('"the venture arm of chipmaker A also took part": an investing vehicle of A is A (business-of rule)', () => {
    const text =
      'Cellario raised $45 million led by Dunmore Ventures. Existing backers Quill Capital and the venture arm of chipmaker Norlab also took part.';
    expect(funded(text)).toContain('Norlab -> Cellario');
  });
});

describe('names that are no investor', () => {
  test('"including broker A, and took a minority stake in B": A takes no stake in B', () => {
    const text =
      'Kestrel, which is majority-owned by Haruka Corp, has made three acquisitions, including customs broker Portwell, and took a minority stake in platform Loadbay.';
    expect(fromSource(funded(text), 'Portwell')).toEqual([]);
  });

  test('a company bought in the sentence gives its buyer no money there', () => {
    const text = "Régalys ouvre son capital au groupe Valcorde et s'offre le belge Tridelta.";
    const got = funded(text);
    expect(got).toContain('Valcorde -> Régalys');
    expect(fromSource(got, 'Tridelta')).toEqual([]);
  });

  test('"Y, a startup backed by A, and Britain\'s Z, which …": Z is the outer list\'s, not a backer', () => {
    const text =
      "Skylance competes with Orbex, a Danish startup backed by trading house Kaminari, and Britain's Northvane, which flies next year.";
    const got = funded(text);
    expect(got).toContain('Kaminari -> Orbex');
    expect(fromSource(got, 'Northvane')).toEqual([]);
  });
});
