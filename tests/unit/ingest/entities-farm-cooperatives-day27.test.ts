/**
 * Day twenty-seven, French press: an institution head takes the farming adjectives in "-cole" beside "agricole" and
 * "viticole" ("la Coopérative horticole du Trégor", "la Coopérative ostréicole de Marennes"), so the name is read
 * whole, not split at the adjective (entities/lexicon-institutions.ts `INSTITUTION_ADJECTIVES`). Sentences written
 * for these tests.
 */
import { run } from './helpers';

function names(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

describe('a cooperative named with a farming adjective is one name', () => {
  it.each([
    [
      'Verdalia a fusionné avec la Coopérative horticole du Trégor en 2018.',
      'Coopérative horticole du Trégor',
    ],
    [
      'La Coopérative ostréicole de Marennes a racheté la société Huîtres Gillardeau.',
      'Coopérative ostréicole de Marennes',
    ],
    ["L'Union apicole de Provence a investi dans la start-up Beewatch.", 'Union apicole de Provence'],
  ])('%s', (text, want) => {
    const got = names(text);
    expect(got).toContain(want);
    expect(got).not.toContain('Coopérative');
  });

  it('reads no name from the adjective after a plain noun (near miss)', () => {
    expect(names('La société Kermor vend des fleurs horticoles de Bretagne.')).toEqual(['Kermor']);
  });
});
