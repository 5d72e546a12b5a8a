import { facts, run } from './helpers';

/**
 * Day eighteen (comp): a setting between a verb of rivalry and its "with" ("competes in the south with A", "rivalise
 * en Europe avec A"), and the rivals' products as the object ("competes with drones from A", "affronte les logiciels
 * de A"): the makers are the rivals. A "with" not followed by the name ("with support from A") names no rival.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a setting between the verb of rivalry and its "with"', () => {
  it.each([
    'Kestrel competes in the south with Parrot and Delair.',
    'Kestrel competes in Europe with Parrot and Delair.',
    'Kestrel has competed across Europe with Parrot and Delair since 2019.',
    'Kestrel competes on price with Parrot and Delair.',
    'Kestrel is vying in Germany with Parrot and Delair for police orders.',
    'Kestrel rivalise en Europe avec Parrot et Delair.',
    'Kestrel rivalise sur les prix avec Parrot et Delair.',
    'Kestrel, fondée en 2019 par Anna Berg, rivalise dans les hôpitaux avec Parrot et Delair.',
  ])('%s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(true);
    expect(has(text, 'Kestrel', 'Delair')).toBe(true);
  });

  it.each([
    'Kestrel competes in the south with support from Parrot.',
    'Kestrel competes in tenders with help from Parrot.',
    'Kestrel sells drones in Europe with Parrot and Delair as partners.',
    'Kestrel rivalise en Europe grâce à Parrot.',
  ])('a helper or a partner is no rival: %s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(false);
  });
});

describe("the rivals' products as the object of the rivalry", () => {
  it.each([
    'Kestrel competes with drones from Parrot and Delair in police tenders.',
    "Kestrel's drones compete with models from Parrot and Delair.",
    'Kestrel competes directly with similar systems made by Parrot and Delair.',
    'Kestrel affronte les drones de Parrot et de Delair dans les appels d’offres.',
    'Kestrel concurrence les produits de Parrot et de Delair.',
  ])('%s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(true);
    expect(has(text, 'Kestrel', 'Delair')).toBe(true);
  });

  it.each([
    'Kestrel buys drones from Parrot and Delair.',
    'Kestrel distribue les drones de Parrot et de Delair en Espagne.',
    'Kestrel does not compete with drones from Parrot.',
  ])('a buyer, a distributor or a denial is no rival: %s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(false);
  });
});
