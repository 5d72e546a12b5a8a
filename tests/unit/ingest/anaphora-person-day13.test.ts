/**
 * A person told by a pronoun or by a bare title in a later sentence (ana2, day thirteen). "Elle est présidente de
 * X", "She remains chief executive of X", "He will stay on as managing director of X", "She is chief executive":
 * a pronoun before a post held now is the person named before (anaphora-person-post.ts). "« … », se souvient la
 * cofondatrice et présidente de X", "said the founder and chief executive of X": a speaker's bare title is the
 * person named before whose given name agrees with the article (anaphora-person-speaker.ts, any.leads.said-title).
 * A past or future post, a post that is no head's, a gender that disagrees or two people who could be meant give
 * nothing. Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function leads(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

describe('a pronoun before a post held now is the person named before', () => {
  it.each([
    ['Hélène Carrau a fondé Norelia en 2019. Elle est présidente de Norelia.', 'Hélène Carrau -> Norelia'],
    [
      'Marc Dubois a rejoint Norelia en 2019. Il reste directeur général de Norelia.',
      'Marc Dubois -> Norelia',
    ],
    ['Sarah Lee joined Orbix in 2019. She remains chief executive of Orbix.', 'Sarah Lee -> Orbix'],
    ['Tom Hale joined Orbix in 2019. He will stay on as managing director of Orbix.', 'Tom Hale -> Orbix'],
    [
      'Echofield was founded by Maya Goldberg and Tom Reyes. She is chief executive and he runs product.',
      'Maya Goldberg -> Echofield',
    ],
  ])('%s', (text, expected) => {
    expect(leads(text)).toEqual([expected]);
  });

  it.each([
    // a future post
    'Sarah Lee joined Orbix in 2019. She will be chief executive of Orbix.',
    // posts that are no head's
    'Sarah Lee joined Orbix in 2019. She is vice-president of Orbix.',
    'Marc Dubois a rejoint Norelia en 2019. Il est toujours directeur technique de Norelia.',
    // a past post
    'Sarah Lee joined Orbix in 2019. She was chief operating officer of Orbix.',
  ])('no head: %s', (text) => {
    expect(leads(text)).toEqual([]);
  });
});

describe("a speaker's bare title after a quotation is the person named before", () => {
  it.each([
    [
      "Cardiolink a été fondée en 2019 par Inès Morvan. L'idée est née à l'hôpital, où Inès Morvan voyait ses patients attendre. « On a monté la société dans la cuisine », se souvient la cofondatrice et présidente de Cardiolink.",
      'Inès Morvan -> Cardiolink',
    ],
    [
      'Le voyagiste Voyages Mistral a été fondé en 2008 par Nadia Benali et Thomas Grivel. « Nous voulons doubler notre flotte », affirme la cofondatrice et présidente du voyagiste.',
      'Nadia Benali -> Voyages Mistral',
    ],
    [
      'Orbix was founded in 2015 by Daniel Craig. "We will grow," said the founder and chief executive of Orbix.',
      'Daniel Craig -> Orbix',
    ],
  ])('%s', (text, expected) => {
    expect(leads(text)).toEqual([expected]);
  });

  it.each([
    // the article's gender is not the named founder's
    'Nadia Benali a fondé Mistral en 2008. « Nous voulons doubler notre flotte », affirme le directeur général de Mistral.',
    // a title that is no head's
    'Nadia Benali a fondé Mistral en 2008 avec Paul Roux. « Nous voulons doubler notre flotte », affirme le directeur technique de Mistral.',
    'Orbix was founded in 2015 by Daniel Craig. "We will grow," said the vice-president of Orbix.',
    // two people named before and no gender told: either could be meant
    'Orbix was founded in 2015 by Daniel Craig and Anna Bell. "We will grow," said the chief executive of Orbix.',
  ])('no head: %s', (text) => {
    expect(leads(text)).toEqual([]);
  });
});
