/**
 * Day twenty-four, deals: which company a deal verb links when the sentence tells ownership around it.
 * - A holder that already holds part of a company and buys the rest takes it over (deal-holder-buys-rest.ts): no
 *   minority funding read from the share it held before.
 * - An owner or seller whose relative tells its own earlier purchase without naming the company again ("from H,
 *   which had taken a 70% stake in 2016", "propriété du fonds H, qui en avait pris le contrôle") bought the company
 *   tied to it before (frames/acquired-owner-earlier-stake.ts), even when the sentence's buyer buys it now.
 * - A fronted holding participle with a share below half ("Détenue à 40 % par X, Y …") is a funding
 *   (deal-fronted-holding-stake.ts).
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The facts of `text` as "TYPE source -> target". */
function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('a holder that already holds part of a company and buys the rest takes it over', () => {
  it.each([
    [
      'Tokai Seiki, which already owns 30% of Brennan Optics, will pay $12 a share for the rest, the companies said.',
      'ACQUIRED Tokai Seiki -> Brennan Optics',
      'FUNDED Tokai Seiki -> Brennan Optics',
    ],
    [
      'Varnell Group, which already holds 45 percent of Osprey Marine, agreed to buy the remaining shares for 80 million euros.',
      'ACQUIRED Varnell Group -> Osprey Marine',
      'FUNDED Varnell Group -> Osprey Marine',
    ],
    [
      "Le japonais Hokuto, qui détient déjà 35 % de Fromagerie Delval, va racheter le solde du capital pour 40 millions d'euros.",
      'ACQUIRED Hokuto -> Fromagerie Delval',
      'FUNDED Hokuto -> Fromagerie Delval',
    ],
    [
      'Le fonds Arkéa Capital, qui possédait déjà 20 % de Menuiseries Roux, a repris le reste du capital en juin.',
      'ACQUIRED Arkéa Capital -> Menuiseries Roux',
      'FUNDED Arkéa Capital -> Menuiseries Roux',
    ],
    [
      "Le groupe Sarvel, qui possède déjà 30 % de Brasserie Kerlann, rachètera les actions qu'il ne détient pas encore.",
      'ACQUIRED Sarvel -> Brasserie Kerlann',
      'FUNDED Sarvel -> Brasserie Kerlann',
    ],
  ])('%s', (text, wanted, refused) => {
    const got = facts(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(refused);
  });

  it.each([
    // the holder buys another company: its holding stays a funding, and the other purchase is no minority one
    [
      'Le groupe Hokuto, qui détient déjà 35 % de Fromagerie Delval, a racheté la Laiterie Morin.',
      'ACQUIRED Hokuto -> Laiterie Morin',
      'ACQUIRED Hokuto -> Fromagerie Delval',
    ],
    [
      'Tokai Seiki, which already owns 30% of Brennan Optics, bought Kelso Lenses for $40 million.',
      'ACQUIRED Tokai Seiki -> Kelso Lenses',
      'ACQUIRED Tokai Seiki -> Brennan Optics',
    ],
    // a majority holder selling shares of another company buys no rest
    [
      'Le groupe Sarvel, qui détient 60 % de Brasserie Kerlann, a vendu ses actions de Malterie Roz.',
      null,
      'ACQUIRED Sarvel -> Brasserie Kerlann',
    ],
  ])('near miss: %s', (text, wanted, refused) => {
    const got = facts(text);
    if (wanted !== null) expect(got).toContain(wanted);
    expect(got).not.toContain(refused);
  });
});

describe("an owner's relative telling its earlier purchase links the company tied to it", () => {
  it.each([
    [
      'Marlowe Group agreed to buy Pellston Tiles from buyout firm Cresthill Capital, which had taken a 70% stake in 2016 from the founding family.',
      ['ACQUIRED Marlowe Group -> Pellston Tiles', 'ACQUIRED Cresthill Capital -> Pellston Tiles'],
    ],
    [
      'Ostrava Foods is backed by investment firm Kerrigan Partners, which acquired a controlling stake in 2020.',
      ['ACQUIRED Kerrigan Partners -> Ostrava Foods'],
    ],
    [
      'Ardent Hotels will acquire Baywater Lodges from private equity group Selwyn Equity, which bought the 40-hotel chain in 2017.',
      ['ACQUIRED Ardent Hotels -> Baywater Lodges', 'ACQUIRED Selwyn Equity -> Baywater Lodges'],
    ],
    [
      'Le groupe Brival rachète Fonderies Masson, jusque-là propriété du fonds Capzanine, qui en avait pris le contrôle en 2017.',
      ['ACQUIRED Brival -> Fonderies Masson', 'ACQUIRED Capzanine -> Fonderies Masson'],
    ],
    [
      'Le fonds Naxicap, qui cède Menuiserie Garnier, en avait pris le contrôle en 2016 auprès de la famille fondatrice.',
      ['ACQUIRED Naxicap -> Menuiserie Garnier'],
    ],
    [
      "Le groupe Brival a repris Verrerie Dumas, cédée par le fonds Initiative & Finance, qui l'avait rachetée en 2015.",
      ['ACQUIRED Brival -> Verrerie Dumas', 'ACQUIRED Initiative & Finance -> Verrerie Dumas'],
    ],
  ])('%s', (text, wanted) => {
    const got = facts(text);
    for (const w of wanted) expect(got).toContain(w);
  });

  it.each([
    // a minority stake makes an investor, not an owner
    [
      'Pellston Tiles is backed by Cresthill Capital, which took a 20% stake in 2019.',
      'ACQUIRED Cresthill Capital -> Pellston Tiles',
    ],
    // the stake names its own company: no company before is meant
    [
      'Marlowe Group hired Cresthill Capital, which bought a 30% stake in Tovar Glass in 2019.',
      'ACQUIRED Cresthill Capital -> Marlowe Group',
    ],
    // no owner's link ("with"): the relative tells of another company
    [
      'Le groupe Brival a signé avec le fonds Naxicap, qui en avait pris le contrôle en 2017.',
      'ACQUIRED Naxicap -> Brival',
    ],
    // a fronted participle is no company: the owner's company comes after it
    [
      "Contrôlée depuis 2018 par le fonds Capitem Partners, qui l'avait rachetée à ses fondateurs, Stellane est dirigée par Laurent Vigouroux.",
      'ACQUIRED Capitem Partners -> Contrôlée',
    ],
  ])('near miss: %s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });
});

describe('a fronted holding participle below half is a funding', () => {
  it.each([
    [
      'Détenue à 40 % par le fonds Eurazeo depuis 2021, la biscuiterie Kerlann prépare une levée de fonds.',
      'FUNDED Eurazeo -> Kerlann',
      'ACQUIRED Eurazeo -> Kerlann',
    ],
    [
      "Contrôlé à 30 % par le fonds Siparex, le groupe Sorelis réalise 80 millions d'euros de chiffre d'affaires.",
      'FUNDED Siparex -> Sorelis',
      'ACQUIRED Siparex -> Sorelis',
    ],
    // above half it stays a takeover
    [
      "Détenu à 70 % par le fonds Ardian depuis 2020, le groupe Sorelis réalise 80 millions d'euros de chiffre d'affaires.",
      'ACQUIRED Ardian -> Sorelis',
      'FUNDED Ardian -> Sorelis',
    ],
  ])('%s', (text, wanted, refused) => {
    const got = facts(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(refused);
  });
});
