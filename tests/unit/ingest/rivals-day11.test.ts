import { facts, run } from './helpers';

/**
 * Rivalry classes of day eleven: a contest for business won or lost against named rivals (a tender, a contract, an
 * order; never bidders for one company), the company a verb of enabling names as the one who competes ("permet au
 * groupe de dépasser A", "help it compete with A"), a rival apposed with its owner's possessive ("B, A's main
 * rival,"), an alternative to someone's product, a sentence-opening "Elle/Il" before more verbs only a company
 * takes, and nouns that only look like verbs of a contest ("in the fight for", after a purchase "to take on").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a contest for business won or lost against named rivals', () => {
  it.each([
    [
      "Corvath Robotics Ltd won a £40 million contract to automate Tervola Motors' new body shop, beating ABB Ltd and Kuka AG in the final round of the tender.",
      'Corvath Robotics Ltd',
      ['ABB Ltd', 'Kuka AG'],
    ],
    [
      'Corvath Robotics Ltd beat ABB Ltd and Kuka AG to a contract with Tervola Motors.',
      'Corvath Robotics Ltd',
      ['ABB Ltd', 'Kuka AG'],
    ],
    [
      'Corvath Robotics Ltd won the contract against ABB Ltd and Kuka AG.',
      'Corvath Robotics Ltd',
      ['ABB Ltd', 'Kuka AG'],
    ],
    ['Corvath Robotics Ltd lost the Tervola contract to ABB Ltd.', 'Corvath Robotics Ltd', ['ABB Ltd']],
    [
      'Veyra Defence Ltd lost out last year to Halberg GmbH in a contest to supply 400 troop carriers.',
      'Veyra Defence Ltd',
      ['Halberg GmbH'],
    ],
    [
      "L'éditeur Cybelis a remporté le contrat de la SNCF contre Sentrys SA et Checkpoint SA.",
      'Cybelis',
      ['Sentrys SA', 'Checkpoint SA'],
    ],
    [
      "L'éditeur Cybelis l'a emporté sur Sentrys SA lors de l'appel d'offres de l'hôpital.",
      'Cybelis',
      ['Sentrys SA'],
    ],
    ["L'éditeur Cybelis a battu Sentrys SA dans l'appel d'offres de l'hôpital.", 'Cybelis', ['Sentrys SA']],
    [
      "L'éditeur Cybelis a perdu l'appel d'offres de l'hôpital au profit de Sentrys SA.",
      'Cybelis',
      ['Sentrys SA'],
    ],
  ])('reads %s', (text, subject, others) => {
    for (const o of others) expect(has(text, subject, o)).toBe(true);
  });

  it.each([
    // bidders for one company are no rivals (GOLD-FORMAT)
    'Corvath Robotics Ltd beat Kuka AG to the acquisition of Weldtek Ltd.',
    'Brightcrest Ltd lost out to Dentalia SA last year in the auction for Clínicas Sonrisa.',
    "Le groupe Varenne SA l'a emporté sur Orval SA dans la course au rachat de Kesteren SA.",
    // a client, a court case, a denial
    'Corvath Robotics Ltd won a contract from Tervola Motors Oy.',
    'Acme Inc won its case against Zeta Inc over the contract.',
    'Corvath Robotics Ltd did not beat ABB Ltd to the contract.',
  ])('reads no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('the company a verb of enabling lets compete', () => {
  it.each([
    [
      "Le groupe Maison Lorrain rachète Casa Nordica. L'opération permet au groupe messin de dépasser Habitat Plus et de se hisser au deuxième rang du marché français, derrière le géant Ikea.",
      'Maison Lorrain',
      ['Habitat Plus', 'Ikea'],
    ],
    [
      'Northfield Controls bought Lumetric. Northfield chief executive Dana Whitaker said Lumetric would help it compete with Ostrava Automation in factory software.',
      'Northfield Controls',
      ['Ostrava Automation'],
    ],
    [
      'The deal will allow the Lyon company Acmeo to take on Zetabank and Omnibank.',
      'Acmeo',
      ['Zetabank', 'Omnibank'],
    ],
    ['Le rachat permettra à la société Acmeo de concurrencer Zetabank.', 'Acmeo', ['Zetabank']],
  ])('reads %s', (text, subject, others) => {
    for (const o of others) expect(has(text, subject, o)).toBe(true);
  });

  it.each([
    [
      "Le groupe Maison Lorrain rachète Casa Nordica. L'opération permet au groupe messin de dépasser Habitat Plus et de se hisser au deuxième rang du marché français, derrière le géant Ikea.",
      'Habitat Plus',
      'Ikea',
    ],
    [
      'Northfield Controls bought Lumetric. Northfield chief executive Dana Whitaker said Lumetric would help it compete with Ostrava Automation in factory software.',
      'Lumetric',
      'Ostrava Automation',
    ],
  ])('does not make the enabler or an object the rival: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(false);
  });
});

describe("a rival apposed with its owner's possessive", () => {
  it.each([
    ["Ausha, Acast's main French rival, bought the Danish network Hyggecast in 2024.", 'Acast', 'Ausha'],
    ["Zetabank, Acmeo's arch-rival, lost clients.", 'Acmeo', 'Zetabank'],
    ["Zetabank, Acmeo's closest competitor, lost clients.", 'Acmeo', 'Zetabank'],
    ['The Lyon bank Acmeo said its arch-rival Zetabank had lost clients.', 'Acmeo', 'Zetabank'],
  ])('reads %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    ["Zetabank, Acmeo's biggest shareholder, lost clients."],
    ["Zetabank, Acmeo's main supplier, lost clients."],
  ])('reads no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe("an alternative to someone's product", () => {
  it.each([
    [
      "La société Voltania veut s'imposer comme l'alternative européenne aux batteries de CATL et de BYD.",
      'Voltania',
      ['CATL', 'BYD'],
    ],
    ['La banque Acmeo se veut une alternative crédible à Zetabank.', 'Acmeo', ['Zetabank']],
  ])('reads %s', (text, subject, others) => {
    for (const o of others) expect(has(text, subject, o)).toBe(true);
  });

  it('reads no rival past a preposition', () => {
    expect(rivals('La société Voltania propose une alternative pour les clients de CATL.')).toEqual([]);
  });
});

describe('a sentence-opening pronoun before a verb only a company takes', () => {
  it.each([
    [
      "La foodtech rennaise Miamo a levé 8 millions d'euros. Miamo a été créée en 2020 par Aurélie Tran. Elle se positionne face à Cuistot et Popote Express.",
      'Miamo',
      ['Cuistot', 'Popote Express'],
    ],
    [
      'La fintech Pilotea a été fondée par Marc Dubois. Elle grignote des parts de marché à Boursorama.',
      'Pilotea',
      ['Boursorama'],
    ],
    [
      "La start-up Vetoclic a été fondée par Julie Martin. Elle s'attaque à un marché où évoluent déjà Animeo et Vetalink.",
      'Vetoclic',
      ['Animeo', 'Vetalink'],
    ],
  ])('reads %s', (text, subject, others) => {
    for (const o of others) expect(has(text, subject, o)).toBe(true);
  });
});

describe('nouns and objects that only look like a contest', () => {
  it.each([
    [
      'Podcast host Soundmere Ltd buys ad-tech startup Wavelet Ltd to take on Acast AB and Megaphone Inc',
      'Wavelet Ltd',
      'Acast AB',
    ],
    [
      'The deal gives Soundmere Ltd a new ad stack as it takes on Megaphone Inc and Acast AB in the fight for podcast advertising budgets.',
      'Megaphone Inc',
      'Acast AB',
    ],
    ['Le groupe Acmeo rachète la société Betafin pour concurrencer Zetabank.', 'Betafin', 'Zetabank'],
  ])('does not pair the object: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(false);
  });

  it.each([
    ['Acme Inc and Zeta Inc fight for the same customers.', 'Acme Inc', 'Zeta Inc'],
    ['A tier of Acme Inc, Zeta Inc and Omnia Inc fights for the large accounts.', 'Acme Inc', 'Omnia Inc'],
  ])('still pairs a group fighting for a prize: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });
});

describe('a list after a verb of facing is the subject’s rivals, not one another’s', () => {
  it.each([
    [
      'Le futur groupe affrontera des géants comme Lactalis SA, Sodiaal SA et Savencia SA sur le marché des fromages.',
    ],
    ['Le groupe Acmeo se heurte à des géants comme Lactalis SA et Sodiaal SA.'],
    ['Acmeo SA concurrence des leaders tels que Lactalis SA et Sodiaal SA.'],
  ])('does not pair the listed: %s', (text) => {
    expect(has(text, 'Lactalis SA', 'Sodiaal SA')).toBe(false);
  });

  it('still pairs leaders named as the market’s own', () => {
    expect(
      has(
        'Les leaders du marché que sont Lactalis SA, Sodiaal SA et Savencia SA ont augmenté leurs prix.',
        'Lactalis SA',
        'Sodiaal SA',
      ),
    ).toBe(true);
  });
});

describe('an owner or backer hyphened before the rival', () => {
  it.each([
    ['The Lyon firm Soundmere competes with Spotify-owned Megaphone and Acast.', ['Megaphone', 'Acast']],
    ['Soundmere Ltd, which competes with SoftBank-backed Megaphone Inc, raised money.', ['Megaphone Inc']],
  ])('reads the rival, not its owner: %s', (text, others) => {
    const got = rivals(text);
    for (const o of others) expect(got.some((p) => p.split(' ~ ').includes(o))).toBe(true);
    expect(got.some((p) => /Spotify|SoftBank/u.test(p))).toBe(false);
  });

  it('refuses the owner in a phrasal verb too', () => {
    const text =
      'Soundmere makes podcasts. The deal gives Soundmere a new ad stack as it takes on Spotify-owned Megaphone and Acast.';
    expect(rivals(text).some((p) => p.includes('Spotify'))).toBe(false);
  });
});
