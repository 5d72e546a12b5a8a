/**
 * Day twenty-four, French press: four readers of how French trade press writes, each checked on sentences written
 * for these tests (no gold file holds them).
 * - demonym-complement.ts: "l'ardéchois Moulinage de la Cance" keeps its "de" complement after an origin adjective.
 * - rival-object-lists.ts: a rivals' list goes on past the contracted "au"/"aux" ("à A et au danois B").
 * - participle-apposition.ts: a participial incise ("X, connu pour …, va …") keeps X the clause's subject.
 * - fr/stake-raise.ts: "porte de 30 % à 55 % sa participation dans Y", "monte au capital de Y", "passé de 12 % à
 *   24 % du capital de Y" are control (ACQUIRED) or a minority holding (FUNDED) by the figure the holding ends at.
 */
import { run, typedPair } from './helpers';

function entityNames(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

function factsOf(text: string): string[] {
  return run(text).relations.map(typedPair);
}

describe('an origin adjective before a name keeps its "de" complement in the name', () => {
  it.each([
    [
      "Le groupe Dumoulin a racheté l'ardéchois Moulinage de la Cance, un spécialiste du fil technique.",
      'Moulinage de la Cance',
    ],
    [
      'Sur les conserves de poisson, la société Marinor affronte le vendéen Conserverie des Sables et le breton Kerlann.',
      'Conserverie des Sables',
    ],
    ['Le groupe Vernier a racheté le lorrain Tôlerie de la Meurthe pour 4 M€.', 'Tôlerie de la Meurthe'],
  ])('%s', (text, name) => {
    expect(entityNames(text)).toContain(name);
  });

  it('links the whole name, not the common noun alone', () => {
    const facts = factsOf(
      "Le groupe Dumoulin a racheté l'ardéchois Moulinage de la Cance, un spécialiste du fil technique.",
    );
    expect(facts).toContain('ACQUIRED Dumoulin -> Moulinage de la Cance');
    expect(facts).not.toContain('ACQUIRED Dumoulin -> Moulinage');
  });

  it('reads no origin in an adjective of time with the same ending ("l\'ancien Moulin de la Sorgue")', () => {
    const names = entityNames("Le groupe a racheté l'ancien Moulin de la Sorgue, selon la mairie.");
    expect(names).not.toContain('Moulin de la Sorgue');
  });
});

describe('a list of rivals goes on past the contracted "au" / "aux"', () => {
  it('reads "se mesure à A et au danois B"', () => {
    const facts = factsOf(
      "La société Ecovia se mesure sur ce segment à Hydrone et au danois Aquaflux, deux spécialistes du traitement de l'eau.",
    );
    expect(facts).toEqual(
      expect.arrayContaining(['COMPETES_WITH Aquaflux -> Ecovia', 'COMPETES_WITH Ecovia -> Hydrone']),
    );
  });

  it('reads the English "competes with A and with Danish rival B" as before', () => {
    const facts = factsOf(
      'Brightline competes with Orvane and with Danish rival Aquaflux in water treatment.',
    );
    expect(facts).toContain('COMPETES_WITH Aquaflux -> Brightline');
  });
});

describe('a participial incise keeps the name before it the subject of the clause', () => {
  it('steps over "connu pour …" to the verb', () => {
    const facts = factsOf(
      'Le groupe Valtern, connu pour ses radiateurs et ses chaudières de collectivités, va porter à 60 % sa participation dans la société Calorix.',
    );
    expect(facts).toContain('ACQUIRED Valtern -> Calorix');
  });

  it('steps over "dirigé depuis 2019 par P"', () => {
    const facts = factsOf(
      'Le fonds Solvéa Capital, dirigé depuis 2019 par Marc Aubert, avait déjà soutenu la start-up Ondilys en 2022.',
    );
    expect(facts).toContain('FUNDED Solvéa Capital -> Ondilys');
  });

  it('does not step over an aside that tells a change of owner, which is a deal of its own', () => {
    const facts = factsOf(
      'Domaine Vernaz, passé en 2020 sous le contrôle du fonds Alpina Capital, a racheté le négociant Caves Morin.',
    );
    expect(facts).toContain('ACQUIRED Alpina Capital -> Domaine Vernaz');
  });

  it('reads the English "X, based in …, bought Y" as before', () => {
    expect(factsOf('Lumeris, based in Besançon since 1990, bought watchmaker Tempora.')).toContain(
      'ACQUIRED Lumeris -> Tempora',
    );
  });
});

describe('a raised holding is control or a minority stake by the figure it ends at', () => {
  it.each([
    [
      'Le groupe Rovial a porté de 30 % à 55 % sa participation dans la société Tissages Morel.',
      'ACQUIRED Rovial -> Tissages Morel',
    ],
    [
      'Le fonds Arvern Capital porte sa participation de 8 % à 21 % dans la start-up Nivéo.',
      'FUNDED Arvern Capital -> Nivéo',
    ],
    ['Le groupe Delmas est monté à 70 % au capital de la société Ferlane.', 'ACQUIRED Delmas -> Ferlane'],
    [
      'Le fonds Arvern Capital est monté au capital de la start-up Nivéo en 2023.',
      'FUNDED Arvern Capital -> Nivéo',
    ],
    [
      'Le fonds Ouestia, passé de 12 % à 24 % du capital de la société Brévia, siège désormais au conseil.',
      'FUNDED Ouestia -> Brévia',
    ],
  ])('%s', (text, fact) => {
    expect(factsOf(text)).toContain(fact);
  });

  it('gives no ACQUIRED for a minority holding nor FUNDED for control', () => {
    expect(
      factsOf('Le fonds Arvern Capital porte sa participation de 8 % à 21 % dans la start-up Nivéo.'),
    ).not.toContain('ACQUIRED Arvern Capital -> Nivéo');
    expect(
      factsOf('Le groupe Rovial a porté de 30 % à 55 % sa participation dans la société Tissages Morel.'),
    ).not.toContain('FUNDED Rovial -> Tissages Morel');
  });

  it('reads nothing from a raise of sales, nor from the noun "la montée au capital de X" (X is the investor)', () => {
    expect(
      factsOf('Le groupe Rovial a porté ses ventes de 30 % à 55 % dans la société Tissages Morel.'),
    ).toEqual([]);
    const facts = factsOf(
      "L'opération marque la montée au capital du fonds Arvern Capital dans la start-up Nivéo.",
    );
    expect(facts.filter((f) => f.endsWith('-> Arvern Capital'))).toEqual([]);
  });
});
