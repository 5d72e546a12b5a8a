/**
 * Day thirty, real wire copy (second round): a government department, ministry, commission, court or region is
 * never what changes hands, merges or is funded (relations/public-body-party-guard.ts, asked for each pair of a
 * match in extract-relations.ts): "said it agreed to acquire the Ohio Department of Transportation", "a fusionné
 * avec le ministère des Transports" give nothing. Near misses: a public body still funds a company ("the U.S. Department of Energy awarded X a grant",
 * "la Région Bretagne accorde une subvention à X"), a state investment authority still buys one, and a deal a
 * regulator must clear keeps its parties. Sentences written for these tests.
 */
import { facts, run, typedPair } from './helpers';

function deals(text: string): string[] {
  return facts(run(text, '1987-03-04'))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'MERGED_WITH' || r.type === 'FUNDED')
    .map(typedPair)
    .sort();
}

describe('a public body is no party that changes hands', () => {
  it('reads no purchase of a state department', () => {
    expect(deals('Harlow Corp said it agreed to acquire the Ohio Department of Transportation.')).toEqual([]);
  });

  it('reads no merger with a state department', () => {
    expect(deals('Harlow Corp said it will merge with the Ohio Department of Transportation.')).toEqual([]);
  });

  it('reads no French purchase of or merger with a ministry', () => {
    expect(deals('Harlow a racheté le ministère des Transports.')).toEqual([]);
    expect(deals('Harlow a fusionné avec le ministère des Transports.')).toEqual([]);
  });

  it('near miss: a deal a regulator must clear keeps its parties', () => {
    expect(
      deals(
        'Harmel Corp said it agreed to acquire Denby Tools Inc, which the Federal Trade Commission must clear.',
      ),
    ).toEqual(['ACQUIRED Harmel Corp -> Denby Tools Inc']);
  });

  it('near miss: a department or a region still funds a company', () => {
    expect(deals('The U.S. Department of Energy awarded Vantor Labs a grant of 2 mln dlrs.')).toEqual([
      'FUNDED U.S. Department of Energy -> Vantor Labs',
    ]);
    expect(deals('La Région Bretagne accorde une subvention de 200 000 euros à Vantor.')).toEqual([
      'FUNDED Région Bretagne -> Vantor',
    ]);
  });

  it('near miss: a state investment authority still buys a company', () => {
    expect(
      deals('The Kuwait Investment Authority said it acquired Denby Tools Inc for 40 mln dlrs.'),
    ).toEqual(['ACQUIRED Kuwait Investment Authority -> Denby Tools Inc']);
  });
});
