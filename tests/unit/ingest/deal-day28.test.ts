/**
 * Day twenty-eight (deals): a unit of the buyer fronted as its means ("Through its German subsidiary Z, the group
 * acquired Y", "Par l'intermédiaire de sa filiale Z, l'éditeur a racheté Y", "Via sa filiale espagnole Z, le groupe
 * a repris Y") is no subject: the pointer after the comma is the parent, and the unit buys too; "the cooperative"
 * points back like "la coopérative"; a price told in another sentence about another purchase ("Separately, C sold D
 * to E for 35 million euros") is not lent to a deal whose own sentence gives none, while a pointer's sentence ("Ce
 * dernier a acquis 80 % … pour 35 M€") still is; a price after a second buying verb joined by "and (then)" / "et"
 * is the second purchase's; a history told as one passive with two participles ("Y was founded in 1994 by P and sold to
 * X in 2008", "Y a été fondée par P et rachetée par X") gives X the purchase. Near misses with each. Sentences
 * written for these tests.
 */
import { run, typedPair } from './helpers';
import type { ExtractedRelation } from '../../../ingest/types';

const PUBLISHED = '2026-11-20';

function acquired(text: string): ExtractedRelation[] {
  return run(text, PUBLISHED).relations.filter((r) => r.type === 'ACQUIRED');
}

function pairs(text: string): string[] {
  return acquired(text).map(typedPair);
}

function amountOf(text: string, target: string): number | null | undefined {
  return acquired(text).find((r) => r.target === target)?.amount;
}

describe('a unit fronted as the means of the purchase: the parent after the comma buys, and so does the unit', () => {
  it.each([
    [
      'Brenholt Industries makes valves in Ohio. Through its German subsidiary Brenholt Armaturen GmbH, the group acquired Stuttgart pump maker Kessel Pumpen in May.',
      'Brenholt Industries',
      'Brenholt Armaturen GmbH',
      'Kessel Pumpen',
    ],
    [
      "Le groupe Maravel Logiciels édite des logiciels de paie. Par l'intermédiaire de sa filiale Maravel RH, l'éditeur a racheté en juin le nantais Paylane.",
      'Maravel Logiciels',
      'Maravel RH',
      'Paylane',
    ],
    [
      'Le groupe Savinel fabrique des emballages. Via sa filiale espagnole Cartonajes Levante, le groupe a repris le cartonnier Cartonajes Ruiz.',
      'Savinel',
      'Cartonajes Levante',
      'Cartonajes Ruiz',
    ],
  ])('%s', (text, parent, unit, target) => {
    const found = pairs(text);
    expect(found).toContain(`ACQUIRED ${parent} -> ${target}`);
    expect(found).toContain(`ACQUIRED ${unit} -> ${target}`);
  });

  it('talks through the unit stay talks for both', () => {
    const text =
      'Brenholt Industries makes valves in Ohio. Through its German subsidiary Brenholt Armaturen GmbH, the group is in talks to acquire Kessel Pumpen.';
    const found = acquired(text);
    expect(found.map((r) => r.source).sort()).toEqual(['Brenholt Armaturen GmbH', 'Brenholt Industries']);
    expect(found.every((r) => r.status === 'rumoured')).toBe(true);
  });

  it('a unit fronted as the means of a sale of goods buys nothing', () => {
    const text =
      'Le groupe Savinel fabrique des emballages. Par l’intermédiaire de sa filiale Savinel Iberia, le groupe vend ses cartons au distributeur Mercamas.';
    expect(pairs(text)).toEqual([]);
  });

  it('"through its acquisition of Y" fronts the target, not a unit', () => {
    const text =
      'Brenholt Industries makes valves in Ohio. Through its acquisition of Kessel Pumpen, the group entered the German market.';
    expect(acquired(text).map((r) => r.source)).not.toContain('Kessel Pumpen');
  });
});

describe('"the cooperative" points back at the cooperative named before', () => {
  it('a purchase told of "the cooperative" is the named cooperative’s', () => {
    const text =
      'Lakeshore Farmers Cooperative has 900 members in Minnesota. The cooperative bought cheese maker Alder Creek Creamery in 2024.';
    expect(pairs(text)).toEqual(['ACQUIRED Lakeshore Farmers Cooperative -> Alder Creek Creamery']);
  });

  it('the cooperative that is bought is no buyer', () => {
    const text =
      'Lakeshore Farmers Cooperative has 900 members in Minnesota. Alder Creek Creamery bought the cooperative in 2024.';
    expect(pairs(text)).not.toContain('ACQUIRED Lakeshore Farmers Cooperative -> Alder Creek Creamery');
  });
});

