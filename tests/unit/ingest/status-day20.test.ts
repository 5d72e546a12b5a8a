/**
 * Deal status, day twenty. Sentences written for these tests (dev-gold-6 en-214, dev-gold-8 fr-452, dev-gold-16
 * en-551 and dev-gold-21 show the shapes).
 * - values/own-clause-status.ts: one reading of a deal's own clause inside the deal values, both directions and
 *   both statuses: a cue of talk or failure in another clause that tells a deal of its own, or in a later clause
 *   with a predicate of its own, is not this deal's status; a cue clause naming no deal of its own still is.
 * - values/relative-clause-status.ts: a holding told as a participle or a relative on a party ("Skyplate,
 *   majority-owned by Temasek, had earlier walked away", "Sorel Capital, entré au capital de Paylane en 2021,
 *   pourrait céder") is a fact of its own; the main clause's walk-away or doubt is the party's next move.
 * - values/own-clause-status.ts (lead-ins): talks told as over before the deal's clause ("Après deux ans de
 *   discussions, X et Y ont annoncé leur fusion") and a doubt ended by a colon ("Le paysage pourrait changer : X a
 *   racheté Y") are not the deal's status; a sourced lead-in ("Selon plusieurs sources :") still is.
 */
import { facts, madePairs, pair, run } from './helpers';

const PUBLISHED = '2026-04-14';
const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
/** Every fact of the type with its status, "source -> target status", sorted. */
const withStatus = (text: string, type = 'ACQUIRED'): string[] =>
  facts(run(text, PUBLISHED), type)
    .map((r) => `${pair(r)} ${r.status}`)
    .sort();
const LEAD_EN = 'Lumenforge is a games maker based in Leeds. ';
const LEAD_FR = 'Valmorel est un groupe agroalimentaire nantais. ';

