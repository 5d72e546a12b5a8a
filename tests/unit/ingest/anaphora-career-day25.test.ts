/**
 * Day twenty-five, anaphora: which company a pointer stands for, read from the sentence's structure.
 * - a company pointer that is the object of a person's founding or heading verb ("P, qui avait créé la société",
 *   "P, who founded the company", "P set up the company with Q") is the company the sentence before was about, not
 *   the article's salient buyer; a company named before it in the sentence keeps it, a past employer does not
 *   (anaphora-career-object.ts), and the compound tenses and "set up" are read (founded-compound-tense.ts);
 * - "The Spokane company", "L'entreprise normande" opening the sentence right after a purchase is the company bought
 *   (anaphora-described-target.ts);
 * - "ce dernier", "the latter" after a sentence ending on a person, before a founding or heading verb, is that
 *   person (anaphora-latter-person.ts).
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe("a person's founding or heading verb points at the company just told of", () => {
  it.each([
    [
      "Le groupe Valdor a annoncé mardi le rachat de Tissages Ardéchois pour 20 millions d'euros. L'entreprise ardéchoise emploie 150 salariés à Annonay. Hélène Brun, qui avait créé la société en 1972, en conserve 10 %.",
      'FOUNDED Hélène Brun -> Tissages Ardéchois',
      'FOUNDED Hélène Brun -> Valdor',
    ],
    [
      'Corvell Systems agreed on Monday to buy Pike Analytics for $60 million. The Boise company, which employs 80 people, sells software to hospitals. Dana Holt, who founded the company in 2011, will stay on.',
      'FOUNDED Dana Holt -> Pike Analytics',
      'FOUNDED Dana Holt -> Corvell Systems',
    ],
    [
      'Corvell Systems agreed on Monday to buy Pike Analytics for $60 million. The Boise company, which employs 80 people, sells software to hospitals. Raj Patel set up the company in 2009 with Lena Ortiz.',
      'FOUNDED Lena Ortiz -> Pike Analytics',
      'FOUNDED Lena Ortiz -> Corvell Systems',
    ],
    [
      "Le groupe Valdor a annoncé mardi le rachat de Tissages Ardéchois pour 20 millions d'euros. L'entreprise ardéchoise emploie 150 salariés à Annonay. Hélène Brun avait lancé la société en 1972 avec son frère.",
      'FOUNDED Hélène Brun -> Tissages Ardéchois',
      'FOUNDED Hélène Brun -> Valdor',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it.each([
    [
      "Le groupe Orvane a nommé une directrice générale. L'ancienne directrice financière de Sogelec succède à Jean Dufour, qui avait fondé l'entreprise en 1990.",
      'FOUNDED Jean Dufour -> Sogelec',
    ],
    [
      'Tarrow Group named a new chief executive on Friday. The former Halcyon Bank executive replaces Amy Lord, who had founded the company in 1998.',
      'FOUNDED Amy Lord -> Halcyon Bank',
    ],
  ])('a past employer is not the company founded: %s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });

  it('keeps the company the sentence names before the person', () => {
    const found = facts(
      "Le groupe Valdor a annoncé mardi le rachat de Tissages Ardéchois. L'entreprise ardéchoise emploie 150 salariés. Son homologue chez Filatures Rey, Marc Joly, qui avait créé la société en 1980, rejoindra le conseil.",
    );
    expect(found).toContain('FOUNDED Marc Joly -> Filatures Rey');
    expect(found).not.toContain('FOUNDED Marc Joly -> Tissages Ardéchois');
  });
});

describe('a compound tense or "set up" tells a founding', () => {
  it.each([
    ['Paul Girard avait fondé Menuiseries Atlas en 1979.', 'FOUNDED Paul Girard -> Menuiseries Atlas'],
    [
      'Anna Berg, who had founded Tessel Labs in 2003, retired last year.',
      'FOUNDED Anna Berg -> Tessel Labs',
    ],
    ['Omar Haddad set up Brisk Couriers in 2015.', 'FOUNDED Omar Haddad -> Brisk Couriers'],
    [
      "Claire Noël, qui a créé Ateliers Sauvan en 2001, s'installe à Lyon.",
      'FOUNDED Claire Noël -> Ateliers Sauvan',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it.each([
    ['Paul Girard avait racheté Menuiseries Atlas en 1979.', 'FOUNDED Paul Girard -> Menuiseries Atlas'],
    [
      'Anna Berg, who had advised Tessel Labs in 2003, retired last year.',
      'FOUNDED Anna Berg -> Tessel Labs',
    ],
  ])('no founding verb, no founding: %s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });
});

describe('a place descriptor right after a purchase is the company bought', () => {
  it.each([
    [
      'Marlin Foods agreed on Tuesday to buy Redoak Bakery for $45 million. The Spokane company, run by Ruth Hale, employs 300 people.',
      'LEADS Ruth Hale -> Redoak Bakery',
      'LEADS Ruth Hale -> Marlin Foods',
    ],
    [
      "Le groupe Altivia a annoncé lundi le rachat de Verrerie Sorel pour 30 millions d'euros. L'entreprise savoyarde, présidée par Anne Lemaître, emploie 200 salariés.",
      'LEADS Anne Lemaître -> Verrerie Sorel',
      'LEADS Anne Lemaître -> Altivia',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it.each([
    [
      'Marlin Foods agreed on Tuesday to buy Redoak Bakery for $45 million. The Spokane group, run by Ruth Hale, employs 3,000 people.',
      'LEADS Ruth Hale -> Redoak Bakery',
    ],
    [
      'Marlin Foods said on Tuesday it had picked up Redoak Bakery for $45 million. The Spokane company also named Ruth Hale chief executive.',
      'LEADS Ruth Hale -> Redoak Bakery',
    ],
    [
      'Marlin Foods agreed to buy Redoak Bakery, a Seattle-based baker. Two weeks later, the Spokane company, run by Ruth Hale, said it would close a plant.',
      'LEADS Ruth Hale -> Redoak Bakery',
    ],
  ])('the group, a second act of the subject or a later clause is not the target: %s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });
});

describe('"ce dernier", "the latter" before a career verb is the person named last', () => {
  it.each([
    [
      'Le cabinet Ardent a recruté Luc Perret, qui succède à Sophie Marchal. Cette dernière a fondé en 2015 la société Kelpia.',
      'FOUNDED Sophie Marchal -> Kelpia',
    ],
    [
      'Vantor Health hired its new finance chief from a rival, replacing Tom Weir. The latter founded Quarrow Data in 2012.',
      'FOUNDED Tom Weir -> Quarrow Data',
    ],
    [
      "Plastimo a été rachetée par le fonds Orvalis à son fondateur, l'ingénieur Marc Berthet. Ce dernier avait fondé en 1984 la société Kelpia à Lorient.",
      'FOUNDED Marc Berthet -> Kelpia',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it('before a deal verb the phrase keeps its company reading', () => {
    const found = facts(
      'Le cabinet Ardent a recruté Luc Perret, qui succède à Sophie Marchal. Cette dernière a racheté en 2015 la société Kelpia.',
    );
    expect(found.filter((f) => f.startsWith('ACQUIRED Sophie Marchal'))).toEqual([]);
  });
});
