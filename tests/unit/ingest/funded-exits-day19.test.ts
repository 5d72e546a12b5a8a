import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day nineteen, FUNDED: an investor that exits held the company (`frames/funded-exiting-holders.ts`), the company
 * it held is the one its stake's buyer enters or the one bought (`frames/funded-exit-company.ts`), and a name
 * governed by a preposition inside an apposition is no subject for "dans la société" (`anaphora-oblique-object.ts`).
 */

const LEAD_FR =
  "Le fabricant toulousain de drones Aérovigie a levé 40 millions d'euros auprès de Tikehau Capital, a-t-il annoncé jeudi.";
const LEAD_EN =
  'Voltaris, a British developer of grid batteries, said on Tuesday it had raised 85 million pounds in a round led by Meranti Capital.';

/** "source -> target" of the FUNDED facts read in `sentence` after `lead` (scored statuses only). */
function fundedIn(lead: string, sentence: string): string[] {
  const text = `${lead} ${sentence}`;
  return facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), 'FUNDED')
    .filter((r) => r.evidence.sentence === sentence)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

describe('a French holder that sells its stake held the company', () => {
  test.each([
    [
      "Le fonds Ace Capital Partners, entré au capital en 2019, a cédé sa participation à Tikehau Capital l'an dernier.",
    ],
    ['Ace Capital Partners, actionnaire depuis 2019, a cédé une partie de ses titres à Tikehau Capital.'],
    [
      'Son capital était partagé entre ses fondateurs et le fonds Ace Capital Partners, actionnaire minoritaire depuis 2021, qui cède l’intégralité de sa participation.',
    ],
    [
      "L'actionnaire minoritaire historique, le fonds régional Ace Capital Partners, cède l'intégralité de ses parts à Tikehau Capital.",
    ],
    [
      'Son actionnaire principal, le fonds Ace Capital Partners, qui détient 35 % du capital depuis 2017, cédera une partie de ses titres lors de l’opération.',
    ],
    [
      "Le fonds Ace Capital Partners, qui avait investi 6 millions d'euros en 2022, cède l'intégralité de sa participation.",
    ],
  ])('%s', (sentence) => {
    expect(fundedIn(LEAD_FR, sentence)).toContain('Ace Capital Partners -> Aérovigie');
  });

  it('reads the company named after the holder noun', () => {
    const sentence =
      'À cette occasion, Ace Capital Partners, premier investisseur de Rotorix, cède sa participation à Tikehau Capital.';
    expect(fundedIn(LEAD_FR, sentence)).toEqual(['Ace Capital Partners -> Rotorix']);
  });
});

describe('an English holder that sells its stake held the company', () => {
  test.each([
    [
      'Seed investor Kestrel Ventures, which put 2 million pounds into the company in 2020, sold its entire stake to Meranti as part of the deal.',
    ],
    [
      'Early investor Kestrel Ventures, the Norwegian state climate fund, will sell its 12% stake to Meranti as part of the transaction.',
    ],
    ['Kestrel Ventures, which first invested in 2018, will sell its entire holding.'],
  ])('%s', (sentence) => {
    expect(fundedIn(LEAD_EN, sentence)).toContain('Kestrel Ventures -> Voltaris');
  });
});

describe('near misses: no holder cue, an owner, a majority', () => {
  test.each([
    // a sale with nothing saying the seller was a minority holder may be an owner's sale
    ['Le fonds Ace Capital Partners a cédé sa participation à Tikehau Capital.'],
    // "détenait l'enseigne": the owner of the company, which sells control
    ['Ace Capital Partners, qui détenait l’enseigne depuis 2018, cède la totalité de sa participation.'],
    // a majority holder selling out sold control (a purchase), not a minority stake
    [
      "Ace Capital Partners, actionnaire majoritaire depuis 2015, cède l'intégralité de ses titres à Tikehau Capital.",
    ],
  ])('%s', (sentence) => {
    expect(fundedIn(LEAD_FR, sentence).filter((p) => p.startsWith('Ace Capital Partners'))).toEqual([]);
  });

  it('reads no English sale with no holder cue', () => {
    const sentence = 'Kestrel Ventures sold its entire stake to Meranti as part of the deal.';
    expect(fundedIn(LEAD_EN, sentence).filter((p) => p.startsWith('Kestrel'))).toEqual([]);
  });
});

describe('the company of an exit is the one the stake buyer enters, or the one bought', () => {
  it('follows the buyer of the stake to the round it joined, past a company named since', () => {
    const text =
      "Tourisme : Escalys boucle une série B de 40 millions d'euros. Le fonds britannique Northlight Capital emmène ce tour de table, aux côtés d'Isatis Partners. Julien Mercadier, le fondateur du comparateur Voyagio, complète l'opération. Dans le cadre de l'opération, le fonds d'amorçage Amorçage Seine, entré au capital en 2020, a cédé une partie de ses titres à Isatis Partners.";
    const found = facts(
      extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }),
      'FUNDED',
    ).map(pair);
    expect(found).toContain('Amorçage Seine -> Escalys');
    expect(found).not.toContain('Amorçage Seine -> Voyagio');
  });

  it('sends a holder selling out of a purchase to the company bought, not its buyer', () => {
    const text =
      'Private equity firm Bridgepoint has agreed to acquire a majority stake in Medivo, a Dutch provider of clinic software, from Summit Partners. Summit, which first invested in 2018, will sell its entire holding.';
    const found = facts(
      extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }),
      'FUNDED',
    ).map(pair);
    expect(found).toContain('Summit Partners -> Medivo');
    expect(found).not.toContain('Summit Partners -> Bridgepoint');
  });
});

describe('a pointer after a stake is not the agent of an apposition', () => {
  test.each([
    [
      'Le fonds Definvest, géré par Bpifrance pour le compte du ministère des Armées, a pris une participation minoritaire dans la société.',
    ],
    [
      "Le fonds Definvest, géré par Bpifrance pour le compte du ministère des Armées, avait déjà investi 12 millions d'euros dans la société en 2023.",
    ],
  ])('%s', (sentence) => {
    const found = fundedIn(LEAD_FR, sentence);
    expect(found).toContain('Definvest -> Aérovigie');
    expect(found).not.toContain('Bpifrance -> Aérovigie');
  });

  test.each([
    [
      'Definvest, a fund managed by Bpifrance for the French defence ministry, took a minority stake in the company.',
    ],
    [
      'Definvest, a fund run by Bpifrance on behalf of the French state, has invested 12 million euros in the company.',
    ],
  ])('%s', (sentence) => {
    const lead =
      'Aerovigie, a Toulouse drone maker, said on Thursday it had raised 40 million euros from Tikehau Capital.';
    const found = fundedIn(lead, sentence);
    expect(found).toContain('Definvest -> Aerovigie');
    expect(found).not.toContain('Bpifrance -> Aerovigie');
  });

  it('keeps a passive agent that acts in its relative ("owned by X, which bought the company")', () => {
    const text =
      'Quarrion Semiconductor makes wafers. Lithonyx is currently owned by Brunsfeld Capital, which bought the company from its founders in 2021.';
    const found = facts(
      extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }),
      'ACQUIRED',
    ).map(pair);
    expect(found).not.toContain('Brunsfeld Capital -> Quarrion Semiconductor');
  });
});
