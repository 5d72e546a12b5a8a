/**
 * FOUNDED told after a count of people apposed to their names, their former employer named with an article inside
 * the count ("fondée par deux anciens de l'ANSSI, A et B", "founded by two veterans of the NSA, A and B"): the
 * article is part of the description, the names after its comma are the founders. Sentences written for these
 * tests (people, day eighteen b).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

describe('founders after a count naming their former employer with an article', () => {
  it.each([
    "Quartz Labs, fondée en 2020 par deux anciens de l'ANSSI, Paul Zhang et Inès Mercier, développe des sondes.",
    "Quartz Labs a été fondée en 2020 par deux anciens de l'ANSSI, Paul Zhang et Inès Mercier.",
    'Quartz Labs, founded in 2020 by two veterans of the NSA, Paul Zhang and Ines Mercier, makes probes.',
    'Quartz Labs was founded in 2020 by two engineers of the NSA, Paul Zhang and Ines Mercier.',
  ])('%s', (text) => {
    const got = founded(text);
    expect(got.some((p) => p.startsWith('Paul Zhang -> Quartz Labs'))).toBe(true);
    expect(got.some((p) => /^In[eè]s Mercier -> Quartz Labs/.test(p))).toBe(true);
  });

  it.each([
    // the count's people founded nothing: the names are the buyers of another company
    "Quartz Labs, rachetée en 2020 par deux anciens de l'ANSSI, Paul Zhang et Inès Mercier, développe des sondes.",
    'Quartz Labs, backed in 2020 by two veterans of the NSA, Paul Zhang and Ines Mercier, makes probes.',
  ])('none: %s', (text) => {
    expect(founded(text)).toEqual([]);
  });
});
