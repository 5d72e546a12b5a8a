/**
 * Deal, day nineteen. Sentences written for these tests (dev-gold-7 en-331, dev-gold-9 en-424, dev-gold-11
 * fr-475 and dev-gold-20 show the shapes).
 * - deal-other-deal-cues.ts: a cue (abandoned, rumoured) of a deal told in its own clause is not the status of
 *   another deal of the sentence; a cue in a clause that names no deal of its own still speaks of this one.
 * - deal-unnamed-business-twice.ts: a business sold unnamed and then named to the same buyer is one sale.
 * - frames/acquired-sales.ts: a buyer after a long description ("au spécialiste toulousain des systèmes …").
 */
import { facts, madePairs, pair, run } from './helpers';

const PUBLISHED = '2026-04-14';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
/** Every ACQUIRED fact with its status, "source -> target status", sorted. */
const withStatus = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED')
    .map((r) => `${pair(r)} ${r.status}`)
    .sort();
const LEAD_EN = 'Lumenforge is a games maker based in Leeds. ';
const LEAD_FR = 'Valmorel est un groupe agroalimentaire nantais. ';

describe("a failed deal's cue stays in its own clause", () => {
  it.each([
    [
      `${LEAD_EN}Lumenforge bought Kettlebyte in March, while Arcwave abandoned its bid for Playlane.`,
      'Lumenforge -> Kettlebyte',
    ],
    [
      `${LEAD_EN}Balfour Cereals agreed last year to buy Van Loon Meelfabriek for 600 million euros, while Hanseatic Grain abandoned a bid for Norrland Mills in 2024 after the board rejected it.`,
      'Balfour Cereals -> Van Loon Meelfabriek',
    ],
    [
      `${LEAD_EN}In March, Lumenforge walked away from a proposed $600 million takeover of Berlin-based Kettlebyte, and in May it sold its esports league business to media group Arcwave.`,
      'Arcwave -> Lumenforge',
    ],
    [
      `${LEAD_FR}Valmorel a racheté Ker Avel en 2025, tandis que Hofstetter a renoncé à son offre sur Maison Dorval.`,
      'Valmorel -> Ker Avel',
    ],
    [
      `${LEAD_FR}Valmorel a racheté Ker Avel en 2025, mais Hofstetter a renoncé à racheter Maison Dorval.`,
      'Valmorel -> Ker Avel',
    ],
    [
      `${LEAD_FR}En mars, Valmorel a renoncé au rachat de Maison Dorval, et en mai il a cédé sa branche biscuits au groupe Hofstetter.`,
      'Hofstetter -> Valmorel',
    ],
  ])('%s', (text, deal) => {
    expect(made(text)).toContain(deal);
  });

  it.each([
    [
      `${LEAD_EN}Lumenforge bought Kettlebyte in March, while Arcwave abandoned its bid for Playlane.`,
      'Arcwave',
    ],
    [
      `${LEAD_FR}Valmorel a racheté Ker Avel en 2025, mais Hofstetter a renoncé à racheter Maison Dorval.`,
      'Hofstetter',
    ],
    [
      `${LEAD_FR}En mars, Valmorel a renoncé au rachat de Maison Dorval, et en mai il a cédé sa branche biscuits au groupe Hofstetter.`,
      'Valmorel -> Maison Dorval',
    ],
  ])('the failed deal itself stays off: %s', (text, failed) => {
    expect(made(text).filter((p) => p.startsWith(failed))).toEqual([]);
  });

  it.each([
    `${LEAD_EN}Lumenforge agreed to buy Kettlebyte in March, but the deal was blocked by regulators in Germany.`,
    `${LEAD_EN}Lumenforge agreed to buy Kettlebyte in March, but regulators in Germany blocked it.`,
    `${LEAD_EN}Lumenforge agreed to buy Kettlebyte in March, but the bid for Kettlebyte was withdrawn in May.`,
    `${LEAD_FR}Valmorel a racheté Ker Avel en 2025, mais l'opération a été bloquée par l'Autorité de la concurrence.`,
    `${LEAD_FR}Valmorel a signé un accord pour racheter Ker Avel, mais l'offre sur Ker Avel a été rejetée.`,
  ])('a cue that speaks of this deal keeps it off: %s', (text) => {
    expect(withStatus(text).filter((f) => f.endsWith('completed') || f.endsWith('pending'))).toEqual([]);
  });
});

describe('a business sold unnamed, then named, is one sale', () => {
  const bodyFr =
    "Le groupe industriel Valtor a annoncé mardi la cession de sa division d'optronique, Sirius Optronique, au fonds d'investissement Argos Industrie.";
  const bodyEn =
    'Brexley Corp said on Tuesday it had completed the sale of its filtration unit, Purex Systems, to Keller & Sohn.';

  it.each([
    [
      `Valtor cède son activité optronique au fonds Argos Industrie\n\n${bodyFr}`,
      'Argos Industrie -> Sirius Optronique',
    ],
    [`Brexley sells its filtration unit to Keller & Sohn\n\n${bodyEn}`, 'Keller & Sohn -> Purex Systems'],
  ])('%s', (text, named) => {
    expect(made(text)).toEqual([named]);
  });

  it.each([
    [
      "Valtor cède son activité optronique au fonds Argos Industrie\n\nLe groupe industriel Valtor a annoncé mardi la cession de son activité optronique au fonds d'investissement Argos Industrie.",
      'Argos Industrie -> Valtor',
    ],
    [
      'Brexley sells its filtration unit to Keller & Sohn\n\nBrexley Corp said on Tuesday it had sold its filtration unit to Keller & Sohn for $90 million.',
      'Keller & Sohn -> Brexley Corp',
    ],
  ])('never named: the owner stays the target: %s', (text, unnamed) => {
    expect(made(text)).toEqual([unnamed]);
  });
});

