/**
 * Day twenty-nine, precision: "founded by former Air Force pilot P", "by former Navy officers A and B": the service
 * named before "pilot(s) / officer(s)" says where the founders served, so it is no party and the people after it are
 * the founders (relations/syntax-words.ts `STAFF_AFTER`). English only; French writes "ancien pilote de l'armée de
 * l'air P". Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function founders(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-29' })
    .relations.filter((r) => r.type === 'FOUNDED')
    .map((r) => `${r.source} -> ${r.target}`);
}

describe('founders named after the service they left', () => {
  it('reads the two founders of "founded by former Coast Guard pilots A and B"', () => {
    const text =
      'Velmar Aero was founded in 2017 by former Coast Guard pilots Tom Greer and Ana Ruiz, who still run the company.';
    expect(founders(text)).toEqual(
      expect.arrayContaining(['Tom Greer -> Velmar Aero', 'Ana Ruiz -> Velmar Aero']),
    );
  });

  it('keeps the founder of "founded by former Army officer P" and of "former Google engineer P"', () => {
    expect(founders('Harwick Labs was founded in 2014 by former Army officer Dana Pruitt.')).toEqual([
      'Dana Pruitt -> Harwick Labs',
    ]);
    expect(founders('Brightfin was founded in 2015 by former Google engineer Lisa Tran.')).toEqual([
      'Lisa Tran -> Brightfin',
    ]);
  });
});
