import { sortedPairs } from './frames-test-helpers';

/**
 * FUNDED, fifth day: investors named in a sentence that leaves the company out or only points at it (holders,
 * joiners, money as subject, a fronted participle), and the company a guess must not take (an investor of the
 * round, a company bought). Sentences written for these tests, in sectors the probes did not use.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('holders of a company named without the company', () => {
  test('"whose other investors include A and B"', () => {
    const text =
      'Dunmore Robotics, a Leeds maker of warehouse arms, raised $14 million from Caldera Partners. Dunmore Robotics, whose other investors include Osprey Fund and Velden Capital, plans a plant in Ohio.';
    const got = funded(text);
    expect(got).toContain('Osprey Fund -> Dunmore Robotics');
    expect(got).toContain('Velden Capital -> Dunmore Robotics');
  });

  test('"whose rivals include A" names no investor', () => {
    const text =
      'Dunmore Robotics, a Leeds maker of warehouse arms, opened an office. Dunmore Robotics, whose rivals include Osprey Systems and Velden Automation, plans a plant in Ohio.';
    expect(funded(text)).toEqual([]);
  });

  test('"counts A and B among its backers"', () => {
    const text =
      'Tillgate, which counts Harlow Ventures and Emberline Capital among its backers, sells soil sensors to vineyards.';
    const got = funded(text);
    expect(got).toContain('Harlow Ventures -> Tillgate');
    expect(got).toContain('Emberline Capital -> Tillgate');
  });

  test('"Previous investors, including A and B, also participated" joins the round just told', () => {
    const text =
      'Marivo Health has raised $31 million in a Series B. Previous investors, including Brackenridge Capital and Sunfold Ventures, also participated.';
    const got = funded(text);
    expect(got).toContain('Brackenridge Capital -> Marivo Health');
    expect(got).toContain('Sunfold Ventures -> Marivo Health');
  });

  test('"Les fonds A et B, déjà présents au capital, …" are the company\'s investors', () => {
    const text =
      "La start-up nantaise Ondalis a levé 7 millions d'euros. Les fonds Estuaire Capital et Loire Amorçage, déjà présents au capital, remettent au pot.";
    const got = funded(text);
    expect(got).toContain('Estuaire Capital -> Ondalis');
    expect(got).toContain('Loire Amorçage -> Ondalis');
  });

  test('"son actionnaire historique, A, l\'a cédé à B" is an exit, not a funding', () => {
    const text =
      "Le laboratoire Ondalis change de mains. Son actionnaire historique, le fonds Estuaire Capital, l'a cédé au groupe Brenner Pharma.";
    expect(funded(text)).not.toContain('Estuaire Capital -> Ondalis');
  });
});

describe('joiners of a round whose company is not named', () => {
  test('"Also participating were A and B" after "X has led a round in Y" funds Y, not the lead', () => {
    const text =
      'Corrigan Capital has led a $9 million Series A in Fieldnote, a Dublin maker of survey software. Also participating were Ardent Ventures and Polder Partners.';
    const got = funded(text);
    expect(got).toContain('Ardent Ventures -> Fieldnote');
    expect(got).toContain('Polder Partners -> Fieldnote');
    expect(got).not.toContain('Ardent Ventures -> Corrigan Capital');
  });

  test('"co-led by A and B, who were joined by angel investor P"', () => {
    const text =
      'Seabright, which insures fishing boats, closed a $6 million seed round. The round was co-led by Halyard Capital and Tern Ventures, who were joined by angel investor Marta Quiroga.';
    const got = funded(text);
    expect(got).toContain('Marta Quiroga -> Seabright');
    expect(got).toContain('Halyard Capital -> Seabright');
  });

  test('"A led the investment, alongside existing backers B and C": the lead is no company funded', () => {
    const text =
      'Brightmoor, a maker of heat pumps, has raised $20 million. Kelso Growth led the investment, alongside existing backers Wendover Capital and Anvil Fund.';
    const got = funded(text);
    expect(got).toContain('Kelso Growth -> Brightmoor');
    expect(got).toContain('Wendover Capital -> Brightmoor');
    expect(got).not.toContain('Wendover Capital -> Kelso Growth');
  });

  test('"A et B also took part, as did angel investor P": P joins the same company, not A', () => {
    const text =
      'Seabright, which insures fishing boats, raised $6 million led by Halyard Capital. Tern Ventures and Gullwing Partners also took part, as did angel investor Marta Quiroga.';
    const got = funded(text);
    expect(got).toContain('Marta Quiroga -> Seabright');
    expect(got).not.toContain('Marta Quiroga -> Tern Ventures');
  });

  test('"Le groupe B rejoint également le tour de table"', () => {
    const text =
      "Le fabricant de vélos Cyclaro boucle une levée de 5 millions d'euros auprès de Sillon Capital. Le groupe coopératif Terrena Mobilités rejoint également le tour de table.";
    expect(funded(text)).toContain('Terrena Mobilités -> Cyclaro');
  });

  test('"rejoint le conseil d\'administration" joins no round', () => {
    const text =
      "Le fabricant de vélos Cyclaro recrute. Le groupe coopératif Terrena Mobilités rejoint également le conseil d'administration.";
    expect(funded(text)).toEqual([]);
  });

  test('"une levée de fonds … auprès de A" announced by the company\'s chief funds the company', () => {
    const text =
      "Hexaflow conçoit des pompes industrielles. Son président, Yanis Ferhat, a annoncé une levée de fonds de 12 millions d'euros auprès de Rance Investissement.";
    expect(funded(text)).toContain('Rance Investissement -> Hexaflow');
  });

  test('a raise still being prepared names no investor', () => {
    const text =
      'Hexaflow conçoit des pompes industrielles. Son président, Yanis Ferhat, prépare une levée de fonds auprès de Rance Investissement.';
    expect(funded(text)).toEqual([]);
  });
});

describe('money or the deal as the subject', () => {
  test('"La dette est apportée par A et B, tandis que le fonds C souscrit à des obligations"', () => {
    const text =
      "Le chantier naval Atlantys a bouclé un financement de 60 millions d'euros. La dette est apportée par la Banque Armoricaine et Crédit Maritime Ouest, tandis que le fonds Noroît Infra souscrit à une émission obligataire.";
    const got = funded(text);
    expect(got).toContain('Banque Armoricaine -> Atlantys');
    expect(got).toContain('Crédit Maritime Ouest -> Atlantys');
    expect(got).toContain('Noroît Infra -> Atlantys');
  });

  test('"The equity portion came from A, while B provided a debt facility"', () => {
    const text =
      'Greenquay, an operator of electric ferries, has closed a $45 million financing. The equity portion came from Saltmarsh Capital, while Harbourline Bank provided a $15 million debt facility.';
    const got = funded(text);
    expect(got).toContain('Saltmarsh Capital -> Greenquay');
    expect(got).toContain('Harbourline Bank -> Greenquay');
  });

  test('"The strain came from A" is no money', () => {
    const text =
      'Greenquay, an operator of electric ferries, lost money. The strain came from Saltmarsh Shipping.';
    expect(funded(text)).toEqual([]);
  });

  test('the money of a purchase told as its subject goes to the buyer, not to the company bought', () => {
    const text =
      "Le groupe Valmeyre a racheté l'imprimerie Typhon. L'opération a été financée par un crédit de 20 millions d'euros consenti par la Banque Pyrénéenne.";
    const got = funded(text);
    expect(got).toContain('Banque Pyrénéenne -> Valmeyre');
    expect(got).not.toContain('Banque Pyrénéenne -> Typhon');
  });

  test('the money of a deal with no purchase read names no company funded', () => {
    const text =
      'OSLO--(WIRE)--Nordkyst Seafood, the Bergen processor, reported record sales. The transaction will be financed with cash on hand and a bridge loan from Fjordbank.';
    expect(funded(text)).toEqual([]);
  });

  test('"accorde une avance à la nouvelle société": a company told only as new is no guess to make', () => {
    const text =
      "Le groupe Valmeyre reprend l'imprimerie Typhon. La Région accorde une avance de 2 millions d'euros à la nouvelle société, tandis que Banque Pyrénéenne apporte un prêt de 3 millions d'euros.";
    expect(funded(text)).not.toContain('Banque Pyrénéenne -> Valmeyre');
  });
});

describe('a backing participle opening the sentence', () => {
  test('"Accompagnée depuis 2021 par le business angel P, l\'entreprise …" funds the main subject', () => {
    const text =
      "La société Brisalis fabrique des filtres à eau. Accompagnée depuis 2021 par le business angel Julien Mercadier, l'entreprise a doublé ses ventes.";
    expect(funded(text)).toContain('Julien Mercadier -> Brisalis');
  });

  test('the same participle inside the sentence is an apposition of another subject', () => {
    const text =
      'Brisalis fabrique des filtres à eau. Le distributeur Aqualis, accompagné depuis 2021 par Tarn Capital, voit Brisalis prendre une participation majoritaire à son capital.';
    expect(funded(text)).not.toContain('Tarn Capital -> Brisalis');
  });

  test('a fronted backing of a person funds no company', () => {
    const text =
      'La société Brisalis fabrique des filtres à eau. Soutenu depuis 2021 par Tarn Capital, le chercheur Julien Mercadier a déposé trois brevets.';
    expect(funded(text)).toEqual([]);
  });
});

describe('co-givers of one sentence', () => {
  test('"A injected $30m in equity, while B extended a loan": both fund the company of the sentence before', () => {
    const text =
      'Polarwind, a Tromsø maker of turbine blades, has secured $50 million. Energy group Nordlys injected $30 million in equity, while Fjellbank extended a $20 million loan.';
    const got = funded(text);
    expect(got).toContain('Nordlys -> Polarwind');
    expect(got).toContain('Fjellbank -> Polarwind');
  });

  test('"A et le business angel P remettent au pot": the titled person joins the companies', () => {
    const text =
      "La medtech Ostéalis lève 4 millions d'euros. Cévennes Capital et le business angel Mathilde Roussel remettent également au pot.";
    const got = funded(text);
    expect(got).toContain('Cévennes Capital -> Ostéalis');
    expect(got).toContain('Mathilde Roussel -> Ostéalis');
  });
});
