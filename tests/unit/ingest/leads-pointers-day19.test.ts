/**
 * Day nineteen, founders and leaders: which company a pointer in a head's title stands for.
 * - "du"/"au" keep their preposition apart from the pointer they open (entity-unit.ts `pushPointer`), so
 *   "P, président du groupe" reads as "P, président de X" does;
 * - a group noun stands for no investment firm (anaphora-group-size.ts `groupNotFund`, state.funds);
 * - a trade descriptor completing a head's title is the article's company (anaphora-title-complement.ts).
 * Sentences written for these tests.
 */
import { madePairs } from './helpers';

const leads = (text: string): string[] => madePairs(text, '2026-10-13', 'LEADS');
const founded = (text: string): string[] => madePairs(text, '2026-10-13', 'FOUNDED');
const acquired = (text: string): string[] => madePairs(text, '2026-10-13', 'ACQUIRED');

describe('a head titled of "du groupe" heads the article company', () => {
  it.each([
    [
      "Les Salaisons Morvan ouvrent une usine. « C'est un grand jour », se félicite Paul Morvan, président-directeur général du groupe.",
      'Paul Morvan -> Salaisons Morvan',
    ],
    [
      'Les Salaisons Morvan ouvrent une usine. Claire Dumas a été nommée présidente du directoire du groupe.',
      'Claire Dumas -> Salaisons Morvan',
    ],
    [
      'Halden Foods opened a plant. "It is a big day," said Paul Hart, chief executive of the group.',
      'Paul Hart -> Halden Foods',
    ],
  ])('%s', (text, pair) => {
    expect(leads(text)).toEqual([pair]);
  });

  it.each([
    "Les Salaisons Morvan ouvrent une usine. « C'est un grand jour », se félicite Paul Morvan, directeur financier du groupe.",
    "Les Salaisons Morvan ouvrent une usine. « C'est un grand jour », se félicite Paul Morvan, ancien patron du groupe.",
    'Halden Foods opened a plant. "It is a big day," said Paul Hart, finance director of the group.',
  ])('no head: %s', (text) => {
    expect(leads(text)).toEqual([]);
  });

  it('a fund\'s managing partner is no head of it ("associé gérant du fonds")', () => {
    const text =
      'Le fonds Elbrus Partners entre au capital de Salarya. « Salarya coche toutes les cases », souligne Jonathan Pryce, associé gérant du fonds.';
    expect(leads(text)).toEqual([]);
  });
});

describe('a group noun stands for no investment firm', () => {
  it('"pris le contrôle du groupe" after a fund opened the sentence is the company the article is about', () => {
    const text =
      "Le fonds d'investissement parisien Montjoie Partners va prendre une participation majoritaire dans Verdalys, le réseau de campings. Le fonds rachète la part détenue depuis 2020 par Garonne Capital, qui avait pris le contrôle du groupe lors d'un premier LBO.";
    const pairs = acquired(text);
    expect(pairs).toContain('Garonne Capital -> Verdalys');
    expect(pairs).not.toContain('Garonne Capital -> Montjoie Partners');
  });

  it('"président du groupe familial" after a sale to a fund heads the group, not the fund', () => {
    const text =
      "Le groupe Lesueur reprend l'enseigne Maison Ferrand. Créée en 1987, Maison Ferrand avait été cédée en 2018 au fonds Greystone Equity. « C'est une belle marque », estime Marc Lesueur, président du groupe familial.";
    expect(leads(text)).toEqual(['Marc Lesueur -> Lesueur']);
  });

  it('"the group\'s co-founder" after a fund bought the group founded the group', () => {
    const text =
      "Kestrel Equity has bought Halden Foods, a Leeds maker of pies. Halden Foods was bought from its owners. Margaret Hale, the group's co-founder, remains a non-executive director.";
    expect(founded(text)).toEqual(['Margaret Hale -> Halden Foods']);
  });

  it('"le fonds" still stands for the fund', () => {
    const text =
      "Le fonds Montjoie Partners a racheté Verdalys, le réseau de campings. Le fonds a aussi pris le contrôle de Campings du Levant l'an dernier.";
    expect(acquired(text)).toContain('Montjoie Partners -> Campings du Levant');
  });
});

describe("a trade descriptor completing a head's title is the article's company", () => {
  it.each([
    'Les Fromageries Vuillemin tournent la page. Claire Martin a été nommée lundi présidente du directoire du fromager jurassien.',
    'Les Fromageries Vuillemin tournent la page. Claire Martin, directrice générale du fromager jurassien, a présenté ses résultats.',
  ])('%s', (text) => {
    expect(leads(text)).toEqual(['Claire Martin -> Fromageries Vuillemin']);
  });

  it.each([
    // a finance post and a former post are no head's
    'Les Fromageries Vuillemin tournent la page. Paul Martin, directeur financier du fromager jurassien, a présenté ses résultats.',
    'Les Fromageries Vuillemin tournent la page. Paul Martin, ancien patron du fromager jurassien, a présenté ses résultats.',
    // no title before the descriptor: a party named in passing, not read
    'Les Fromageries Vuillemin tournent la page. Paul Martin a visité les caves du fromager jurassien.',
  ])('no head: %s', (text) => {
    expect(leads(text)).toEqual([]);
  });
});
