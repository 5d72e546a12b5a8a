/**
 * Day twenty-eight, precision (third round): towns after a building noun and its complement, and a three-word known
 * place before a trade descriptor.
 * - "une usine d'assemblage à Beaucouzé", "une plateforme de 12 000 mètres carrés à Corbas", "a plant for cathode
 *   materials in Tarbes": the town is where the building stands (entities/facility-complement-place.ts); a building
 *   handed to someone ("a cédé son usine de pneus à X") and a credit line ("une ligne de crédit à X") keep the party;
 * - "buy Salt Lake City drone maker X": a known place of three words is a modifier, not the company
 *   (entities/place-modifier-descriptor.ts).
 * - "une ETI familiale de Tarare", "la PME de Château-Gontier", "ses 140 salariés de Cognac": a small firm's or the
 *   firm's own staff's "de <town>" (entities/place-slots.ts);
 * - "dans laquelle Qerlys investira 12 M€", "in which Voltrane will invest": a backer after a relative and its
 *   preposition funds no company the discourse holds (relations/backer-into-relative.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { backerAfterIntoRelative } from '../../../ingest/relations/backer-into-relative';
import type { Unit } from '../../../ingest/relations/pattern';
import { tokenize } from '../../../ingest/tokens';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-11-29' });
}

function entity(text: string, name: string): string | undefined {
  return read(text).entities.find((e) => e.name === name)?.type;
}

function facts(text: string): string[] {
  return read(text).relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);
}

describe('a town after a building noun and its complement', () => {
  it('drops the town of "une usine d\'assemblage à Beaucouzé"', () => {
    const text = "La société Vallorem a ouvert une usine d'assemblage à Pouzauges, a indiqué son président.";
    expect(entity(text, 'Pouzauges')).toBeUndefined();
    expect(entity(text, 'Vallorem')).toBe('Organization');
  });

  it('drops the town after a surface ("une plateforme de 12 000 mètres carrés à Corbas")', () => {
    const text =
      'Le transporteur Malvaux, concurrent de Geodis, a ouvert en mars une plateforme de 12 000 mètres carrés à Meyzieu.';
    expect(entity(text, 'Meyzieu')).toBeUndefined();
    const rivals = facts(text).filter((f) => f.startsWith('COMPETES_WITH'));
    expect(rivals).toHaveLength(1);
    expect(rivals[0]).toMatch(/Malvaux/);
    expect(rivals[0]).toMatch(/Geodis/);
  });

  it('drops the town after a production line ("une seconde ligne de montage à Lanester")', () => {
    const text =
      'Les fonds serviront à financer une seconde ligne de montage à Guidel et à recruter quarante personnes.';
    expect(entity(text, 'Guidel')).toBeUndefined();
  });

  it('drops the town of "a plant for cathode materials in Ostrava"', () => {
    const text = 'The funds will go to a plant for cathode materials in Ostrava and to hiring 200 engineers.';
    expect(entity(text, 'Ostrava')).toBeUndefined();
  });

  it('drops the town of "a factory for heat pumps at Kolding"', () => {
    const text =
      'The company will use the money to open a factory for heat pumps at Kolding and to hire staff.';
    expect(entity(text, 'Kolding')).toBeUndefined();
  });

  it('keeps the buyer of a building handed over ("a cédé son usine de pneus à X")', () => {
    const text = "Le groupe Caldor a cédé son usine de pneus à Vantrel pour 40 millions d'euros.";
    expect(entity(text, 'Vantrel')).toBe('Organization');
  });

  it('keeps the borrower of "une ligne de crédit à X"', () => {
    const text = 'La banque Qelmo a accordé une ligne de crédit à Fenwara, une start-up lyonnaise.';
    expect(entity(text, 'Fenwara')).toBe('Organization');
  });

  it('keeps a company after a building noun with no complement ("la plateforme de Doctolib")', () => {
    const text = "La plateforme de Kelvira compte 3 millions d'utilisateurs, a indiqué la start-up.";
    expect(entity(text, 'Kelvira')).toBe('Organization');
  });
});

describe('a three-word known place before a trade descriptor', () => {
  it('drops "Salt Lake City" in "buy Salt Lake City drone maker X"', () => {
    const text =
      'Aerolift Holdings agreed to buy Salt Lake City drone maker Cinderwing Systems for $210 million.';
    expect(entity(text, 'Salt Lake City')).toBeUndefined();
    expect(facts(text)).toContain('ACQUIRED Aerolift Holdings -> Cinderwing Systems');
  });

  it('keeps three capitalised words that are no known place ("Jardine Matheson Holdings unit X")', () => {
    const text = 'Kessel Ventures agreed to buy Jardine Matheson Holdings unit Tarvex for $90 million.';
    expect(entity(text, 'Jardine Matheson Holdings')).toBe('Organization');
  });
});

describe("a town after a small firm or the firm's own staff", () => {
  it('drops the town of "une ETI familiale de Tarare", even after a takeover verb', () => {
    const text = 'Le groupe a racheté Ardelis, une ETI familiale de Cluny dirigée par Paul Vernet.';
    expect(entity(text, 'Cluny')).toBeUndefined();
    expect(facts(text)).toContain('LEADS Paul Vernet -> Ardelis');
  });

  it('drops the town of "ses 140 salariés de Cognac"', () => {
    const text = 'La société charentaise conservera ses 140 salariés de Jarnac.';
    expect(entity(text, 'Jarnac')).toBeUndefined();
  });

  it('keeps the employer of "les 140 salariés de X" (no possessive)', () => {
    const text = 'Les 140 salariés de Vantrel ont appris la nouvelle lundi.';
    expect(entity(text, 'Vantrel')).toBe('Organization');
  });
});

/** Units of a sentence with one word folded as the backer's entity mention; returns the units and its index. */
function unitsWithBacker(text: string, backer: string): [Unit[], number] {
  const units: Unit[] = tokenize(text).map((token) =>
    token.text === backer
      ? { kind: 'ent', ents: [0], orgs: true, persons: false, anaphor: false, start: 0, end: 1, word: token }
      : { kind: 'tok', token },
  );
  return [units, units.findIndex((u) => u.kind === 'ent')];
}

describe('a backer after a relative pronoun and its preposition', () => {
  it('reads "dans laquelle Qerlys investira", "où Qerlys investira" and "in which Voltrane will invest"', () => {
    expect(
      backerAfterIntoRelative(
        ...unitsWithBacker('une usine à Vierzon, dans laquelle Qerlys investira 12 millions', 'Qerlys'),
      ),
    ).toBe(true);
    expect(
      backerAfterIntoRelative(...unitsWithBacker('une usine où Qerlys investira 12 millions', 'Qerlys')),
    ).toBe(true);
    expect(
      backerAfterIntoRelative(
        ...unitsWithBacker('a new plant, in which Voltrane will invest $30 million', 'Voltrane'),
      ),
    ).toBe(true);
  });

  it('leaves a backer with no relative before it ("dont Qerlys", "which Qerlys", a plain subject)', () => {
    expect(
      backerAfterIntoRelative(...unitsWithBacker('la société, dont Qerlys détient 10 %', 'Qerlys')),
    ).toBe(false);
    expect(backerAfterIntoRelative(...unitsWithBacker('a fund which Voltrane backs', 'Voltrane'))).toBe(
      false,
    );
    expect(backerAfterIntoRelative(...unitsWithBacker('Qerlys investira 12 millions', 'Qerlys'))).toBe(false);
  });
});
