import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';
import { sortedPairs } from './frames-test-helpers';

/**
 * Day thirteen, FUNDED: an investor's record told as holdings ("figure au capital de", "détient des participations
 * dans", "holds stakes in", with or without the holder's own aside), "has also bankrolled / funded / financed"; a
 * relative pronoun governed by a preposition ("dans lequel il a investi", "in which it invested") is no subject; the
 * English lenders of the round fund the article's own company the way the French ones do.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

/** A headline and a lead about the company raising, then the sentence read. */
function inArticle(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED')
    .map(pair)
    .sort();
}

describe('an investor holding stakes in named companies', () => {
  test.each([
    'Norven Capital figure déjà au capital de Turbolys et de Hexaradar.',
    'Norven Capital est également présent au capital de Turbolys et de Hexaradar.',
    "Norven Capital, qui gère 240 millions d'euros, figure déjà au capital de Turbolys et de Hexaradar.",
    'Norven Capital détient également des participations dans Turbolys et dans Hexaradar.',
    "Norven Capital, qui gère 240 millions d'euros, détient par ailleurs des participations dans Turbolys et dans Hexaradar.",
  ])('fr: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Norven Capital -> Turbolys');
    expect(got).toContain('Norven Capital -> Hexaradar');
    expect(got).not.toContain('Turbolys -> Hexaradar');
  });

  test.each([
    'Kerala Partners also holds stakes in Marinex and Lactopol.',
    'Kerala Partners, which also owns minority stakes in Marinex and Lactopol, declined to comment.',
    'Kerala Partners, which manages $2 billion, already holds stakes in Marinex and Lactopol.',
  ])('en: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Kerala Partners -> Marinex');
    expect(got).toContain('Kerala Partners -> Lactopol');
  });

  test.each([
    'Norven Capital figure au conseil de Turbolys.',
    "Norven Capital n'est plus au capital de Turbolys.",
    'Norven Capital figure parmi les clients de Turbolys.',
    'Kerala Partners sold its stakes in Marinex and Lactopol.',
    'Kerala Partners also holds talks with Marinex.',
  ])('no holding: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).not.toContain('Norven Capital -> Turbolys');
    expect(got).not.toContain('Kerala Partners -> Marinex');
  });
});

describe('an investor record with another backing verb or an aside', () => {
  test.each([
    'Medtrium Ventures has also bankrolled wound-care startup Healix and device maker Somnova.',
    'Medtrium Ventures has already funded wound-care startup Healix and device maker Somnova.',
    'Medtrium Ventures, which started investing in 2024, has also bankrolled wound-care startup Healix and device maker Somnova.',
    'Medtrium Ventures, which started in 2024, has already financed Healix and Somnova.',
  ])('%s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Medtrium Ventures -> Healix');
    expect(got).toContain('Medtrium Ventures -> Somnova');
  });

  test.each([
    'Medtrium Ventures has also bankrolled plans to expand Healix.',
    'Medtrium Ventures, which was set up in 2024, was also backed by Healix.',
  ])('not a record: %s', (sentence) => {
    expect(funded(sentence)).not.toContain('Medtrium Ventures -> Healix');
  });
});

describe('a relative pronoun after a preposition is no subject', () => {
  const frTitle = 'Drones : Aérix lève 10 M€';
  const frLead = "Aérix, fabricant de drones, lève 10 millions d'euros auprès de Norven Capital.";
  test.each([
    "Le fonds a déjà financé le motoriste Propulsys et l'électronicien Optronix, dans lequel il a investi 12 millions d'euros en 2024.",
    "Norven Capital a soutenu Propulsys et Optronix, dans laquelle il a injecté 12 millions d'euros.",
    'Le fonds connaît Propulsys et Optronix, pour lequel il a financé une usine.',
  ])('fr: %s', (sentence) => {
    expect(inArticle(frTitle, frLead, sentence)).not.toContain('Optronix -> Propulsys');
  });

  const enTitle = 'Aerix raises $10m';
  const enLead = 'Aerix, a drone maker, has raised $10 million from Norven Capital.';
  test.each([
    'The fund knows Propulsys and Optronix, in which it invested $12 million in 2024.',
    'Norven Capital backed Propulsys and Optronix, into which it put $12 million.',
  ])('en: %s', (sentence) => {
    expect(inArticle(enTitle, enLead, sentence)).not.toContain('Optronix -> Propulsys');
  });

  test('the relative subject is still read without a preposition', () => {
    expect(
      funded("Le fonds Norven Capital, qui a réinvesti 2 millions d'euros dans Optronix, reste minoritaire."),
    ).toContain('Norven Capital -> Optronix');
  });
});

describe("English lenders fund the article's own company, as the French ones do", () => {
  const title = 'Pulsewise raises €32m Series B';
  const lead =
    'Pulsewise, a Copenhagen maker of cardiac patches, has raised €32 million led by Alder Bay Capital.';
  test.each([
    'Fjord Health Partners has also put money in. The debt facility comes from Kreditbanken Nord.',
    'Fjord Health Partners also joined. The €10m loan is provided by Kreditbanken Nord.',
    'Fjord Health Partners also joined. Kreditbanken Nord is providing a €10m credit line.',
  ])('%s', (sentences) => {
    const got = inArticle(title, lead, sentences);
    expect(got).toContain('Kreditbanken Nord -> Pulsewise');
    expect(got).not.toContain('Kreditbanken Nord -> Fjord Health Partners');
  });
});
