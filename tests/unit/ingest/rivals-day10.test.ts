import { facts, run } from './helpers';

/**
 * Rivalry classes of the tenth day: two companies measured against each other by size or quantity ("plus gros
 * que", "more … than", "twice as big as"), a standing ahead of another ("passe devant", "is ahead of", "domine …,
 * devant A et B"), market shares set against each other ("contre 25 % pour B", "against 6.9 percent for B",
 * "roughly level with B"), and examples of rivals after "among them", "à commencer par", "parmi lesquels".
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a comparison of size or quantity', () => {
  it.each([
    ['Kampeerland SA est deux fois plus gros que Vacanciel SA en Europe.', 'Kampeerland SA', 'Vacanciel SA'],
    ['Norvia SA est plus petite que Calmar SA sur le marché français.', 'Norvia SA', 'Calmar SA'],
    ['Norvia SA compte moins de clients en France que Calmar SA.', 'Norvia SA', 'Calmar SA'],
    [
      'Brightlane Inc handles far fewer loads than market leader Robinson Corp.',
      'Brightlane Inc',
      'Robinson Corp',
    ],
    ['Zenobe Ltd is bigger than Harmony Energy Ltd in battery storage.', 'Zenobe Ltd', 'Harmony Energy Ltd'],
    ['Torrevia SA now manages more masts in Iberia than Cellnex SA.', 'Torrevia SA', 'Cellnex SA'],
    ['Kordon Ltd is now twice as big as Skyrend Ltd.', 'Kordon Ltd', 'Skyrend Ltd'],
    ['Acme Inc runs half as many stores as Bolt Inc.', 'Acme Inc', 'Bolt Inc'],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    // a count after "than" counts customers
    'Founded in 2015, Ampera Inc has installed storage systems for more than 30 utilities, including Pacifica Power Corp and Lone Star Electric Corp.',
    // restrictive "ne … plus que", preference, time
    "Acme SA n'a plus que Bolt SA comme client.",
    'Acme SA préfère le rachat plutôt que Bolt SA.',
    'Acme SA a été reçue par Bolt SA plus tôt que prévu.',
    // a quality, not a size; figures of others compared
    'Acme SA est aussi innovante que Bolt SA.',
    'Acme SA affiche des marges plus élevées que celles de Bolt SA.',
    'Acme Inc sees Bolt Inc as a partner.',
  ])('does not read %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a standing ahead of another company', () => {
  it.each([
    [
      'Vacanciel SA passe devant Campéole SA et devient le numéro deux français.',
      'Vacanciel SA',
      'Campéole SA',
    ],
    ['Acme Corp is ahead of Bolt Inc in Europe.', 'Acme Corp', 'Bolt Inc'],
    ['Acme Corp has now moved ahead of Bolt Inc in Europe.', 'Acme Corp', 'Bolt Inc'],
    [
      'Consulto SAS domine le secteur avec près de 60 % des actes remboursés, devant Docavenir SAS et Santélib SAS.',
      'Consulto SAS',
      'Santélib SAS',
    ],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    "Acme Corp shares rose ahead of Bolt Inc's results.",
    'Acme SA a présenté son offre devant Bolt SA et ses actionnaires.',
    'Acme Corp signed the contract ahead of Bolt Inc.',
  ])('does not read %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('market shares set against each other', () => {
  it.each([
    ['Acme SA détient 30 % du marché, contre 25 % pour Bolt SA.', 'Acme SA', 'Bolt SA'],
    [
      'Maristow A/S controls about 7.2 percent of global fleet capacity, against 6.9 percent for Kelderhaven A/S.',
      'Maristow A/S',
      'Kelderhaven A/S',
    ],
    [
      'Tidewell Ltd holds around a third of the market, while Ledgerly Ltd claims 9%, roughly level with Norbank ASA.',
      'Ledgerly Ltd',
      'Norbank ASA',
    ],
    ['Acme SA revendique 12 % du marché, à égalité avec Bolt SA.', 'Acme SA', 'Bolt SA'],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    'Acme SA a voté contre la résolution pour Bolt SA.',
    'Acme Ltd filed a claim against Bolt Ltd for damages.',
    'Acme Ltd is level with Bolt Ltd on the board.',
  ])('does not read %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('examples of rivals after "among them", "à commencer par", "parmi lesquels"', () => {
  it.each([
    [
      'Billow Ltd competed with a dozen smaller apps, among them Invoxa Ltd and Paperkite Ltd.',
      'Paperkite Ltd',
    ],
    ['Billow Ltd competes with several rivals, chief among them Invoxa Ltd.', 'Invoxa Ltd'],
    [
      'Billow SA fait face à des concurrents de taille, à commencer par Invoxa SA et Paperkite SA.',
      'Paperkite SA',
    ],
    ['Billow SA affronte plusieurs réseaux, parmi lesquels Invoxa SA et Paperkite SA.', 'Invoxa SA'],
  ])('reads %s', (text, b) => {
    expect(rivals(text).some((p) => p.includes('Billow') && p.includes(b))).toBe(true);
  });

  it.each([
    'Billow Ltd works with a dozen suppliers, among them Invoxa Ltd and Paperkite Ltd.',
    'Billow SA travaille avec plusieurs partenaires, parmi lesquels Invoxa SA et Paperkite SA.',
  ])('does not read partners or suppliers: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a rival pointed at by a singular object pronoun', () => {
  it.each([
    [
      "Croquelin SAS lance une gamme de croquettes. La britannique Tailwise Ltd, qui a levé 25 millions de livres l'an dernier, rivalise avec elle outre-Manche.",
      'Croquelin SAS',
      'Tailwise Ltd',
    ],
    ['Acme SA fabrique des drones. Bolt SA rivalise désormais avec elle en Allemagne.', 'Acme SA', 'Bolt SA'],
    [
      'Acme Inc makes drones. Bolt Inc, a German maker, competes directly with it in Europe.',
      'Acme Inc',
      'Bolt Inc',
    ],
    [
      'Acme Inc makes drones. Bolt Inc, which competes with it in Europe, raised money.',
      'Acme Inc',
      'Bolt Inc',
    ],
    [
      'Acme Inc makes drones. Bolt SA, qui la concurrence en Allemagne, a levé des fonds.',
      'Acme Inc',
      'Bolt SA',
    ],
    [
      "Médilien SAS lève des fonds. Consulto SAS voit arriver l'allemand Telemedix GmbH, qui le concurrence déjà sur les contrats d'entreprise.",
      'Consulto SAS',
      'Telemedix GmbH',
    ],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    'Acme Inc makes drones. Bolt Inc sells a device and competes with it in Europe.',
    'Acme Inc makes drones. Bolt Inc works with it in Europe.',
    'Acme SA fabrique des drones. Bolt SA travaille avec elle en Allemagne.',
  ])('does not read %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it('does not pair the topic with the one the pronoun stands for in the sentence', () => {
    const text =
      "Médilien SAS lève des fonds. Consulto SAS voit arriver l'allemand Telemedix GmbH, qui le concurrence déjà sur les contrats d'entreprise.";
    expect(has(text, 'Médilien SAS', 'Telemedix GmbH')).toBe(false);
  });
});

describe('firms set side by side as the holders of one market', () => {
  it.each([
    ['The market is a duopoly of Acme Inc and Bolt Inc.', 'Acme Inc', 'Bolt Inc'],
    ['Acme Inc and Bolt Inc form a duopoly in Europe.', 'Acme Inc', 'Bolt Inc'],
    ['Le marché est un duopole formé par Acme SA et Bolt SA.', 'Acme SA', 'Bolt SA'],
    ['Acme SA et Bolt SA forment un quasi-duopole sur le marché.', 'Acme SA', 'Bolt SA'],
    ['Acme SA et Bolt SA détiennent respectivement 30 % et 25 % du marché.', 'Acme SA', 'Bolt SA'],
    ['Acme Inc and Bolt Inc hold 30% and 25% of the market respectively.', 'Acme Inc', 'Bolt Inc'],
    [
      'Acme Inc sells drones to the army. Market leader Acme Inc and second-placed Bolt Inc both lost ground.',
      'Acme Inc',
      'Bolt Inc',
    ],
    ['Le leader Acme SA et son dauphin Bolt SA ont perdu du terrain.', 'Acme SA', 'Bolt SA'],
    ['Acme SA, numéro un du secteur, et Bolt SA, numéro deux, ont perdu du terrain.', 'Acme SA', 'Bolt SA'],
    ['Acme Inc, the market leader, and Bolt Inc, the number two, both lost ground.', 'Acme Inc', 'Bolt Inc'],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    'Acme SA et Bolt SA détiennent respectivement 30 % et 25 % du capital de Crane SA.',
    'Acme Inc and Bolt Inc hold 30% and 25% of Crane Inc respectively.',
    'Acme Inc and Bolt Inc formed a joint venture in Europe.',
  ])('does not read stakes or ventures: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('an arch-rival', () => {
  it.each([
    ['Acme Inc sells drones. Its arch-rival Bolt Inc raised money.', 'Acme Inc', 'Bolt Inc'],
    ['Acme Inc, the arch-rival of Bolt Inc, raised money.', 'Acme Inc', 'Bolt Inc'],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });
});

describe('market shares told clause by clause', () => {
  it.each([
    [
      'Tidewell Ltd, which was spun out of a lender in 2018, holds around a third of the market, while Ledgerly Ltd claims 9%.',
      'Tidewell Ltd',
      'Ledgerly Ltd',
    ],
    ['Acme SA détient 30 % du marché, tandis que Bolt SA en revendique 20 %.', 'Acme SA', 'Bolt SA'],
    [
      'Acme Inc holds 40 percent of the market, compared with 25 percent for Bolt Inc.',
      'Acme Inc',
      'Bolt Inc',
    ],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    'Acme SA détient 30 % du capital, tandis que Bolt SA en détient 20 %.',
    'Acme Inc sales rose 30% in the market, while Bolt Inc fell 5%.',
    'Acme Inc shares rose 4%, compared with 2% for Bolt Inc.',
    "Acme SA a vu son chiffre d'affaires croître de 8 %, contre 3 % pour Bolt SA.",
  ])('does not read stakes, prices or growth: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a firm placed beside others in a market or joining them among its leaders', () => {
  it.each([
    [
      'Sur le marché des boissons bio, Avoine SA évolue aux côtés de Germes SA et de Végavenir SA.',
      'Végavenir SA',
    ],
    ['Sur ce segment, Avoine SA figure désormais aux côtés de Germes SA et de Végavenir SA.', 'Germes SA'],
    ['Avoine Inc joins Germes Inc and Crane Inc in the top tier of the market.', 'Crane Inc'],
    ['Avoine SA rejoint Germes SA et Crane SA dans le peloton de tête du marché.', 'Germes SA'],
  ])('reads %s', (text, b) => {
    expect(rivals(text).some((p) => p.includes('Avoine') && p.includes(b))).toBe(true);
  });

  it.each([
    'Sur ce marché, Acme SA travaille aux côtés de Bolt SA, son partenaire historique.',
    'Sur ce marché, Acme SA figure aux côtés de Bolt SA, son partenaire historique.',
    'Acme SA rejoint Bolt SA et Crane SA dans le capital de Delta SA.',
    'Acme Inc joined Bolt Inc in the deal.',
  ])('does not read partners or co-investors: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});
