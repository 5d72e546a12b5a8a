import { facts, run } from './helpers';

/**
 * Rivalry classes of day fifteen, round two: the named rivals after a plural rival noun with no example word
 * ("competes with larger rivals A and B", "affronte des concurrents bien plus gros, A et B") are one another's
 * rivals too, while an example list ("rivals such as A and B") or a possessive ("ses principaux concurrents, A et
 * B") pairs them with the subject alone; a denied intent before an infinitive ("has no plans to compete with A");
 * a pointer inside the subject's apposition is no second subject of "agreed to buy smaller rival B".
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('named rivals after a plural rival noun are paired', () => {
  it.each([
    'Polarline Logistics sells cold storage. Polarline Logistics competes with larger rivals Lineage Inc and Americold Corp in the Benelux.',
    'Polarline Logistics sells cold storage. Polarline Logistics is up against bigger competitors Lineage Inc and Americold Corp in Germany.',
    'Polarline Logistics sells cold storage. Polarline Logistics has long competed with bigger rivals Lineage Inc and Americold Corp.',
    'Laiterie Berthaud fabrique du comté. Laiterie Berthaud affronte des concurrents bien plus gros, Lineage Inc et Americold Corp, et les deux groupes ont gagné des parts de marché.',
    'Laiterie Berthaud fabrique du comté. Laiterie Berthaud affrontera des concurrents de poids, au premier rang desquels Lineage Inc et Americold Corp.',
    'Laiterie Berthaud fabrique du comté. Face aux concurrents historiques Lineage Inc et Americold Corp, Laiterie Berthaud mise sur le bio.',
  ])('%s', (text) => {
    expect(has(text, 'Americold Corp', 'Lineage Inc')).toBe(true);
  });

  it('pairs the subject with the rivals named after a comma', () => {
    const text =
      'Laiterie Berthaud fabrique du comté. Laiterie Berthaud affronte des concurrents bien plus gros, Lineage Inc et Americold Corp, depuis dix ans.';
    expect(has(text, 'Laiterie Berthaud', 'Lineage Inc')).toBe(true);
    expect(has(text, 'Americold Corp', 'Laiterie Berthaud')).toBe(true);
  });

  it.each([
    'Polarline Logistics sells cold storage. Polarline Logistics competes with larger rivals such as Lineage Inc and Americold Corp.',
    'Laiterie Berthaud fabrique du comté. Laiterie Berthaud affronte des concurrents bien plus gros, comme Lineage Inc ou Americold Corp.',
    'Laiterie Berthaud fabrique du comté. Laiterie Berthaud veut mieux résister à ses grands concurrents, Lineage Inc et Americold Corp.',
    'Polarline Logistics sells cold storage. Polarline Logistics faces rivals in Chicago, where Lineage Inc and Americold Corp are based.',
  ])('leaves an example list, a possessive or a place unpaired: %s', (text) => {
    expect(has(text, 'Americold Corp', 'Lineage Inc')).toBe(false);
  });
});

describe('a denied intent before an infinitive of rivalry', () => {
  it.each([
    'Acme Robotics Inc makes robots. Acme Robotics Inc has no plans to compete with Bolt Systems Ltd in Europe.',
    'Acme Robotics Inc makes robots. Acme Robotics Inc has no intention to compete with Bolt Systems Ltd.',
    'Acme Robotics Inc makes robots. Acme Robotics Inc never intended to compete with Bolt Systems Ltd.',
    "Acme Robotics Inc fabrique des robots. Acme Robotics Inc n'a aucune intention de concurrencer Bolt Systems Ltd.",
  ])('%s', (text) => {
    expect(has(text, 'Acme Robotics Inc', 'Bolt Systems Ltd')).toBe(false);
  });

  it.each([
    'Acme Robotics Inc makes robots. Acme Robotics Inc plans to compete with Bolt Systems Ltd in Europe.',
    'Acme Robotics Inc makes robots. Acme Robotics Inc wants to compete with Bolt Systems Ltd.',
    'Acme Robotics Inc fabrique des robots. Acme Robotics Inc rivalise avec Bolt Systems Ltd.',
  ])('still reads a stated intent or contest: %s', (text) => {
    expect(has(text, 'Acme Robotics Inc', 'Bolt Systems Ltd')).toBe(true);
  });
});

describe("a bought rival is the subject's, not its apposition pointer's", () => {
  const text =
    'Heatwell to buy installer Ecovolt, becoming number two behind Octane Home\n\nHeatwell, the Bristol-based heat pump installer, has agreed to buy smaller rival Ecovolt for £60 million, the companies said on Monday.';

  it('pairs the buyer with the rival it buys', () => {
    expect(has(text, 'Ecovolt', 'Heatwell')).toBe(true);
  });

  it('does not pair the rival with the company the pointer was resolved to', () => {
    expect(has(text, 'Ecovolt', 'Octane Home')).toBe(false);
  });
});
