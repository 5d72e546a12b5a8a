/**
 * Day twenty-nine, deals (second round): a company a deal makes something ranked ("The deal makes Y the
 * second-largest owner of …, behind A and ahead of B", "L'opération fait de Y le numéro trois du secteur, derrière A
 * et devant B") is the one ranked against the rivals after it, not the deal (frames/rivals-enabled-subject.ts,
 * read by the contest reader through rivals-clause.ts `clauseSubject`). Near misses: a rival named in a relative after
 * the rank, a company made something other than a rank with no rival named, and "makes sense for Y". Sentences written for these tests.
 */
import { rivalPairsOf, sortedRivalPair } from './article-units';

describe('a company a deal makes ranked contests the rivals of the rank phrase', () => {
  it('English: "makes Y the second-largest …, ahead of B"', () => {
    const pairs = rivalPairsOf(
      'The Ardent purchase makes Halvorsen Wind the third-largest operator of onshore wind farms in Norway, behind Statvind and ahead of Fjellkraft Energi.',
    );
    expect(pairs).toContain(sortedRivalPair('Halvorsen Wind', 'Fjellkraft Energi'));
    expect(pairs).toContain(sortedRivalPair('Halvorsen Wind', 'Statvind'));
  });

  it('French: « fait de Y le deuxième acteur du marché, devant B »', () => {
    const pairs = rivalPairsOf(
      'Le rachat de Mistral Jardin fait de Verdane Distribution le deuxième acteur français de la jardinerie, devant Terralia.',
    );
    expect(pairs).toContain(sortedRivalPair('Verdane Distribution', 'Terralia'));
  });

  it("near miss: a rival named in a relative after the rank is the relative subject's", () => {
    const pairs = rivalPairsOf(
      'The purchase makes Halvorsen Wind the second-largest operator in Norway behind Statvind, which bought Danish rival Fjellkraft Energi last year.',
    );
    expect(pairs).not.toContain(sortedRivalPair('Halvorsen Wind', 'Fjellkraft Energi'));
    expect(pairs).toContain(sortedRivalPair('Halvorsen Wind', 'Statvind'));
  });

  it('near miss: a company made a customer names no rival', () => {
    const pairs = rivalPairsOf(
      'The contract makes Halvorsen Wind the largest customer of Fjellkraft Energi.',
    );
    expect(pairs).toEqual([]);
  });

  it('near miss: "makes sense for Y" makes no company ranked', () => {
    const pairs = rivalPairsOf(
      "Analysts said the deal makes sense for Halvorsen Wind, ahead of Fjellkraft Energi's results next week.",
    );
    expect(pairs).not.toContain(sortedRivalPair('Halvorsen Wind', 'Fjellkraft Energi'));
  });
});
