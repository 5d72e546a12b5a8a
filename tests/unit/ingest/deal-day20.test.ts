/**
 * Deal, day twenty. Sentences written for these tests (dev-gold-18 fr-583, dev-gold-20 fr-634, en-638 and
 * dev-gold-7 fr-342 show the shapes).
 * - deal-possessed-place.ts: a site named by its town after a possessive ("son usine de Quimperlé", "its Bramford
 *   plant") is a business of the possessive's owner, never a company of its own.
 * - frames/acquired-possessive-noun.ts: a possessive deal noun after the company it points at ("until its sale to
 *   B", "après son rachat par B") makes that company the one bought.
 * - anaphora-possessed-business.ts: an unnamed business as the subject of its own passive change of owner ("sa
 *   branche … était passée sous le contrôle de B", "its 300 sites were bought by B") stands for its company.
 * - deal-stake-phrases.ts (ownershipResult), fr.acquired.stake-sold-to: a stake sold whose buyer ends up owning the
 *   whole company is a takeover; a French stake sold with its company after "dans" is read at all.
 */
import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-04-14';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe("a site named by its town after a possessive is its owner's business", () => {
  it.each([
    [
      'Le groupe Ker Avel a vendu en janvier son usine de Quimperlé à la coopérative Triskel Coop.',
      'Triskel Coop -> Ker Avel',
    ],
    [
      'Le groupe Ker Avel a cédé son site de Vitré à la coopérative Triskel Coop.',
      'Triskel Coop -> Ker Avel',
    ],
    [
      'Le cartonnier Groupe Berthelot a signé mardi la cession de son site de Vitré au néerlandais Vandeput Packaging.',
      'Vandeput Packaging -> Groupe Berthelot',
    ],
    [
      'Kestrel Group sold its Bramford printing plant to Pressfield Print in 2024.',
      'Pressfield Print -> Kestrel Group',
    ],
    [
      'Kestrel Group completed the sale of its Bramford site to Pressfield Print.',
      'Pressfield Print -> Kestrel Group',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toEqual([deal]);
  });

  it.each([
    // no possessive: the name after "l'usine de" is the owner, bought as such
    ["Le groupe Ker Avel a racheté l'usine de Nexlor.", 'Ker Avel -> Nexlor'],
    // a named unit is a company of its own, whatever the possessive
    ['Kestrel Group sold its Purina unit to Pressfield Print in 2024.', 'Pressfield Print -> Purina'],
  ])('near miss: %s', (text, deal) => {
    expect(made(text)).toEqual([deal]);
  });
});

describe('a possessive deal noun points back at the company bought', () => {
  it.each([
    [
      'She was briefly chief executive of Glenbrae Foods, a Scottish oatcake maker, until its sale to Highland Bakehouse in 2019.',
      'Highland Bakehouse -> Glenbrae Foods',
    ],
    [
      'Glenbrae Foods has doubled in size since its takeover by Highland Bakehouse in 2019.',
      'Highland Bakehouse -> Glenbrae Foods',
    ],
    ['Vensolis a été rebaptisé en 2023 après son rachat par le fonds Eurazeo.', 'Eurazeo -> Vensolis'],
    ["Elle a dirigé Vensolis jusqu'à sa cession au groupe Eurazeo en 2023.", 'Eurazeo -> Vensolis'],
    // an apposed former name describes the company the article goes on naming
    [
      "Le spécialiste girondin Vensolis équipe des toitures. Ce dernier, l'ex-Aquitaine Photovoltaïque, a été rebaptisé après son rachat par le fonds Eurazeo.",
      'Eurazeo -> Vensolis',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toEqual([deal]);
  });

  it.each([
    // a failed sale is no deal
    'Glenbrae Foods walked away last year from its failed sale to Highland Bakehouse.',
    "Vensolis n'a jamais digéré son échec face au fonds Eurazeo.",
    // a person named last before the possessive: no company is pointed at
    'Anna Berg said its sale to Highland Bakehouse would close in June.',
  ])('near miss: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it("a sale of something named sells that thing, not the possessive's company", () => {
    expect(
      made('Glenbrae Foods said its sale of Ardmore Mills to Highland Bakehouse was complete.'),
    ).not.toContain('Highland Bakehouse -> Glenbrae Foods');
  });
});

describe('an unnamed business changing hands stands for its company', () => {
  it.each([
    [
      "Dufresne a publié ses résultats. En 2023, sa branche d'entreposage était passée sous le contrôle de la foncière Argos Logistique.",
      'Argos Logistique -> Dufresne',
    ],
    [
      "Le cartonnier Groupe Berthelot poursuit le recentrage engagé en 2024, lorsque sa branche d'emballages plastiques était passée sous le contrôle du fonds Saône Investissement.",
      'Saône Investissement -> Groupe Berthelot',
    ],
    [
      'Brexley Corp makes pumps. Its valves unit was sold to Keller & Sohn in January.',
      'Keller & Sohn -> Brexley Corp',
    ],
    [
      'Fastcharge UK ran out of cash in January, and its 300 sites were bought by ChargeHub in February.',
      'ChargeHub -> Fastcharge UK',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toEqual([deal]);
  });

  it.each([
    // the unit buys: its parent is no party
    ['Brexley Corp makes pumps. Its valves unit bought Keller & Sohn in January.', []],
    // a named unit is a company of its own
    [
      'Brexley Corp makes pumps. Its valves unit, Corvane Valves, was sold to Keller & Sohn in January.',
      ['Keller & Sohn -> Corvane Valves'],
    ],
  ])('near miss: %s', (text, deals) => {
    expect(made(text)).toEqual(deals);
  });
});

describe('a stake sold: a takeover when the buyer ends up owning it all', () => {
  it.each([
    [
      'Harwell said it had agreed to sell its 40% stake in ClaimHub to its partner Westbury Mutual, making the insurer the sole owner.',
      ['ACQUIRED Westbury Mutual -> ClaimHub'],
    ],
    [
      'Dorrance sold its 49% stake in Meilan Coatings to its partner Huaxin Chemical, which now owns all of the business.',
      ['ACQUIRED Huaxin Chemical -> Meilan Coatings'],
    ],
    [
      'Hofstetter a annoncé la vente de sa participation de 35 % dans le chocolatier belge Cortenberg à son coactionnaire Delvaux Invest, qui en détiendra désormais la totalité.',
      ['ACQUIRED Delvaux Invest -> Cortenberg'],
    ],
    [
      'Hofstetter a cédé sa participation de 65 % dans Cortenberg à Delvaux Invest.',
      ['ACQUIRED Delvaux Invest -> Cortenberg'],
    ],
  ])('%s', (text, deals) => {
    expect(typedDealPairs(text, PUBLISHED)).toEqual(deals);
  });

  it.each([
    // a minority share with no word of the buyer owning it all stays an investment
    [
      'Dorrance sold its 49% stake in Meilan Coatings to its partner Huaxin Chemical.',
      ['FUNDED Huaxin Chemical -> Meilan Coatings'],
    ],
    [
      'Hofstetter a cédé sa participation de 35 % dans Cortenberg à Delvaux Invest.',
      ['FUNDED Delvaux Invest -> Cortenberg'],
    ],
    // a sole owner described, not made by the deal
    [
      'Dorrance, whose sole shareholder is the state, sold its 49% stake in Meilan Coatings to Huaxin Chemical.',
      ['FUNDED Huaxin Chemical -> Meilan Coatings'],
    ],
  ])('near miss: %s', (text, deals) => {
    expect(typedDealPairs(text, PUBLISHED)).toEqual(deals);
  });
});
