import { facts, run } from './helpers';

/** FOUNDED facts of one text as "person -> org", sorted. */
function founders(text: string): string[] {
  return facts(run(text), 'FOUNDED')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

describe('FOUNDED from a founder title', () => {
  it('reads "X\'s co-founder and chief executive P"', () => {
    expect(
      founders("The deal was announced by Larkspur Inc's co-founder and chief executive Ana Ruiz."),
    ).toEqual(['Ana Ruiz -> Larkspur Inc']);
  });

  it('reads a founder speaker closing a sentence about the subject company', () => {
    expect(
      founders('Larkspur Inc expects sales to double, co-founder and chief executive Ana Ruiz said.'),
    ).toEqual(['Ana Ruiz -> Larkspur Inc']);
  });

  it('reads an inverted French attribution in a sentence naming no company', () => {
    expect(
      founders(
        'Larkspur Inc a levé 5 M€. « Nous voulions des actionnaires patients », explique son fondateur et PDG, Damien Rocheteau.',
      ),
    ).toEqual(['Damien Rocheteau -> Larkspur Inc']);
  });

  it('gives the founding to the company the pointer stands for, not to its investor', () => {
    const text =
      'Le nantais Larkspur a fait entrer le fonds Arbor Capital à son capital. ' +
      '« Il nous fallait un partenaire de long terme », raconte son fondateur et président, Damien Rocheteau.';
    const got = founders(text);
    expect(got).toContain('Damien Rocheteau -> Larkspur');
    expect(got.some((f) => f.endsWith('Arbor Capital'))).toBe(false);
  });

  it('does not give the founding to another company named between the titles', () => {
    expect(
      founders("The deal was announced by Larkspur Inc's founder and Orwin Corp's chief executive Ana Ruiz."),
    ).toEqual([]);
  });

  it('does not read a speaker with a leader title only', () => {
    expect(founders('Larkspur Inc expects sales to double, chief executive Ana Ruiz said.')).toEqual([]);
  });
});
