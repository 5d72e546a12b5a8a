/**
 * Day twenty-eight, precision (second round): a share-price move told in the imperfect or with a verb the list lacked
 * ("l'action X gagnait 2,4 %", "X shares surged 12%") measures a change, not a stake, so the deal beside it stays a takeover
 * (values/other-measure.ts `measuresOther`). Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { measuresOther } from '../../../ingest/values/other-measure';

function facts(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-26' }).relations.map(
    (r) => `${r.type} ${r.source} -> ${r.target}`,
  );
}

/** Whether the first percentage of `text` measures something other than a holding. */
function other(text: string): boolean {
  const m = /\d+(?:,\d+)?\s*%/u.exec(text)!;
  return measuresOther(text, m.index, m.index + m[0].length);
}

describe('a share-price move beside a takeover', () => {
  it('reads "gagnait 2,4 %", "perdait 3 %", "chutait de 8 %" as changes', () => {
    expect(other("l'action Ardelis gagnait 2,4 % mardi matin")).toBe(true);
    expect(other('le titre perdait 3 % à la clôture')).toBe(true);
    expect(other('le titre chutait de 8 % en séance')).toBe(true);
  });

  it('reads "surged 12%", "slipped 1%" as changes', () => {
    expect(other('Ardelis shares surged 12% in early trading')).toBe(true);
    expect(other('the stock slipped 1% by noon')).toBe(true);
  });

  it('gives no FUNDED for a takeover told beside a share move', () => {
    const text =
      "À la Bourse de Paris, l'action Ardelis gagnait 2,4 % mardi matin, après l'annonce du rachat de Fontrel.";
    expect(facts(text)).not.toContain('FUNDED Ardelis -> Fontrel');
  });

  it('keeps a stake taken ("a pris 20 %", "a cédé 30 %", "a 15% stake")', () => {
    expect(other('Ardelis a pris 20 % du capital de Fontrel')).toBe(false);
    expect(other('Ardelis a cédé 30 % de Fontrel')).toBe(false);
    expect(facts('Ardelis agreed to buy a 15% stake in Fontrel Systems.')).toContain(
      'FUNDED Ardelis -> Fontrel Systems',
    );
  });
});
