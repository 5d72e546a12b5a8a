import { facts, run } from './helpers';

/** The facts of one type as "person -> org", sorted. */
function pairs(text: string, type: string): string[] {
  return facts(run(text), type)
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

/** A French opening sentence, so that a short test text is read as French. */
const FR =
  "La société lyonnaise a annoncé mardi une levée de fonds de dix millions d'euros auprès de ses actionnaires. ";
/** An English opening sentence naming no person. */
const EN = 'The company said on Tuesday it had raised $10 million from its existing shareholders. ';

describe('a post given up is no LEADS of the company left (people.ts FORMER_TITLE)', () => {
  it('reads no LEADS from "former"/"onetime"/"ex-" before the title, in either order', () => {
    expect(
      pairs(
        `${EN}Former Stackwave chief executive Lena Hoffmann, who left in 2021, opened a studio.`,
        'LEADS',
      ),
    ).toEqual([]);
    expect(
      pairs(`${EN}Meridian's former chief executive, Paul Vance, now sits on several boards.`, 'LEADS'),
    ).toEqual([]);
    expect(
      pairs(`${EN}The fund is backed by former Arnell Foods chief executive Ruth Kemp.`, 'LEADS'),
    ).toEqual([]);
    expect(pairs(`${EN}The round was joined by onetime Brixham Foods chairman Owen Pryce.`, 'LEADS')).toEqual(
      [],
    );
    expect(
      pairs(`${FR}Le tour a été complété par l'ex-directeur général de Payroo, Thomas Viel.`, 'LEADS'),
    ).toEqual([]);
  });

  it('keeps the present post of the same sentence and of a title without "former"', () => {
    expect(
      pairs(
        `${EN}Meridian's former chief executive, Paul Vance, is now chief executive of Sanitas Clinics.`,
        'LEADS',
      ),
    ).toEqual(['Paul Vance -> Sanitas Clinics']);
    expect(
      pairs(`${EN}Meridian's chief executive, Paul Vance, said the deal would close soon.`, 'LEADS'),
    ).toEqual(['Paul Vance -> Meridian']);
    expect(
      pairs(`${EN}Stackwave chief executive Lena Hoffmann said the deal would close soon.`, 'LEADS'),
    ).toEqual(['Lena Hoffmann -> Stackwave']);
  });
});

describe('a verb of heading with a time phrase before its object ("dirige depuis 2019 X")', () => {
  it('reads "depuis" with a year, a month, a count of years, and a comma around it', () => {
    expect(pairs(`${FR}Sandrine Kessler dirige depuis 2019 Argonic Systems.`, 'LEADS')).toEqual([
      'Sandrine Kessler -> Argonic Systems',
    ]);
    expect(pairs(`${FR}Sandrine Kessler préside depuis janvier 2021 Argonic Systems.`, 'LEADS')).toEqual([
      'Sandrine Kessler -> Argonic Systems',
    ]);
    expect(pairs(`${FR}Sandrine Kessler pilote depuis mars Argonic Systems.`, 'LEADS')).toEqual([
      'Sandrine Kessler -> Argonic Systems',
    ]);
    expect(pairs(`${FR}Sandrine Kessler dirige, depuis 2019, Argonic Systems.`, 'LEADS')).toEqual([
      'Sandrine Kessler -> Argonic Systems',
    ]);
  });

  it('reads no LEADS when the verb is negated or is no verb of heading', () => {
    expect(pairs(`${FR}Sandrine Kessler ne dirige plus depuis 2019 Argonic Systems.`, 'LEADS')).toEqual([]);
    expect(pairs(`${FR}Sandrine Kessler conseille depuis 2019 Argonic Systems.`, 'LEADS')).toEqual([]);
    // a past verb before the time phrase tells of a head who is leaving (dev-gold-10 fr-468)
    expect(pairs(`${FR}Sandrine Kessler dirigeait depuis 2019 Argonic Systems.`, 'LEADS')).toEqual([]);
  });
});
