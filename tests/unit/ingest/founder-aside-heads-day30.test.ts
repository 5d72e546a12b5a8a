/**
 * Day thirty, founders and leaders (second round): a founder told heading the company in a relative after the
 * founding (frames/founders-still-heads.ts), now across an aside describing the founder ("créée par P, une ancienne
 * ingénieure d'Airbus, qui la dirige toujours"), and in the forms "qui restera à sa tête", "who remains at its helm",
 * "who still chairs its board", "qui en assure la présidence". Sentences written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('a founder who still heads the company founded', () => {
  it.each([
    [
      "Tramelis a été fondée en 2016 par Agathe Morel, une ancienne ingénieure d'Airbus, qui la dirige toujours.",
      'Agathe Morel -> Tramelis',
    ],
    [
      'Brakeline was founded in 2009 by Mark Dobson, a former Volvo engineer, who still runs it.',
      'Mark Dobson -> Brakeline',
    ],
    [
      "Fondée en 2015 par l'agronome Paul Vernet, qui restera à sa tête, Semalys a levé 5 millions d'euros.",
      'Paul Vernet -> Semalys',
    ],
    [
      'Brakeline was founded in 2009 by Mark Dobson, who will remain at the helm.',
      'Mark Dobson -> Brakeline',
    ],
    [
      'Brakeline was founded in 2009 by Mark Dobson, who still chairs its board, and employs 400 people.',
      'Mark Dobson -> Brakeline',
    ],
    [
      'Tramelis a été fondée en 2016 par Agathe Morel, qui en assure toujours la présidence.',
      'Agathe Morel -> Tramelis',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });
});

describe('near misses', () => {
  it('an aside naming kin leaves the relative to that kin', () => {
    const text =
      'Tramelis a été fondée en 2016 par Agathe Morel, la fille de Louis Morel, qui la dirige toujours.';
    expect(leads(text)).not.toContain('Agathe Morel -> Tramelis');
  });

  it('a relative telling the founder left is no post', () => {
    const text =
      "Tramelis a été fondée en 2016 par Agathe Morel, une ancienne ingénieure d'Airbus, qui l'a quittée en 2021.";
    expect(leads(text)).toEqual([]);
  });

  it('an aside naming two other companies may carry the post to one of them', () => {
    const text =
      'Brakeline was founded in 2009 by Mark Dobson, a former Volvo and Scania engineer, who still runs it.';
    expect(leads(text)).not.toContain('Mark Dobson -> Brakeline');
  });

  it('a stay told with another place is no head', () => {
    expect(leads('Brakeline was founded in 2009 by Mark Dobson, who will remain at the plant.')).toEqual([]);
  });
});
