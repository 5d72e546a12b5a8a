import { facts, run } from './helpers';
import { sortedPairs, sortedPairsWithRule } from './frames-test-helpers';

/**
 * Day eleven's funding classes: the subscribers of a company's new shares or bonds ("souscrite par A", "subscribed
 * by A"), the second company an investing verb reaches with its preposition said again ("invested in A and in B"),
 * the lead told from the investor's side with the round pointed at ("A mène ce tour de table", "A led the round"),
 * the vehicle named after "through its arm / via son fonds", a verb after "et" that keeps the clause's subject, and
 * a fund's own backers (LPs) told far after the fund.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('the subscribers of new shares or bonds', () => {
  const lead = "La plateforme Nomadéa lève 12 millions d'euros auprès de Garonne Capital. ";

  test('"l\'augmentation de capital a été souscrite par A et par le fonds B" funds the article\'s company', () => {
    const text = `${lead}L'augmentation de capital a été souscrite par Sillon Infra et par le fonds Aquitaine Croissance.`;
    expect(funded(text)).toEqual([
      'Aquitaine Croissance -> Nomadéa',
      'Garonne Capital -> Nomadéa',
      'Sillon Infra -> Nomadéa',
    ]);
  });

  test('convertible bonds "souscrites par le fonds de dette A" after a comma, the issue as object', () => {
    const text = `${lead}L'opération comprend une émission d'obligations convertibles de 2 millions d'euros, souscrite par le fonds de dette Sud-Ouest Mezzanine.`;
    expect(funded(text)).toContain('Sud-Ouest Mezzanine -> Nomadéa');
  });

  test('the issuer named as subject: "Y a émis des obligations …, souscrites par A"', () => {
    const text = `${lead}Cabanova a émis des obligations convertibles de 2 millions d'euros, souscrites par Sud-Ouest Mezzanine.`;
    expect(funded(text)).toContain('Sud-Ouest Mezzanine -> Cabanova');
  });

  test('English: "a £3 million convertible note subscribed by A", "It issued bonds, subscribed by A"', () => {
    const lead_en = 'Carenest raised £18 million in a round led by Elmstone Capital. ';
    expect(
      funded(
        `${lead_en}The financing also includes a £3 million convertible note subscribed by Pell Family Holdings.`,
      ),
    ).toContain('Pell Family Holdings -> Carenest');
    expect(
      funded(
        `${lead_en}Homeward issued £5 million of convertible bonds, fully subscribed by Pell Family Holdings.`,
      ),
    ).toContain('Pell Family Holdings -> Homeward');
  });

  test('English active voice: "A subscribed to a convertible note"', () => {
    const text =
      'Carenest raised £18 million in a round led by Elmstone Capital. Pell Family Holdings subscribed to a £3 million convertible note.';
    expect(funded(text)).toContain('Pell Family Holdings -> Carenest');
  });

  test('another company in the sentence leaves the issuer in doubt: no guess', () => {
    const text =
      "L'Agence des participations de l'État a pris 12 % du capital de Nexhelia, dans le cadre d'une augmentation de capital souscrite par Thales.";
    const subscribed = sortedPairsWithRule(text, 'FUNDED').filter((p) => p.includes('issue-subscribed'));
    expect(subscribed).toEqual([]);
    const holder = `${lead}L'opération s'accompagne d'une augmentation de capital souscrite par Aldebaran Capital, actionnaire de Fintéo.`;
    expect(funded(holder)).not.toContain('Aldebaran Capital -> Nomadéa');
  });

  test('a subscribed magazine or a subscribed offer by people is no funding', () => {
    expect(funded(`${lead}Le magazine est souscrit par 3 000 abonnés.`)).toEqual([
      'Garonne Capital -> Nomadéa',
    ]);
  });
});

describe('the second company of an investing verb, the preposition said again', () => {
  test('"A invested in B and in C", with descriptions and an apposition', () => {
    expect(
      funded(
        'In 2025 Banco Lusitano invested in Lisbon-based lending platform Credix and in Brazilian accounting software maker Contabil.',
      ),
    ).toEqual(['Banco Lusitano -> Contabil', 'Banco Lusitano -> Credix']);
    expect(
      funded(
        'Banco Lusitano has invested in Credix, a Lisbon-based lender, and in accounting software maker Contabil.',
      ),
    ).toEqual(['Banco Lusitano -> Contabil', 'Banco Lusitano -> Credix']);
  });

  test('"as well as in", years after each company', () => {
    expect(
      funded('Banco Lusitano is investing in Credix as well as in the payroll startup Contabil.'),
    ).toEqual(['Banco Lusitano -> Contabil', 'Banco Lusitano -> Credix']);
    expect(funded('Banco Lusitano invested in Credix in 2024 and in Contabil in 2025.')).toEqual([
      'Banco Lusitano -> Contabil',
      'Banco Lusitano -> Credix',
    ]);
  });

  test('French: "a investi dans B et dans le spécialiste C", "ainsi que dans", a stake "dans B et dans C"', () => {
    expect(
      funded(
        "Le fonds Terres d'Avenir Capital a également investi dans la foodtech Protéal et dans le spécialiste du désherbage robotisé Agrobotix.",
      ),
    ).toEqual(["Terres d'Avenir Capital -> Agrobotix", "Terres d'Avenir Capital -> Protéal"]);
    expect(
      funded(
        "Le fonds Terres d'Avenir Capital a investi dans Protéal, une foodtech nantaise, ainsi que dans la start-up Agrobotix.",
      ),
    ).toEqual(["Terres d'Avenir Capital -> Agrobotix", "Terres d'Avenir Capital -> Protéal"]);
    expect(
      funded(
        "Le fonds Terres d'Avenir Capital a pris l'an dernier une participation dans Protéal et dans Agrobotix.",
      ),
    ).toEqual(["Terres d'Avenir Capital -> Agrobotix", "Terres d'Avenir Capital -> Protéal"]);
  });

  test('a market or a region after the second preposition is no company', () => {
    expect(funded('Banco Lusitano invested in Credix and in the Brazilian market.')).toEqual([
      'Banco Lusitano -> Credix',
    ]);
    expect(
      funded("Le fonds Terres d'Avenir Capital a investi dans Protéal et dans la région Bretagne."),
    ).toEqual(["Terres d'Avenir Capital -> Protéal"]);
  });

  test('an investment only considered funds neither company', () => {
    expect(funded('Banco Lusitano is considering investing in Credix and in Contabil.')).toEqual([]);
    expect(
      funded("Le fonds Terres d'Avenir Capital envisage d'investir dans Protéal et dans Agrobotix."),
    ).toEqual([]);
  });
});

describe('the lead told from the investor, the round pointed at', () => {
  const lead = "La start-up Semaflore lève 18 millions d'euros. ";

  test('"A mène ce tour de table de série B, avec la participation de B et de C" funds the article\'s company', () => {
    const text = `${lead}Le fonds Terres d'Avenir Capital mène ce tour de table de série B, avec la participation de Valoire Ventures et de la holding familiale Maison Guérin.`;
    expect(funded(text)).toEqual([
      'Maison Guérin -> Semaflore',
      "Terres d'Avenir Capital -> Semaflore",
      'Valoire Ventures -> Semaflore',
    ]);
  });

  test('"A mène le tour de table, avec la participation de B": the lead is no company funded', () => {
    const text = `${lead}Le fonds Terres d'Avenir Capital mène le tour de table, avec la participation de Valoire Ventures.`;
    expect(funded(text)).toEqual(["Terres d'Avenir Capital -> Semaflore", 'Valoire Ventures -> Semaflore']);
  });

  test('English: "A led the round, with participation from B and C", "A led the investment"', () => {
    const text =
      'Semaflore raised $18 million. Terres Capital led the round, with participation from Valoire Ventures and Maison Guerin.';
    expect(funded(text)).toEqual([
      'Maison Guerin -> Semaflore',
      'Terres Capital -> Semaflore',
      'Valoire Ventures -> Semaflore',
    ]);
    const lead_flags = facts(run(text), 'FUNDED').filter((r) => r.source === 'Terres Capital');
    expect(lead_flags.every((r) => r.lead === true)).toBe(true);
    expect(funded('Semaflore raised $18 million. Novastar Ventures led the investment.')).toEqual([
      'Novastar Ventures -> Semaflore',
    ]);
  });

  test('a round "in Y", a team or a committee led is not read as the article\'s round', () => {
    expect(
      sortedPairsWithRule('Semaflore raised $18 million. Terres Capital led the investment team.', 'FUNDED'),
    ).toEqual([]);
    expect(funded('Semaflore raised $18 million. Terres Capital led the round in Biolys.')).not.toContain(
      'Terres Capital -> Semaflore',
    );
  });
});

describe('the vehicle named after "through its arm" / "via son fonds"', () => {
  test('"A also took part in the round via its corporate venture capital arm, V" funds with V', () => {
    const text =
      'Aerolith raised $45 million in a round led by Northgate Ventures. Vantor Systems also took part in the round via its corporate venture capital arm, Vantor Ventures.';
    expect(funded(text)).toContain('Vantor Ventures -> Aerolith');
  });

  test('"A joined the round through its corporate venture arm, V", "A invested through its fund V"', () => {
    const lead = 'Aerolith raised $45 million in a round led by Northgate Ventures. ';
    expect(
      funded(
        `${lead}Defence contractor Vantor Systems joined the round through its corporate venture arm, Vantor Ventures.`,
      ),
    ).toContain('Vantor Ventures -> Aerolith');
    expect(
      funded(`${lead}Vantor Systems invested via its corporate venture capital unit, Vantor Ventures.`),
    ).toContain('Vantor Ventures -> Aerolith');
  });

  test('French: "rejoint par l\'armateur A, via son fonds de capital-risque V"', () => {
    const text =
      "La start-up Cargoville lève 60 millions d'euros. Le tour est mené par Sillon Infra, rejoint par l'armateur marseillais Armavia, via son fonds de capital-risque Armavia Ventures.";
    expect(funded(text)).toContain('Armavia Ventures -> Cargoville');
    expect(funded(text)).toContain('Sillon Infra -> Cargoville');
  });

  test('the vehicle never funds its own parent; with no round told it funds no one', () => {
    const text = 'Vantor Systems invested via its corporate venture capital unit, Vantor Ventures.';
    expect(funded(text)).toEqual([]);
  });
});

describe('a verb after "et" keeps the clause\'s subject', () => {
  test('"A a soutenu B, le spécialiste …, et a pris une participation dans C": B takes no stake in C', () => {
    const text =
      "La start-up Cargoville lève 60 millions d'euros. Sillon Infra a déjà soutenu Ecoflux, le spécialiste de la recharge pour poids lourds, et a pris l'an dernier une participation minoritaire dans le gestionnaire Logiparc.";
    expect(funded(text)).not.toContain('Ecoflux -> Logiparc');
    expect(funded(text)).toContain('Sillon Infra -> Ecoflux');
  });

  test("the plain stake after a coordinated purchase is still the subject's", () => {
    const text =
      'Sillon Infra a racheté Ecoflux en 2022 et a pris une participation minoritaire dans Logiparc.';
    expect(funded(text)).toEqual(['Sillon Infra -> Logiparc']);
  });
});

describe("a fund's own backers told far after the fund", () => {
  test('"which closed its third fund at $600 million in January with backing from A and B" funds no company', () => {
    const text =
      'Aerolith raised $45 million in a round led by Northgate Ventures. Northgate, which closed its third fund at $600 million in January with backing from the Ontario Municipal Pension Fund and the Carrow Foundation, has made defence one of its priorities.';
    expect(funded(text)).toEqual(['Northgate Ventures -> Aerolith']);
  });
});

describe("a holder's follow-on", () => {
  test('"A et B, déjà actionnaires, ont suivi à hauteur de leurs participations / au prorata" funds both', () => {
    const lead = "La start-up Nomadéa lève 12 millions d'euros. ";
    const expected = ['Aquitaine Croissance -> Nomadéa', 'Garonne Capital -> Nomadéa'];
    expect(
      funded(
        `${lead}Les fonds Garonne Capital et Aquitaine Croissance, déjà actionnaires, ont suivi à hauteur de leurs participations.`,
      ),
    ).toEqual(expected);
    expect(
      funded(`${lead}Garonne Capital et Aquitaine Croissance ont suivi au prorata de leur détention.`),
    ).toEqual(expected);
  });

  test('"existing investors A and B followed on" funds both', () => {
    expect(
      funded(
        'Carenest raised £18 million. Existing investors Firstlight Ventures and Wren Angels followed on.',
      ),
    ).toEqual(['Firstlight Ventures -> Carenest', 'Wren Angels -> Carenest']);
  });

  test('a file followed, a market followed is no follow-on', () => {
    expect(
      funded("La start-up Nomadéa lève 12 millions d'euros. Garonne Capital a suivi le dossier de près."),
    ).toEqual([]);
    expect(
      funded('Carenest raised £18 million. Shares in Firstlight Ventures followed the market lower.'),
    ).toEqual([]);
  });
});
