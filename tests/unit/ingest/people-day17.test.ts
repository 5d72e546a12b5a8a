/**
 * Founders and heads (people, day seventeen): a person pronoun as the subject of an object relative on the company
 * ("X, which she co-founded", "X, qu'il dirige") is the person told before (anaphora-person-pronoun.ts), read by
 * the named relative rules (frames/founders-relative-partner.ts, frames/leads-object-relative-named.ts); the gap
 * between a founding participle and its "par"/"by" steps over a place's bracketed region and a former name
 * (frames/founders-founded.ts). Sentences written for these tests.
 */
import { sortedPairs } from './frames-test-helpers';

describe('a person pronoun opening an object relative on the company founded it', () => {
  it.each([
    [
      'Priya Nandakumar left Siemens in 2024. Voltmesh, which she co-founded last year with Tom Albright, has raised $18 million.',
      ['Priya Nandakumar -> Voltmesh', 'Tom Albright -> Voltmesh'],
    ],
    [
      "Claire Dutilleul a rejoint Stef en 2009. Meyrand Ibérica, qu'elle avait créée en 2014 à Saragosse, emploie 50 personnes.",
      ['Claire Dutilleul -> Meyrand Ibérica'],
    ],
    [
      "Nina Ortiz runs Kelvo. Kelvo, qu'elle a cofondée en 2015 avec Paul Girard, lève 5 millions d'euros.",
      ['Nina Ortiz -> Kelvo', 'Paul Girard -> Kelvo'],
    ],
    [
      'Aisha Rahman left Aviva in 2019. Claimwise, the company that she co-founded in 2020, sells software.',
      ['Aisha Rahman -> Claimwise'],
    ],
    [
      'Aisha Rahman left Aviva in 2019. Claimwise, a company she co-founded in 2020, sells software.',
      ['Aisha Rahman -> Claimwise'],
    ],
  ])('%s', (text, want) => {
    expect(sortedPairs(text, 'FOUNDED')).toEqual(expect.arrayContaining(want));
  });

  it.each([
    // a deal verb, not a founding one
    "Marc Vidal a quitté Engie. Ampérys, qu'il a rachetée en 2020, lève 5 millions d'euros.",
    'Tom Reyes left Hartwell in 2021. Lumo, which he bought in 2022, sells lamps.',
  ])('no founder: %s', (text) => {
    expect(sortedPairs(text, 'FOUNDED')).toEqual([]);
  });
});

describe('the subject of an object relative on the company heads it, in the present only', () => {
  it.each([
    [
      "Karim Benali a quitté Engie. Ampérys, qu'il dirige depuis 2020, lève 5 millions d'euros.",
      'Karim Benali -> Ampérys',
    ],
    ["Ampérys, que Karim Benali dirige depuis 2020, lève 5 millions d'euros.", 'Karim Benali -> Ampérys'],
    ['Halcyon, which Dana Ruiz has led since 2018, sells lamps.', 'Dana Ruiz -> Halcyon'],
    ['Halcyon, which Dana Ruiz still runs, sells lamps.', 'Dana Ruiz -> Halcyon'],
  ])('%s', (text, want) => {
    expect(sortedPairs(text, 'LEADS')).toContain(want);
  });

  it.each([
    // a post held before
    "Marc Vidal a quitté Engie. Ampérys, qu'il dirigeait depuis 2020, lève 5 millions d'euros.",
    'Halcyon, which Dana Ruiz led until 2019, sells lamps.',
    'Tom Reyes sold Lumo. Lumo, which he ran until 2020, sells lamps.',
  ])('no head: %s', (text) => {
    expect(sortedPairs(text, 'LEADS')).toEqual([]);
  });
});

describe("a place's bracketed region or a former name between the participle and its agent", () => {
  it.each([
    [
      "La start-up Perfulink, créée en 2023 à Écouen (Val-d'Oise) par Sarah Benali et Hugo Lefranc, lève 9 millions d'euros.",
      ['Hugo Lefranc -> Perfulink', 'Sarah Benali -> Perfulink'],
    ],
    [
      'Créée en 2019 à Nantes (Loire-Atlantique) par Inès Morel, Kelvia compte 30 salariés.',
      ['Inès Morel -> Kelvia'],
    ],
    [
      'Halden Bank was founded in 1998 in Leeds (West Yorkshire) by Gordon Pike and Ann Ray.',
      ['Ann Ray -> Halden Bank', 'Gordon Pike -> Halden Bank'],
    ],
    [
      'Halden Bank was founded in 1998 as Aire Valley Finance by businessman Gordon Pike.',
      ['Gordon Pike -> Halden Bank'],
    ],
  ])('%s', (text, want) => {
    expect(sortedPairs(text, 'FOUNDED')).toEqual(want);
  });

  it.each([
    // a person inside the brackets is no region: the gap is not crossed
    'Halden Bank was founded in 1998 in Leeds (with Tom Reyes) by Gordon Pike.',
    // the agent belongs to a second participle
    'Halden Bank was founded in 1998 in Leeds (West Yorkshire) and is run by Gordon Pike.',
  ])('no founder: %s', (text) => {
    expect(sortedPairs(text, 'FOUNDED')).toEqual([]);
  });
});
