/**
 * A deal noun whose buyer comes first, each party with its preposition (deals, day thirty-one;
 * ingest/relations/deal-agent-first-noun.ts): "le projet de rachat par X de son concurrent Y", "the proposed
 * takeover by X of its rival Y". The possessive rival noun inside such a deal noun is the other party's
 * (frames/rivals-deal-agent.ts, read by rivals.ts and rivals-owned.ts): X and Y are rivals, not the authority that
 * blocked the deal and Y; so are "l'offre de X pour son concurrent Y" and "le rachat de Y par son concurrent X".
 * `en.acquired.bid-by` no longer takes the subject for the target when "of Y" follows the buyer. Sentences written
 * for these tests.
 */
import { facts, run } from './helpers';
import { rivalPairsOf, sortedRivalPair } from './article-units';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.status}`)
    .sort();

describe('a deal noun with its buyer first', () => {
  it('French: a blocked plan is an abandoned purchase, and the pair are rivals', () => {
    const text =
      "L'Autorité de la concurrence a bloqué en 2024 le projet de rachat par Transalpe de son concurrent grenoblois Vercolog.";
    expect(deals(text)).toEqual(['Transalpe -> Vercolog abandoned']);
    expect(rivalPairsOf(text)).toEqual([sortedRivalPair('Transalpe', 'Vercolog')]);
  });

  it('French: a completed purchase told with the buyer first', () => {
    expect(deals("L'acquisition par Transalpe du transporteur Vercolog a été finalisée en mars.")).toEqual([
      'Transalpe -> Vercolog completed',
    ]);
  });

  it('English: a blocked takeover, the regulator is neither party', () => {
    const text =
      'The Competition and Markets Authority blocked the proposed takeover by Halvorsen Foods of its rival Tarrant Dairies.';
    expect(deals(text)).toEqual(['Halvorsen Foods -> Tarrant Dairies abandoned']);
    expect(rivalPairsOf(text)).toEqual([sortedRivalPair('Halvorsen Foods', 'Tarrant Dairies')]);
  });

  it('near miss: "par X de" after a noun that is no deal', () => {
    expect(
      deals("L'examen par l'Autorité de la concurrence du dossier de Vercolog prendra six mois."),
    ).toEqual([]);
  });
});

describe("a possessive rival inside a deal noun is the other party's", () => {
  it('French: "l\'offre de X pour son concurrent Y"', () => {
    expect(
      rivalPairsOf("L'offre de Transalpe pour son concurrent lyonnais Vercolog a échoué au printemps."),
    ).toEqual([sortedRivalPair('Transalpe', 'Vercolog')]);
  });

  it('French: "le rachat de Y par son concurrent X", the authority is no rival', () => {
    expect(
      rivalPairsOf(
        "L'Autorité de la concurrence a autorisé le rachat de Vercolog par son concurrent Transalpe.",
      ),
    ).toEqual([sortedRivalPair('Transalpe', 'Vercolog')]);
  });

  it('near miss: a possessive of the subject outside any deal noun keeps the subject', () => {
    expect(rivalPairsOf('Transalpe a devancé en 2025 son concurrent Vercolog sur le marché alpin.')).toEqual([
      sortedRivalPair('Transalpe', 'Vercolog'),
    ]);
  });
});
