/**
 * FOUNDED told by "set up" with a pronoun founder ("In 1987 he set up X", read by frame.founded.active once
 * anaphora-person-pronoun.ts takes "set up" as a career verb); "set" alone, another object, and a pronoun whose gender
 * fits no person give none. Sentences
 * written for these tests (ana2, day fifteen b).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

const EN = 'Harold Brenner was also an early software investor. ';
const FR = 'Harold Brenner était aussi un investisseur. ';

describe('a founding verb of more than one word', () => {
  it.each([
    `${EN}He set up Cargolink in 1987.`,
    `${EN}In 1987 he set up Cargolink, a freight-booking platform.`,
    `${EN}He had set up Cargolink before he retired.`,
  ])('%s', (text) => {
    expect(founded(text)).toContain('Harold Brenner -> Cargolink');
  });

  it.each([
    // the pronoun agrees with no person named
    `${EN}She set up Cargolink in 1987.`,
    // another object than the company
    `${EN}He set up a new office for Cargolink.`,
    `${FR}Il a mis sur pied une filiale avec Cargolink.`,
    // "set" alone founds nothing
    `${EN}He set Cargolink on a new course.`,
  ])('none: %s', (text) => {
    expect(founded(text)).not.toContain('Harold Brenner -> Cargolink');
  });
});
