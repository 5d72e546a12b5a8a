import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the thirteenth day, read from real wire copy that no gold set holds: credit-rating grades
 * written like acronyms, agencies whose name carries a possessive before its company words, and partnerships
 * that string surnames with commas before one legal form. Every sentence is written for this file; the invented
 * names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

/** Every name and alias the article's entities carry. */
function namesAndAliases(text: string): Set<string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Set(toEntities(index, new Set()).flatMap((e) => [e.name, ...e.aliases]));
}

describe('a credit-rating grade names no party', () => {
  it.each([
    ['Harwell Rating Corp said Delmont Corp senior debt was cut to Ba2 from B2.', ['Ba2', 'B2']],
    ["Harwell Rating Corp said Delmont Corp's BBB-plus senior debt is under review.", ['BBB-plus']],
    ['Delmont Corp said its industrial revenue bonds were raised to B-1 from Caa.', ['B-1', 'Caa']],
    ['Delmont Corp debentures are rated AA-minus by Harwell Rating Corp.', ['AA-minus']],
    ['Harwell Rating Corp downgraded Delmont Corp to BB, affirming its A-2 commercial paper.', ['BB', 'A-2']],
  ])('drops the grades of "%s"', (text, grades) => {
    const found = types(text);
    for (const g of grades) expect(found.has(g)).toBe(false);
    expect(found.get('Delmont Corp') ?? found.get('Harwell Rating Corp')).toBe('Organization');
  });

  it.each([['The Commodity Credit Corporation (CCC) will buy wheat from Kansas farmers.', 'CCC']])(
    'keeps a grade-shaped acronym outside ratings copy in "%s"',
    (text, name) => {
      expect(namesAndAliases(text).has(name)).toBe(true);
    },
  );
});

describe('a possessive before company words is inside the name', () => {
  it.each([
    [
      "Halloran's Investors Service said it lowered the ratings of Delmont Corp.",
      "Halloran's Investors Service",
    ],
    ["Standard and Poor's Corp said it affirmed the ratings of Delmont Corp.", "Standard and Poor's Corp"],
    ["The bonds were rated by Halloran's Ratings Inc on Tuesday.", "Halloran's Ratings Inc"],
    ["Delmont Corp said it agreed to buy Kettleby's Inc for 40 mln dlrs.", "Kettleby's Inc"],
  ])('reads the whole name in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    [
      "Delmont Corp's Lotus Harbor Corp unit sold 50 mln dlrs of notes.",
      ['Delmont Corp', 'Lotus Harbor Corp'],
    ],
    ["Delmont Corp's Vantor Inc said it raised prices.", ['Delmont Corp', 'Vantor Inc']],
  ])('keeps an owner and its named unit apart in "%s"', (text, names) => {
    const found = types(text);
    for (const n of names) expect(found.get(n)).toBe('Organization');
  });
});

describe('a post title before a person is no part of the name', () => {
  it.each([
    ['"It hurts," Deputy Administrator William Bailey of Delmont Corp said.', 'William Bailey'],
    ['Deputy Director General Hiroshi Hirabayashi told reporters on Tuesday.', 'Hiroshi Hirabayashi'],
    ['Secretary General Javier Perez has proposed an impartial inquiry.', 'Javier Perez'],
    ['The order was signed by Judge John Gerry of Camden on Friday.', 'John Gerry'],
    ['The ruling of Commissioner Daniel Oliver was appealed on Monday.', 'Daniel Oliver'],
  ])('reads the person alone in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });

  it.each([
    ['General Motors Corp said it would cut prices.', 'General Motors Corp'],
    ['The Judge Baker Center said it hired two nurses.', 'Judge Baker Center'],
  ])('keeps a name that opens with a title word in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('a comma partnership before one legal form is one firm', () => {
  it.each([
    [
      'The lead manager was Halloran, Pike and Vossberg Securities Corp.',
      'Halloran, Pike and Vossberg Securities Corp',
    ],
    [
      'Halloran, Pike and Vossberg Plc said it agreed to buy Delmont Corp.',
      'Halloran, Pike and Vossberg Plc',
    ],
    [
      'Delmont Corp hired Marbury, Tesch, Holloway and Keene Inc as adviser.',
      'Marbury, Tesch, Holloway and Keene Inc',
    ],
    [
      'Time Inc said the acquisition of Scott, Vossberg and Co would dilute earnings.',
      'Scott, Vossberg and Co',
    ],
    ['Harold, Pike & Co said it advised the board of Delmont Corp.', 'Harold, Pike & Co'],
  ])('reads the whole name in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Chrysler, Ford and General Motors Corp said they would cut prices.', 'General Motors Corp'],
    ['Halloran, Pike and Vossberg Corp said they would bid jointly.', 'Vossberg Corp'],
    ['Rivals include Delmont Corp, Vantor Inc and Pike Holdings Ltd.', 'Pike Holdings Ltd'],
  ])('keeps a list of companies apart in "%s"', (text, last) => {
    expect(types(text).get(last)).toBe('Organization');
  });
});

describe('a quality label, a disease or a commodity code is no organisation', () => {
  it.each([
    ['Sur le marché des fromages AOP, la société Lumeo affronte Vernal.', 'AOP'],
    ['Le camembert AOC de la société Lumeo progresse de 4 %.', 'AOC'],
    ['Delmont Corp said its AIDS vaccine entered trials with Vantor Inc.', 'AIDS'],
    ['FCOJ futures rose after Delmont Corp cut its crop estimate.', 'FCOJ'],
  ])('drops the code of "%s"', (text, code) => {
    expect(types(text).has(code)).toBe(false);
  });
});
