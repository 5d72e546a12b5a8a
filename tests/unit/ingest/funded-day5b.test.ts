import { sortedPairs } from './frames-test-helpers';

/**
 * FUNDED, fifth day afternoon: names in a round's story that gave no money (advisers, coaches, holders that stayed
 * out), public aid, shares of a round, co-investors told through a pronoun, and the company a deal's loan or a
 * fronted purpose phrase must not take. Sentences written for these tests.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('parties of a round that put no money in', () => {
  test('a law firm that "accompagne" the company is an adviser', () => {
    const text =
      "La start-up Brivane annonce une levée de 9 millions d'euros auprès de Kerlane Capital. Le cabinet Dufresnoy a accompagné la société sur les aspects juridiques.";
    expect(funded(text)).toEqual(['Kerlane Capital -> Brivane']);
  });

  test('an incubator that coaches the company is no giver, the region paying the grant is', () => {
    const text =
      "Accompagnée depuis 2022 par l'incubateur Ruche Ouest, la jeune pousse rennaise Algaro a obtenu une subvention de 600 000 euros de la Région Bretagne.";
    expect(funded(text)).toEqual(['Région Bretagne -> Algaro']);
  });

  test('a fund that coaches and finances, not called an incubator, still funds', () => {
    const text =
      'Accompagnée depuis 2022 par le fonds Marennes Capital, la jeune pousse rennaise Algaro a obtenu une subvention de 600 000 euros de la Région Bretagne.';
    const got = funded(text);
    expect(got).toContain('Marennes Capital -> Algaro');
    expect(got).toContain('Région Bretagne -> Algaro');
  });

  test('"existing shareholders A and B did not take part" gives them no funding', () => {
    const text =
      'Oslo-based Fjellwise has raised $30 million in a Series C led by Brightwater Partners. Existing shareholders Holmen Ventures and Arkwright Capital did not take part in the round.';
    expect(funded(text)).toEqual(['Brightwater Partners -> Fjellwise']);
  });

  test('"existing shareholders A and B also took part" still funds', () => {
    const text =
      'Oslo-based Fjellwise has raised $30 million in a Series C led by Brightwater Partners. Existing shareholders Holmen Ventures and Arkwright Capital also took part in the round.';
    const got = funded(text);
    expect(got).toContain('Holmen Ventures -> Fjellwise');
    expect(got).toContain('Arkwright Capital -> Fjellwise');
  });
});

describe('money received from a public body or a bank', () => {
  test('"obtient 3 millions d\'euros de la banque publique B sous forme de prêt"', () => {
    const text =
      "La medtech nantaise Cardiolis obtient 3 millions d'euros de la banque publique Bpifrance sous forme de prêt d'amorçage.";
    expect(funded(text)).toEqual(['Bpifrance -> Cardiolis']);
  });

  test('orders from a customer are no funding', () => {
    const text =
      "Le fabricant Tolmeric a obtenu 3 millions d'euros de commandes de la SNCF pour ses capteurs.";
    expect(funded(text)).toEqual([]);
  });
});

describe('shares of a round', () => {
  test('"A contributed €10 million, while the rest came from B"', () => {
    const text =
      'Ferrisol, a Porto maker of heat pumps, closed a €25 million round. Engineering group Halbrook contributed €10 million, while the rest came from Quintal Partners.';
    const got = funded(text);
    expect(got).toContain('Halbrook -> Ferrisol');
    expect(got).toContain('Quintal Partners -> Ferrisol');
  });

  test('people lent to a project are no share of a round', () => {
    const text =
      'Ferrisol, a Porto maker of heat pumps, opened a test centre. Engineering group Halbrook contributed 40 engineers, while the rest came from Quintal Partners.';
    expect(funded(text)).toEqual([]);
  });

  test('"with existing backers A and comedian P also investing" keeps the person', () => {
    const text =
      'Crumbly, a Bristol maker of oat biscuits, raised £4 million from Ashgrove Capital, with existing backers Penfold Ventures and comedian Rhiannon Ellis also investing.';
    const got = funded(text);
    expect(got).toContain('Penfold Ventures -> Crumbly');
    expect(got).toContain('Rhiannon Ellis -> Crumbly');
  });

  test('a person named after "with" who invests nothing is no giver', () => {
    const text =
      'Crumbly, a Bristol maker of oat biscuits, raised £4 million from Ashgrove Capital, with comedian Rhiannon Ellis hosting the launch.';
    expect(funded(text)).toEqual(['Ashgrove Capital -> Crumbly']);
  });
});

describe('the company a co-investor or a loan funds', () => {
  test('"Il intervient aux côtés de A et de P, qui avaient financé l\'amorçage" funds the company just told', () => {
    const text =
      "Le groupe Dorvault investit 8 millions d'euros dans Pixalto, un éditeur de logiciels pour pharmacies. Il intervient aux côtés du fonds Merlan Ventures et de l'entrepreneur Yannick Tessier, qui avaient financé l'amorçage en 2021.";
    const got = funded(text);
    expect(got).toContain('Merlan Ventures -> Pixalto');
    expect(got).toContain('Yannick Tessier -> Pixalto');
    expect(got.some((p) => p.endsWith('-> Dorvault'))).toBe(false);
  });

  test('"Pour financer le rachat de Y, il a mis en place une dette arrangée par A" does not fund Y', () => {
    const text =
      "Le fabricant de pompes Hydrovel a obtenu un prêt de 2 millions d'euros auprès du Crédit Agricole. Pour financer le rachat de son concurrent Aquastra, il a également mis en place une dette unitranche de 30 millions d'euros arrangée par Andera Partners.";
    const got = funded(text);
    expect(got).toContain('Crédit Agricole -> Hydrovel');
    expect(got).not.toContain('Andera Partners -> Aquastra');
  });

  test('"L\'opération, financée par un crédit de B" funds the buyer, not the company bought', () => {
    const text =
      "Le distributeur Valmoret a racheté le grossiste Cubelin, a-t-on appris jeudi. Cubelin restera dirigé par ses fondateurs. L'opération, financée par un crédit du CIC, a été conseillée par la banque d'affaires Oddo BHF.";
    const got = funded(text);
    expect(got).toContain('CIC -> Valmoret');
    expect(got).not.toContain('CIC -> Cubelin');
    expect(got.some((p) => p.startsWith('Oddo BHF'))).toBe(false);
  });
});

describe('funding verbs that tell another deal', () => {
  function acquired(text: string): string[] {
    return sortedPairs(text, 'ACQUIRED');
  }

  test('"entre au capital de Y à hauteur de 70 %" is control, not funding', () => {
    const text = 'Le fonds Capzanine entre au capital du fabricant de portails Ferrovia à hauteur de 70 %.';
    expect(acquired(text)).toEqual(['Capzanine -> Ferrovia']);
    expect(funded(text)).toEqual([]);
  });

  test('"entre au capital de Y à hauteur de 30 %" stays funding', () => {
    const text = 'Le fonds Capzanine entre au capital du fabricant de portails Ferrovia à hauteur de 30 %.';
    expect(funded(text)).toEqual(['Capzanine -> Ferrovia']);
    expect(acquired(text)).toEqual([]);
  });

  test('"investit … dans Y et en devient l\'actionnaire majoritaire" is control', () => {
    const text =
      "Le fonds Capzanine investit 40 millions d'euros dans Ferrovia et en devient l'actionnaire majoritaire.";
    expect(acquired(text)).toEqual(['Capzanine -> Ferrovia']);
    expect(funded(text)).toEqual([]);
  });

  test('money raised "pour son fonds" funds no firm', () => {
    const text =
      "La société de gestion Montefiore Partners a levé 900 millions d'euros pour son fonds de dette privée, auprès de Generali et de la Macif.";
    expect(funded(text)).toEqual([]);
  });

  test('a company raising from the same insurers is still funded', () => {
    const text = "La fintech Quorex a levé 12 millions d'euros auprès de Generali et de la Macif.";
    const got = funded(text);
    expect(got).toContain('Generali -> Quorex');
    expect(got).toContain('Macif -> Quorex');
  });
});

describe('an indefinite loan as the subject', () => {
  test('"Une dette bancaire de 4 millions d\'euros a été arrangée par B" funds the company of the round', () => {
    const text =
      "Le torréfacteur Caféine & Co boucle une levée de 6 millions d'euros auprès de Sofimac. Une dette bancaire de 3 millions d'euros a été arrangée par la Banque Populaire Grand Ouest.";
    const got = funded(text);
    expect(got).toContain('Sofimac -> Caféine & Co');
    expect(got).toContain('Banque Populaire Grand Ouest -> Caféine & Co');
  });

  test('"Une étude de 40 pages a été réalisée par le cabinet X" funds no one', () => {
    const text =
      "Le torréfacteur Caféine & Co boucle une levée de 6 millions d'euros auprès de Sofimac. Une étude de 40 pages a été réalisée par le cabinet Xerfi.";
    expect(funded(text)).toEqual(['Sofimac -> Caféine & Co']);
  });
});
