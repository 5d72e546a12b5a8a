/**
 * Day twenty-eight, pointers (second round): "Its founder" / "Son fondateur" opening a sentence with no name after it
 * is the one person read founding the company named last (anaphora-possessive-founder.ts); "Elle a quitté le groupe
 * pour créer X" / "She left the bank to found X" makes the pronoun the person told before
 * (anaphora-person-left-to-found.ts); and "Il avait racheté A, puis pris une participation dans B" gives A no stake
 * in B (fr/funded.ts `fr.funded.minority-stake`); "P en est resté le directeur général" holds the post now
 * (frames/leads-post-phrases.ts). Near misses: two founders, no founding read, a name after the
 * noun, leaving for another job. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function pairs(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe('"Its founder" / "Son fondateur" is the one founder read', () => {
  it('gives the English founder the chair he still holds', () => {
    const text =
      'Halvor Marine was set up in 1979 by Ingrid Solberg. Its founder, now 81, still chairs the supervisory board.';
    expect(pairs(text, 'LEADS')).toContain('LEADS Ingrid Solberg -> Halvor Marine');
  });

  it('gives the French founder the company she still runs', () => {
    const text =
      "La biscuiterie Maison Dourdan a été fondée en 1962 par Odile Ferrand. Sa fondatrice préside toujours l'entreprise.";
    expect(pairs(text, 'LEADS')).toContain('LEADS Odile Ferrand -> Maison Dourdan');
  });

  it('reads past an aside on the founder', () => {
    const text =
      "La société Vercors Outillage a été créée en 1971 par Bernard Achard. Son fondateur, aujourd'hui âgé de 86 ans, préside toujours le conseil de surveillance.";
    expect(pairs(text, 'LEADS')).toContain('LEADS Bernard Achard -> Vercors Outillage');
  });
});

describe('"Son fondateur et président, P" names the founder after a second title', () => {
  it('leaves the French sentence to the title rules, which give P the post', () => {
    const text =
      'La PME Ardelis a été créée en 1995 par Hugo Farge. Son fondateur et directeur général, Hugo Farge, reste aux commandes.';
    expect(pairs(text, 'LEADS')).toEqual(['LEADS Hugo Farge -> Ardelis']);
  });

  it('does the same in English', () => {
    const text =
      'Bramble Bakery was founded in 1990 by Ann Croft. Its founder and chief executive, Ann Croft, 61, will stay for a year.';
    expect(pairs(text, 'LEADS')).toEqual(['LEADS Ann Croft -> Bramble Bakery']);
  });
});

describe('"Son fondateur en est resté le directeur général"', () => {
  it('takes the founder of the company the sentence before was about, not its investor', () => {
    const text =
      "Le transporteur Velanor a racheté la PME Glacéo. Glacéo a été créée en 2011 par Nadia Serrat. La société a levé 8 millions d'euros en 2017 auprès de Rhône Invest. Son fondateur en est resté le directeur général.";
    const found = pairs(text, 'LEADS');
    expect(found).toContain('LEADS Nadia Serrat -> Glacéo');
    expect(found).not.toContain('LEADS Nadia Serrat -> Rhône Invest');
  });

  it('reads "en est resté" after a named person as "en reste"', () => {
    const text =
      'La coopérative Terres de Loire a été fondée en 1975 par Gilles Mornet. Gilles Mornet en est resté le président.';
    expect(pairs(text, 'LEADS')).toContain('LEADS Gilles Mornet -> Terres de Loire');
  });

  it('gives no head after "en est resté" when the title is another post', () => {
    const text =
      'La coopérative Terres de Loire a été fondée en 1975 par Gilles Mornet. Gilles Mornet en est resté le directeur financier.';
    expect(pairs(text, 'LEADS')).not.toContain('LEADS Gilles Mornet -> Terres de Loire');
  });
});

describe('near misses: no single founder to point at', () => {
  it('leaves "its founder" alone when two founders were read', () => {
    const text =
      'Halvor Marine was set up in 1979 by Ingrid Solberg and Nils Berg. Its founder still chairs the supervisory board.';
    const found = pairs(text, 'LEADS');
    expect(found).not.toContain('LEADS Ingrid Solberg -> Halvor Marine');
    expect(found).not.toContain('LEADS Nils Berg -> Halvor Marine');
  });

  it('gives nobody the post when no founding was read', () => {
    const text =
      'Lars Eide joined Halvor Marine in 2001. Halvor Marine makes ferry engines. Its founder still chairs the supervisory board.';
    expect(pairs(text, 'LEADS')).not.toContain('LEADS Lars Eide -> Halvor Marine');
  });
});

describe('a pronoun leaving a post to found a company is the person told before', () => {
  it('reads the French founding through "Elle a quitté … pour créer"', () => {
    const text =
      "Talvera lève 4 millions d'euros auprès de Breizh Amorçage. Sonia Karadec a passé douze ans chez Safran. Elle a quitté le groupe en 2019 pour créer Talvera.";
    expect(pairs(text, 'FOUNDED')).toContain('FOUNDED Sonia Karadec -> Talvera');
  });

  it('reads the English founding through "He left … to found"', () => {
    const text =
      'Corvane raised $6 million from Northgate Ventures. Owen Pryce spent a decade at Rolls-Royce. He left the group in 2020 to found Corvane.';
    expect(pairs(text, 'FOUNDED')).toContain('FOUNDED Owen Pryce -> Corvane');
  });

  it('gives no founding when the person left to join a company', () => {
    const text =
      "Talvera lève 4 millions d'euros auprès de Breizh Amorçage. Sonia Karadec a passé douze ans chez Safran. Elle a quitté le groupe en 2019 pour rejoindre Talvera.";
    expect(pairs(text, 'FOUNDED')).not.toContain('FOUNDED Sonia Karadec -> Talvera');
  });
});

describe('the object of a first purchase takes no stake after "puis"', () => {
  it('gives the bought company no stake in the start-up', () => {
    const text =
      "Le groupe, qui réalise 300 millions d'euros de chiffre d'affaires, grandit vite. Il avait racheté en 2022 le bureau d'études nantais Fluvex, puis pris une participation minoritaire l'an dernier dans la start-up normande Oravia.";
    expect(pairs(text, 'FUNDED')).not.toContain('FUNDED Fluvex -> Oravia');
  });

  it('keeps the named buyer as the investor of the second verb', () => {
    const text =
      "Armor Capital avait racheté en 2022 le bureau d'études nantais Fluvex, puis pris une participation minoritaire l'an dernier dans la start-up normande Oravia.";
    const found = pairs(text, 'FUNDED');
    expect(found).toContain('FUNDED Armor Capital -> Oravia');
    expect(found).not.toContain('FUNDED Fluvex -> Oravia');
  });
});
