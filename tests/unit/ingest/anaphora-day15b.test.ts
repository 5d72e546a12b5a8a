/**
 * Day fifteen (round two), singular pointers: "it" after a fronted place phrase or a relative's preposition is the
 * clause's company ("while in Andalusia it is up against A"); "all three" / "tous les trois" stand for the list just
 * named; a size noun the article set before or after a name ("La PME orléanaise X") points at that company however
 * the paragraph turned; a portfolio listed after "invested in" does not become the article's company.
 * Variants of each class and near-misses. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const competes = (text: string) => madePairs(text, '2026-03-01', 'COMPETES_WITH');

describe('"it" after a fronted place phrase is the clause company', () => {
  it.each([
    [
      'Stayforth competes against Coastlet mainly in the Algarve, while in Andalusia it is up against Villamar.',
      'Stayforth -> Villamar',
    ],
    [
      'Stayforth competes with Coastlet in Portugal, but across Spain it faces Villamar.',
      'Stayforth -> Villamar',
    ],
    [
      'Stayforth competes with Coastlet in Portugal, while in Spain it will face Villamar.',
      'Stayforth -> Villamar',
    ],
    [
      'Stayforth competes with Coastlet in Portugal, whereas outside Lisbon it competes with Villamar.',
      'Stayforth -> Villamar',
    ],
  ])('%s', (text, expected) => {
    const pairs = competes(text);
    expect(pairs.some((p) => p === expected || p === expected.split(' -> ').reverse().join(' -> '))).toBe(
      true,
    );
    expect(pairs.some((p) => /Andalusia|Spain|Lisbon/.test(p))).toBe(false);
  });

  it('an expletive "it is expected" after the place phrase is no company', () => {
    const pairs = competes(
      'Stayforth competes with Coastlet in Portugal, while in Spain it is expected that Villamar will grow.',
    );
    expect(pairs.some((p) => p.includes('Villamar'))).toBe(false);
  });
});

describe('"all three" stands for the list just named', () => {
  const list = 'Gusterly, Payfolio and Ledgerline hold the largest shares of the segment.';
  it.each([
    [`${list} Paysmith trails all three with a share of about 6%.`],
    [`${list} Paysmith competes with all three of them.`],
    [`${list} Paysmith competes with all three companies.`],
  ])('%s', (text) => {
    const pairs = competes(text).filter((p) => p.includes('Paysmith'));
    expect(pairs).toHaveLength(3);
    expect(pairs.some((p) => p.includes('Ledgerline'))).toBe(true);
  });

  it('a noun of its own after the count counts something else', () => {
    const pairs = competes(`${list} Paysmith operates in all three markets.`);
    expect(pairs.some((p) => p.includes('Paysmith'))).toBe(false);
  });
});

describe('a size noun set before a name points at that company', () => {
  const opening = "La PME lyonnaise Fontis lève 5 millions d'euros auprès de Kima.";
  it.each([
    [
      `${opening}\n\nParmi ses clients figurent Bonduelle et Even. Sur ce marché, où la PME affronte Roquette, la demande croît.`,
    ],
    [`${opening}\n\nParmi ses clients figurent Bonduelle et Even. La PME affronte Roquette sur ce marché.`],
    [
      `Fontis, une PME lyonnaise, lève 5 millions d'euros.\n\nSes clients sont Bonduelle et Even. Sur ce marché, la PME affronte Roquette.`,
    ],
  ])('%s', (text) => {
    const pairs = competes(text);
    expect(pairs).toContain('Fontis -> Roquette');
    expect(pairs.some((p) => p.includes('Bonduelle'))).toBe(false);
  });

  it('a company named in the sentence is not the size noun it approaches', () => {
    const text = `${opening}\n\nSelon nos informations, le néerlandais Vivera aurait approché la PME pour la racheter.`;
    const acquired = madePairs(text, '2026-03-01', 'ACQUIRED');
    expect(acquired.some((p) => p === 'Vivera -> Vivera')).toBe(false);
  });
});

describe('a portfolio listed after "invested in" does not take the topic', () => {
  it.each([
    [
      "Le fonds Definvest prend 20 % d'Aéromécanique Dufresne.\n\nDefinvest a déjà investi dans Cybelis, Fusyo et Opsidium. De son côté, le concurrent Mécanique Aéro Loire aurait été approché par Arcline.",
    ],
    [
      "Le fonds Definvest prend 20 % d'Aéromécanique Dufresne.\n\nDefinvest a déjà investi dans Cybelis et Fusyo. De son côté, le concurrent Mécanique Aéro Loire a levé des fonds.",
    ],
  ])('%s', (text) => {
    const pairs = competes(text);
    expect(pairs.some((p) => p.includes('Cybelis'))).toBe(false);
  });
});

describe('a topic sentence ("Chez X, …") in a paragraph of its own hands its company to the next pointers', () => {
  const opening =
    "Le groupe breton Galdor a annoncé l'acquisition des Salaisons Merlevent, un charcutier auvergnat.";
  const rival = 'Son concurrent Fleury Michon avait aussi étudié le dossier.';
  it.each([
    [
      `${opening}\n\nChez Merlevent, on respire.\n\nL'entreprise cherchait un adossement depuis des mois.\n\n${rival}`,
    ],
    [
      `${opening}\n\nChez Merlevent, on respire.\n\nElle cherchait un adossement depuis des mois.\n\n${rival}`,
    ],
    [
      `${opening}\n\nChez Merlevent, on respire.\n\nLa PME, qui avait perdu un contrat, cherchait un adossement.\n\n${rival}`,
    ],
  ])('%s', (text) => {
    const pairs = competes(text);
    expect(pairs).toContain('Fleury Michon -> Salaisons Merlevent');
    expect(pairs.some((p) => p.includes('Galdor'))).toBe(false);
  });

  it('a topic sentence naming another company as subject hands nothing over', () => {
    const text = `${opening}\n\nChez Merlevent, Galdor va investir 5 millions d'euros.\n\nL'entreprise cherchait un adossement.\n\n${rival}`;
    expect(competes(text)).not.toContain('Fleury Michon -> Salaisons Merlevent');
  });
});
