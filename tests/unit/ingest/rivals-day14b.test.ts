import { facts, run } from './helpers';

/**
 * Rivalry classes of day fourteen, round two: a counted list closed by an apposed group and a relative clause
 * ("A, B and C, the trio that dominated the market"; "A and B, the two challengers that have been battling V"),
 * and a place in a ranking told by a placement noun or verb ("vise la troisième place, derrière A et B", "se
 * placera derrière A et B", "would rank behind A and B").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

/** The pairs read by the apposed-group readers alone (other rules read some counted lists their own way). */
function groupPairs(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH')
    .filter((r) => r.rule.startsWith('any.competes.frame-apposed-group'))
    .map((r) => [r.source, r.target].sort().join(' ~ '));
}

describe('a counted list whose apposed group holds a market', () => {
  it.each([
    'Sunfield Services, Voltline Corp and RenewServe Inc, the trio that dominated the regional market a decade ago, have all lost share since.',
    'Sunfield Services, Voltline Corp and RenewServe Inc, the three groups that still dominate the regional market, posted losses.',
    'Sunfield SA, Voltline SAS et RenewServe SA, les trois réseaux qui se partagent le marché régional, ont perdu des parts.',
    'Sunfield SA, Voltline SAS et RenewServe SA, les trois groupes qui dominaient le marché, ont tous reculé.',
  ])('%s', (text) => {
    const names = rivals(text).join(' | ');
    expect(names).toMatch(/Sunfield \w+ ~ Voltline \w+/u);
    expect(names).toMatch(/RenewServe \w+ ~ Sunfield \w+/u);
    expect(names).toMatch(/RenewServe \w+ ~ Voltline \w+/u);
  });

  it.each([
    'Sunfield Services, Voltline Corp and RenewServe Inc, the three shareholders that dominate the board, approved the plan.',
    'Sunfield Services, Voltline Corp and RenewServe Inc, the three banks that financed the deal, declined to comment.',
    'Sunfield Services and Voltline Corp, the two funds that led the round, declined to comment.',
    'Sunfield Services, Voltline Corp and RenewServe Inc, the two groups that dominate the market, declined to comment.',
  ])('reads no rivals: %s', (text) => {
    expect(groupPairs(text)).toEqual([]);
  });
});

describe('a counted list whose apposed group fights a rival', () => {
  it.each([
    'In Europe, Glucora Ltd competes with Diabeo Systems and Nordsense AB, the two regional challengers that have been battling Vantis Medical on price since 2024.',
    'Diabeo Systems and Nordsense AB, the two challengers that compete with Vantis Medical, raised money this year.',
    'Diabeo Systems et Nordsense AB, les deux challengers qui concurrencent Vantis Medical, ont levé des fonds.',
    'Diabeo Systems and Nordsense AB, the pair that battled Vantis Medical for hospital contracts, merged in May.',
  ])('%s', (text) => {
    expect(has(text, 'Diabeo Systems', 'Vantis Medical')).toBe(true);
    expect(has(text, 'Nordsense AB', 'Vantis Medical')).toBe(true);
  });

  it.each([
    'Diabeo Systems and Nordsense AB, the two investors that backed Vantis Medical, declined to comment.',
    'Diabeo Systems and Nordsense AB, the two partners that supply Vantis Medical, declined to comment.',
    'Diabeo Systems and Nordsense AB, the two suppliers that challenged Vantis Medical in court, declined to comment.',
  ])('reads no rival: %s', (text) => {
    expect(has(text, 'Diabeo Systems', 'Vantis Medical')).toBe(false);
  });
});

