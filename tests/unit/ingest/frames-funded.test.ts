import { sortedPairs } from './frames-test-helpers';
import { facts, pair, run } from './helpers';

/** FUNDED frame readers (ingest/relations/frames/funded*.ts): sentences no pattern rule spells out. */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

function frameRules(text: string): string[] {
  return facts(run(text), 'FUNDED')
    .map((r) => r.rule)
    .filter((id) => id.startsWith('any.funded.frame'));
}

describe('backer as subject, the company as object', () => {
  test('French: any form of "accompagner" with the company after it', () => {
    const text =
      'Brivane fabrique des capteurs pour les serres. Le fonds nantais Océor Capital accompagnera désormais Brivane dans son développement.';
    expect(funded(text)).toContain('Océor Capital -> Brivane');
  });

  test('English: a backer that "doubled down" with no company named funds the article company', () => {
    const text =
      'Tallowmere, a Leeds maker of battery casings, raised £5m last spring. Its backer Fennick Partners doubled down this month with another £2m.';
    expect(funded(text)).toContain('Fennick Partners -> Tallowmere');
  });

  test('French: "était entré au capital de Y" reads Y after the capital noun', () => {
    const text =
      'Verdalis conçoit des pompes à chaleur. En 2021, le family office Harmand Invest était entré au capital de Verdalis avec 20 % des parts.';
    expect(funded(text)).toContain('Harmand Invest -> Verdalis');
  });

  test('a co-investor after "aux côtés de" / "alongside" joins the backer', () => {
    const text =
      "Quilvane développe un logiciel de paie. Le fonds Marbois Partenaires réinvestit 4 millions d'euros dans Quilvane aux côtés de Crestel Ventures.";
    const got = funded(text);
    expect(got).toContain('Marbois Partenaires -> Quilvane');
    expect(got).toContain('Crestel Ventures -> Quilvane');
  });

  test('a relative clause on the backer funds the main clause subject', () => {
    const text =
      "Trimaran Logistique exploite 40 entrepôts. Trimaran Logistique s'appuie sur son actionnaire, Ducasse Capital, qui a réinvesti 6 millions d'euros cette année.";
    expect(funded(text)).toContain('Ducasse Capital -> Trimaran Logistique');
  });

  test('not when negated', () => {
    const text =
      "Brivane fabrique des capteurs pour les serres. Le fonds nantais Océor Capital n'accompagnera pas Brivane dans ce projet.";
    expect(funded(text)).not.toContain('Océor Capital -> Brivane');
  });

  test('not an adviser: a bank that advises a company does not fund it', () => {
    const text =
      'Halvering sells payroll software. The investment bank Corrow & Pike advised Halvering on the sale of its Dutch arm.';
    expect(funded(text)).toEqual([]);
  });

  test('not "the finances" (a noun), and not money put into a field', () => {
    const text =
      "Ostral Énergie produit de l'hydrogène. Marc Tellier, directeur des finances d'Ostral Énergie, explique que Sorbel Industrie investit 30 millions d'euros dans la recherche.";
    expect(frameRules(text)).toEqual([]);
  });
});