describe('a price told with another purchase in another sentence is not lent', () => {
  it.each([
    [
      'Halden Mills makes flour. In July, Halden Mills bought the bakery Ostrava Bread.\n\nSeparately, Corvin Foods sold its snacks unit Crispo to Tallow Capital for 35 million euros.',
      'Ostrava Bread',
    ],
    [
      "Le groupe Halden fabrique de la farine. En juillet, Halden a racheté la boulangerie Pains Ostrava.\n\nDe son côté, Corvin a cédé sa filiale Crispo au fonds Tallow Capital pour 35 millions d'euros.",
      'Pains Ostrava',
    ],
  ])('%s', (text, target) => {
    expect(amountOf(text, target)).toBeNull();
    expect(amountOf(text, 'Crispo')).toBe(35_000_000);
  });

  it('a sentence opening on a pointer still tells the deal’s price', () => {
    const text =
      "Le groupe Halden fabrique de la farine. En juillet, Halden a racheté la boulangerie Pains Ostrava.\n\nCe dernier a acquis 80 % du capital auprès de la famille Morel pour 35 millions d'euros.";
    expect(amountOf(text, 'Pains Ostrava')).toBe(35_000_000);
  });

  it('a sentence naming the deal’s own party still tells its price', () => {
    const text =
      'Garnier Foods agreed to buy bakery Maison Leroux. Garnier Foods will pay 35 million euros in cash for Maison Leroux, it said.';
    expect(amountOf(text, 'Maison Leroux')).toBe(35_000_000);
  });
});

describe('a price after a second buying verb is the second purchase’s', () => {
  it.each([
    [
      'Halden Mills makes flour. Halden Mills bought the bakery Ostrava Bread in 2023 and then acquired Crispo Snacks for $27 million last year.',
      'Ostrava Bread',
      'Crispo Snacks',
      27_000_000,
    ],
    [
      "Le groupe Halden fabrique de la farine. Halden a racheté en 2021 la boulangerie Pains Ostrava et repris en 2024 le biscuitier Crispo pour 12 millions d'euros.",
      'Pains Ostrava',
      'Crispo',
      12_000_000,
    ],
  ])('%s', (text, first, second, price) => {
    expect(amountOf(text, first)).toBeNull();
    expect(amountOf(text, second)).toBe(price);
  });

  it('two targets of one verb share the price told after them', () => {
    const text =
      'Halden Mills makes flour. Halden Mills bought the bakeries Ostrava Bread and Crispo Snacks for $27 million last year.';
    expect(amountOf(text, 'Ostrava Bread')).toBe(27_000_000);
  });
});

describe('a company founded, then sold: two participles sharing the subject', () => {
  it.each([
    [
      'Kellan Foods Inc makes snacks. Sunvale was founded in 1994 by farmer Ellen Sorensen and sold to Kellan in 2008.',
      'ACQUIRED Kellan Foods Inc -> Sunvale',
    ],
    [
      'Kellan Foods Inc makes snacks. Sunvale was founded in 1994 by farmer Ellen Sorensen and later acquired by Kellan Foods in 2008.',
      'ACQUIRED Kellan Foods Inc -> Sunvale',
    ],
    [
      'Kellan Foods fabrique des biscuits. Sunvale a été fondée en 1994 par Ellen Sorensen et rachetée par Kellan Foods en 2008.',
      'ACQUIRED Kellan Foods -> Sunvale',
    ],
    [
      'Kellan Foods fabrique des biscuits. Sunvale a été fondée en 1994 par Ellen Sorensen et cédée en 2008 au groupe Kellan Foods.',
      'ACQUIRED Kellan Foods -> Sunvale',
    ],
  ])('%s', (text, wanted) => {
    expect(pairs(text)).toContain(wanted);
    expect(
      run(text, PUBLISHED).relations.some((r) => r.type === 'FOUNDED' && r.source === 'Ellen Sorensen'),
    ).toBe(true);
  });

  it('goods sold after the founding make no purchase', () => {
    const text =
      'Kellan Foods Inc makes snacks. Sunvale was founded in 1994 by farmer Ellen Sorensen and sold its first yogurt to Kellan in 2008.';
    expect(pairs(text)).toEqual([]);
  });

  it('a backer after the founding is no buyer', () => {
    const text =
      'Kellan Foods Inc makes snacks. Sunvale was founded in 1994 by farmer Ellen Sorensen and is backed by Kellan.';
    expect(pairs(text)).toEqual([]);
  });
});
