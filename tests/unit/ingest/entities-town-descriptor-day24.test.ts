/**
 * Day twenty-four, entities and pointers: "The Falkirk manufacturer", "The Westland company" — English press calls
 * a company by the town it sits in, between "the" and a lower-case trade noun, without saying the town before. The
 * town is no company (entities/place-before-trade-noun.ts), so the phrase points back like "the Wisconsin company"
 * and the facts of its clause go to the company it stands for. An acronym ("the STB business") is a near miss that
 * stays a name (a name also written bare elsewhere keeps its other mentions anyway). French says "le groupe de Cork",
 * which entities/origin-places.ts already reads. Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function entityNames(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

describe('a town between "the" and a trade noun is no company', () => {
  it.each([
    [
      'Hollis Defence has agreed to buy Calder Drones for 84 million pounds. The Larbert company, which employs 230 people, was set up in 2011 by two former engineers, Fiona Reid and Neil Troon.',
      'Larbert',
    ],
    [
      'Corvex Motors reported higher sales on Tuesday. The Tamworth manufacturer, which builds 900 buses a year, has long competed with Brayton Engineering. It plans to expand its Tamworth plant.',
      'Tamworth',
    ],
    [
      'Ostrava Paints lifted its dividend. The Selby firm, which sells in 14 countries, was founded in 1961 by Arthur Penrose.',
      'Selby',
    ],
  ])('%s', (text, town) => {
    expect(entityNames(text)).not.toContain(town);
  });

  it('gives the rivalry of the clause to the company the phrase points at, not to the town', () => {
    const facts = run(
      'Corvex Motors reported higher sales on Tuesday. The Tamworth manufacturer, which builds 900 buses a year, has long competed with Brayton Engineering.',
    ).relations.map(typedPair);
    expect(facts).toContain('COMPETES_WITH Brayton Engineering -> Corvex Motors');
  });
});

describe('an acronym between "the" and a trade noun stays a name', () => {
  it('keeps "the STB business" as a unit bought', () => {
    const text =
      'Corvex bought the STB business from Trident Holdings in 2019. The STB business makes radios.';
    expect(entityNames(text)).toContain('STB');
  });
});

describe('a company named once as "the X group" stays a company', () => {
  it.each([
    ['The Kestrel group bought Italian valve maker Ferrati in 2012.', 'Kestrel'],
    ['The Volkswagen company said on Monday it would build a plant in Chattanooga.', 'Volkswagen'],
  ])('%s', (text, name) => {
    expect(entityNames(text)).toContain(name);
  });
});
