/**
 * Day thirty-one, founders and leaders: a founder who stays in post with no company named by the post ("Weber, who
 * remains chief executive, said …", "including Tran, who will stay on as chief executive", "Servant, qui reste
 * directrice générale, …") leads the one company the article says they founded, not the buyer nor the article's
 * company (leads-staying-founder.ts `any.leads.staying-founder`). Articles written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('a founder who stays in post leads the company founded', () => {
  it.each([
    [
      'Harbor Lane Foods said on Monday it had agreed to buy Pebblecrest Dairy for $40 million. Pebblecrest was founded in 2012 by Nadia Ferrell and Tom Oakes. Ferrell, who remains chief executive, said the brand would keep its farm suppliers.',
      'Nadia Ferrell -> Pebblecrest Dairy',
    ],
    [
      'Quillmark Software bought the scheduling start-up Tallybird on Tuesday. Tallybird was set up in 2019 by Grace Mensah, a former nurse. Quillmark will keep the Tallybird brand and its 40 staff, including Mensah, who will stay on as chief executive.',
      'Grace Mensah -> Tallybird',
    ],
    [
      'Le groupe Valmont a racheté mardi la start-up lyonnaise Ciboulette. Ciboulette a été fondée en 2017 par Léa Garnier et Hugo Roux. Léa Garnier, qui reste directrice générale, rejoint le comité exécutif du groupe.',
      'Léa Garnier -> Ciboulette',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it.each([
    [
      'Harbor Lane Foods said on Monday it had agreed to buy Pebblecrest Dairy, whose founder, Nadia Ferrell, remains chief executive.',
      'Nadia Ferrell -> Pebblecrest Dairy',
    ],
    [
      'Harbor Lane Foods bought Pebblecrest Dairy, whose co-founder Nadia Ferrell will remain chief executive of the unit.',
      'Nadia Ferrell -> Pebblecrest Dairy',
    ],
    [
      'Valmont a racheté la fromagerie Clairval, dont la cofondatrice, Léa Garnier, reste directrice générale de la filiale.',
      'Léa Garnier -> Clairval',
    ],
    [
      'Pebblecrest Dairy was founded in 2012 by Nadia Ferrell. Harbor Lane Foods bought it on Monday. Ferrell, who built the brand with her brother, will stay on as its chief executive.',
      'Nadia Ferrell -> Pebblecrest Dairy',
    ],
  ])('a founder told in the same sentence, or past an aside: %s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it('a headline founder who "stays as chief executive" is not placed at the buyer', () => {
    const text =
      'Harbor Lane completes Pebblecrest purchase; founder Nadia Ferrell stays as chief executive\n\nHarbor Lane Foods said on Monday it had completed its purchase of Pebblecrest Dairy, the cheese maker founded in 2012 by Nadia Ferrell.';
    const facts = leads(text);
    expect(facts).not.toContain('Nadia Ferrell -> Harbor Lane Foods');
  });

  it("the buyer is not the founder's company", () => {
    expect(
      leads(
        'Quillmark Software bought the scheduling start-up Tallybird on Tuesday. Tallybird was set up in 2019 by Grace Mensah, a former nurse. Quillmark will keep the Tallybird brand and its 40 staff, including Mensah, who will stay on as chief executive.',
      ),
    ).not.toContain('Grace Mensah -> Quillmark Software');
  });
});

describe('near misses', () => {
  it('a person who founded nothing the article tells is not placed', () => {
    expect(
      leads(
        'Harbor Lane Foods said on Monday it had agreed to buy Pebblecrest Dairy for $40 million. Its finance director, Nadia Ferrell, who remains chief financial officer, said the deal was good news.',
      ),
    ).not.toContain('Nadia Ferrell -> Pebblecrest Dairy');
  });

  it("a founder staying in a post that is no leader's is not a head", () => {
    expect(
      leads(
        'Harbor Lane Foods said on Monday it had agreed to buy Pebblecrest Dairy for $40 million. Pebblecrest was founded in 2012 by Nadia Ferrell and Tom Oakes. Oakes, who remains chief technology officer, said the plant would stay open.',
      ),
    ).not.toContain('Tom Oakes -> Pebblecrest Dairy');
  });

  it('a post whose company is named is left to the pattern rules', () => {
    const facts = leads(
      'Harbor Lane Foods bought Pebblecrest Dairy on Monday. Pebblecrest was founded in 2012 by Nadia Ferrell and Tom Oakes. Oakes, who remains chairman of Harbor Lane Foods, said little.',
    );
    expect(facts).toContain('Tom Oakes -> Harbor Lane Foods');
    expect(facts).not.toContain('Tom Oakes -> Pebblecrest Dairy');
  });
});
