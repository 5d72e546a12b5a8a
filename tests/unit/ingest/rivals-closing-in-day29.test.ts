/**
 * Day twenty-nine, rivals: pursuit figures whose rival follows (relations/frames/rivals-pursuit.ts) — a chaser
 * "gaining ground on" or "closing / narrowing the gap with" the firm ahead, and a firm taking customers or a place
 * from another ("a ravi plusieurs clients à B", "wrested the top spot from B"). Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-12-01');
}

describe('a chaser closing in on the firm ahead', () => {
  it('reads "X is gaining ground on B"', () => {
    expect(
      competitors(
        'Fennick Analytics Inc has been gaining ground on Corlis Data Inc in hospital billing software.',
      ),
    ).toContain('Corlis Data Inc <-> Fennick Analytics Inc');
  });

  it('reads "closing the gap with larger rivals A and B" (each rival)', () => {
    const pairs = competitors(
      'Fennick Analytics Inc is closing the gap with larger rivals Corlis Data Inc and Meridale Systems Inc.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Corlis Data Inc <-> Fennick Analytics Inc',
        'Fennick Analytics Inc <-> Meridale Systems Inc',
      ]),
    );
  });

  it('reads "narrowed the gap on B"', () => {
    expect(competitors('Last year Fennick Analytics Inc narrowed the gap on Corlis Data Inc.')).toContain(
      'Corlis Data Inc <-> Fennick Analytics Inc',
    );
  });

  it('does not read a stock gaining ground on news, a gap closed with a deal, or a negation', () => {
    expect(
      competitors("Fennick Analytics Inc shares gained ground on news of Corlis Data Inc's bid."),
    ).toEqual([]);
    expect(competitors('Fennick Analytics Inc narrowed the gap with a deal for Corlis Data Inc.')).toEqual(
      [],
    );
    expect(competitors('Fennick Analytics Inc is not gaining ground on Corlis Data Inc.')).toEqual([]);
  });
});

describe('customers or a place taken from another', () => {
  it('reads "X a ravi plusieurs clients à B"', () => {
    expect(
      competitors("La société Logivrac a ravi l'an dernier plusieurs gros clients à Transports Méral SA."),
    ).toContain('Logivrac <-> Transports Méral SA');
  });

  it('reads "X wrested the top spot from B"', () => {
    expect(
      competitors(
        'Fennick Analytics Inc wrested the top spot in hospital billing software from Corlis Data Inc in 2025.',
      ),
    ).toContain('Corlis Data Inc <-> Fennick Analytics Inc');
  });

  it('does not read "ravi de" (delighted) nor control wrested from a holder', () => {
    expect(
      competitors("Le président de Logivrac s'est dit ravi de l'accord conclu avec Transports Méral SA."),
    ).toEqual([]);
    expect(
      competitors('Fennick Analytics Inc wrested control of Dunmore Labs Inc from Corlis Data Inc.'),
    ).toEqual([]);
  });
});
