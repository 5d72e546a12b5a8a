/**
 * Day thirty, rivals (second round): an apposed rival told with its nationality after a field ("Its main competitor
 * in Europe, Dutch firm Y, was bought by X") is the owner's rival and the one bought, not the owner
 * (frames/apposed-after-possessor.ts, frames/rivals-owned.ts); a list whose last member carries its origin ("A, B et
 * le danois C") keeps that member for a later "ce trio" / "the three" (relations/list-member-origin.ts). Sentences
 * written for these tests.
 */
import { factLines, run } from './helpers';

const lines = (text: string) => factLines(run(text, '2026-03-02'));

describe('an apposed rival with a nationality after the owner and a field', () => {
  it.each([
    [
      "Mailguard sells email security to banks. Mailguard's main competitor in Europe, Dutch firm Tessaro, was bought by Brightwall in 2024.",
      'Mailguard',
      'Tessaro',
      'Brightwall',
    ],
    [
      "Ferrovia makes rail signals. Ferrovia's closest rival in Germany, Austrian group Weichwerk, was acquired by Signalix last year.",
      'Ferrovia',
      'Weichwerk',
      'Signalix',
    ],
  ])('%s', (text, owner, rival, buyer) => {
    const got = lines(text);
    expect(got).toContain(`COMPETES_WITH ${[owner, rival].sort().join(' <-> ')}`);
    expect(got).toContain(`ACQUIRED ${buyer} -> ${rival}`);
    // the owner only says whose rival was bought
    expect(got).not.toContain(`ACQUIRED ${buyer} -> ${owner}`);
  });

  it('a pointer owner with a field and a nationality reads the same', () => {
    const got = lines(
      'Sentora sells payroll software. Its main competitor in Spain, Portuguese firm Calvio, raised money last year.',
    );
    expect(got).toContain('COMPETES_WITH Calvio <-> Sentora');
  });

  it('near miss: a possessor with a business noun and no apposed name keeps the passive as it was', () => {
    const got = lines(
      "Mailguard sells email security to banks. Mailguard's email business in Europe was bought by Brightwall in 2024.",
    );
    expect(got.filter((l) => l.startsWith('COMPETES_WITH'))).toEqual([]);
  });

  it('near miss: a nationality before a name that is no apposition of the rival noun pairs nothing', () => {
    const got = lines(
      'Mailguard sells email security to banks. Its main customer in Europe, Dutch bank Kelderbank, renewed its contract.',
    );
    expect(got.filter((l) => l.startsWith('COMPETES_WITH'))).toEqual([]);
  });
});

describe('a list member told with its origin stays in the list a count points back at', () => {
  it.each([
    [
      'Le marché est dominé par Transmar, Frigobox et le danois Kaldor, qui en détiennent 60 %. Navalo, qui se classe quatrième derrière ce trio, veut grandir.',
      'Navalo',
      ['Frigobox', 'Kaldor', 'Transmar'],
    ],
    [
      "Le marché est dominé par Vektor, Vendelo et l'allemand Kühlhaus. Glacéa, numéro quatre derrière ces trois groupes, mise sur l'export.",
      'Glacéa',
      ['Kühlhaus', 'Vektor', 'Vendelo'],
    ],
    [
      'The market is led by Alfacold, Betabox and German firm Kaltwerk AG. Navalo, which ranks fourth behind the trio, wants to grow.',
      'Navalo',
      ['Alfacold', 'Betabox', 'Kaltwerk AG'],
    ],
  ])('%s', (text, chaser, leaders) => {
    const got = lines(text);
    for (const leader of leaders)
      expect(got).toContain(`COMPETES_WITH ${[chaser, leader].sort().join(' <-> ')}`);
  });

  it('near miss: an origin word not before a company name does not extend the list', () => {
    const got = lines(
      'Le marché est dominé par Transmar et Frigobox, et le danois reste loin. Navalo se classe troisième derrière ce duo.',
    );
    expect(got.some((l) => l.includes('danois'))).toBe(false);
  });
});
