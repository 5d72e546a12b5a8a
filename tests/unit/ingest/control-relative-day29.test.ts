/**
 * Day twenty-nine, deals: control taken, told in a relative clause about the company taken over ("Y, dont le fonds
 * X a pris le contrôle en 2021, …", "Y, dont X est devenu l'actionnaire majoritaire", "Y, which X took control of
 * in 2019, …") is X's acquisition of Y (frames/acquired-control-relative.ts). Near misses: a negated clause,
 * control of another company named in the clause, a minority holder, and control only tried for.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

describe('a relative clause of control about the company taken over', () => {
  it('French: « dont le fonds X a pris le contrôle »', () => {
    const found = acquired(
      'Le fabricant de volets Persiane, dont le fonds Garonne Capital a pris le contrôle en 2022, ouvre une usine à Agen.',
    );
    expect(found).toContain('ACQUIRED Garonne Capital -> Persiane');
  });

  it("French: « dont X est devenu l'actionnaire majoritaire »", () => {
    const found = acquired(
      "Persiane, dont le groupe Volmar est devenu l'actionnaire majoritaire l'an dernier, recrute 40 techniciens.",
    );
    expect(found).toContain('ACQUIRED Volmar -> Persiane');
  });

  it('English: "which X took control of", the preposition stranded', () => {
    const found = acquired(
      'Shutter maker Persiane, which private equity firm Garonne Capital took control of in 2022, is opening a plant in Ohio.',
    );
    expect(found).toContain('ACQUIRED Garonne Capital -> Persiane');
  });

  it('near miss: a negated clause tells no control', () => {
    const found = acquired(
      "Persiane, dont Garonne Capital n'a jamais pris le contrôle, ouvre une usine à Agen.",
    );
    expect(found).not.toContain('ACQUIRED Garonne Capital -> Persiane');
  });

  it('near miss: control of another company named in the clause', () => {
    const found = acquired(
      'Persiane, dont Garonne Capital a pris le contrôle de la filiale Volets Atlantique, ouvre une usine à Agen.',
    );
    expect(found).not.toContain('ACQUIRED Garonne Capital -> Persiane');
  });

  it('near miss: a minority holder, and control only tried for', () => {
    expect(
      acquired("Persiane, dont Garonne Capital est l'actionnaire minoritaire, ouvre une usine à Agen."),
    ).not.toContain('ACQUIRED Garonne Capital -> Persiane');
    expect(
      acquired(
        'Persiane, which Garonne Capital tried to take control of in 2022, is opening a plant in Ohio.',
      ),
    ).not.toContain('ACQUIRED Garonne Capital -> Persiane');
  });
});
