import { pairsOf } from './frames-test-helpers';

/** ACQUIRED pairs of a text, sorted. */
function acquired(text: string): string[] {
  return pairsOf(text, 'ACQUIRED').sort();
}

describe('ownership reached without a buying verb', () => {
  it('reads "devient propriétaire de" and "became the owner of" with the subject as buyer', () => {
    expect(acquired('Le groupe Talvane devient propriétaire de la société Brumeval Industrie.')).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
    expect(acquired('Osterby Foods became the sole owner of Kettle Ridge Farms in March.')).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
  });

  it('reads a new owner or a buyer in apposition, before or after the phrase', () => {
    expect(
      acquired('Le nouveau propriétaire de Brumeval Industrie, le groupe Talvane, promet des embauches.'),
    ).toEqual(['Talvane -> Brumeval Industrie']);
    expect(acquired('Le groupe Talvane, repreneur de Brumeval Industrie, promet des embauches.')).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
    expect(acquired("Kettle Ridge Farms' new owner, Osterby Foods, plans to double output.")).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
  });

  it('refuses a former owner and a candidate buyer', () => {
    expect(
      acquired('Le groupe Talvane, ancien propriétaire de Brumeval Industrie, a vendu ses parts.'),
    ).toEqual([]);
    expect(acquired('Osterby Foods, a potential buyer of Kettle Ridge Farms, declined to comment.')).toEqual(
      [],
    );
  });

  it('reads changing hands: "passe aux mains de", "sous le contrôle de", "came under the control of"', () => {
    expect(acquired('La société Brumeval Industrie passe aux mains du fonds Corvallis Partners.')).toEqual([
      'Corvallis Partners -> Brumeval Industrie',
    ]);
    expect(
      acquired(
        'La société Brumeval Industrie, longtemps détenue par ses salariés, est passée sous le contrôle du fonds Corvallis Partners.',
      ),
    ).toEqual(['Corvallis Partners -> Brumeval Industrie']);
    expect(acquired('Kettle Ridge Farms came under the control of Osterby Foods on Monday.')).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
  });

  it('refuses a negated change of hands', () => {
    expect(
      acquired('La société Brumeval Industrie ne passera pas aux mains du fonds Corvallis Partners.'),
    ).toEqual([]);
  });

  it('reads joining an owner group, and not a person joining a company', () => {
    expect(acquired('La société Brumeval Industrie rejoint le groupe Talvane.')).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
    expect(acquired('Kettle Ridge Farms has joined the Osterby Foods group.')).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
    expect(
      acquired('Ancienne dirigeante de Brumeval Industrie, Hélène Kaldor rejoint le groupe Talvane.'),
    ).toEqual([]);
  });

  it('reads a subsidiary or an ownership dated by its purchase, and not a plain subsidiary', () => {
    expect(
      acquired(
        'La société Brumeval Industrie, filiale du groupe Talvane depuis son rachat en 2018, ouvre une usine.',
      ),
    ).toEqual(['Talvane -> Brumeval Industrie']);
    expect(
      acquired('Kettle Ridge Farms had been owned by Corvallis Partners since it bought the farm in 2015.'),
    ).toEqual(['Corvallis Partners -> Kettle Ridge Farms']);
    expect(acquired('La société Brumeval Industrie, filiale du groupe Talvane, ouvre une usine.')).toEqual(
      [],
    );
  });

  it('reads "devient une filiale de" with the subject as the company bought', () => {
    expect(acquired('La société Brumeval Industrie devient une filiale du groupe Talvane.')).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
  });
});

describe('the company bought as the object of a relative clause', () => {
  it('reads "Y, which X bought" across a descriptor and "Y, que X a rachetée"', () => {
    expect(
      acquired('Sales rose at Pine Hollow Bakery, the bread brand which Osterby Foods bought last year.'),
    ).toEqual(['Osterby Foods -> Pine Hollow Bakery']);
    expect(
      acquired('La société Brumeval Industrie, que le groupe Talvane a rachetée en 2017, ouvre une usine.'),
    ).toEqual(['Talvane -> Brumeval Industrie']);
  });

  it('refuses a relative whose verb has an object of its own, and a complementiser "that"', () => {
    expect(acquired('Analysts told Corvallis Partners that Osterby Foods bought back shares.')).toEqual([]);
  });
});

describe('sales and passives', () => {
  it('reads "la cession de sa filiale … Y à X" and "Y a été cédée à X"', () => {
    expect(
      acquired(
        'Le groupe Talvane a finalisé la cession de sa filiale logistique Brumeval Industrie à Corvallis Partners.',
      ),
    ).toEqual(['Corvallis Partners -> Brumeval Industrie']);
    expect(
      acquired('La société Brumeval Industrie a été cédée au fonds Corvallis Partners en 2021.'),
    ).toEqual(['Corvallis Partners -> Brumeval Industrie']);
  });

  it('does not read an active sale with the buyer before the thing sold as a passive', () => {
    expect(acquired('Le groupe Talvane a vendu à Corvallis Partners une partie de ses brevets.')).toEqual([]);
  });
});

describe('French verbs and subjects', () => {
  it('reads "s\'empare de" (a present in -re is no infinitive)', () => {
    expect(acquired("Le groupe Talvane s'empare de la société Brumeval Industrie.")).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
  });

  it("gives the main verb after a closed relative to the antecedent, not to the relative's object", () => {
    const read = acquired(
      "Talvane Groupe, qui avait racheté l'an dernier la société Orlimont, met cette fois la main sur Brumeval Industrie.",
    );
    expect(read).toContain('Talvane Groupe -> Brumeval Industrie');
    expect(read).not.toContain('Orlimont -> Brumeval Industrie');
  });

  it('reads a stake bought through a deal noun ("l\'acquisition d\'une participation majoritaire dans Y")', () => {
    expect(
      acquired(
        "Le fonds Corvallis Partners a finalisé l'acquisition d'une participation majoritaire dans Brumeval Industrie.",
      ),
    ).toEqual(['Corvallis Partners -> Brumeval Industrie']);
  });
});

