import { facts, run } from './helpers';

/**
 * Rivalry classes of day thirteen: holding out against rivals ("résister aux grandes chaînes comme A", "tenir tête
 * à A", "keep pace with A", "hold its own against A"), a modal "vie" ("would vie with A"), a merger noun standing
 * for the merging pair before such a verb, a list closed by a counted rank phrase wherever it stands ("competes
 * with A and B, the two dominant platforms"), "the other contenders are A and B", and market shares of a
 * hyphenated market ("the mid-market").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('holding out against rivals', () => {
  it.each([
    'La société Solvéa doit désormais résister à Engie Solaire sur les toitures.',
    'La société Solvéa résiste mieux aux grandes chaînes comme Engie Solaire.',
    'La société Solvéa tient tête à Engie Solaire sur les toitures.',
    'La société Solvéa a longtemps tenu tête à Engie Solaire.',
    'Solvea Ltd has struggled to keep pace with Engie Solar in Britain.',
    'Solvea Ltd kept up with Engie Solar last year.',
    'Solvea Ltd holds its own against Engie Solar in the rooftop market.',
    'Solvea Ltd can stand up to Engie Solar on price.',
  ])('%s', (text) => {
    expect(rivals(text).some((p) => p.includes('Solvea') || p.includes('Solvéa'))).toBe(true);
    expect(rivals(text).some((p) => p.includes('Engie'))).toBe(true);
  });

  it.each([
    "La société Solvéa a résisté à l'offre d'Engie Solaire.",
    'La société Solvéa ne résiste pas à Engie Solaire.',
    'Solvea Ltd has to keep up with demand from Engie Solar.',
    'Solvea Ltd could not keep pace with Engie Solar.',
  ])('no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it.each([
    'La société Solvéa et la société Hélianthe Énergies ont annoncé leur fusion. Le rapprochement doit permettre de mieux résister aux grandes chaînes comme Engie Solaire et Voltalis, qui multiplient les chantiers.',
    'La société Solvéa et la société Hélianthe Énergies ont annoncé leur fusion. Ensemble, elles pourront résister à Engie Solaire et à Voltalis.',
  ])('the merging pair holds out: %s', (text) => {
    for (const a of ['Solvéa', 'Hélianthe Énergies'])
      for (const b of ['Engie Solaire', 'Voltalis']) expect(has(text, a, b)).toBe(true);
  });
});

describe('a modal "vie"', () => {
  it.each([
    'Ledgerbay Ltd would vie with Corevault Inc for tier-one banks.',
    'Ledgerbay Ltd will vie with Corevault Inc in Germany.',
    'Ledgerbay Ltd hopes to vie for large banks with Corevault Inc.',
    'Ledgerbay Ltd could vie against Corevault Inc next year.',
  ])('%s', (text) => {
    expect(has(text, 'Ledgerbay Ltd', 'Corevault Inc')).toBe(true);
  });

  it.each([
    'Ledgerbay Ltd would not vie with Corevault Inc for tier-one banks.',
    "La vie chez Ledgerbay Ltd avec Corevault Inc n'est pas simple.",
  ])('no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a list closed by a counted rank phrase', () => {
  it.each([
    ['Slotwise Inc competes with Medibook Inc and Clinicly Inc, the two dominant booking platforms.', 2],
    ['Slotwise Inc takes on Medibook Inc and Clinicly Inc, the two largest players in Canada.', 2],
    [
      'La société Slotwise affronte Medibook, Clinicly et Rendezvo, les trois principaux acteurs du secteur.',
      3,
    ],
  ])('%s', (text, n) => {
    const names = ['Medibook', 'Clinicly', 'Rendezvo'].slice(0, n as number);
    for (const a of names)
      for (const b of names)
        if (a < b) expect(rivals(text as string).some((p) => p.includes(a) && p.includes(b))).toBe(true);
  });

  it.each([
    'Slotwise Inc is backed by Medibook Inc and Clinicly Inc, the two main shareholders of the firm.',
    'Slotwise Inc works with Medibook Inc and Clinicly Inc, the two biggest clients of the firm.',
    'Slotwise Inc competes with Medibook Inc and Clinicly Inc, the three leading platforms.',
  ])('no pair of the list: %s', (text) => {
    expect(has(text, 'Medibook Inc', 'Clinicly Inc')).toBe(false);
  });
});

describe('the other contenders, listed', () => {
  it.each([
    'The other contenders in the replacement market are Finstack Ltd and Nuvola Banking.',
    'Other players include Finstack Ltd and Nuvola Banking.',
    'Les autres acteurs du marché sont Finstack et Nuvola Banking.',
    'Other competitors in Europe include Finstack Ltd and Nuvola Banking, analysts said.',
  ])('%s', (text) => {
    expect(rivals(text).some((p) => p.includes('Finstack') && p.includes('Nuvola Banking'))).toBe(true);
  });

  it.each([
    'Its other investors include Finstack Ltd and Nuvola Banking.',
    'Other clients include Finstack Ltd and Nuvola Banking.',
    'Les autres actionnaires sont Finstack et Nuvola Banking.',
  ])('no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('market shares of a hyphenated market', () => {
  it.each([
    'Corevault Inc held 34% of the mid-market last year, followed by Tessaract Systems with 22% and Finstack Ltd with 9%.',
    'Corevault Inc held 34% of the market, followed by Tessaract Systems (22%) and Finstack Ltd (9%).',
    'Corevault détient 34 % du sous-marché, devant Tessaract Systems (22 %) et Finstack (9 %).',
  ])('%s', (text) => {
    expect(
      has(text, 'Corevault Inc', 'Tessaract Systems') || has(text, 'Corevault', 'Tessaract Systems'),
    ).toBe(true);
    expect(rivals(text).some((p) => p.includes('Finstack') && p.includes('Tessaract'))).toBe(true);
  });

  it('no market: shares of capital', () => {
    expect(
      rivals('Corevault Inc holds 34% of the capital, Tessaract Systems 22% and Finstack Ltd 9%.'),
    ).toEqual([]);
  });
});

describe('a contest awarded: the winner contests, not the client', () => {
  it.each([
    "La Direction générale de l'armement a attribué mardi à Aerolis le marché, au terme d'une compétition face à Vectrion et Skydrome.",
    "La ville de Lyon a confié à Aerolis le contrat, au terme d'une compétition face à Vectrion et Skydrome.",
    'La société Aerolis a remporté le marché face à Vectrion et Skydrome.',
  ])('%s', (text) => {
    expect(has(text, 'Aerolis', 'Vectrion')).toBe(true);
    expect(has(text, 'Aerolis', 'Skydrome')).toBe(true);
    expect(rivals(text).filter((p) => !p.includes('Aerolis'))).toEqual([]);
  });
});
