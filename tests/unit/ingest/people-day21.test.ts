/**
 * Day twenty-one, heads and founders read from the structure of the sentence: the chair of a board the sentence
 * attaches to no company ("The board is chaired by P", "Le conseil de surveillance est présidé par P", "P, a former
 * Sandvik executive who has chaired the board since 2019") heads the company the story is about; a joint venture
 * named in the sentence that sets it up is the one "the venture is run by P" heads, and its founders are the
 * companies that set it up even when its name comes first ("A and B set up X, a joint venture"). Sentences
 * written for these tests.
 */
import { madePairs } from './helpers';

const LEADS = 'LEADS';
const FOUNDED = 'FOUNDED';

describe('the chair of an unattached board heads the article company', () => {
  it.each([
    [
      'Ladunek runs a freight platform. The board is chaired by Ewa Nowacka, a former president of UOKiK.',
      'Ewa Nowacka -> Ladunek',
    ],
    [
      'Voltanis fabrique des batteries. Le conseil de surveillance est présidé depuis 2021 par Jean-Marc Dufossé, ancien directeur général de Dalkia.',
      'Jean-Marc Dufossé -> Voltanis',
    ],
    [
      "Mediscan analyse des images. Le conseil d'administration reste présidé par Jean-Marc Dorval, ancien patron de GE Healthcare.",
      'Jean-Marc Dorval -> Mediscan',
    ],
  ])('reads the passive chair in "%s"', (text, expected) => {
    expect(madePairs(text, null, LEADS)).toContain(expected);
  });

  it.each([
    'Ladunek runs a freight platform. The board was chaired by Ewa Nowacka until 2020.',
    'Voltanis fabrique des batteries. Le conseil de surveillance était présidé par Jean-Marc Dufossé.',
  ])('leaves a past chair unread in "%s"', (text) => {
    expect(madePairs(text, null, LEADS)).toEqual([]);
  });

  it('leaves the board of a company named before it to that company', () => {
    const text = 'Ladunek runs a freight platform. At Trans.eu, the board is chaired by Ewa Nowacka.';
    expect(madePairs(text, null, LEADS)).not.toContain('Ewa Nowacka -> Ladunek');
  });

  it.each([
    [
      'Ferrowave makes furnaces. Daniel Okafor replaces Peter Lindqvist, a former Sandvik executive who has chaired the board since 2019.',
      'Peter Lindqvist -> Ferrowave',
    ],
    [
      'Voltanis fabrique des batteries. Jean-Marc Dufossé, ancien patron de Dalkia, qui préside toujours le conseil de surveillance, a validé le projet.',
      'Jean-Marc Dufossé -> Voltanis',
    ],
  ])('reads the chair told in the relative of an apposition in "%s"', (text, expected) => {
    expect(madePairs(text, null, LEADS)).toContain(expected);
  });

  it.each([
    // a perfect with no "since" may be a post held and left
    'Ferrowave makes furnaces. Daniel Okafor replaces Peter Lindqvist, a former Sandvik executive who chaired the board until 2019.',
    // the board belongs to the company the sentence names
    'Ferrowave makes furnaces. Daniel Okafor replaces Peter Lindqvist, a former Sandvik executive who has chaired the board of Outokumpu since 2019.',
    'Ferrowave makes furnaces. Sandvik said Peter Lindqvist, who has chaired the board since 2019, would retire.',
  ])('leaves "%s" without a chair of the article company', (text) => {
    expect(madePairs(text, null, LEADS)).not.toContain('Peter Lindqvist -> Ferrowave');
  });
});

describe('a joint venture introduced in the sentence and who runs it', () => {
  it.each([
    [
      'Ferrowave makes furnaces. In 2024 Ferrowave and Outokumpu set up Heatloop, a joint venture that sells waste heat; the venture is run by Kerstin Aho, a former Outokumpu engineer.',
      'Kerstin Aho -> Heatloop',
    ],
    [
      "Alba fabrique des moteurs. En 2023, Alba et Renault ont créé Hypra, une coentreprise spécialisée dans l'hydrogène ; la coentreprise est dirigée par Paul Martin.",
      'Paul Martin -> Hypra',
    ],
  ])('reads the head of the venture in "%s"', (text, expected) => {
    expect(madePairs(text, null, LEADS)).toContain(expected);
  });

  it.each([
    'Alba makes engines. Alba set up Hypra, a joint venture with Renault, in 2023; Renault is run by Luca de Meo.',
    'Alba makes engines. Alba set up Hypra, a joint venture with Renault, in 2023; the venture was run by Luca de Meo.',
  ])('links no head to the venture in "%s" (another subject, or a past head)', (text) => {
    expect(madePairs(text, null, LEADS)).not.toContain('Luca de Meo -> Hypra');
  });

  it.each([
    [
      'Ferrowave makes furnaces. In 2024 Ferrowave and Outokumpu set up Heatloop, a joint venture that sells waste heat.',
      ['Ferrowave -> Heatloop', 'Outokumpu -> Heatloop'],
    ],
    [
      "Alba fabrique des moteurs. En 2023, Alba et Renault ont créé Hypra, une coentreprise spécialisée dans l'hydrogène.",
      ['Alba -> Hypra', 'Renault -> Hypra'],
    ],
  ])('reads both founders of a venture named before its noun in "%s"', (text, expected) => {
    expect(madePairs(text, null, FOUNDED)).toEqual(expect.arrayContaining(expected));
  });

  it('reads no founder when the name after the noun is its partner ("a joint venture with Mitsui")', () => {
    const text =
      'Nordvik farms salmon. Nordvik said it had formed a joint venture with Japanese trading house Mitsui & Co to build a farm.';
    expect(madePairs(text, null, FOUNDED)).not.toContain('Nordvik -> Mitsui & Co');
  });
});
