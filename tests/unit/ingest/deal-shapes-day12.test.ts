import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
const typed = (text: string): string[] => typedDealPairs(text, PUBLISHED);

describe('an apposition owned by another name ("X, A\'s rival, bought Y"): X is the party', () => {
  it.each([
    "Ausha, Acast's main French rival, bought the Danish network Hyggecast in 2024.",
    "Ausha, Acast's closest competitor, has acquired Hyggecast.",
    "Ausha, Acast's biggest French rival, has agreed to buy Hyggecast.",
    "Ausha, Acast's biggest rival, will acquire Hyggecast for $40 million.",
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Ausha -> Hyggecast']);
  });

  it.each([
    "Comptaflow, Ledgerline's closest competitor, merged with Belgian rival Boekly in January.",
    "Paris-based Comptaflow, Ledgerline's closest competitor, merged with Belgian rival Boekly in January.",
    "Comptaflow, Ledgerline's main rival, agreed to merge with Boekly.",
  ])('merges the head, not the owner: %s', (text) => {
    const merged = made(text, 'MERGED_WITH');
    expect(merged.some((p) => p.includes('Ledgerline'))).toBe(false);
    expect(merged.length).toBeGreaterThan(0);
  });

  it.each([
    "Acast's rival Ausha bought the Danish network Hyggecast in 2024.",
    'Ausha, a rival of Acast, bought the Danish network Hyggecast in 2024.',
  ])('other shapes keep their reading: %s', (text) => {
    expect(made(text)).toEqual(['Ausha -> Hyggecast']);
  });
});

describe('"the merger of A and B" does not reach a "with" of a later clause', () => {
  it.each([
    'Vestfjord, which was formed in 2011 through the merger of Sparebank Nordland and Haalogaland Sparebank, has about 1,900 employees and competes with DNB and SpareBank 1 SR-Bank for business customers.',
    'Harwell itself was formed through the 2017 merger of Lyle & Dunmore and Abbeyfield Brokers, and competes with Marlow Gate and Brackley Partners for mid-sized corporate clients.',
    'Norvik was created by the merger of Alfa Trans and Beta Cargo, which works with Gamma Freight on rail.',
  ])('%s', (text) => {
    const merged = made(text, 'MERGED_WITH');
    expect(merged).toHaveLength(1);
    expect(merged[0]).not.toMatch(/DNB|Marlow|Gamma|Vestfjord|Harwell|Norvik/);
  });

  it.each([
    ['The merger of Alpha Bank (AB), with Beta Bank was completed.', 'Alpha Bank -> Beta Bank'],
    ['La fusion de Vinexa avec Cavéo a été finalisée.', 'Cavéo -> Vinexa'],
  ])('still reads "merger of A with B": %s', (text, fact) => {
    expect(made(text, 'MERGED_WITH')).toEqual([fact]);
  });
});

describe('ownership dated by "depuis" / "since": a past takeover', () => {
  it.each([
    [
      'Propriété du fonds Ardent Capital depuis 2021, le concurrent Sermat Défense a multiplié les acquisitions.',
      'Ardent Capital -> Sermat Défense',
    ],
    [
      'Sermat Défense, propriété du fonds Ardent Capital depuis 2021, a multiplié les acquisitions.',
      'Ardent Capital -> Sermat Défense',
    ],
    [
      'Calorix, filiale du conglomérat allemand Brenner-Hoff depuis 2017, ne commente pas ces chiffres.',
      'Brenner-Hoff -> Calorix',
    ],
    [
      'Alésia Composites, filiale de Vauclair Industries depuis son rachat, fournit des carénages.',
      'Vauclair Industries -> Alésia Composites',
    ],
    [
      'Sermat, a subsidiary of Ardent Capital since 2021, has made several acquisitions.',
      'Ardent Capital -> Sermat',
    ],
    [
      'Sermat, part of Ardent Capital since its takeover in 2019, has made several acquisitions.',
      'Ardent Capital -> Sermat',
    ],
    [
      'A unit of Ardent Capital since 2021, Sermat has made several acquisitions.',
      'Ardent Capital -> Sermat',
    ],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'Sermat, a subsidiary of Ardent Capital, has made several acquisitions.',
    'Calorix, filiale de Brenner-Hoff, ne commente pas ces chiffres.',
    'Calorix, partenaire de Brenner-Hoff depuis 2017, ne commente pas ces chiffres.',
    'Sermat, a customer of Ardent Capital since 2021, has grown quickly.',
  ])('no dated ownership, no takeover: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a sale told buyer first ("a cédé à B son activité, Y")', () => {
  it.each([
    [
      "Le groupe Vauclair a cédé à l'américain Brightline Aerospace son activité de traitement de surface, Vauclair Surfaces, jugée non stratégique.",
      'Brightline Aerospace -> Vauclair Surfaces',
    ],
    [
      'Vauclair vendra au fonds Argos Partners sa division Vauclair Surfaces.',
      'Argos Partners -> Vauclair Surfaces',
    ],
    [
      "Le groupe Vauclair cède à l'allemand Kessler Aerotech son pôle de maintenance, Aerotech Services.",
      'Kessler Aerotech -> Aerotech Services',
    ],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'Vauclair a cédé à Brightline Aerospace 30 % de Vauclair Surfaces.',
    'Vauclair vend à Carrefour des produits Vauclair Surfaces.',
    "Vauclair n'a pas cédé à Brightline Aerospace son activité de traitement de surface, Vauclair Surfaces.",
  ])('no takeover read: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a purchase keeps no stake told by another clause', () => {
  it.each([
    [
      'Nordhavn Wind bought German developer Ostsee Energie in 2022 and, last year, took a 30% stake in Polish cable maker Baltkabel.',
      ['ACQUIRED Nordhavn Wind -> Ostsee Energie', 'FUNDED Nordhavn Wind -> Baltkabel'],
    ],
    [
      'Halvorsen Defence, which bought Swedish radar maker Kalmar Sensor in 2021, took a minority stake in Finnish software firm Arktis AI last year.',
      ['ACQUIRED Halvorsen Defence -> Kalmar Sensor', 'FUNDED Halvorsen Defence -> Arktis AI'],
    ],
    [
      'Halvorsen Defence, qui a racheté le suédois Kalmar Sensor en 2021, a pris une participation minoritaire dans Arktis AI.',
      ['ACQUIRED Halvorsen Defence -> Kalmar Sensor', 'FUNDED Halvorsen Defence -> Arktis AI'],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('a stake of the relative itself stays its own', () => {
    expect(
      typed(
        'Halvorsen Defence, which bought 20% of Kalmar Sensor in 2021, took control of Arktis AI last year.',
      ),
    ).toEqual(['ACQUIRED Halvorsen Defence -> Arktis AI', 'FUNDED Halvorsen Defence -> Kalmar Sensor']);
  });
});