describe('a place in a ranking told by a placement word', () => {
  it.each([
    'Campéo SAS grandit vite. Le groupe vise désormais la troisième place du marché français, derrière Oréa Camping et Flots Bleus Loisirs.',
    'Le nouvel ensemble, baptisé Vitalis Santé, se placera derrière Oréa Camping et Flots Bleus Loisirs, avec 68 établissements.',
    'The combined group would rank behind Oréa Camping and Flots Bleus Loisirs in the French market.',
    'Campéo SAS, which sits in third position behind Oréa Camping and Flots Bleus Loisirs, plans to expand.',
  ])('%s', (text) => {
    expect(has(text, 'Oréa Camping', 'Flots Bleus Loisirs')).toBe(true);
  });

  it.each([
    'Le nouvel ensemble, baptisé Vitalis Santé, se placera derrière Ramsay Santé et Elsan, avec 68 établissements.',
    'Vitalis Santé se classe désormais derrière Ramsay Santé et Elsan sur le marché français.',
    'Vitalis Health ranks behind Ramsay Santé and Elsan in the French clinics market.',
  ])('the one placed behind: %s', (text) => {
    expect(has(text, 'Vitalis Santé', 'Ramsay Santé') || has(text, 'Vitalis Health', 'Ramsay Santé')).toBe(
      true,
    );
    expect(has(text, 'Ramsay Santé', 'Elsan')).toBe(true);
  });

  it.each([
    'Les actionnaires se sont rangés derrière Oréa Camping et Flots Bleus Loisirs pour soutenir le projet.',
    'The investors behind Oréa Camping and Flots Bleus Loisirs put the place up for sale.',
    "La place de marché lancée par Oréa Camping s'appuie sur la technologie de Flots Bleus Loisirs.",
  ])('reads no rivals: %s', (text) => {
    expect(has(text, 'Oréa Camping', 'Flots Bleus Loisirs')).toBe(false);
  });
});

describe('a place in a vote or a draft', () => {
  it.each([
    'Il est sélectionné en troisième position par Denver Corp derrière Oréa Camping et Flots Bleus Loisirs.',
    'Le parti finit à la deuxième place, avec 18 % des voix, derrière Oréa Camping et Flots Bleus Loisirs.',
    'The party came third in the elections, behind Oréa Camping and Flots Bleus Loisirs.',
  ])('reads no rivals: %s', (text) => {
    expect(has(text, 'Oréa Camping', 'Flots Bleus Loisirs')).toBe(false);
  });
});

describe('a reflexive contest verb whose rivals follow a phrase of their own', () => {
  it.each([
    'Natura Loisirs SA se mesure sur son marché aux groupes Sandaya SAS et Huttopia SA.',
    'Natura Loisirs SA se mesurait déjà sur ce marché à Sandaya SAS et Huttopia SA.',
    "Natura Loisirs SA se frotte dans l'hôtellerie de plein air aux groupes Sandaya SAS et Huttopia SA.",
    'Natura Loisirs SA se confronte sur le marché européen à Sandaya SAS et Huttopia SA.',
  ])('%s', (text) => {
    expect(has(text, 'Natura Loisirs SA', 'Sandaya SAS')).toBe(true);
    expect(has(text, 'Natura Loisirs SA', 'Huttopia SA')).toBe(true);
  });

  it.each([
    "Medivia SA se dispute depuis dix ans les appels d'offres des CHU avec l'américain Zimmer Biomet et le suisse Mathys SA.",
    "Medivia SA se disputait les appels d'offres des hôpitaux avec Zimmer Biomet et Mathys SA.",
    'Medivia SA et Orthalis SAS se disputent les contrats publics avec Zimmer Biomet et Mathys SA.',
  ])('%s', (text) => {
    expect(has(text, 'Medivia SA', 'Zimmer Biomet')).toBe(true);
    expect(has(text, 'Medivia SA', 'Mathys SA')).toBe(true);
    expect(has(text, 'Zimmer Biomet', 'Mathys SA')).toBe(true);
  });

  it.each([
    "Natura Loisirs SA se mesure sur son marché à l'aune des résultats de Sandaya SAS.",
    'Natura Loisirs SA se partage le site de Lyon avec Sandaya SAS.',
    'Natura Loisirs SA se dispute les faveurs des clients, qui travaillent avec Sandaya SAS.',
    'Natura Loisirs SA a conclu un partenariat sur le marché européen avec Sandaya SAS.',
  ])('reads no rival: %s', (text) => {
    expect(has(text, 'Natura Loisirs SA', 'Sandaya SAS')).toBe(false);
  });
});

