/**
 * Day twenty-six: a buyer's history told as a count, then its members, each with its own date where the press puts
 * it: "a mis la main sur deux fabricants, le nantais A en 2017 puis le vendéen B deux ans plus tard", "has bought
 * four companies since 2022, among them A in 2023 and, a year later, B", "le rachat de deux fabricants, A et B",
 * "a string of smaller firms, including A and B". The bare count announces the names, so it is no pointer at a
 * pair named before (counted-names-follow.ts); a price told "combined"/"cumulé" belongs to no single member
 * (deal-money.ts). Near misses: a member with a verb of its own, a count of goods bought from suppliers, a pair
 * pointer with its determiner, a single deal's price. Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

function amountOf(text: string, target: string): number | null | undefined {
  return relationsOf(text).find((r) => r.type === 'ACQUIRED' && typedPair(r).endsWith(`-> ${target}`))
    ?.amount;
}

describe('each member of a counted list is bought, past its own time phrase', () => {
  it.each([
    [
      'Le groupe Marvaux a mis la main sur deux fabricants, le lyonnais Cuisines Roval en 2018 puis le breton Meubles Kerlan trois ans plus tard.',
      ['ACQUIRED Marvaux -> Cuisines Roval', 'ACQUIRED Marvaux -> Meubles Kerlan'],
    ],
    [
      "Le groupe Ducastel a racheté deux distributeurs, le lillois Nordiso en 2020 et, l'an dernier, le belge Vanmeer Distributie.",
      ['ACQUIRED Ducastel -> Nordiso', 'ACQUIRED Ducastel -> Vanmeer Distributie'],
    ],
    [
      'Le groupe Ferlac a finalisé le rachat de trois imprimeurs, le rennais Imprimerie Gallo, le nantais Atlantic Print et le vendéen Offset Bocage.',
      [
        'ACQUIRED Ferlac -> Imprimerie Gallo',
        'ACQUIRED Ferlac -> Atlantic Print',
        'ACQUIRED Ferlac -> Offset Bocage',
      ],
    ],
    [
      'Calloway Group has bought a series of smaller rivals, including Ohio valve maker Brentor Valves and Danish pump specialist Skovlund Pumper.',
      ['ACQUIRED Calloway Group -> Brentor Valves', 'ACQUIRED Calloway Group -> Skovlund Pumper'],
    ],
    [
      'Redfern Holdings has acquired two distributors since 2021, Irish wholesaler Corrib Supply in 2022 and, a year later, Welsh haulier Dyfed Freight.',
      ['ACQUIRED Redfern Holdings -> Corrib Supply', 'ACQUIRED Redfern Holdings -> Dyfed Freight'],
    ],
    [
      'Tessaly Corp completed the purchase of two software firms, Norwegian developer Fjordsoft and Finnish developer Lakeware, in March.',
      ['ACQUIRED Tessaly Corp -> Fjordsoft', 'ACQUIRED Tessaly Corp -> Lakeware'],
    ],
  ])('%s', (text, wanted) => {
    expect(acquired(text)).toEqual(expect.arrayContaining(wanted));
  });
});

describe('near misses: no member, no purchase', () => {
  it.each([
    [
      "Le groupe Marvaux a racheté deux fabricants, le lyonnais Cuisines Roval en 2018 puis, l'an dernier, Meubles Kerlan a ouvert une usine à Brest.",
      'ACQUIRED Marvaux -> Meubles Kerlan',
    ],
    [
      'Calloway Group has bought two smaller rivals, Ohio valve maker Brentor Valves in 2021, then a year later Skovlund Pumper sold its plant.',
      'ACQUIRED Calloway Group -> Skovlund Pumper',
    ],
    [
      'Calloway Group has bought a series of machines from suppliers, including Brentor Valves and Skovlund Pumper.',
      'ACQUIRED Calloway Group -> Brentor Valves',
    ],
    [
      'Calloway Group has bought a series of machines from suppliers, including Brentor Valves and Skovlund Pumper.',
      'ACQUIRED Calloway Group -> Skovlund Pumper',
    ],
  ])('%s', (text, refused) => {
    expect(acquired(text)).not.toContain(refused);
  });
});

describe('a bare count announcing names points at no pair; with its determiner it still does', () => {
  it('reads the announced names as themselves', () => {
    const [, second] = articleUnits(
      'Cuisines Roval et Meubles Kerlan ont annoncé leur fusion. Le groupe Marvaux a racheté deux fabricants, le lyonnais Atelier Dorval et le breton Bois Kerlan.',
    );
    expect(second).toContain('deux fabricants , le lyonnais [Atelier Dorval]');
  });
  it('keeps "les deux fabricants" a pointer at the pair', () => {
    const [, second] = articleUnits(
      "Cuisines Roval et Meubles Kerlan ont annoncé leur fusion. Les deux fabricants visent l'export.",
    );
    expect(second).toMatch(/^\[\*(Cuisines Roval\+Meubles Kerlan|Meubles Kerlan\+Cuisines Roval)\]/);
  });
});

describe('a price summed over several purchases is no single deal’s price', () => {
  it.each([
    [
      "Le groupe Ferlac a racheté deux imprimeurs, le rennais Imprimerie Gallo et le nantais Atlantic Print, pour un montant cumulé de 30 millions d'euros.",
      'Imprimerie Gallo',
    ],
    [
      'Redfern Holdings bought Irish wholesaler Corrib Supply and Welsh haulier Dyfed Freight last year for a combined $120 million.',
      'Corrib Supply',
    ],
  ])('%s', (text, target) => {
    expect(amountOf(text, target)).toBeNull();
  });
  it('keeps the price of a single deal', () => {
    expect(
      amountOf(
        "Le groupe Ferlac a racheté le rennais Imprimerie Gallo pour 30 millions d'euros.",
        'Imprimerie Gallo',
      ),
    ).toBe(30000000);
  });
});
