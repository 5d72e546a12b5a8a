import { facts, run } from './helpers';

/**
 * Round two of day sixteen: a rivalry pair is two organisations that can sell in one market (no dateline agency,
 * party, ministry or politician), and a person a possessive title introduces ("Son président, P") speaks for the
 * company the text was just about in later quotes.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

function names(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').flatMap((r) => [r.source, r.target]);
}

describe("a dateline's wire service is never a rival", () => {
  it.each([
    'WARSAW, June 24 (Reuters) - Polish discount chain Marteo SA said on Wednesday it had become the third-largest grocer, as it steps up price cuts in a market dominated by Biedronka SA and Lidl GmbH.',
    'PARIS, June 24 (AFP) - Retailer Marteo SA said on Wednesday it had opened 40 stores, as it steps up price cuts in a market dominated by Biedronka SA and Lidl GmbH.',
    'LONDON, May 3 (Reuters) - Grocer Marteo SA said sales rose, while it pushes into a market dominated by Biedronka SA and Lidl GmbH.',
  ])('%s', (text) => {
    expect(names(text)).not.toContain('Reuters');
    expect(names(text)).not.toContain('AFP');
  });

  it('keeps the rivals of a sentence without a dateline', () => {
    expect(
      has(
        'Marteo SA is stepping up price cuts in a market dominated by Biedronka SA and Lidl GmbH.',
        'Marteo SA',
        'Lidl GmbH',
      ),
    ).toBe(true);
  });
});

describe('parties, state bodies and politicians are no rivals', () => {
  it.each([
    [
      'The poll showed 33 pct supported the Labour Party against 26 pct for the Liberal Party.',
      'Liberal Party',
    ],
    ['The Conservative Party competes with the Labour Party for the votes of the suburbs.', 'Labour Party'],
    [
      'Kokusai Denshin Denwa Co Ltd competes with the Post and Telecommunications Ministry, analysts said.',
      'Post and Telecommunications Ministry',
    ],
    [
      'Northwind Telecom SA rivalise avec le ministère des Finances sur ce dossier.',
      'ministère des Finances',
    ],
  ])('%s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it.each([
    'Vodafone Group Plc competes with BT Group Plc and Orange SA in business broadband.',
    'Vodafone Group Plc rivalise avec BT Group Plc et Orange SA dans le haut débit.',
    'Travel group Marlow & Finch Ltd competes with Premier Inn Ltd and Travelodge Ltd in the mid-market segment.',
  ])('keeps companies whose names hold no party word: %s', (text) => {
    expect(rivals(text).length).toBeGreaterThan(0);
    expect(names(text)).not.toContain(undefined);
  });

  it('keeps a brand that starts like a title ("Premier Inn")', () => {
    expect(
      has(
        'Travel group Marlow & Finch Ltd competes with Premier Inn Ltd and Travelodge Ltd in the mid-market segment.',
        'Marlow & Finch Ltd',
        'Premier Inn Ltd',
      ),
    ).toBe(true);
  });
});

describe('a speaker introduced by a possessive title speaks for the company the text was about', () => {
  const fr =
    'Entretien. Installé à Lamballe, Canidor fabrique des croquettes sans céréales vendues en animalerie. Son président, Erwan Le Goff, revient sur la stratégie du groupe, qui vient de racheter le spécialiste des friandises Crocanimo.';
  const en =
    'Interview. Based in Ohio, Canidor makes grain-free dry food sold in pet stores. Its chief executive, Erwan Goff, discussed the strategy of the group, which has just bought the treats specialist Crocanimo.';
  it.each([
    `${fr} « Notre vrai rival, c'est Nutrivet, qui vise les mêmes animaleries que nous », explique Erwan Le Goff.`,
    `${fr} « Notre principal concurrent, c'est Nutrivet », assure Erwan Le Goff.`,
    `${fr} « Nous ne cherchons pas à attaquer Royal Canin. Notre vrai rival, c'est Nutrivet », explique Erwan Le Goff.`,
    `${en} "Our real rival is Nutrivet, which targets the same pet stores as us," Goff said.`,
    `${en} "Our main competitor remains Nutrivet," said Goff.`,
  ])('%s', (text) => {
    expect(has(text, 'Crocanimo', 'Nutrivet')).toBe(false);
    expect(has(text, 'Canidor', 'Nutrivet')).toBe(true);
  });
});
