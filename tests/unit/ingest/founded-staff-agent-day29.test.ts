/**
 * Day twenty-nine, founders and leaders (second round): a name before a staff noun after "by" ("founded by former
 * Royal Air Force pilots A and B") is where the founders worked, never a founder, even when the entity pass takes
 * it for a person (relations/frames/founders-clause.ts `titledPersonAt`, `syntax-words.ts` `STAFF_AFTER`).
 * Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function founded(text: string): string[] {
  return run(text, '2026-11-29')
    .relations.map(typedPair)
    .filter((f) => f.startsWith('FOUNDED '))
    .sort();
}

describe('founders named after their former employer and a staff noun', () => {
  it.each([
    'Kestrel Drones was founded in 2014 by former Royal Navy pilots Owen Marsh and Lucy Trent.',
    'Founded in 2014 by former Royal Navy pilots Owen Marsh and Lucy Trent, Kestrel Drones builds survey aircraft.',
    'Kestrel Drones was founded in 2014 by former Brightwing Airlines pilots Owen Marsh and Lucy Trent.',
  ])('%s', (text) => {
    const facts = founded(text);
    expect(facts).toEqual(['FOUNDED Lucy Trent -> Kestrel Drones', 'FOUNDED Owen Marsh -> Kestrel Drones']);
  });
});

describe('near misses', () => {
  it('still reads a founder described as a pilot after the name', () => {
    expect(founded('Kestrel Drones was founded in 2014 by Owen Marsh, a former pilot.')).toEqual([
      'FOUNDED Owen Marsh -> Kestrel Drones',
    ]);
  });

  it('still reads a company that founds a venture', () => {
    expect(
      founded(
        'Kestrel Drones, a joint venture set up by Brightwing Airlines and Corvane Group, flies from Leeds.',
      ),
    ).toContain('FOUNDED Brightwing Airlines -> Kestrel Drones');
  });
});
