import { facts, madePairs, run } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
const rulesOf = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED')
    .map((r) => r.rule)
    .sort();

describe('an owner told in a fronted participle', () => {
  it.each([
    ['Bought by Harborline Partners in 2021, Kadenza has grown fast.', 'Harborline Partners -> Kadenza'],
    [
      'Acquired in 2019 by the fund Capitem Partners, Stellane Industries doubled in size.',
      'Capitem Partners -> Stellane Industries',
    ],
    [
      'Owned since 2018 by the fund Capitem Partners, Stellane Industries has grown fast.',
      'Capitem Partners -> Stellane Industries',
    ],
    [
      "Contrôlée depuis 2018 par le fonds Capitem Partners, qui l'avait rachetée à ses fondateurs, la société Stellane est dirigée par Laurent Vigouroux.",
      'Capitem Partners -> Stellane',
    ],
    [
      'Détenue à 100 % par le fonds Capitem Partners, la société Stellane a doublé de taille.',
      'Capitem Partners -> Stellane',
    ],
    [
      "Passé sous le contrôle du groupe allemand Keller Wehrtechnik en 2018, le groupe Valtor s'est depuis concentré sur les munitions.",
      'Keller Wehrtechnik -> Valtor',
    ],
    [
      "Tombée dans l'escarcelle du fonds Capitem Partners en 2020, la société Stellane a doublé de taille.",
      'Capitem Partners -> Stellane',
    ],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'DNA Medical said it will acquire three companies owned by Mize, Heritage Lite Meat Corp and Heritage Cattle Corp.',
    'Virginia Federal said it agreed to be acquired by Montrose Holding Co, an affiliate of Montrose Capital Corp.',
    'La banque a financé trois sociétés détenues depuis 2018 par le fonds Capitem Partners, Stellane et Optique Jurassienne.',
  ])('reads no owner from a participle that qualifies an earlier noun: %s', (text) => {
    expect(rulesOf(text).filter((r) => /\.acquired\.fronted-(passive|held)$/.test(r))).toEqual([]);
  });
});

describe('a holding passive after a relative, and becoming part of a group', () => {
  it.each([
    [
      'Le cartonnier Lemarié, qui emploie 340 salariés sur deux sites, est contrôlé depuis 2018 par le fonds Seine Capital Développement.',
      'Seine Capital Développement -> Lemarié',
    ],
    [
      'Kestrel Logistics, which has been majority-owned by Japanese trading house Haruka Corp since 2020, made four acquisitions.',
      'Haruka Corp -> Kestrel Logistics',
    ],
    ['The startup Turnly, which became part of Kadenza in 2024, serves 2,000 shops.', 'Kadenza -> Turnly'],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'The airline Aerolis is part of the SkyTeam alliance.',
    'La société Calcéa appartient au groupe irlandais CRH.',
    'La société Calcéa fait partie des leaders du marché, comme le groupe CRH.',
    "La start-up Calcéa a rejoint le programme d'accélération du groupe CRH.",
  ])('reads no owner from membership, plain belonging or a list: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it('leaves a descriptor subject set apart by its relative to the other readers', () => {
    const text =
      "Le groupe Alcyon Médias rachète les Éditions Terre & Mer. L'éditeur, qui publie déjà une quinzaine de magazines, est détenu depuis 2017 par la holding belge Sofiparc.";
    expect(rulesOf(text)).not.toContain('fr.acquired.held-by-after-relative');
  });
});
