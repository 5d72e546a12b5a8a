/**
 * Day thirty, founders and leaders (second round): the clitic "en" of a post (anaphora-en-clitic.ts) goes to a
 * family firm when the person bears its name ("Transports Morvan rachète Glacéa. Julie Morvan en a pris la
 * direction": Transports Morvan, not the company bought), and a firm whose name ends on "Family Office" or
 * "Private Office" is a company, not a government office (public-body-side.ts), so a boss who stays at "the unit"
 * after its takeover leads it; a person named after "while" / "tandis que" holds no title told before it
 * (leads.ts `any.leads.title-before`). Sentences written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('"en" goes to the family firm named after the person', () => {
  it('the buyer bears the person’s surname', () => {
    const text = 'Transports Morvan rachète Glacéa. Julie Morvan en a pris la direction générale en mars.';
    expect(leads(text)).toContain('Julie Morvan -> Transports Morvan');
    expect(leads(text)).not.toContain('Julie Morvan -> Glacéa');
  });

  it('the company bought bears it', () => {
    const text = 'Le groupe Vérane a racheté Biscuiterie Morvan. Julie Morvan en reste la présidente.';
    expect(leads(text)).toEqual(['Julie Morvan -> Biscuiterie Morvan']);
  });
});

describe('a private or family office is a company', () => {
  it.each([
    'Harlow Foods said it had agreed to buy Lothian Private Office for 40 million pounds. Ann Pike will remain chief executive of the unit.',
    'Harlow Foods said it had agreed to buy Dunmore Family Office for 40 million pounds. Ann Pike will remain chief executive of the unit.',
  ])('%s', (text) => {
    expect(leads(text)).toHaveLength(1);
    expect(leads(text)[0]).toMatch(/^Ann Pike -> (Lothian Private|Dunmore Family) Office$/);
  });
});

describe('near misses', () => {
  it('with no surname shared, "en" keeps the company bought', () => {
    const text = 'Transports Morvan rachète Glacéa. Julie Lenoir en a pris la direction générale en mars.';
    expect(leads(text)).toEqual(['Julie Lenoir -> Glacéa']);
  });

  it('a surname shared by both companies decides nothing', () => {
    const text = 'Transports Morvan rachète Glacières Morvan. Julie Morvan en reste la présidente.';
    expect(leads(text)).toEqual(['Julie Morvan -> Glacières Morvan']);
  });

  it('a person after "while" is the subject of another clause, no holder of the title before', () => {
    const text =
      'Harlow Foods said it had agreed to buy Dunmore Family Office. Ann Pike will remain chief executive of the unit, which keeps its name, while Tom Pike leaves its board.';
    expect(leads(text)).toEqual(['Ann Pike -> Dunmore Family Office']);
  });

  it('a government office stays a bystander', () => {
    const text =
      'Harlow Foods said it had agreed to buy Brindle Bakery. The Competition Office cleared the deal. Ann Pike will remain chief executive of the unit.';
    expect(leads(text)).toEqual(['Ann Pike -> Brindle Bakery']);
  });
});
