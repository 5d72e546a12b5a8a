/**
 * Deal, day sixteen (b): a belonging dated by its start is a purchase by the owner
 * (frames/acquired-belongs-since.ts), and a merger whose verb calls it off is no merger (deal-denied-noun.ts).
 * Sentences written for these tests (dev-gold-17 fr-571, fr-575 and en-568 show the shapes).
 */
import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-10-06';
const acquired = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const merged = (text: string): string[] => madePairs(text, PUBLISHED, 'MERGED_WITH');

describe('a belonging dated by its start is a purchase by the owner', () => {
  it.each([
    'Brenner Feldlogistik appartient depuis 2019 au fonds munichois Auerbach Kapital.',
    'Brenner Feldlogistik appartient au fonds Auerbach Kapital depuis 2019.',
    'Brenner Feldlogistik appartenait depuis 2019 au fonds Auerbach Kapital, qui cède sa participation.',
    'Brenner Feldlogistik has belonged to Auerbach Kapital since 2019.',
    'Brenner Feldlogistik belongs to Auerbach Kapital since early 2019.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual(['Auerbach Kapital -> Brenner Feldlogistik']);
  });
});

describe('a belonging without a start date, or denied, is no purchase', () => {
  it.each([
    'Brenner Feldlogistik appartient au fonds Auerbach Kapital.',
    'Brenner Feldlogistik belongs to Auerbach Kapital.',
    "Brenner Feldlogistik n'appartient plus depuis 2019 au fonds Auerbach Kapital.",
    'Brenner Feldlogistik belongs to Auerbach Kapital, which was founded in 2019.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual([]);
  });
});

describe('a merger called off is no merger', () => {
  it.each([
    "Kessler Diagnostics to buy Norvik's lab-equipment unit after merger with Amberline collapses",
    "Kessler Diagnostics to buy Norvik Health's lab unit after merger with Amberline Bio collapses",
    'Norvik Health shares fall as merger with Amberline Bio falls through',
    'Norvik Health shares fall after combination with Amberline Bio is terminated',
  ])('%s', (text) => {
    expect(merged(text)).toEqual([]);
  });

  it.each([
    ['Norvik Health completed its merger with Amberline Bio in March.', 'Amberline Bio -> Norvik Health'],
    [
      'Norvik Health shares rise as merger with Amberline Bio wins approval',
      'Amberline Bio -> Norvik Health',
    ],
    ['Norvik Santé a finalisé sa fusion avec Amberline Bio en mars.', 'Amberline Bio -> Norvik Santé'],
  ])('a merger that goes ahead stays: %s', (text, pair) => {
    expect(merged(text)).toEqual([pair]);
  });
});

describe('a minority share sold is a funding of the company, a majority one a purchase', () => {
  const typed = (text: string): string[] => typedDealPairs(text, PUBLISHED);
  it.each([
    'Hanson Trust sold its 25.2 pct interest in Kidde Inc to Emhart Corp.',
    'Last year it sold its 25 pct stake in Kidde Inc to Emhart Corp.',
    'Hanson Trust said it sold its 30 per cent equity stake in Kidde Inc to Emhart Corp for 120 mln dlrs.',
  ])('%s', (text) => {
    expect(typed(text)).toEqual(['FUNDED Emhart Corp -> Kidde Inc']);
  });

  it.each([
    'Hanson Trust sold its 51 pct interest in Kidde Inc to Emhart Corp.',
    'Hanson Trust sold Kidde Inc to Emhart Corp.',
  ])('%s', (text) => {
    expect(typed(text)).toEqual(['ACQUIRED Emhart Corp -> Kidde Inc']);
  });
});

describe('"it" opening a purchase keeps to the buyout firm the last sentence was about', () => {
  const LEAD =
    'Ridgeline Capital Partners has agreed to acquire Tractiv Inc for about $1.4 billion. ' +
    'Tractiv sells route-planning tools to trucking firms. Ridgeline has been an active buyer in logistics software. ';
  it.each([
    'It snapped up warehouse-robotics firm Stackbot last year.',
    'It purchased warehouse-robotics firm Stackbot last year.',
    'It also picked up warehouse-robotics firm Stackbot in 2024.',
    'It bought warehouse-robotics firm Stackbot last year.',
  ])('%s', (text) => {
    expect(acquired(LEAD + text)).toContain('Ridgeline Capital Partners -> Stackbot');
    expect(acquired(LEAD + text)).not.toContain('Tractiv Inc -> Stackbot');
  });
});

describe("an owner's relative that tells the takeover dates the belonging", () => {
  it.each([
    "Jusqu'ici, Gavrinis Biscuits appartenait au fonds lyonnais Rhône Capital Partenaires, qui en avait pris le contrôle en 2020.",
    'Gavrinis Biscuits belonged to Rhône Capital Partners, which bought it in 2020.',
    'Gavrinis Biscuits appartient au fonds Rhône Capital Partenaires, qui en a acquis la majorité en 2020.',
  ])('%s', (text) => {
    expect(acquired(text).length).toBe(1);
    expect(acquired(text)[0]).toMatch(/^Rhône Capital Part\w+ -> Gavrinis Biscuits$/);
  });

  it('a relative that tells something else leaves a plain belonging', () => {
    expect(
      acquired('Gavrinis Biscuits appartient au fonds Rhône Capital Partenaires, qui gère 2 milliards.'),
    ).toEqual([]);
  });
});

describe('a banner the parties share names no owner', () => {
  const LEAD =
    "Le voyagiste Orélia Tours rachète l'agence lyonnaise Terres Mondes pour 20 millions d'euros. ";
  it.each([
    "Les deux marques continueront d'exister sous la bannière commune Voyalis Escales.",
    'Les deux réseaux vivront sous un pavillon unique, Voyalis Escales.',
  ])('%s', (text) => {
    expect(acquired(LEAD + text).filter((p) => p.startsWith('Voyalis Escales'))).toEqual([]);
  });

  it("a company's own banner still names its owner", () => {
    expect(acquired("L'agence Escales Mondes passe sous la bannière du groupe Voyalis.")).toEqual([
      'Voyalis -> Escales Mondes',
    ]);
  });
});
