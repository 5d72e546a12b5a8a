/**
 * A fronted adviser phrase (deals, day thirty-one; ingest/relations/frames/clause.ts `inFrontedAdviserPhrase`):
 * "Conseillé par le cabinet A et la banque d'affaires B, le repreneur signe …", "Advised by A and law firm B, X
 * agreed …": every name before the comma that closes the phrase advises, so none is the clause's subject — the
 * company after the comma is (the four-unit window of adviser words missed the last name of a list). Sentences
 * written for these tests.
 */
import { facts, pair, run } from './helpers';

const acquiredPairs = (text: string): string[] => facts(run(text, '2026-03-02'), 'ACQUIRED').map(pair).sort();

describe('every name of a fronted adviser phrase advises', () => {
  it('French: a counted deal whose subject follows the adviser list', () => {
    const pairs = acquiredPairs(
      "La Maison Quéméner rachète la biscuiterie Kerhuel. Conseillé par le cabinet Valmont Avocats et la banque d'affaires Rostand Finance, le repreneur signe là sa troisième acquisition, après le rachat en 2023 de la crêperie Ty Glaz.",
    );
    expect(pairs).toContain('Maison Quéméner -> Ty Glaz');
    expect(pairs).not.toContain('Rostand Finance -> Ty Glaz');
  });

  it('English: "Advised by A and law firm B, X agreed to buy Y"', () => {
    expect(
      acquiredPairs(
        'Advised by Tessaro Partners and law firm Carrow Dunne LLP, Harlan Foods agreed to buy Tillery Snacks.',
      ),
    ).toEqual(['Harlan Foods -> Tillery Snacks']);
  });

  it('near miss: a buyer named before any adviser word keeps its role', () => {
    expect(
      acquiredPairs(
        "Harlan Foods, conseillé par la banque d'affaires Rostand Finance, a racheté la biscuiterie Kerhuel.",
      ),
    ).toEqual(['Harlan Foods -> Kerhuel']);
  });
});
