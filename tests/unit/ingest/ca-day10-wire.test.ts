import { facts, pair, run } from './helpers';

const deals = (text: string) => facts(run(text), 'ACQUIRED');
const withSeller = (text: string) => deals(text).map((r) => `${pair(r)} / ${r.seller}`);

/** GOLD-FORMAT: an unnamed business of an organisation counts as that organisation, which also sells it. */
describe('a business bought or sold without a name of its own: the owner is target and seller', () => {
  it.each([
    [
      'Ball Corp said it agreed to acquire the plastic container business of Monsanto Co.',
      'Ball Corp -> Monsanto Co / Monsanto Co',
    ],
    [
      'Agricola Finanziara SpA will buy the European corn wet milling business of CPC International Inc.',
      'Agricola Finanziara SpA -> CPC International Inc / CPC International Inc',
    ],
    [
      'Borg-Warner Corp said it agreed to sell its industrial products group to Clayton and Dubilier Inc for about 240 mln dlrs.',
      'Clayton and Dubilier Inc -> Borg-Warner Corp / Borg-Warner Corp',
    ],
    [
      'Stewart Sandwiches Inc said it has sold its coffee roasting plant to Superior Coffee and Foods for undisclosed terms.',
      'Superior Coffee and Foods -> Stewart Sandwiches Inc / Stewart Sandwiches Inc',
    ],
  ])('"%s"', (text, expected) => {
    expect(withSeller(text)).toEqual([expected]);
  });

  it('names no seller when the whole company is bought, its assets or a description of it', () => {
    expect(
      withSeller(
        'Lotus Development Corp said it agreed to acquire substantially all of the assets of Computer Access Corp.',
      ),
    ).toEqual(['Lotus Development Corp -> Computer Access Corp / null']);
    expect(
      withSeller('Acme Corp said it agreed to acquire Beta Inc, a valued business of Gamma Corp.'),
    ).not.toContain('Acme Corp -> Beta Inc / Beta Inc');
  });

  it('keeps a named unit and its seller apart', () => {
    expect(withSeller('Acme Corp said it sold its Beta Inc unit to Gamma Corp.')).toEqual([
      'Gamma Corp -> Beta Inc / Acme Corp',
    ]);
  });
});

describe('a price paid for a share of a company', () => {
  it.each([
    ['In 2024 Harwell Foods Inc paid 58 mln dlrs for a 70 pct stake in Sunfield Creamery.', 58e6],
    ['Harwell Foods Inc is paying £58 million for a 65% stake in Sunfield Creamery.', 58e6],
    ['Harwell Foods Inc paid 58 mln dlrs for 1.2 mln shares of Sunfield Creamery.', 58e6],
  ])('"%s" is a purchase with its price', (text, amount) => {
    const found = deals(text);
    expect(found.map(pair)).toEqual(['Harwell Foods Inc -> Sunfield Creamery']);
    expect(found[0].amount).toBe(amount);
  });

  it('reads a minority share paid for as an investment', () => {
    const text = 'Harwell Foods Inc agreed to pay 58 mln dlrs for a 20 pct stake in Sunfield Creamery.';
    expect(deals(text)).toEqual([]);
    expect(facts(run(text), 'FUNDED').map(pair)).toEqual(['Harwell Foods Inc -> Sunfield Creamery']);
  });

  it('reads no purchase in money paid for something else', () => {
    expect(
      deals('Harwell Foods Inc paid 58 mln dlrs in fees for advice on its stake in Sunfield Creamery.'),
    ).toEqual([]);
  });
});