describe("a deal's status is read in its own clause, before or after another deal's", () => {
  it.each([
    [
      `${LEAD_EN}Arcwave was in talks to buy Playlane, while Lumenforge bought Kettlebyte in March.`,
      'Lumenforge -> Kettlebyte',
    ],
    [
      `${LEAD_FR}Hofstetter serait en discussions pour racheter Maison Dorval, tandis que Valmorel a racheté Ker Avel en 2025.`,
      'Valmorel -> Ker Avel',
    ],
    [
      `${LEAD_EN}Lumenforge sold its esports arm to Arcwave in 2024 and said in September it was in talks with Playlane.`,
      'Arcwave -> Lumenforge',
    ],
    [
      `${LEAD_FR}Valmorel a cédé sa branche biscuits à Hofstetter en 2024 et il serait en discussions avec Maison Dorval.`,
      'Hofstetter -> Valmorel',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toContain(deal);
  });

  it.each([
    [
      `${LEAD_EN}Arcwave was in talks to buy Playlane, while Lumenforge bought Kettlebyte in March.`,
      'Arcwave',
    ],
    [
      `${LEAD_FR}Hofstetter serait en discussions pour racheter Maison Dorval, tandis que Valmorel a racheté Ker Avel en 2025.`,
      'Hofstetter',
    ],
  ])('the talked-about deal itself stays off: %s', (text, talker) => {
    expect(made(text).filter((p) => p.startsWith(talker))).toEqual([]);
  });

  it.each([
    `${LEAD_EN}Lumenforge agreed to buy Kettlebyte in March, but regulators in Germany blocked it.`,
    `${LEAD_FR}Valmorel a racheté Ker Avel en 2025, mais l'opération a été bloquée par l'Autorité de la concurrence.`,
  ])('a cue clause with no deal of its own still speaks of this one: %s', (text) => {
    expect(withStatus(text).filter((f) => !f.endsWith('abandoned') && !f.endsWith('rumoured'))).toEqual([]);
  });
});

describe('a holding told as a participle or relative on a party keeps its own status', () => {
  it.each([
    [
      `${LEAD_EN}Skyplate, majority-owned by Temasek, had earlier walked away from talks to buy Gate Gourmet.`,
      'ACQUIRED',
      'Temasek -> Skyplate',
    ],
    [
      `${LEAD_EN}Temasek, majority-owned by Vega Holdings, walked away from talks to buy Skyplate.`,
      'ACQUIRED',
      'Vega Holdings -> Temasek',
    ],
    [
      `${LEAD_FR}Valmorel, contrôlé par le fonds Ardian, a renoncé à racheter Maison Dorval.`,
      'ACQUIRED',
      'Ardian -> Valmorel',
    ],
    [
      'Paylane est une fintech. Sorel Capital, entré au capital de Paylane en 2021, pourrait chercher à céder sa participation.',
      'FUNDED',
      'Sorel Capital -> Paylane',
    ],
    [
      `${LEAD_EN}Corvel Capital, which took a 7 per cent stake in Lumenforge last spring, is in talks to sell it.`,
      'FUNDED',
      'Corvel Capital -> Lumenforge',
    ],
    [
      `${LEAD_EN}Corvel Capital, which built up a 7 per cent stake in Lumenforge last year, is in talks to sell it.`,
      'FUNDED',
      'Corvel Capital -> Lumenforge',
    ],
  ])('%s', (text, type, deal) => {
    expect(made(text, type)).toContain(deal);
  });

  it.each([
    [
      `${LEAD_EN}Skyplate, majority-owned by Temasek, had earlier walked away from talks to buy Gate Gourmet.`,
      'Skyplate',
    ],
    [
      `${LEAD_EN}Temasek, majority-owned by Vega Holdings, walked away from talks to buy Skyplate.`,
      'Temasek',
    ],
    [`${LEAD_FR}Valmorel, contrôlé par le fonds Ardian, a renoncé à racheter Maison Dorval.`, 'Valmorel'],
  ])("the main clause's failed deal stays off: %s", (text, walker) => {
    expect(made(text).filter((p) => p.startsWith(walker))).toEqual([]);
  });

  it.each([
    `${LEAD_EN}Corvel Capital, which plans to take a 7 per cent stake in Lumenforge, is in talks to sell its other holdings.`,
    "Paylane est une fintech. Sorel Capital, qui envisage d'entrer au capital de Paylane, pourrait chercher à céder ses autres participations.",
  ])('a side clause that only plans the stake is no done holding: %s', (text) => {
    expect(made(text, 'FUNDED')).toEqual([]);
  });
});

describe("a lead-in before the deal's clause does not lend it its talks or doubt", () => {
  it.each([
    [
      `${LEAD_EN}Following lengthy talks, Lumenforge has acquired Kettlebyte.`,
      'ACQUIRED',
      'Lumenforge -> Kettlebyte',
    ],
    [
      `${LEAD_FR}Au terme de six mois de négociations exclusives, Valmorel a finalisé le rachat de Ker Avel.`,
      'ACQUIRED',
      'Valmorel -> Ker Avel',
    ],
    [
      `${LEAD_FR}Après deux ans de discussions, Valmorel et Ker Avel ont annoncé leur fusion.`,
      'MERGED_WITH',
      'Ker Avel -> Valmorel',
    ],
    [
      `${LEAD_EN}That could change: Lumenforge agreed in April to buy Kettlebyte.`,
      'ACQUIRED',
      'Lumenforge -> Kettlebyte',
    ],
    [
      `${LEAD_FR}Le paysage pourrait changer : Valmorel a racheté Ker Avel en avril.`,
      'ACQUIRED',
      'Valmorel -> Ker Avel',
    ],
  ])('%s', (text, type, deal) => {
    expect(made(text, type)).toContain(deal);
  });

  it.each([
    `${LEAD_EN}After months of talks, Lumenforge is still in talks to buy Kettlebyte.`,
    `${LEAD_FR}Après deux ans de discussions, Valmorel pourrait racheter Ker Avel.`,
    `${LEAD_EN}According to people familiar with the matter: Lumenforge agreed to buy Kettlebyte.`,
    `${LEAD_FR}Selon plusieurs sources : Valmorel va racheter Ker Avel.`,
  ])("the deal's own doubt, or a sourced lead-in, keeps it off: %s", (text) => {
    expect(made(text)).toEqual([]);
  });
});
