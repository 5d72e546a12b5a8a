import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/**
 * Day twenty-two, deals. (1) A buyer's history told as deal nouns in a row, the later noun said again without its
 * buyer and with a time phrase before its "de/of": "le rachat de A et la prise de contrôle, l'an dernier, de B",
 * "la reprise de A, puis l'absorption de son concurrent B", "the purchase of A in 2021 and the takeover of B". (2) A
 * headline's possessive part sold unnamed ("to buy Y's pumps unit") is the owner's business: the owner is target
 * and seller, so the named telling in the story ("… its pumps unit, Z, to X") stands alone. Near misses: a second
 * noun that is not a deal ("et la direction de B"), a part named without being sold ("a group from Y's courier
 * division"). Every sentence is written for this file.
 */
function facts(text: string, title: string | null = null): string[] {
  return relationsOf(text, title).map(typedPair);
}

describe('a deal noun said again after "et/puis/and" is the first buyer\'s deal', () => {
  it.each([
    [
      "Le groupe Vandel signe là sa troisième acquisition, après le rachat en 2023 de la biscuiterie Les Délices de Cancale et la prise de contrôle, l'an dernier, de la marque de galettes Armor Galettes.",
      'ACQUIRED Vandel -> Armor Galettes',
    ],
    [
      "Le groupe Vandel a grandi par acquisitions, avec la reprise en 2024 de l'exploitant lyonnais Résidences Fourvière, puis l'absorption, l'an dernier, de son concurrent Seniors Conseil.",
      'ACQUIRED Vandel -> Seniors Conseil',
    ],
    [
      'Corvane Group doubled its sales after the purchase of Elmstead Tools in 2021 and the takeover, early last year, of rival Brixley Hardware.',
      'ACQUIRED Corvane Group -> Brixley Hardware',
    ],
    [
      'Ostrell Capital built the chain with the acquisition of Pinewell Clinics in 2022, then the buyout, in 2024, of its rival Larkmoor Dental.',
      'ACQUIRED Ostrell Capital -> Larkmoor Dental',
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toContain(expected);
  });
});

describe('a second noun that is no deal does not chain', () => {
  it.each([
    [
      "Le groupe Vandel a annoncé le rachat de la biscuiterie Les Délices de Cancale et la direction, l'an dernier, de la marque Armor Galettes.",
      'ACQUIRED Vandel -> Armor Galettes',
    ],
    [
      'Corvane Group announced the purchase of Elmstead Tools and the launch of Brixley Hardware last year.',
      'ACQUIRED Corvane Group -> Brixley Hardware',
    ],
  ])('%s', (text, absent) => {
    expect(facts(text)).not.toContain(absent);
  });
});

describe("a headline's possessive part sold unnamed gives way to the named unit", () => {
  it.each([
    [
      "Tarrow to buy Pellmark's pumps unit for $900 million",
      "LONDON, May 4 - Tarrow Industries said on Monday it had agreed to buy Pellmark Group's pumps unit, Aqualine Pumps, for $900 million. Pellmark said the sale would cut its debt.",
      'ACQUIRED Tarrow Industries -> Aqualine Pumps',
      'ACQUIRED Tarrow Industries -> Pellmark Group',
    ],
    [
      "Kelso Partners to acquire Dremond's valves division",
      "Kelso Partners will acquire Dremond Corp's valves division, Vantor Valves, for $310 million, Dremond said on Friday.",
      'ACQUIRED Kelso Partners -> Vantor Valves',
      'ACQUIRED Kelso Partners -> Dremond Corp',
    ],
  ])('%s', (title, text, kept, dropped) => {
    const read = facts(`${title}\n\n${text}`, title);
    expect(read).toContain(kept);
    expect(read).not.toContain(dropped);
  });

  it('keeps a deal whose sentence only names the division the buyers come from', () => {
    const read = relationsOf(
      "Analysts doubt a rival will top the bid for Quorval Freight by Halden Capital and a group of managers from Quorval's parcel division.",
    );
    const deal = read.find((r) => r.type === 'ACQUIRED' && r.target === 'Quorval Freight');
    expect(deal?.seller ?? null).toBeNull();
  });
});
