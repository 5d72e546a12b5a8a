/**
 * Day twenty-three, founders and leaders. Two readings of structure, with near misses:
 * - a post told as over in the clause that carries it (a past copula before the title, a French compound past of
 *   a verb of heading, a past verb with an end: "until 2021", "de 1990 à 2012") gives no LEADS, while a post
 *   given in the past, held since a date, or kept until a future date stays a LEADS;
 * - a person named after a company through a tie noun or a verb of taking over ("présidente de X et petite-fille
 *   de P", "chief executive of X and granddaughter of P") is not the one the title before the company names.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The LEADS and FOUNDED relations of `text` read under headline `title`, as "TYPE source -> target". */
function facts(title: string, text: string): string[] {
  return relationsOf(text, title)
    .filter((r) => r.type === 'LEADS' || r.type === 'FOUNDED')
    .map(typedPair);
}

describe('a post told as over gives no LEADS', () => {
  it.each([
    [
      'a past copula in a relative clause, with an end (en)',
      'Marlowe Foods cuts jobs',
      'Marlowe Foods makes frozen pies in Leeds. Peter Grant, who was chief executive of Marlowe Foods until 2021, joined the board of a charity.',
      'LEADS Peter Grant -> Marlowe Foods',
    ],
    [
      'a past copula with a "when" clause (en)',
      'Marlowe Foods cuts jobs',
      'Marlowe Foods makes frozen pies in Leeds. Grant replaced Peter Lowe, who was chairman of Marlowe Foods when it listed in 1999.',
      'LEADS Peter Lowe -> Marlowe Foods',
    ],
    [
      'a past copula with "from … to" (en)',
      'Tessel Robotics hires',
      'Tessel Robotics builds warehouse arms. Anna Price was managing director of Tessel Robotics from 2015 to 2020 and now teaches at Cambridge.',
      'LEADS Anna Price -> Tessel Robotics',
    ],
    [
      'a passé composé of présider with "de … à" (fr)',
      'Les Transports Morvan recrutent',
      'Les Transports Morvan emploient 800 salariés. Jean Morvan a présidé les Transports Morvan de 1990 à 2012.',
      'LEADS Jean Morvan -> Transports Morvan',
    ],
    [
      'a passé composé of diriger with a duration (fr)',
      'Les Transports Morvan recrutent',
      'Les Transports Morvan emploient 800 salariés. Sylvie Morvan a dirigé les Transports Morvan pendant vingt ans.',
      'LEADS Sylvie Morvan -> Transports Morvan',
    ],
    [
      'a plus-que-parfait passive with "de … à" (fr)',
      'La Laiterie Pradel investit',
      "La Laiterie Pradel emploie 300 salariés en Aveyron. Elle avait été dirigée de 2005 à 2018 par Paul Pradel, aujourd'hui retraité.",
      'LEADS Paul Pradel -> Laiterie Pradel',
    ],
  ])('%s', (_name, title, text, refused) => {
    expect(facts(title, text)).not.toContain(refused);
  });
});

describe('a post still held, though told with a past or a date, stays a LEADS', () => {
  it.each([
    [
      'a post given in the past (en)',
      'Marlowe Foods cuts jobs',
      'Marlowe Foods makes frozen pies in Leeds. Peter Grant, who was named chief executive of Marlowe Foods in 2019, wants to double sales.',
      'LEADS Peter Grant -> Marlowe Foods',
    ],
    [
      'a present perfect with "since" (en)',
      'Marlowe Foods cuts jobs',
      'Marlowe Foods makes frozen pies in Leeds. Peter Grant has been chief executive of Marlowe Foods since 2019.',
      'LEADS Peter Grant -> Marlowe Foods',
    ],
    [
      'an end still to come (en)',
      'Tessel Robotics hires',
      'Tessel Robotics builds warehouse arms. Anna Price will remain chairman of Tessel Robotics until 2028.',
      'LEADS Anna Price -> Tessel Robotics',
    ],
    [
      'an end still to come (fr)',
      'Les Transports Morvan recrutent',
      "Les Transports Morvan emploient 800 salariés. Sylvie Morvan restera présidente des Transports Morvan jusqu'en 2028.",
      'LEADS Sylvie Morvan -> Transports Morvan',
    ],
    [
      'a post given in the passé composé (fr)',
      'Les Transports Morvan recrutent',
      'Les Transports Morvan emploient 800 salariés. Sylvie Morvan a été nommée présidente des Transports Morvan en 2019.',
      'LEADS Sylvie Morvan -> Transports Morvan',
    ],
    [
      'a present with "depuis" (fr)',
      'Les Transports Morvan recrutent',
      'Les Transports Morvan emploient 800 salariés. Sylvie Morvan dirige les Transports Morvan depuis 2012.',
      'LEADS Sylvie Morvan -> Transports Morvan',
    ],
  ])('%s', (_name, title, text, expected) => {
    expect(facts(title, text)).toContain(expected);
  });
});

describe("a person tied to the title holder after the company is not the company's head", () => {
  it.each([
    [
      'a granddaughter and a founding relative clause (fr)',
      'La Biscuiterie Dubois exporte',
      "« Nous visons l'export », explique Claire Dubois, présidente de Biscuiterie Dubois et petite-fille d'Henri Dubois, qui avait créé l'entreprise en 1950.",
      'LEADS Claire Dubois -> Biscuiterie Dubois',
      'LEADS Henri Dubois -> Biscuiterie Dubois',
    ],
    [
      'a granddaughter and a founding relative clause (en)',
      'Dubois Bakeries expands',
      '"We want to export," said Claire Dubois, chief executive of Dubois Bakeries and granddaughter of Henri Dubois, who started the business in 1950.',
      'LEADS Claire Dubois -> Dubois Bakeries',
      'LEADS Henri Dubois -> Dubois Bakeries',
    ],
    [
      'a son (fr)',
      'La Vinaigrerie Lenoir exporte',
      "« Nous visons l'export », explique Marc Lenoir, directeur général de Vinaigrerie Lenoir et fils de Paul Lenoir.",
      'LEADS Marc Lenoir -> Vinaigrerie Lenoir',
      'LEADS Paul Lenoir -> Vinaigrerie Lenoir',
    ],
  ])('%s', (_name, title, text, holder, kin) => {
    const got = facts(title, text);
    expect(got).toContain(holder);
    expect(got).not.toContain(kin);
  });

  it('still reads a head named right after the company (near miss)', () => {
    expect(
      facts(
        'Vinaigrerie Lenoir exports',
        'Vinaigrerie Lenoir makes cider vinegar in Normandy. Vinaigrerie Lenoir chief executive Paul Lenoir said exports had doubled.',
      ),
    ).toContain('LEADS Paul Lenoir -> Vinaigrerie Lenoir');
  });
});
