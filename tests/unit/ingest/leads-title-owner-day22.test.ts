/**
 * Day twenty-two, LEADS: a leader's title read before an organisation belongs to the person written right after it.
 * When a second person is named later in the sentence with an organisation of their own ("Acme Corp chairman John
 * Smith and Beta Inc director Paul Jones", "le président de Vexa, Marc Delon, et Lumo associé Paul Henry"), the
 * first person's title is no title of the second: the look-back for a title stops at the last person named before
 * the organisation. Near misses: the second person's own leader title, a title with no person before the
 * organisation. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { pair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'LEADS')
    .map(pair);
}

describe("a title before an earlier person is not the next person's", () => {
  it.each([
    [
      'The accord was signed by Acme Corp chairman John Smith and Beta Inc director Paul Jones.',
      'John Smith -> Acme Corp',
      'Paul Jones -> Beta Inc',
    ],
    [
      'In a letter to Orion Chairman Mark Fell, Delmar Partners representatives Anne Keswick and Tom Rudd asked for two board seats.',
      'Mark Fell -> Orion',
      'Anne Keswick -> Delmar Partners',
    ],
    [
      'The filing was made by Harlow Corp chief executive Ian Moss and Tarrant Inc adviser Ruth Ames.',
      'Ian Moss -> Harlow Corp',
      'Ruth Ames -> Tarrant Inc',
    ],
    [
      'Le protocole a été signé par le président de Vexa, Marc Delon, et Lumo associé Paul Henry.',
      'Marc Delon -> Vexa',
      'Paul Henry -> Lumo',
    ],
  ])('%s', (text, kept, refused) => {
    const got = leads(text);
    expect(got).toContain(kept);
    expect(got).not.toContain(refused);
  });
});

describe('near misses: titles that are the person’s own still read', () => {
  it.each([
    [
      'The meeting was attended by Kestrel Inc chief executive Laura Pike and Dunmore Capital chairman Sam Ortiz.',
      ['Laura Pike -> Kestrel Inc', 'Sam Ortiz -> Dunmore Capital'],
    ],
    ['Orion Corp chairman Mark Fell said sales rose.', ['Mark Fell -> Orion Corp']],
    ['Le président de Norsk Avia, Erik Dahl, a rencontré hier les dirigeants.', ['Erik Dahl -> Norsk Avia']],
  ])('%s', (text, expected) => {
    expect(leads(text)).toEqual(expect.arrayContaining(expected));
  });
});