describe("an owner's rival told as the predicate of its rival noun", () => {
  it.each([
    "Campalia SAS exploite 30 campings. « Notre vrai concurrent, ce n'est pas un autre camping, c'est la location de maisons sur Vacanceole SA », affirme Paul Martin, président de Campalia SAS.",
    "Campalia SAS exploite 30 campings. « Notre principal concurrent, c'est Vacanceole SA », affirme Paul Martin, président de Campalia SAS.",
    'Campalia Ltd makes tents. "Our closest rival, frankly, is Vacanceole SA, not the start-ups", said Paul Martin, chief executive of Campalia Ltd.',
    'Campalia Ltd makes tents. Its biggest competitor, analysts say, is Vacanceole SA.',
  ])('%s', (text) => {
    expect(rivals(text).join(' | ')).toMatch(/Campalia \w+ ~ Vacanceole SA/u);
  });

  it.each([
    "Campalia SAS exploite 30 campings. « Notre principal concurrent n'est pas Vacanceole SA », affirme Paul Martin, président de Campalia SAS.",
    'Campalia Ltd makes tents. "Our closest rival is not Vacanceole SA", said Paul Martin, chief executive of Campalia Ltd.',
    "Campalia SAS exploite 30 campings. « Notre principal concurrent, c'est le temps », affirme Paul Martin, qui a rejoint Vacanceole SA.",
  ])('reads no rival: %s', (text) => {
    expect(rivals(text).join(' | ')).not.toMatch(/Campalia \w+ ~ Vacanceole SA/u);
  });
});

describe('an apposed or passive rival noun phrase', () => {
  it.each([
    'Harmonia Rights, Campalia Ltd’s closest competitor, was reported by Vacanceole SA to be exploring a sale.',
    "Harmonia Rights, Campalia Ltd's closest competitor, is owned by Vacanceole SA.",
  ])('reads no cleft rival: %s', (text) => {
    const cleft = facts(run(text), 'COMPETES_WITH').filter(
      (r) => r.rule === 'any.competes.frame-owned-cleft',
    );
    expect(cleft).toEqual([]);
  });
});

describe('a distance behind the leaders, an aside allowed before it', () => {
  it.each([
    'Verlaine SA grandit. Verlaine SA reste, malgré une croissance de 20 % par an, loin derrière Tomeco SA et Zooplus AG.',
    'Verlaine SA reste loin derrière Tomeco SA et Zooplus AG sur le marché belge.',
    'Verlaine Ltd remains, despite its growth, far behind Tomeco SA and Zooplus AG.',
    'Verlaine Ltd still lags well behind Tomeco SA and Zooplus AG in Belgium.',
  ])('%s', (text) => {
    expect(rivals(text).join(' | ')).toMatch(/Tomeco SA ~ Verlaine \w+/u);
    expect(rivals(text).join(' | ')).toMatch(/Verlaine \w+ ~ Zooplus AG/u);
  });

  it.each([
    'Verlaine SA reste, selon Tomeco SA qui la conseille, loin derrière les attentes de Zooplus AG.',
    'Verlaine Ltd remains far behind schedule, Tomeco SA said.',
    'Verlaine Ltd remains, after the vote, far behind Tomeco SA in the polls.',
  ])('reads no rival: %s', (text) => {
    expect(has(text, 'Verlaine SA', 'Tomeco SA') || has(text, 'Verlaine Ltd', 'Tomeco SA')).toBe(false);
  });
});
