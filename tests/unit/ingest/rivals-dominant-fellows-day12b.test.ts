import { facts, run } from './helpers';

/**
 * A subject's rivals closed by a plural relative clause of market dominance ("A et B, qui dominent le marché") are
 * told as the market's leaders, so rivals of one another (frames/rivals-dominant-fellows.ts).
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('rivals closed by a plural clause of dominance are rivals of one another', () => {
  it.each([
    "Voltanis affronte Kraftspeicher et GridVault, qui ont remporté l'essentiel des appels d'offres de 2025.",
    'Ensemble, Voltanis et Ampérys affronteront Kraftspeicher et GridVault, qui dominent le transport frigorifique.',
    'Voltanis concurrence Kraftspeicher et GridVault, qui détiennent la moitié du marché.',
    'Voltanis competes with Kraftspeicher and GridVault, which have won most public tenders in the sector.',
    "Voltanis will compete with market leader Kraftspeicher and with Denmark's GridVault, which together process half of all card payments.",
    'Voltanis rivalise avec Kraftspeicher et GridVault, qui contrôlent 60 % du marché.',
  ])('%s', (text) => {
    expect(has(text, 'Voltanis', 'Kraftspeicher')).toBe(true);
    expect(has(text, 'Kraftspeicher', 'GridVault')).toBe(true);
  });

  it.each([
    'Voltanis competes with Kraftspeicher and GridVault, which it supplies with cells.',
    'Voltanis competes with Kraftspeicher and GridVault, which were both founded in 2015.',
    "Voltanis affronte Kraftspeicher et GridVault, qui ont annoncé leur fusion l'an dernier.",
  ])('no pair between the rivals: %s', (text) => {
    expect(has(text, 'Kraftspeicher', 'GridVault')).toBe(false);
  });
});
