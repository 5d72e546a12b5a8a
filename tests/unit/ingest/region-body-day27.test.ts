/**
 * Day twenty-seven, precision: a body named by a capitalised head and a region of several words ("la CCI Pays de la
 * Loire", "la Région Pays de la Loire") is one name, not cut at "de" (region-body.ts `regionHeadedBodyAt`); and the
 * dative "lui" after a near-future or past helper ("la Région X vient de lui accorder une subvention") stands for
 * the company the sentence opened on, not for the article's topic (anaphora-dative-clitic.ts). Sentences written
 * for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function extract(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-05-04' });
}

describe('a region body keeps its whole region', () => {
  it.each([
    [
      'Le prix a été remis à Nantes par Hélène Carré, présidente de la CCI Pays de la Loire, en présence des élus.',
      'CCI Pays de la Loire',
      'CCI Pays',
    ],
    [
      'Le dossier a été défendu par Marc Jolivet, président de la Région Provence-Alpes-Côte d’Azur, et par la Région Pays de la Loire.',
      'Région Pays de la Loire',
      'Région Pays',
    ],
  ])('%s', (text, whole, cut) => {
    const names = extract(text).entities.map((e) => e.name);
    expect(names).toContain(whole);
    expect(names).not.toContain(cut);
  });

  it('leaves a one-word region to the run cutter ("Région Bretagne")', () => {
    const names = extract(
      'La Région Bretagne a accordé une avance de 300 000 euros à la société Kerlic.',
    ).entities.map((e) => e.name);
    expect(names).toContain('Région Bretagne');
  });
});

describe('"vient de lui accorder" gives to the company the sentence opened on', () => {
  it.each([
    [
      'La start-up Ondavia développe des capteurs pour les vignes. Le groupe Vinitech a racheté Ondavia en 2024. Ondavia a embauché vingt personnes et la Région Pays de la Loire vient de lui accorder une subvention de 300 000 euros.',
      'FUNDED Région Pays de la Loire -> Ondavia',
      'FUNDED Région Pays de la Loire -> Vinitech',
    ],
  ])('%s', (text, right, wrong) => {
    const found = extract(text).relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });
});