describe('a deal told in a fronted phrase', () => {
  it('gives the company bought in the phrase to the main clause subject', () => {
    expect(
      acquired('Avec le rachat de Brumeval Industrie, le groupe Talvane devient numéro deux du secteur.'),
    ).toEqual(['Talvane -> Brumeval Industrie']);
    expect(acquired('By acquiring Kettle Ridge Farms, Osterby Foods doubles its dairy capacity.')).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
  });

  it('refuses a phrase that names its own buyer, and a main subject that only judges the deal', () => {
    expect(
      acquired(
        'Avec le rachat de Brumeval Industrie par Corvallis Partners, le groupe Talvane perd un client.',
      ),
    ).toEqual(['Corvallis Partners -> Brumeval Industrie']);
    expect(
      acquired('With the purchase of Kettle Ridge Farms, Moravia Ratings downgraded the sector outlook.'),
    ).toEqual([]);
  });
});

describe('English coordinated deals and deal nouns', () => {
  it('does not make the object of "picked up" the buyer of a second deal', () => {
    const read = acquired(
      'Osterby Foods has picked up Pine Hollow Bakery, a family bakery in Iowa, and agreed to acquire Kettle Ridge Farms.',
    );
    expect(read).not.toContain('Pine Hollow Bakery -> Kettle Ridge Farms');
  });

  it('reads "struck a deal for Y" and refuses a supply deal "for Y to …"', () => {
    expect(
      acquired('Osterby Foods struck a $90 million deal for Kettle Ridge Farms, the companies said.'),
    ).toEqual(['Osterby Foods -> Kettle Ridge Farms']);
    expect(acquired('Osterby Foods struck a deal for Kettle Ridge Farms to supply its milk.')).toEqual([]);
  });
});

describe('mergers told by unions and pacts', () => {
  /** MERGED_WITH pairs, each sorted so the order of the two ends does not matter. */
  function merged(text: string): string[] {
    return pairsOf(text, 'MERGED_WITH')
      .map((p) => p.split(' -> ').sort().join(' + '))
      .sort();
  }

  it('reads a reflexive union that creates a company, not one against something', () => {
    expect(merged("Talvane Groupe et Brumeval Industrie s'unissent pour créer un leader du froid.")).toEqual([
      'Brumeval Industrie + Talvane Groupe',
    ]);
    expect(merged("Talvane Groupe et Brumeval Industrie s'unissent contre le projet de taxe.")).toEqual([]);
  });

  it('reads "join forces" only in a sentence about a merger', () => {
    expect(merged('Osterby Foods and Kettle Ridge Farms agreed to join forces in a merger.')).toEqual([
      'Kettle Ridge Farms + Osterby Foods',
    ]);
    expect(merged('Osterby Foods and Kettle Ridge Farms joined forces to lobby regulators.')).toEqual([]);
  });

  it('reads a merger pact of the two subjects, not another pact', () => {
    expect(merged('Talvane Groupe et Brumeval Industrie ont signé un accord de fusion.')).toEqual([
      'Brumeval Industrie + Talvane Groupe',
    ]);
    expect(merged('Talvane Groupe et Brumeval Industrie ont signé un accord de distribution.')).toEqual([]);
  });

  it('reads a tie-up between two companies', () => {
    expect(merged('The tie-up between Osterby Foods and Kettle Ridge Farms creates a dairy giant.')).toEqual([
      'Kettle Ridge Farms + Osterby Foods',
    ]);
  });
});

describe("a buyer's acquisitions in a list", () => {
  it('gives each listed company to the buyer (possessor or subject), in both languages', () => {
    expect(
      acquired(
        'Osterby Foods has made two acquisitions this year, including Kettle Ridge Farms and Pine Hollow Bakery.',
      ),
    ).toEqual(['Osterby Foods -> Kettle Ridge Farms', 'Osterby Foods -> Pine Hollow Bakery']);
    expect(
      acquired(
        'Le groupe Talvane a multiplié les rachats, dont ceux de Brumeval Industrie et de Corvallis Partners.',
      ),
    ).toEqual(['Talvane -> Brumeval Industrie', 'Talvane -> Corvallis Partners']);
  });

  it('refuses possible acquisitions and a financer of them', () => {
    expect(
      acquired('Osterby Foods is studying potential acquisitions, including Kettle Ridge Farms.'),
    ).toEqual([]);
    expect(
      acquired(
        'La banque Talvane a financé plusieurs rachats, dont ceux de Brumeval Industrie et de Corvallis Partners.',
      ),
    ).toEqual([]);
  });

  it('reads ownership said to be new ("appartient désormais à", "now owns")', () => {
    expect(acquired('La société Brumeval Industrie appartient désormais au groupe Talvane.')).toEqual([
      'Talvane -> Brumeval Industrie',
    ]);
    expect(acquired('Osterby Foods now owns Kettle Ridge Farms after a deal that closed in May.')).toEqual([
      'Osterby Foods -> Kettle Ridge Farms',
    ]);
    expect(acquired('La société Brumeval Industrie appartient au groupe Talvane.')).toEqual([]);
  });
});
