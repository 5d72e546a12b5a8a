/**
 * Day thirty-one (speed, second round): `withDealtRivals` (relations/rival-dealt-target.ts) passes over a deal
 * whose sentence holds no rival noun before it looks up the parties' names or searches the sentence, and still reads
 * every sentence that holds one, in any case and in both languages. Sentences written for these tests.
 */
import { plainRelation } from '../../../ingest/relations/plain-relation';
import { withDealtRivals } from '../../../ingest/relations/rival-dealt-target';
import type { ExtractedRelation, RelationType } from '../../../ingest/types';

function deal(type: RelationType, source: string, target: string, sentence: string): ExtractedRelation {
  const stating = { text: sentence, start: 0, end: sentence.length };
  return { ...plainRelation(type, source, target, stating, 'test.deal', 0.8), status: 'completed' };
}

/** The rival pairs read off one deal, and how many times the names' surfaces were asked for. */
function read(type: RelationType, source: string, target: string, sentence: string) {
  let asked = 0;
  const surfacesOf = (name: string) => {
    asked += 1;
    return [name];
  };
  const input = [deal(type, source, target, sentence)];
  const out = withDealtRivals(input, surfacesOf);
  const pairs = out.filter((r) => r.type === 'COMPETES_WITH').map((r) => `${r.source} <-> ${r.target}`);
  return { pairs, asked, unchanged: out === input };
}

describe('the rival-noun screen of deals read as rivalries', () => {
  it('skips a deal whose sentence names no rival, without asking for names', () => {
    const en = read(
      'ACQUIRED',
      'Brantwell Inc',
      'Quorra Ltd',
      'Brantwell Inc bought Quorra Ltd, a Welsh maker of pumps.',
    );
    expect(en).toEqual({ pairs: [], asked: 0, unchanged: true });
    const fr = read(
      'MERGED_WITH',
      'Lumivert SA',
      'Ondalis SAS',
      'Lumivert SA a fusionné avec la société Ondalis SAS.',
    );
    expect(fr).toEqual({ pairs: [], asked: 0, unchanged: true });
  });

  it('still reads a rival noun in English, in any case', () => {
    expect(
      read('ACQUIRED', 'Brantwell Inc', 'Quorra Ltd', 'Brantwell Inc bought Welsh rival Quorra Ltd.').pairs,
    ).toEqual(['Brantwell Inc <-> Quorra Ltd']);
    expect(
      read('ACQUIRED', 'Brantwell Inc', 'Quorra Ltd', 'Brantwell Inc bought its Welsh RIVAL Quorra Ltd.')
        .pairs,
    ).toEqual(['Brantwell Inc <-> Quorra Ltd']);
    expect(
      read('ACQUIRED', 'Brantwell Inc', 'Quorra Ltd', 'Brantwell Inc took over its arch-rival Quorra Ltd.')
        .pairs,
    ).toEqual(['Brantwell Inc <-> Quorra Ltd']);
  });

  it('still reads a French rival noun, feminine or plural', () => {
    expect(
      read(
        'ACQUIRED',
        'Lumivert SA',
        'Ondalis SAS',
        'Lumivert SA a racheté sa concurrente lyonnaise Ondalis SAS.',
      ).pairs,
    ).toEqual(['Lumivert SA <-> Ondalis SAS']);
    expect(
      read(
        'MERGED_WITH',
        'Lumivert SA',
        'Ondalis SAS',
        'Les concurrents Lumivert SA et Ondalis SAS vont fusionner.',
      ).pairs,
    ).toEqual(['Lumivert SA <-> Ondalis SAS']);
  });

  it('lets a rival-noun sentence through to the full reading, which still refuses another firm\u2019s rival', () => {
    const r = read(
      'ACQUIRED',
      'Brantwell Inc',
      'Quorra Ltd',
      'Brantwell Inc bought Tessaly\u2019s rival Quorra Ltd.',
    );
    expect(r.asked).toBeGreaterThan(0);
    expect(r.pairs).toEqual([]);
  });
});
