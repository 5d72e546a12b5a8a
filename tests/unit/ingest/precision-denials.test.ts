import { facts, pair, run } from './helpers';
import type { ExtractedRelation } from '../../../ingest/types';

/** Facts a scorer counts: a deal told as off or only talked about is set aside. */
function told(text: string, type: string): ExtractedRelation[] {
  return facts(run(text), type).filter((r) => r.status !== 'abandoned' && r.status !== 'rumoured');
}

describe('a denial between the parties of a deal', () => {
  it('marks an English purchase that did not happen as off', () => {
    expect(told('Harlow Instruments did not buy Penwick Optics.', 'ACQUIRED')).toEqual([]);
    expect(told('Harlow Instruments never acquired Penwick Optics after the audit.', 'ACQUIRED')).toEqual([]);
  });

  it('keeps a purchase that is only not finished yet, or a denial inside an aside', () => {
    expect(told('Harlow Instruments bought Penwick Optics in 2022.', 'ACQUIRED').map(pair)).toEqual([
      'Harlow Instruments -> Penwick Optics',
    ]);
    const aside =
      'Harlow Instruments, which has never published its margins, bought Penwick Optics last year.';
    expect(told(aside, 'ACQUIRED').map(pair)).toEqual(['Harlow Instruments -> Penwick Optics']);
  });

  it('reads both halves of a French denial, and not a restrictive "ne … que"', () => {
    expect(told("La coopérative Valdrôme n'a jamais repris la société Fromentis.", 'ACQUIRED')).toEqual([]);
    expect(told("La coopérative Valdrôme n'a pas fusionné avec Fromentis.", 'MERGED_WITH')).toEqual([]);
    expect(
      told('La coopérative Valdrôme a repris la société Fromentis en 2021.', 'ACQUIRED').map(pair),
    ).toEqual(['Valdrôme -> Fromentis']);
  });

  it('drops a rivalry the sentence denies', () => {
    expect(
      facts(run('Le groupe Sorbelle ne concurrence pas Mistrale sur ce segment.'), 'COMPETES_WITH'),
    ).toEqual([]);
    expect(
      facts(run('Le groupe Sorbelle concurrence Mistrale sur ce segment.'), 'COMPETES_WITH').map(pair),
    ).toHaveLength(1);
  });
});

describe('"no longer" in a clause of its own', () => {
  it('does not turn a done purchase into an abandoned one', () => {
    const r = facts(
      run('Harlow Instruments bought Penwick Optics, which no longer reports separately.'),
      'ACQUIRED',
    );
    expect(r.map((x) => x.status)).toEqual(['completed']);
  });

  it('still marks a plan given up in the deal clause', () => {
    const r = facts(run('Harlow Instruments no longer plans to buy Penwick Optics.'), 'ACQUIRED');
    expect(r.every((x) => x.status === 'abandoned')).toBe(true);
  });
});