describe('a sale whose buyer comes after a long description', () => {
  it.each([
    `${LEAD_FR}Arvelys a annoncé la cession de sa division optronique, Arvelys Vision, au spécialiste toulousain des systèmes embarqués Stellane Industries.`,
    `${LEAD_EN}Arvelys said it had sold its optronics division, Arvelys Vision, to the Toulouse-based embedded systems specialist Stellane Industries.`,
  ])('%s', (text) => {
    expect(made(text)).toContain('Stellane Industries -> Arvelys Vision');
  });
});

describe("the deal verb's subject is the name an apposition or relative clause describes", () => {
  // the headline's last name is what a free-standing description would point at
  const titleEn = 'Heat pumps: Heatwell closes in on Octane Home';
  const titleFr = 'Pompes à chaleur : Heatwell talonne Octane Home';

  it.each([
    [
      'Heatwell, the Bristol-based heat pump installer, has agreed to buy smaller rival Ecovolt for £60 million.',
      titleEn,
    ],
    [
      "Heatwell, l'installateur bristolien de pompes à chaleur, a racheté son petit concurrent Ecovolt pour 60 millions de livres.",
      titleFr,
    ],
  ])('an opening name set off by two commas: %s', (sentence, title) => {
    expect(madePairs(`${title}\n\n${sentence}`, PUBLISHED, 'ACQUIRED')).toEqual(['Heatwell -> Ecovolt']);
  });

  it.each([
    `${LEAD_EN}Harmonia Rights, the London-based music publisher backed by pension fund Lakeshore Capital, agreed to buy Redwood Songs for $650 million.`,
    `${LEAD_FR}Harmonia Rights, l'éditeur musical londonien soutenu par le fonds de pension Lakeshore Capital, a accepté de racheter Redwood Songs pour 650 millions de dollars.`,
  ])('the backer named inside the apposition is no buyer: %s', (text) => {
    expect(made(text)).toEqual(['Harmonia Rights -> Redwood Songs']);
  });

  it.each([
    "Vexaltis, qui compte parmi ses clients la Direction générale de l'armement (DGA) et l'armée belge, avait déjà repris en 2022 les Ateliers de la Haute-Vienne.",
    'Vexaltis, whose customers include the Defence Equipment Agency (DEA) and the Belgian army, bought Haute-Vienne Electronics in 2022.',
  ])('a customer named in a relative clause with a short form in brackets is no buyer: %s', (text) => {
    expect(made(`${LEAD_FR}${text}`).filter((p) => !p.startsWith('Vexaltis'))).toEqual([]);
    expect(made(`${LEAD_FR}${text}`).filter((p) => p.startsWith('Vexaltis'))).toHaveLength(1);
  });

  it.each([
    [
      'Harmonia Rights bought Redwood Songs, the company said, adding that Lakeshore Capital backed the deal.',
      'Harmonia Rights -> Redwood Songs',
    ],
    [
      'Redwood Songs was bought by Harmonia Rights, the music publisher backed by Lakeshore Capital.',
      'Harmonia Rights -> Redwood Songs',
    ],
  ])('near misses keep their reading: %s', (text, deal) => {
    expect(made(`${LEAD_EN}${text}`)).toEqual([deal]);
  });
});

describe("the parent named after a unit's descriptor sells it", () => {
  const sellers = (text: string): string[] =>
    facts(run(text, PUBLISHED), 'ACQUIRED').map((r) => `${pair(r)} from ${r.seller}`);

  it.each([
    [
      'OSLO, March 18 - Halvorsen Industrial ASA said it had agreed to buy Corvane Pumps, the fluid-handling unit of U.S. conglomerate Brexley Corp, for $1.4 billion.',
      'Halvorsen Industrial ASA -> Corvane Pumps from Brexley Corp',
    ],
    [
      'Le groupe Halvorsen a racheté Corvane Pompes, la filiale de fluides du conglomérat américain Brexley, pour 1,4 milliard de dollars.',
      'Halvorsen -> Corvane Pompes from Brexley',
    ],
  ])('%s', (text, deal) => {
    expect(sellers(text)).toEqual([deal]);
  });

  it.each([
    [
      'OSLO, March 18 - Halvorsen Industrial ASA said it had agreed to buy Corvane Pumps, the pump unit of its own, for $1.4 billion, with Brexley Corp advising.',
      'Halvorsen Industrial ASA -> Corvane Pumps from null',
    ],
    [
      'Le groupe Halvorsen a racheté Corvane Pompes, la filiale de fluides, pour 1,4 milliard de dollars, conseillé par Brexley.',
      'Halvorsen -> Corvane Pompes from null',
    ],
  ])('a name past the phrase of the parent sells nothing: %s', (text, deal) => {
    expect(sellers(text)).toEqual([deal]);
  });
});
