/**
 * Deal, day fifteen: a unit sold unnamed in the lead and named by a naming phrase in the next sentence
 * (deal-unit-trade-name.ts, called by wire-unit-named-later.ts): "The division, which trades as Z, …". The named
 * unit changes hands, its owner sells it. Sentences written for these tests (dev-gold-16 en-553 shows the shape).
 */
import { facts, madePairs, run } from './helpers';

const PUBLISHED = '2026-07-10';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('the unit named by a naming phrase is what changes hands', () => {
  it.each([
    'Vantor Aerospace has agreed to buy the unmanned systems division of Hallam Dynamics for £185 million. The division, which trades as Skyward Systems and employs 420 people, makes drones.',
    'Vantor Aerospace bought the drone business of Hallam Dynamics last year. The business, known as Skyward Systems, makes drones.',
    'Vantor Aerospace agreed to acquire the drone business of Hallam Dynamics. The business, which operates as Skyward Systems, employs 420 people.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Vantor Aerospace -> Skyward Systems']);
    expect(facts(run(text, PUBLISHED), 'ACQUIRED')[0]?.seller).toBe('Hallam Dynamics');
  });

  it.each([
    'Vantor Aerospace a racheté la division drones de Hallam Dynamics. La division, baptisée Skyward Systems, emploie 420 personnes.',
    "Vantor Aerospace rachète l'activité drones de Hallam Dynamics. L'activité, connue sous le nom de Skyward Systems, emploie 420 personnes.",
    'Vantor Aerospace a repris la filiale drones de Hallam Dynamics. La filiale, qui opère sous le nom de Skyward Systems, emploie 420 personnes.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Vantor Aerospace -> Skyward Systems']);
  });
});

describe('no retargeting', () => {
  it('a rumoured sale stays unmade', () => {
    const text =
      'Vantor Aerospace is in talks to buy the drone division of Hallam Dynamics. The division, which trades as Skyward Systems, makes drones.';
    expect(made(text)).toEqual([]);
  });

  it('a named company bought keeps its name when the next sentence names a partner', () => {
    const text =
      'Vantor Aerospace bought Hallam Dynamics last year. The company, which trades with Skyward Systems, makes drones.';
    expect(made(text)).toEqual(['Vantor Aerospace -> Hallam Dynamics']);
  });
});
