import { pairsOf } from './frames-test-helpers';

/** Sorted "source -> target" pairs of one relation type. */
function pairs(text: string, type: string): string[] {
  return pairsOf(text, type).sort();
}

describe('a buyer that wins a sale process', () => {
  it('reads "won the auction for Y" and "won the bidding for Y" with the winner as buyer', () => {
    expect(
      pairs(
        'Pemberton Equity won the auction for Dalgety Optics, a maker of lenses, on Tuesday.',
        'ACQUIRED',
      ),
    ).toEqual(['Pemberton Equity -> Dalgety Optics']);
    expect(pairs('Halvorsen Holdings has won the bidding for Trent Alloys Ltd.', 'ACQUIRED')).toEqual([
      'Halvorsen Holdings -> Trent Alloys Ltd',
    ]);
  });

  it('does not read a lost auction or a contract won', () => {
    expect(pairs('Pemberton Equity lost the auction for Dalgety Optics.', 'ACQUIRED')).toEqual([]);
    expect(pairs('Halvorsen Holdings won a contract from Trent Alloys Ltd.', 'ACQUIRED')).toEqual([]);
  });
});

describe("a company added to a holder's portfolio", () => {
  it('reads "added Y to its portfolio"', () => {
    expect(
      pairs(
        'Brightwater Partners added Canadian pet-food maker Maple Paws to its portfolio in June.',
        'ACQUIRED',
      ),
    ).toEqual(['Brightwater Partners -> Maple Paws']);
  });

  it('does not read a product line or a partner added to a list', () => {
    expect(pairs('Brightwater Partners added Maple Paws to its list of suppliers.', 'ACQUIRED')).toEqual([]);
  });
});

describe('an intent to combine is a merger', () => {
  it('reads "said it would combine with Y" and "agreed to merge with Y"', () => {
    expect(
      pairs(
        'Northgate Mutual said it would combine with Elmstead Insurance in an all-share deal.',
        'MERGED_WITH',
      ),
    ).toHaveLength(1);
    expect(pairs('Northgate Mutual agreed to merge with Elmstead Insurance.', 'MERGED_WITH')).toHaveLength(1);
  });

  it('needs the intent word right before the verb: a refusal is no merger', () => {
    expect(
      pairs('Northgate Mutual said it would not combine with Elmstead Insurance.', 'MERGED_WITH'),
    ).toEqual([]);
  });
});

describe('paying a price for a company (French)', () => {
  it('reads "débourser N pour Y" and "a payé N pour Y" with the payer as buyer', () => {
    expect(
      pairs(
        "Le groupe Valdrôme va débourser 120 millions d'euros pour Ferrandine, un fabricant de moules.",
        'ACQUIRED',
      ),
    ).toEqual(['Valdrôme -> Ferrandine']);
    expect(pairs("Le fonds Astérion a payé 40 millions d'euros pour s'offrir Biolux.", 'ACQUIRED')).toEqual([
      'Astérion -> Biolux',
    ]);
  });

  it('needs a price and the name right after "pour"', () => {
    expect(pairs('Le groupe Valdrôme va payer pour Ferrandine.', 'ACQUIRED')).toEqual([]);
    expect(
      pairs(
        "Le groupe Valdrôme va payer 3 millions d'euros pour solder son litige commercial avec Ferrandine.",
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});

describe('a deal noun interrupted by a participle clause (French)', () => {
  it('reads "le rachat, annoncé en mars, de Y par X"', () => {
    expect(
      pairs(
        "L'acquisition, dévoilée en avril, de Sorbiers Textiles par le groupe Madrane est bouclée.",
        'ACQUIRED',
      ),
    ).toEqual(['Madrane -> Sorbiers Textiles']);
  });

  it('does not read a deal noun whose agent is missing', () => {
    expect(pairs('Le rachat, annoncé en mars, de Sorbiers Textiles a été abandonné.', 'ACQUIRED')).toEqual(
      [],
    );
  });
});

describe('"accompagné par" before a company (French funding)', () => {
  it('reads an investment firm that accompanies as an investor', () => {
    expect(
      pairs(
        "Accompagnée depuis 2021 par Rhône Capital, la jeune pousse Vellaris lève 8 millions d'euros.",
        'FUNDED',
      ),
    ).toEqual(['Rhône Capital -> Vellaris']);
  });

  it('reads a person only when named as a business angel', () => {
    expect(
      pairs(
        "Accompagnée par l'ancien chef étoilé Gaspard Lemoine, la jeune pousse Vellaris lève 8 millions d'euros auprès de Rhône Capital.",
        'FUNDED',
      ),
    ).toEqual(['Rhône Capital -> Vellaris']);
    expect(
      pairs(
        "Accompagnée par le business angel Gaspard Lemoine, la jeune pousse Vellaris lève 8 millions d'euros.",
        'FUNDED',
      ),
    ).toEqual(['Gaspard Lemoine -> Vellaris']);
  });
});

describe("a majority holder of the article's company", () => {
  it('reads "X, actionnaire majoritaire depuis 2020," and "X, its majority owner since 2019," as X owning it', () => {
    expect(
      pairs(
        "La société Corvelle Industries lève 6 millions d'euros. Le groupe Ardanne, actionnaire majoritaire depuis 2020, suit l'opération.",
        'ACQUIRED',
      ),
    ).toEqual(['Ardanne -> Corvelle Industries']);
    expect(
      pairs(
        'Quillfeather Software Inc posted record sales. Brantley Holdings, its majority owner since 2019, plans a listing.',
        'ACQUIRED',
      ),
    ).toEqual(['Brantley Holdings -> Quillfeather Software Inc']);
  });

  it('does not read a holder of another named company or a minority holder', () => {
    expect(
      pairs(
        'Quillfeather Software Inc posted record sales. Brantley Holdings, a minority shareholder since 2019, plans a listing.',
        'ACQUIRED',
      ),
    ).toEqual([]);
    expect(
      pairs(
        "La société Corvelle Industries lève 6 millions d'euros. Le groupe Ardanne, actionnaire majoritaire de Lusigny Textiles, suit l'opération.",
        'ACQUIRED',
      ),
    ).not.toContain('Ardanne -> Corvelle Industries');
  });
});

describe('a buyer whose head is named in an apposition', () => {
  it('reads "X, led by chief executive P, agreed to buy Y" with X as buyer', () => {
    expect(
      pairs(
        'Tessaly Robotics Inc, led by chief executive Ana Kowalczyk, agreed on Friday to buy Ferris Sensors Ltd for $90 million.',
        'ACQUIRED',
      ),
    ).toEqual(['Tessaly Robotics Inc -> Ferris Sensors Ltd']);
  });

  it('does not read it when the company only sold', () => {
    expect(
      pairs(
        'Tessaly Robotics Inc, led by chief executive Ana Kowalczyk, agreed on Friday to sell its drone unit.',
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});

describe('taking control of a company described at length (French)', () => {
  it('reads "prend le contrôle de son fournisseur taïwanais de câbles Y"', () => {
    expect(
      pairs(
        'Le fabricant de trottinettes Rollivo prend le contrôle de son fournisseur coréen de moteurs Hanmi Motors Co.',
        'ACQUIRED',
      ),
    ).toEqual(['Rollivo -> Hanmi Motors Co']);
  });

  it('does not read a name standing after another preposition as the one controlled', () => {
    expect(
      pairs(
        'Le fabricant de trottinettes Rollivo prend le contrôle de son avenir face à Hanmi Motors Co.',
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});
