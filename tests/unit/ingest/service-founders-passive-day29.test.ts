/**
 * Day twenty-nine, precision (second round): "was founded in 2019 by former Navy pilot P" names the service P left,
 * not a founder. `frame.founded.passive` (frames/founders-clause.ts `titledPersonAt`) steps over a name standing
 * before a staff noun, and the entity stage no longer types the service a person for being a founding agent
 * (entities/person-cues.ts, `STAFF_AFTER` now in entities/lexicon-people.ts). English only: French names the
 * service after the noun ("l'ancien pilote de l'armée de l'air P"). Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-11-29' });
}

function founders(text: string): string[] {
  const r = read(text);
  return r.relations.filter((x) => x.type === 'FOUNDED').map((x) => `${x.source} -> ${x.target}`);
}

function people(text: string): string[] {
  return read(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('a service named before a staff noun founds nothing', () => {
  it('gives "The company was founded by former Navy pilot P" to P alone', () => {
    const text =
      'Halvorsen Drones builds survey aircraft. The company was founded in 2019 by former Navy pilot Erik Dahl, who remains its chief executive.';
    expect(founders(text)).toEqual(['Erik Dahl -> Halvorsen Drones']);
    expect(people(text)).toEqual(['Erik Dahl']);
  });

  it('gives "founded by former Air Force pilot P" after a company sentence to P alone', () => {
    const text =
      'Corbell Aero makes inspection drones. The company was founded in 2016 by former Air Force pilot Jenna Marsh, who remains its chief executive.';
    expect(founders(text)).toEqual(['Jenna Marsh -> Corbell Aero']);
    expect(people(text)).not.toContain('Air Force');
  });

  it('types no person for "founded by former Royal Navy officers" with no founder named', () => {
    const text =
      'Halvorsen Drones builds survey aircraft. It was founded in 2019 by former Royal Navy officers.';
    expect(people(text)).toEqual([]);
    expect(founders(text)).toEqual([]);
  });
});

describe('near misses: founders named plainly stay founders', () => {
  it('keeps "founded by P in her garage" (a person followed by a preposition)', () => {
    const text =
      'Halvorsen Drones builds survey aircraft. The company was founded in 2012 by Maria Olsen in her garage.';
    expect(founders(text)).toEqual(['Maria Olsen -> Halvorsen Drones']);
    expect(people(text)).toEqual(['Maria Olsen']);
  });

  it('keeps both founders of "founded by engineer A and pilot B" (staff nouns before the names)', () => {
    const text = 'Tern Gliders was founded in 2019 by engineer Ed Fenwick and pilot Callum Reid.';
    expect(founders(text)).toEqual(
      expect.arrayContaining(['Ed Fenwick -> Tern Gliders', 'Callum Reid -> Tern Gliders']),
    );
    expect(people(text)).toEqual(expect.arrayContaining(['Ed Fenwick', 'Callum Reid']));
  });
});
