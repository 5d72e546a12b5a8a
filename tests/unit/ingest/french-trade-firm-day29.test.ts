/**
 * Day twenty-nine, French press (second round): "le chimiste X" after a masculine determiner is a chemicals group in
 * the business press ("Le chimiste Solvaron a pris 15 % de Y", "cédée au chimiste allemand X"), so the occupation
 * noun no longer makes X a person (entities/person-cues.ts `occupationBefore`); "la chimiste P" is still a woman.
 * Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

const PUBLISHED = '2026-11-27';
const typeOf = (text: string, name: string) =>
  run(text, PUBLISHED).entities.find((e) => e.name === name)?.type;

describe('a chemicals group named after "le chimiste"', () => {
  it.each([
    [
      "Le chimiste Corvalis a par ailleurs pris l'an dernier une participation de 15 % dans Thermia.",
      'Corvalis',
    ],
    ['Le groupe Lactis a cédé en 2022 sa division de résines au chimiste Orvane.', 'Orvane'],
    ['Sur ce marché, Thermia affronte le chimiste rhodanien Valsorel.', 'Valsorel'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it('gives the chemicals group its stake', () => {
    const a = run(
      "Thermia lève 20 millions d'euros. Le chimiste Corvalis a par ailleurs pris l'an dernier une participation de 15 % dans Thermia.",
      PUBLISHED,
    );
    expect(facts(a, 'FUNDED').map(pair)).toContain('Corvalis -> Thermia');
  });

  it('near miss: "la chimiste" before a woman\'s name is still a person', () => {
    expect(typeOf('Thermia a été fondée par la chimiste Odile Varnier en 1998.', 'Odile Varnier')).toBe(
      'Person',
    );
  });

  it('near miss: "le chimiste" before a given name is still a person', () => {
    expect(typeOf('Le chimiste Pierre Lanvin a fondé Thermia en 1998.', 'Pierre Lanvin')).toBe('Person');
  });

  it('near miss: an English chemist stays a person', () => {
    expect(typeOf('Thermia was founded by chemist Harold Brenning in 1961.', 'Harold Brenning')).toBe(
      'Person',
    );
  });
});