describe('company raising, givers after a preposition', () => {
  test('French: "a obtenu un financement de la banque X"', () => {
    const text =
      'Marveline agrandit son usine de Cholet. Pour cela, Marveline a obtenu un financement de la Caisse Lorvienne.';
    expect(funded(text)).toContain('Caisse Lorvienne -> Marveline');
  });

  test('French: a syndicated loan "mené par A et B", both lenders', () => {
    const text =
      "Sarlat Transports a signé en mars un crédit renouvelable de 80 millions d'euros mené par Banque Ardoise et Crédit Vellin.";
    const got = funded(text);
    expect(got).toContain('Banque Ardoise -> Sarlat Transports');
    expect(got).toContain('Crédit Vellin -> Sarlat Transports');
  });

  test('English: "borrowed … from" a named lender', () => {
    const text = 'Cobbleby Haulage borrowed £3m from Pellam Bank last year to buy electric vans.';
    expect(funded(text)).toContain('Pellam Bank -> Cobbleby Haulage');
  });

  test('French: "ouvre son capital à X" makes X the backer, whatever stands between', () => {
    const text =
      'Fondée en 2009, Lavandière Services a ouvert son capital au printemps à Orvane Capital, qui détient désormais 15 %.';
    expect(funded(text)).toContain('Orvane Capital -> Lavandière Services');
  });

  // The gold convention (dev-gold-4 en-507, dev-gold-5 fr-604 and fr-606): a loan paying for a deal funds the buyer.
  test("a loan that pays for a deal funds the article's only buyer", () => {
    const text =
      'Pembrook Retail agreed to buy Stowling Foods for £40m. The deal is financed with a new term loan from Calder Bank.';
    expect(funded(text)).toEqual(['Calder Bank -> Pembrook Retail']);
  });

  test('not an equity raise left to a round-up: the sentence names another company', () => {
    const text =
      "Gravelot domine le marché. De son côté, Nivelle recrute. 5 millions d'euros ont été réunis auprès de Fonds Orsan, selon Ternaud Conseil.";
    expect(frameRules(text)).toEqual([]);
  });

  test('not a contract: an order "received from" a customer', () => {
    const text = 'Drayburn Systems received a £2m order from Kestle Water to upgrade its meters.';
    expect(funded(text)).toEqual([]);
  });

  test('the same shape with a loan is read', () => {
    const text = 'Drayburn Systems received a £2m loan from Kestle Bank to upgrade its meters.';
    expect(funded(text)).toEqual(['Kestle Bank -> Drayburn Systems']);
  });
});

describe('passive: the participle of backing and its agent', () => {
  test('English: "was backed since 2021 by" with a descriptor before the backer', () => {
    const text = 'Loomfield was backed since 2021 by the climate fund Ardley Ventures, which now sells out.';
    expect(funded(text)).toContain('Ardley Ventures -> Loomfield');
  });

  test('English: "financed by a round from A and B"', () => {
    const text =
      'Pellucid Labs was financed in 2022 by a $30m round from Harrowgate Capital and Mossend Partners.';
    const got = funded(text);
    expect(got).toContain('Harrowgate Capital -> Pellucid Labs');
    expect(got).toContain('Mossend Partners -> Pellucid Labs');
  });

  test('French: "soutenue à ses débuts par A et par B"', () => {
    const text =
      'Cardelis, soutenue à ses débuts par Vireo Capital et par Fonds Hérault, vise 20 millions de chiffre.';
    const got = funded(text);
    expect(got).toContain('Vireo Capital -> Cardelis');
    expect(got).toContain('Fonds Hérault -> Cardelis');
  });

  test('an organisation after "accompagnée en 2023 par" backs the company', () => {
    const text =
      'La start-up Sorelis vend des semences. Sorelis a surtout été accompagnée en 2023 par Morvan Capital.';
    expect(funded(text)).toEqual(['Morvan Capital -> Sorelis']);
  });

  test('a person after the same words is no giver (a coach, a former manager)', () => {
    const text =
      'La start-up Sorelis vend des semences. Sorelis a surtout été accompagnée en 2023 par Pierre Lavaud, son ancien directeur.';
    const a = run(text);
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Sorelis', 'Pierre Lavaud']));
    expect(facts(a, 'FUNDED')).toEqual([]);
  });
});

describe('investors who are people', () => {
  test('a business angel among the investors, "dont P", remet au pot', () => {
    const text =
      "Calorine lève 3 millions d'euros. Les investisseurs de départ, dont Hugo Varenne, remettent également au pot.";
    expect(funded(text)).toContain('Hugo Varenne -> Calorine');
  });

  test('a person without an investor title is not a giver', () => {
    const text =
      "Calorine lève 3 millions d'euros. Les salariés, dont Hugo Varenne, remettent également au pot.";
    expect(funded(text)).not.toContain('Hugo Varenne -> Calorine');
  });
});

