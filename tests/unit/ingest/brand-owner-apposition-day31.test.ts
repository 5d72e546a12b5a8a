/**
 * An owner named by the brand it owns, then named itself (precision, day thirty-one; ingest/relations/owner-modifier.ts
 * `namesOwnedBeforeApposedOwner`, `ownerPhraseEnd`, read by syntax.ts `isModifier` and the pattern gap): "racheté
 * par le propriétaire de la marque X, le groupe japonais Y", "bought by the owner of X, Y" — Y is the buyer, the brand
 * X is none. Near misses: "est devenu l'unique propriétaire de la marque X", "became the owner of X, a … brand"
 * (X is what was bought). Sentences written for these tests.
 */
import { factLines, run } from './helpers';

describe('the owner named in apposition after "le propriétaire de X" / "the owner of X"', () => {
  it('French passive: "racheté par le propriétaire de la marque X, le groupe japonais Y"', () => {
    const lines = factLines(
      run(
        "La tuilerie Rouvray a été rachetée par le propriétaire de la marque Terre & Toit, le groupe belge Verhaegen Bouw, pour 30 millions d'euros.",
      ),
    );
    expect(lines).toContain('ACQUIRED Verhaegen Bouw -> Rouvray');
    expect(lines.some((l) => l.startsWith('ACQUIRED Terre & Toit'))).toBe(false);
  });

  it('English passive: "was bought by the owner of X, Y"', () => {
    const lines = factLines(
      run('Pellmore Bakeries was bought in 2022 by the owner of Crumbly, snack group Hartwell Foods.'),
    );
    expect(lines).toContain('ACQUIRED Hartwell Foods -> Pellmore Bakeries');
    expect(lines.some((l) => l.startsWith('ACQUIRED Crumbly'))).toBe(false);
  });

  it('near miss: "est devenu l\'unique propriétaire de la marque X" keeps X as what was bought', () => {
    const lines = factLines(
      run("En 2021, le groupe Verhaegen Bouw est devenu l'unique propriétaire de la marque Terre & Toit."),
    );
    expect(lines.some((l) => l.startsWith('ACQUIRED Verhaegen Bouw'))).toBe(true);
  });

  it('near miss: "became the owner of X, a … brand" keeps X as what was bought', () => {
    const lines = factLines(run('Hartwell Foods became the owner of Crumbly, a biscuit brand, in 2020.'));
    expect(lines).toContain('ACQUIRED Hartwell Foods -> Crumbly');
  });
});
