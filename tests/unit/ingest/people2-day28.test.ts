/**
 * Day twenty-eight, founders and leaders (second round): a company's statement naming the head who leaves, then the
 * stand-in who "would serve as acting CEO" (frames/leads-serves-as-second-clause.ts); the company described after its
 * name, "that he still runs", headed by the subject of the relative clause it stands in when two people were named
 * before it (frames/leads-object-relative.ts); a head handing over the helm of the article's company ("a cédé les
 * rênes à sa fille, P", "handed the reins to P", frames/leads-handed-over.ts); a person who co-founded a start-up
 * "avant de rejoindre X" joins X, the start-up is not bought (frames/acquired-ownership.ts). Sentences written for
 * these tests.
 */
import { run, typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return run(text, '2026-11-20')
    .relations.map(typedPair)
    .filter((f) => f.startsWith(`${type} `))
    .sort();
}

describe('the stand-in named after the leaver in a second reported clause', () => {
  it.each([
    [
      'Corbel Genomics said on Tuesday that its founder, Nadia Ferris, had resigned as chief executive to care for her family and that chief financial officer Owen Blake would serve as interim CEO.',
      'LEADS Owen Blake -> Corbel Genomics',
    ],
    [
      'Harlow Instruments announced that its chairman and chief executive, Peter Vance, had retired and that Irene Cole would act as interim chief executive.',
      'LEADS Irene Cole -> Harlow Instruments',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // the leaver is another company's: the stand-in is that company's news, not the speaker's
    [
      "Corbel Genomics said on Tuesday that Velmar's founder, Nadia Ferris, had resigned and that Owen Blake would serve as interim CEO.",
      'LEADS Owen Blake -> Corbel Genomics',
    ],
    // the post taken is another officer's
    [
      'Corbel Genomics said on Tuesday that its founder, Nadia Ferris, had resigned and that Owen Blake would serve as chief financial officer.',
      'LEADS Owen Blake -> Corbel Genomics',
    ],
  ])('not: %s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });
});

describe('the company described in a relative clause on the last person named', () => {
  it.each([
    [
      'Nadia Ferris set up the lab in 2009 with her former student Karl Weiss, who left in 2015 to start Weiss Optics, a lens maker that he still runs.',
      'LEADS Karl Weiss -> Weiss Optics',
    ],
    [
      "Nadia Ferris a fondé le laboratoire en 2009 avec Karl Weiss, qui l'a quitté en 2015 pour créer Optique Weiss, une PME qu'il dirige toujours.",
      'LEADS Karl Weiss -> Optique Weiss',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // the last person named opens no relative clause: the pronoun's antecedent stays unsure
    [
      'Nadia Ferris set up the lab in 2009 with Karl Weiss and later sold Weiss Optics, a lens maker that he still runs.',
      'LEADS Karl Weiss -> Weiss Optics',
    ],
    [
      'Nadia Ferris set up the lab in 2009 with Karl Weiss and later sold Weiss Optics, a lens maker that he still runs.',
      'LEADS Nadia Ferris -> Weiss Optics',
    ],
  ])('not: %s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });
});

describe('a head handing over the helm of the article’s company to a person', () => {
  it.each([
    [
      "Biscuiterie Aubrac a été fondée en 1962 à Rodez. L'ancien P-dg avait cédé les rênes en 2012 à sa nièce, Lucie Fabre, qui dirige depuis la biscuiterie.",
      'LEADS Lucie Fabre -> Biscuiterie Aubrac',
    ],
    [
      'Biscuiterie Aubrac a été fondée en 1962 à Rodez. Le fondateur a passé la main en 2019 à Lucie Fabre.',
      'LEADS Lucie Fabre -> Biscuiterie Aubrac',
    ],
    [
      'Tarnside Mills was founded in 1962 in Leeds. The founder handed the reins to Lucy Fabre in 2012.',
      'LEADS Lucy Fabre -> Tarnside Mills',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // a function handed over is no head's post
    [
      'Biscuiterie Aubrac a été fondée en 1962 à Rodez. Le fondateur a cédé la direction financière à Lucie Fabre.',
      'LEADS Lucie Fabre -> Biscuiterie Aubrac',
    ],
    // another company is named: the rules reading names decide, the topic is not guessed
    [
      'Biscuiterie Aubrac a été fondée en 1962 à Rodez. Le fondateur de Minoterie Causse a passé la main en 2019 à Lucie Fabre.',
      'LEADS Lucie Fabre -> Biscuiterie Aubrac',
    ],
    // a pointer before the verb may take up another company than the topic
    [
      'Tarnside Mills was founded in 1962 in Leeds. Its founder handed the reins to Lucy Fabre in 2012.',
      'LEADS Lucy Fabre -> Tarnside Mills',
    ],
  ])('not: %s', (text, fact) => {
    expect(facts(text, 'LEADS')).not.toContain(fact);
  });
});

describe('a person joining a company by an infinitive is a hire, not a deal of the start-up named before', () => {
  it.each([
    "Diplômée de l'Insa, Léa Morel avait cofondé en 2014 la start-up nantaise Vélokit, spécialisée dans les vélos cargo, avant de rejoindre Maison Artaud en 2021.",
    'Léa Morel co-founded the start-up Velokit in 2014 before joining the Artaud group in 2021.',
  ])('not: %s', (text) => {
    expect(facts(text, 'ACQUIRED')).toEqual([]);
  });

  it('a company joining a group is still bought', () => {
    expect(facts('La start-up Vélokit a rejoint le groupe Artaud en 2021.', 'ACQUIRED').join()).toMatch(
      /ACQUIRED .*Artaud -> Vélokit/,
    );
  });
});
