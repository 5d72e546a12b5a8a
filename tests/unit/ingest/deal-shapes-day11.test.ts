import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
const typed = (text: string): string[] => typedDealPairs(text, PUBLISHED);

describe('a time phrase between "pris" and "le contrôle"', () => {
  it.each([
    "La mutuelle Horizia a pris en début d'année le contrôle de la plateforme de téléconsultation Medeo.",
    "La mutuelle Horizia avait pris l'an dernier le contrôle du groupe Medeo.",
    'La mutuelle Horizia prendra dès cet été le contrôle exclusif de la société Medeo.',
    'La mutuelle Horizia a pris en 2024 le contrôle de Medeo.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Horizia -> Medeo']);
  });

  it.each([
    'La mutuelle Horizia a pris part cette année au contrôle du groupe Medeo.',
    "La mutuelle Horizia n'a pas pris en début d'année le contrôle de la société Medeo.",
  ])('reads no takeover: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a stake held before the purchase, told in a relative, is not the stake bought', () => {
  it.each([
    "Le groupe Arvelys a absorbé l'an dernier son sous-traitant breton Radiomer, qu'il détenait déjà à 40 %.",
    "La mutuelle Horizia a pris le contrôle de la société Medeo, dont elle détenait jusqu'ici 35 %.",
    'The group Arvelys bought the rest of Radiomer, in which it already held 40%.',
  ])('%s', (text) => {
    expect(typed(text).filter((f) => f.startsWith('ACQUIRED')).length).toBe(1);
    expect(typed(text).filter((f) => f.startsWith('FUNDED'))).toEqual([]);
  });

  it.each([
    [
      'Le groupe Arvelys a racheté 30 % de Radiomer, qui détenait déjà 60 % de Sonar.',
      'FUNDED Arvelys -> Radiomer',
    ],
    [
      'The group Arvelys bought a 25% stake in Radiomer, which already owned 60% of Sonar.',
      'FUNDED Arvelys -> Radiomer',
    ],
  ])('keeps a minority purchase a funding: %s', (text, fact) => {
    expect(typed(text)).toContain(fact);
  });
});

describe('"combined" as an adjective of figures', () => {
  it.each([
    'Rivals Locobot and Shelfwise raised a combined $300 million last year.',
    'Locobot and Shelfwise said their combined revenue reached $2bn.',
    'Locobot and Shelfwise combined sales of $40 million last year.',
  ])('tells no merger: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual([]);
  });

  it.each([
    'Locobot and Shelfwise combined in 2019 to form Robolux.',
    'Locobot and Shelfwise have combined their operations.',
    'Locobot and Shelfwise agreed to combine.',
  ])('still reads a combination: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual(['Locobot -> Shelfwise']);
  });
});

describe('taking a company private, told in a relative or a passive', () => {
  it.each([
    ['The sale ends five years for Nordvest, which took Alpenhof private in 2021.', 'Nordvest -> Alpenhof'],
    ['Castellana, which had taken Transmarte private in 2019, will sell it.', 'Castellana -> Transmarte'],
    [
      'TaskUs, which was taken private last year by its founders and Blackstone, grew fastest.',
      'Blackstone -> TaskUs',
    ],
    ['The retailer Pennywise was taken private in 2019 by Hollis Capital.', 'Hollis Capital -> Pennywise'],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'Nordvest, which wanted to take Alpenhof private in 2021, gave up.',
    'Nordvest, which took Alpenhof public in 2021, sold its last shares.',
  ])('reads no purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('"la cession de" a business of the seller, its year between', () => {
  it.each([
    [
      "Le groupe Arvelys se recentre sur les radars, après la cession en 2024 de son activité de maintenance aéronautique à l'allemand Kessler Aerotech.",
      'Kessler Aerotech -> Arvelys',
    ],
    [
      'Le groupe Arvelys a finalisé la cession en 2025 de sa division radars au groupe Thalmont.',
      'Thalmont -> Arvelys',
    ],
    [
      'The group Arvelys completed the 2024 sale of its maintenance business to Kessler Aerotech.',
      'Kessler Aerotech -> Arvelys',
    ],
  ])('%s', (text, fact) => {
    expect(made(text)).toEqual([fact]);
  });

  it.each([
    'Le groupe Arvelys a annoncé la vente de ses produits à la chaîne Carrefour.',
    'Le groupe Arvelys a annoncé la vente en 2024 de sa division radars à la chaîne Carrefour.',
    "Le groupe Arvelys a confié la vente en 2024 de ses radars à l'allemand Kessler Aerotech.",
  ])('reads no purchase from selling goods, nor from "vente": %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});