describe('more clause shapes', () => {
  test('"fait entrer A et B à son capital": the subject is the company', () => {
    const text =
      'Ternelle Emballages recycle le carton. Cette année, Ternelle Emballages a fait entrer Garonne Participations et Fonds Cévenol à son capital.';
    const got = funded(text);
    expect(got).toContain('Garonne Participations -> Ternelle Emballages');
    expect(got).toContain('Fonds Cévenol -> Ternelle Emballages');
  });

  test('"A, entré à hauteur de 30 %" funds the article company', () => {
    const text =
      'Pradeline Bois fabrique des parquets. Son partenaire financier, Sablon Capital, entré à hauteur de 30 % en 2022, siège au conseil.';
    expect(funded(text)).toContain('Sablon Capital -> Pradeline Bois');
  });

  test('"the round, which A led" funds the article company', () => {
    const text =
      'Quarrow Robotics builds inspection drones. The company raised $12m this week. The round, which Ellory Capital led, closed on Monday.';
    expect(funded(text)).toContain('Ellory Capital -> Quarrow Robotics');
  });

  test('a leader verb with no round named is no funding ("A led the company")', () => {
    const text =
      'Quarrow Robotics builds inspection drones. Before that, Ellory Capital led the company through two crises.';
    expect(frameRules(text)).toEqual([]);
  });

  test('"A a financé la société" funds the article company, even when the pointer was read as A itself', () => {
    const text =
      'La start-up Moniteq conçoit des bras articulés. Le fonds grenoblois Alpaga Invest a financé la société dès 2021.';
    expect(funded(text)).toContain('Alpaga Invest -> Moniteq');
  });
});

describe('a second verb shares the first one’s subject', () => {
  test('"X a repris Y l’an dernier et réinvestit … dans Z": X funds Z, Y funds nothing', () => {
    const text = "Orsenne a repris Valtique l'an dernier et réinvestit 2 millions d'euros dans Kermor.";
    const a = run(text);
    expect(facts(a, 'FUNDED').map(pair)).toContain('Orsenne -> Kermor');
    expect(a.relations.filter((r) => r.source === 'Valtique')).toEqual([]);
  });
});

describe('lenders and idioms of putting money in', () => {
  test('"Its lenders, A and B, extended a £10m facility" funds the article company', () => {
    const text =
      'Halvor Systems makes grid sensors. Its lenders, Sorrel Bank and Maple Credit, extended a £10m facility in May.';
    const got = funded(text);
    expect(got).toContain('Sorrel Bank -> Halvor Systems');
    expect(got).toContain('Maple Credit -> Halvor Systems');
  });

  test('"granted … a licence", "provided the sensors": a lending verb without money or a loan is no funding', () => {
    expect(
      frameRules(
        'Halvor Systems makes grid sensors. Ostrava Steel granted Halvor Systems an exclusive licence.',
      ),
    ).toEqual([]);
    expect(
      frameRules('Halvor Systems makes grid sensors. Ostrava Steel provided the casings for Halvor Systems.'),
    ).toEqual([]);
  });

  test('"existing backers A and B also chipped in" (a capitalised opening word is no other company)', () => {
    const text =
      'Halvor Systems makes grid sensors. Existing backers Arlo Ventures and Brinewood Capital also chipped in.';
    const got = funded(text);
    expect(got).toContain('Arlo Ventures -> Halvor Systems');
    expect(got).toContain('Brinewood Capital -> Halvor Systems');
  });

  test('"poured €12m into the business": a company noun, not a field', () => {
    const text =
      'Halvor Systems makes grid sensors. Tessel Partners has poured €12m into the business since 2020.';
    expect(funded(text)).toContain('Tessel Partners -> Halvor Systems');
  });

  test('"has drawn a credit line from" a named bank', () => {
    const text =
      'Halvor Systems makes grid sensors. Halvor Systems has drawn a €20m credit line from Banque Vessel.';
    expect(funded(text)).toContain('Banque Vessel -> Halvor Systems');
  });

  test('"ont mis la main à la poche" and "a souscrit à l’augmentation de capital"', () => {
    const pocket =
      'La start-up Vireline conçoit des batteries. Arbelo Capital et Mornay Gestion ont également mis la main à la poche.';
    expect(funded(pocket)).toEqual(['Arbelo Capital -> Vireline', 'Mornay Gestion -> Vireline']);
    const subscribed =
      "La start-up Vireline conçoit des batteries. Présent depuis 2020, le fonds Arbelo Capital a souscrit à l'augmentation de capital.";
    expect(funded(subscribed)).toEqual(['Arbelo Capital -> Vireline']);
  });
});
