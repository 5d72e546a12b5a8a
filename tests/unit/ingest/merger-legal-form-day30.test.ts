/**
 * A merger's legal form told beside it (deals, day thirty, ingest/relations/merger-legal-form.ts): "A et B ont
 * annoncé leur fusion … L'opération prendra la forme d'une fusion-absorption de B par A" keeps the MERGED_WITH and
 * reads no takeover of B by A (gold precedent tests/dev-gold-30 fr-1224); the English "merger by absorption" alike.
 * A "fusion-absorption" told with no merger of the pair keeps its takeover. Sentences written for these tests.
 */
import { facts, run } from './helpers';

/** "TYPE source -> target", a merger's two names in alphabetical order (the pair has no direction). */
const dealPairs = (text: string): string[] =>
  facts(run(text, '2026-03-02'))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'MERGED_WITH')
    .map((r) => {
      const [a, b] = r.type === 'MERGED_WITH' ? [r.source, r.target].sort() : [r.source, r.target];
      return `${r.type} ${a} -> ${b}`;
    })
    .sort();

describe('the legal form of a merger is no takeover', () => {
  it('French: "fusion-absorption" after the merger', () => {
    expect(
      dealPairs(
        "Les laboratoires Ortival Santé et Brenac Diagnostic ont annoncé mardi leur fusion. L'opération prendra la forme d'une fusion-absorption de Brenac Diagnostic par Ortival Santé, dont les actionnaires détiendront 60 % du nouvel ensemble.",
      ),
    ).toEqual(['MERGED_WITH Brenac Diagnostic -> Ortival Santé']);
  });

  it('French: "fusion par voie d\'absorption"', () => {
    expect(
      dealPairs(
        "Les laboratoires Ortival Santé et Brenac Diagnostic ont annoncé mardi leur fusion. Elle sera réalisée par une fusion par voie d'absorption de Brenac Diagnostic par Ortival Santé.",
      ),
    ).not.toContain('ACQUIRED Ortival Santé -> Brenac Diagnostic');
  });
});

describe('near misses', () => {
  it('a "fusion-absorption" with no merger of the pair told keeps its takeover', () => {
    expect(
      dealPairs(
        "Le groupe Ortival Santé a racheté en mars le laboratoire Brenac Diagnostic. L'opération a pris la forme d'une fusion-absorption de Brenac Diagnostic par Ortival Santé.",
      ),
    ).toContain('ACQUIRED Ortival Santé -> Brenac Diagnostic');
  });

  it('another pair merging leaves a takeover told by its legal form alone', () => {
    const pairs = dealPairs(
      "Les laboratoires Ortival Santé et Brenac Diagnostic ont annoncé mardi leur fusion. Le groupe Calvane a par ailleurs bouclé la fusion-absorption de sa cible Dorlis Bio, rachetée l'an dernier.",
    );
    expect(pairs).toContain('MERGED_WITH Brenac Diagnostic -> Ortival Santé');
    expect(pairs).not.toContain('ACQUIRED Ortival Santé -> Brenac Diagnostic');
  });
});
