import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day seventeen, FUNDED: the raiser is the name that heads the raise's clause, not an earlier name outside it
 * (`frames/funded-raiser-clause.ts`); "its portfolio" after a colon or semicolon is the sentence's subject
 * (`frames/funded-portfolio-owner.ts`); business angels named after a colon or in an apposition
 * (`frames/funded-angel-investors.ts`).
 */

/** "source -> target" of the facts of `type` read in `sentence` (scored statuses only). */
function pairsIn(text: string, sentence: string, type: string): string[] {
  return facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), type)
    .filter((r) => r.evidence.sentence === sentence)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

describe('the raiser heads the clause of the raise', () => {
  test.each([
    [
      'Frostline competes with Coldhub, a Berlin company that raised $30 million from Arcadia Capital last year.',
      'Arcadia Capital -> Coldhub',
    ],
    [
      'Frostline trails Coldhub, a Berlin start-up which has raised $30 million from Arcadia Capital.',
      'Arcadia Capital -> Coldhub',
    ],
    [
      'Caresync, which overtook Domicare as the largest home-care platform in 2024, raised €40 million last year from Bastille Partners.',
      'Bastille Partners -> Caresync',
    ],
    [
      "Sur ce segment, Meublia est talonnée par Restauro, une pépite nantaise qui a levé 6 millions d'euros l'an passé auprès de Ouest Croissance.",
      'Ouest Croissance -> Restauro',
    ],
    [
      "Restauro, qui a dépassé Meublia en 2024, a levé 6 millions d'euros auprès de Ouest Croissance.",
      'Ouest Croissance -> Restauro',
    ],
  ])('%s', (sentence, expected) => {
    const got = pairsIn(sentence, sentence, 'FUNDED');
    expect(got).toContain(expected);
    expect(got).toHaveLength(1);
  });

  test('a plain raise after an earlier name in the same clause still reads the subject', () => {
    const sentence = 'Coldhub, the Berlin rival of Frostline, raised $30 million from Arcadia Capital.';
    expect(pairsIn(sentence, sentence, 'FUNDED')).toEqual(['Arcadia Capital -> Coldhub']);
  });
});

describe('"its portfolio" after a colon or a semicolon is the subject of the sentence', () => {
  test.each([
    'General Catalyst has been busy in care at home: its portfolio includes Cityblock Health and Commure.',
    'General Catalyst, which raised $8 billion last year, is no newcomer; its portfolio already includes Cityblock Health and Commure.',
    "Serval Capital n'est pas un novice : son portefeuille compte notamment Cityblock Health et Commure.",
  ])('%s', (sentence) => {
    const owner = sentence.startsWith('Serval') ? 'Serval Capital' : 'General Catalyst';
    expect(pairsIn(sentence, sentence, 'FUNDED')).toEqual([
      `${owner} -> Cityblock Health`,
      `${owner} -> Commure`,
    ]);
  });

  test('a possessive after a comma is not read as the subject', () => {
    const sentence = 'General Catalyst met Acme Corp, its portfolio manager said.';
    expect(pairsIn(sentence, sentence, 'FUNDED')).toEqual([]);
  });
});

describe('business angels named after a colon or apposed to the group', () => {
  const EN_LEAD = 'Kinetra Health raised $5 million.';
  const FR_LEAD = 'Campéo exploite 38 campings.';
  test.each([
    [
      EN_LEAD,
      'It also drew angel investors: Paul Martin, Omar Haddad and Ruth Ellison.',
      'Kinetra Health',
      3,
    ],
    [
      EN_LEAD,
      'The round also drew a group of angels: former Medtronic executive Paul Martin and retired surgeon Ruth Ellison.',
      'Kinetra Health',
      2,
    ],
    [
      EN_LEAD,
      'Several angel investors also joined the round: Paul Martin and Omar Haddad.',
      'Kinetra Health',
      2,
    ],
    [
      EN_LEAD,
      'Two angel investors, Paul Martin and Omar Haddad, also backed the company.',
      'Kinetra Health',
      2,
    ],
    [
      FR_LEAD,
      "Deux business angels, l'entrepreneur Gilles Perrin et Nadia Benali, avaient soutenu la société dès 2014.",
      'Campéo',
      2,
    ],
    [
      FR_LEAD,
      "Plusieurs business angels ont rejoint le tour : l'ancien banquier Gilles Perrin et Nadia Benali.",
      'Campéo',
      2,
    ],
  ])('%s %s', (lead, sentence, company, n) => {
    const got = pairsIn(`${lead} ${sentence}`, sentence, 'FUNDED');
    expect(got).toHaveLength(n as number);
    for (const p of got) expect(p.endsWith(`-> ${company}`)).toBe(true);
  });

  test('angels apposed to the group without a backing verb give nothing', () => {
    const sentence = "Deux business angels, Gilles Perrin et Nadia Benali, ont décliné l'invitation.";
    expect(pairsIn(`${FR_LEAD} ${sentence}`, sentence, 'FUNDED')).toEqual([]);
  });
});

describe('a lender told with no company lends to the round company (frames/funded-debt-topic.ts)', () => {
  const LEAD =
    "Le fabricant de drones Aérovigie a finalisé un financement de 40 millions d'euros. Le family office Rhône Héritage avait investi en 2023 dans l'électronicien Optronis.";
  test.each([
    [
      "Côté dette, la Caisse d'épargne Midi-Pyrénées et la Banque Populaire Occitane ont accordé un prêt syndiqué de 10 millions d'euros.",
      ['Banque Populaire Occitane -> Aérovigie', "Caisse d'épargne Midi-Pyrénées -> Aérovigie"],
    ],
    [
      "La Banque Populaire Occitane a par ailleurs consenti un prêt de 10 millions d'euros.",
      ['Banque Populaire Occitane -> Aérovigie'],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairsIn(`${LEAD} ${sentence}`, sentence, 'FUNDED')).toEqual(expected);
  });

  test('the investor of the sentence before is not taken for the borrower', () => {
    const sentence = "Côté dette, la Banque Populaire Occitane a accordé un prêt de 10 millions d'euros.";
    expect(pairsIn(`${LEAD} ${sentence}`, sentence, 'FUNDED')).not.toContain(
      'Banque Populaire Occitane -> Optronis',
    );
  });
});
