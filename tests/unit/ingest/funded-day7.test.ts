import { sortedPairs } from './frames-test-helpers';

/**
 * Day seven's funding shapes from full articles: list members with their own descriptors, acronyms and relative
 * clauses; joiners, lenders and fund backers told around the round; the adviser "accompagné par"; a loan that
 * completes a round; a newcomer beside existing backers.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('list members with descriptors', () => {
  test('"auprès de A, de l\'assureur mutualiste B et du fonds régional C": every member gives money', () => {
    const text =
      "La start-up nantaise Tessolia annonce une levée de 9 millions d'euros auprès de Gravelines Capital, de l'assureur mutualiste Mutalis Ouest et du fonds régional Loire Amorçage.";
    const got = funded(text);
    expect(got).toContain('Gravelines Capital -> Tessolia');
    expect(got).toContain('Mutalis Ouest -> Tessolia');
    expect(got).toContain('Loire Amorçage -> Tessolia');
  });

  test('"from A, the Canadian pension fund B and existing backer C": English members with descriptors', () => {
    const text =
      'Denver-based Quarrytech raised $30 million from Penhallow Capital, the Canadian pension fund Maple Crest Investments and existing backer Orrin Ventures.';
    const got = funded(text);
    expect(got).toContain('Penhallow Capital -> Quarrytech');
    expect(got).toContain('Maple Crest Investments -> Quarrytech');
    expect(got).toContain('Orrin Ventures -> Quarrytech');
  });

  test('a verb after the conjunction ends the list: the company bought is no investor', () => {
    const text =
      "La PME grenobloise Vertalis lève 6 millions d'euros auprès de Dauphiné Croissance et rachète le fabricant Solmex.";
    const got = funded(text);
    expect(got).toContain('Dauphiné Croissance -> Vertalis');
    expect(got).not.toContain('Solmex -> Vertalis');
  });

  test('"led by A and acquired the software maker B": B is no co-investor', () => {
    const text =
      'Ostrava-based Kelbrin raised $12 million in a round led by Halden Partners and acquired the software maker Pravik.';
    const got = funded(text);
    expect(got).toContain('Halden Partners -> Kelbrin');
    expect(got).not.toContain('Pravik -> Kelbrin');
  });

  test('"de la Banque X (BX) et du Crédit Y": the acronym does not end the list of lenders', () => {
    const text =
      "Le fabricant de vélos Roulvert lève 5 millions d'euros auprès de Cévennes Capital. L'opération est complétée par un prêt de 2 millions d'euros de la Banque régionale d'innovation (BRI) et du Crédit Mutuel Sud-Ouest.";
    const got = funded(text);
    expect(got).toContain('Cévennes Capital -> Roulvert');
    expect(got).toContain('Crédit Mutuel Sud-Ouest -> Roulvert');
  });

  test('"backed by A, which holds a stake, and by B": the relative clause does not end the list', () => {
    const text =
      'Zurich drugmaker Pellavia is developing a lupus treatment. It is backed by Swiss investor Tamsel Partners, which holds a 15 per cent stake, and by Norvik Holdings.';
    const got = funded(text);
    expect(got).toContain('Tamsel Partners -> Pellavia');
    expect(got).toContain('Norvik Holdings -> Pellavia');
  });

  test('a relative clause with no list after it keeps its own names out', () => {
    const text =
      'Zurich drugmaker Pellavia is developing a lupus treatment. It is backed by Swiss investor Tamsel Partners, which bought Orvane Labs last year.';
    const got = funded(text);
    expect(got).toContain('Tamsel Partners -> Pellavia');
    expect(got).not.toContain('Orvane Labs -> Pellavia');
  });
});

describe('parties told around the round', () => {
  test('"un tour de table auquel participent également A et la société de gestion B"', () => {
    const text =
      "La biotech bordelaise Cellivo lève 14 millions d'euros. Le laboratoire Aubrac Pharma investit 5 millions d'euros dans le cadre d'un tour de table auquel participent également le fonds Gironde Santé et la société de gestion Ormeau Partners.";
    const got = funded(text);
    expect(got).toContain('Gironde Santé -> Cellivo');
    expect(got).toContain('Ormeau Partners -> Cellivo');
  });

  test('"un salon auquel participent A et B" is no round', () => {
    const text =
      'La biotech bordelaise Cellivo présente ses résultats. Elle tiendra un stand au salon de Lyon auquel participent également Gironde Santé et Ormeau Partners.';
    expect(funded(text)).toEqual([]);
  });

  test('"une série B menée par le fonds britannique X" with no company before: the article\'s company', () => {
    const text =
      "Créée à Lille en 2019, Payvane édite un logiciel de facturation. La fintech nordiste destinée aux artisans annonce ce jeudi une série B de 20 millions d'euros menée par le fonds britannique Ashgrove Ventures.";
    expect(funded(text)).toContain('Ashgrove Ventures -> Payvane');
  });

  test('"le fonds X, doté de 80 M€ par A et l\'assureur B": the backers of a named fund fund it', () => {
    const text =
      "Le fonds Terres d'Avenir, doté de 80 millions d'euros par la Banque des Territoires et l'assureur Prévalis, investit dans l'agriculture.";
    const got = funded(text);
    expect(got).toContain("Banque des Territoires -> Terres d'Avenir");
    expect(got).toContain("Prévalis -> Terres d'Avenir");
  });

  test('"un prêt de 3 M€ accordé par la banque A" and "A complète le dispositif avec un prêt": lenders', () => {
    const text =
      "La PME vendéenne Oléanor modernise son usine. Pour financer les travaux, la société s'appuie sur un prêt de 3 millions d'euros accordé par la Banque Atlantique Vendée. La Caisse Régionale Bocage complète le dispositif avec un prêt de 1 million d'euros.";
    const got = funded(text);
    expect(got).toContain('Banque Atlantique Vendée -> Oléanor');
    expect(got).toContain('Caisse Régionale Bocage -> Oléanor');
  });

  test('"led by A, a fund backed by state lender B": B funds the fund A', () => {
    const text =
      'Madrid start-up Cobaltix raised €8 million. The round was led by Serrano Capital, a fund backed by state lender Banco Ibérico.';
    const got = funded(text);
    expect(got).toContain('Serrano Capital -> Cobaltix');
    expect(got).toContain('Banco Ibérico -> Serrano Capital');
  });

  test('"A, a company owned by B" is no funding', () => {
    const text =
      'Madrid start-up Cobaltix raised €8 million. The round was led by Serrano Capital, a fund owned by Banco Ibérico.';
    expect(funded(text)).not.toContain('Banco Ibérico -> Serrano Capital');
  });

  test('"existing backers A and B also took part, alongside a new investor, the C": C funds the company', () => {
    const text =
      'Accra-based Paylinq raised $15 million in a round led by Volta Ridge Capital. Existing backers Harmattan Fund and Gold Coast Ventures also took part, alongside a new investor, the Pan-African Development Corporation.';
    const got = funded(text);
    expect(got).toContain('Pan-African Development Corporation -> Paylinq');
    expect(got).not.toContain('Pan-African Development Corporation -> Harmattan Fund');
  });
});

describe('money that pays for a purchase', () => {
  test('"le fonds A financera la reprise aux côtés de la banque B": both fund the buyer, not the company bought', () => {
    const text =
      "Le tribunal a retenu l'offre de Valtrans Logistique pour la reprise de Frigomax, un transporteur savoyard. Frigomax emploie 300 personnes. Le fonds Parquet Invest financera la reprise aux côtés de la Banque Alpine, qui accorde un prêt de 8 millions d'euros.";
    const got = funded(text);
    expect(got).toContain('Parquet Invest -> Valtrans Logistique');
    expect(got).toContain('Banque Alpine -> Valtrans Logistique');
    expect(got).not.toContain('Banque Alpine -> Frigomax');
  });

  test('"A investit dans le cadre d\'un tour auquel participent B": the subject is an investor, not the company', () => {
    const text =
      "La biotech bordelaise Cellivo lève 14 millions d'euros. Le laboratoire Aubrac Pharma investit 5 millions d'euros dans le cadre d'un tour de table auquel participent également le fonds Gironde Santé et la société de gestion Ormeau Partners.";
    const got = funded(text);
    expect(got).toContain('Aubrac Pharma -> Cellivo');
    expect(got).not.toContain('Gironde Santé -> Aubrac Pharma');
  });
});

describe('a minority stake told again as a block of shares', () => {
  test('"bought a 6.8 pct stake in Y" then "acquired 346,600 Y shares": the stake stays a funding', () => {
    const text =
      'WASHINGTON, April 9 - Harlow Partners Co, a New York investment partnership, told the Securities and Exchange Commission it bought a 6.8 pct stake in Brenco Corp common stock. The partnership said it acquired 346,600 Brenco shares, paying 4.9 mln dlrs, because it believed the securities to be an attractive investment.';
    expect(funded(text)).toContain('Harlow Partners Co -> Brenco Corp');
  });

  test('a purchase of the whole company beside no stated stake is no funding', () => {
    const text =
      'WASHINGTON, April 9 - Harlow Partners Co said it acquired Brenco Corp for 20 mln dlrs. The partnership said it acquired all 346,600 Brenco shares.';
    expect(funded(text)).not.toContain('Harlow Partners Co -> Brenco Corp');
  });
});

describe('no money', () => {
  test('"X était accompagné par A" beside an adviser: A advised, it did not invest', () => {
    const text =
      "La start-up Brezolia lève 4 millions d'euros auprès de Morvan Invest. Le cabinet Lescure Avocats a conseillé la start-up, tandis que Morvan Invest était accompagné par Delorme Partners.";
    const got = funded(text);
    expect(got).toContain('Morvan Invest -> Brezolia');
    expect(got).not.toContain('Delorme Partners -> Brezolia');
    expect(got).not.toContain('Delorme Partners -> Morvan Invest');
  });

  test('"Y est accompagné par A" with no adviser in the sentence is still a backer', () => {
    const text = 'Fondée en 2020, la start-up Brezolia est accompagnée depuis 2022 par Morvan Invest.';
    expect(funded(text)).toContain('Morvan Invest -> Brezolia');
  });
});
