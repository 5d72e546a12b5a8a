/**
 * Day twenty-seven, pointers: a founder told by a possessive ("Its founder, P,", "Son fondateur, P,", "Tessaly's
 * founder, P,") who stays at the head ("said he would stay on as chief executive", "remains chairman", "restera à la
 * tête du laboratoire", "reste présidente", "restera directeur général") leads the company the possessive stands for
 * (frames/leads-founder-stays.ts). And "Sa fondatrice, P, qui a créé l'entreprise en 2012" / "Its founder, P, who set
 * up the company in 2004": the company pointer after the founding verb is the one the possessive stood for, not
 * the salient buyer (anaphora-career-object.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

describe('a founder told by a possessive who stays at the head leads the company', () => {
  it.each([
    [
      'Corlane Foods agreed on Monday to buy Tessaly for $90 million. Its founder, Dana Whitfield, said she would stay on as chief executive.',
      'LEADS Dana Whitfield -> Tessaly',
    ],
    [
      "Corlane Foods agreed on Monday to buy Tessaly for $90 million. Tessaly's founder, Dana Whitfield, who opened the first bakery in 2004, will remain chairman.",
      'LEADS Dana Whitfield -> Tessaly',
    ],
    [
      "Le groupe Marvel Agro a racheté jeudi le laboratoire Biovéron pour 20 millions d'euros. Son fondateur, Paul Ancel, un ancien chercheur du CNRS, restera à la tête du laboratoire pendant deux ans.",
      'LEADS Paul Ancel -> Biovéron',
    ],
    [
      "Le groupe Marvel Agro a racheté jeudi la société Fromentine pour 20 millions d'euros. Sa fondatrice, Léa Morvan, qui a créé l'entreprise en 2012, reste présidente.",
      'LEADS Léa Morvan -> Fromentine',
    ],
    [
      "Le groupe Marvel Agro a racheté jeudi la société Fromentine pour 20 millions d'euros. Son fondateur, Marc Olier, restera directeur général.",
      'LEADS Marc Olier -> Fromentine',
    ],
  ])('%s', (text, wanted) => {
    expect(leads(text)).toContain(wanted);
  });
});

describe('near misses give the founder no head post', () => {
  it.each([
    // another person stays
    [
      'Corlane Foods agreed on Monday to buy Tessaly for $90 million. Its founder, Dana Whitfield, said Omar Reyes would stay on as chief executive.',
      'LEADS Dana Whitfield -> Tessaly',
    ],
    // a post that is no head's
    [
      'Corlane Foods agreed on Monday to buy Tessaly for $90 million. Its founder, Dana Whitfield, will remain chief financial officer.',
      'LEADS Dana Whitfield -> Tessaly',
    ],
    // a stake kept, not a post
    [
      "Le groupe Marvel Agro a racheté jeudi le laboratoire Biovéron pour 20 millions d'euros. Son fondateur, Paul Ancel, restera actionnaire à hauteur de 10 %.",
      'LEADS Paul Ancel -> Biovéron',
    ],
  ])('%s', (text, refused) => {
    expect(leads(text)).not.toContain(refused);
  });
});

describe("the company a possessive founder's relative clause founded is the possessive's", () => {
  it.each([
    [
      "Le groupe Marvel Agro a racheté jeudi la société Fromentine pour 20 millions d'euros. Sa fondatrice, Léa Morvan, qui a créé l'entreprise en 2012, reste présidente.",
      'FOUNDED Léa Morvan -> Fromentine',
      'FOUNDED Léa Morvan -> Marvel Agro',
    ],
    [
      'Corlane Foods agreed on Monday to buy Tessaly for $90 million. Its founder, Dana Whitfield, who set up the company in 2004, will join the board of Corlane.',
      'FOUNDED Dana Whitfield -> Tessaly',
      'FOUNDED Dana Whitfield -> Corlane Foods',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = relationsOf(text).map(typedPair);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });
});
