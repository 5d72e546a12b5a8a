import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day seventeen (b), FUNDED: a sentence that carries on a round and names no company ("The round was led by A",
 * "Le tour de table est mené par A", "B also took part") funds the company of the raise just told, named round or
 * bare raise, not the article's most named company (a founder's former employer)
 * (`frames/funded-round-company.ts`).
 */

/** "source -> target" of the FUNDED facts read in the article's last sentence. */
function lastSentencePairs(text: string): string[] {
  const all = facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), 'FUNDED');
  const last = Math.max(...all.map((r) => r.evidence.start));
  return all
    .filter((r) => r.evidence.start === last)
    .map(pair)
    .sort();
}

const EN_EMPLOYER =
  'Priya Nandakumar started Gridwise in 2011 and ran Gridwise until its sale to Siemens. Gridwise sold meters to utilities across the U.S. and Gridwise hired 400 people. ';
const FR_EMPLOYER =
  'Trois anciens ingénieurs de Vygon ont fondé Perfulink. Vygon emploie 5 000 personnes et Vygon vend ses produits dans 100 pays. ';

describe('a round sentence naming no company continues the raise just told', () => {
  test.each([
    [
      `${EN_EMPLOYER}Voltmesh has raised $18 million in a Series A round led by Energy Impact Partners. Existing backer Breakwater Ventures also took part.`,
      'Breakwater Ventures -> Voltmesh',
    ],
    [
      `${EN_EMPLOYER}Voltmesh, her new startup, raised $18 million in a round led by Energy Impact Partners. Existing investor Breakwater Ventures took part too.`,
      'Breakwater Ventures -> Voltmesh',
    ],
    [
      `${FR_EMPLOYER}La start-up Perfulink a levé 9 millions d'euros. Le tour de table est mené par Auriga Santé, aux côtés de Bpifrance.`,
      'Auriga Santé -> Perfulink|Bpifrance -> Perfulink',
    ],
    [
      `${FR_EMPLOYER}Perfulink lève 9 millions d'euros. Le tour de table a été mené par Auriga Santé.`,
      'Auriga Santé -> Perfulink',
    ],
    [
      `${EN_EMPLOYER}Voltmesh has raised $18 million. The round was led by Energy Impact Partners.`,
      'Energy Impact Partners -> Voltmesh',
    ],
  ])('%s', (text, expected) => {
    expect(lastSentencePairs(text)).toEqual(expected.split('|'));
  });
});

describe('a guessed sentence that does not carry on the round keeps its own reading', () => {
  test('a founder told through a possessive raising after another company raised', () => {
    const text =
      "Campilo exploite 40 campings. Son fondateur, Yannick Le Goff, a annoncé en janvier une levée de 3 millions d'euros auprès de Go Capital. Sélénia Vacances lève 5 millions d'euros auprès de Bpifrance.";
    const all = facts(
      extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }),
      'FUNDED',
    ).map(pair);
    expect(all).not.toContain('Go Capital -> Sélénia Vacances');
  });
});
