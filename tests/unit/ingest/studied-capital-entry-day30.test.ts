/**
 * Day thirty, funding (second round): a capital entry only studied is no funding. "Le groupe avait étudié une
 * entrée au capital de Y, sans y donner suite" named Y the newcomer of the article's round
 * (fr/capital-entries.ts `NOT_A_FACT` now holds "étudié"), and the backer reading of the subject was told as made
 * ("sans y donner suite" is now an abandoning cue beside "sans suite", ingest/modality.ts). English tells the study
 * with "studied/considered", read by the rumour cues already. Near misses: an entry told as made keeps its newcomer;
 * "à la suite de" abandons nothing. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const LEAD = 'Le groupe Marével, basé à Lorient, fabrique des conserves de poisson. ';

describe('a capital entry only studied', () => {
  it('"avait étudié une entrée au capital de Y, sans y donner suite" funds nobody', () => {
    const text = `${LEAD}Le groupe avait étudié l'an dernier une entrée au capital de la Conserverie Kerbras, sans y donner suite.`;
    expect(madePairs(text, '2026-03-02', 'FUNDED')).toEqual([]);
  });

  it('"sans donner suite" without "y" is abandoning too', () => {
    const text = `${LEAD}Marével a étudié une prise de participation dans la Conserverie Kerbras, sans donner suite.`;
    expect(madePairs(text, '2026-03-02', 'FUNDED')).toEqual([]);
  });
});

describe('near misses: entries told as made', () => {
  it('"l\'entrée au capital, à hauteur de 15 %, du fonds X" keeps its newcomer', () => {
    const text =
      "La biotech Algamer, basée à Brest, lève 8 millions d'euros. L'entrée au capital, à hauteur de 15 %, du fonds Iroise Ventures permet de financer une usine.";
    expect(madePairs(text, '2026-03-02', 'FUNDED')).toEqual(['Iroise Ventures -> Algamer']);
  });

  it('"à la suite de" abandons nothing', () => {
    const text = `${LEAD}Marével a pris une participation minoritaire dans la Conserverie Kerbras, à la suite de deux ans de partenariat.`;
    expect(madePairs(text, '2026-03-02', 'FUNDED')).toEqual(['Marével -> Conserverie Kerbras']);
  });
});
