/**
 * Day thirty, founders and leaders: the French clitic "en" before a post ("P en est le président", "P en reste la
 * directrice générale", "P en a pris la direction générale") takes up a complement, not the article's company
 * (relations/anaphora-en-clitic.ts): the one company named before the person, else the company whose founding or
 * purchase the sentence before told. Sentences written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('"en" before a post takes up the company the sentence or the one before names', () => {
  it('after a takeover, the company bought keeps its boss', () => {
    const text =
      "Le groupe Vérane a racheté la société Brindille pour 30 millions d'euros. Claire Lenoir en reste la directrice générale.";
    expect(leads(text)).toContain('Claire Lenoir -> Brindille');
    expect(leads(text)).not.toContain('Claire Lenoir -> Vérane');
  });

  it('the company named in the person’s own apposition', () => {
    const text =
      'Le groupe Vérane affronte la société Cardiflex. Le fondateur de Cardiflex, Paul Ribes, en est toujours le président.';
    expect(leads(text)).toEqual(['Paul Ribes -> Cardiflex']);
  });

  it('the company whose founding the sentence before told, not the article’s', () => {
    const text =
      'Le groupe Vérane affronte les sociétés Cardiflex et Brindille. Cardiflex a été créée en 2012 par Paul Ribes. Paul Ribes en est toujours le président.';
    expect(leads(text)).toContain('Paul Ribes -> Cardiflex');
    expect(leads(text)).not.toContain('Paul Ribes -> Vérane');
  });

  it('a post taken through "en" reads the same way', () => {
    const text =
      'Le groupe Vérane affronte la société Cardiflex. Le fondateur de Cardiflex, Paul Ribes, en a pris la direction générale en 2019.';
    expect(leads(text)).toEqual(['Paul Ribes -> Cardiflex']);
  });
});

describe('near misses', () => {
  it('with nothing told before, "en" stays the article’s company', () => {
    expect(leads('Vérane est le leader du marché. Claire Lenoir en est la présidente.')).toEqual([
      'Claire Lenoir -> Vérane',
    ]);
  });

  it('a function after the title is another post', () => {
    const text =
      'Le groupe Vérane a racheté la société Brindille. Claire Lenoir en reste la directrice financière.';
    expect(leads(text)).toEqual([]);
  });

  it('a purchase only rumoured is no company bought', () => {
    const text =
      'Le groupe Vérane pourrait racheter la société Brindille, selon la presse. Claire Lenoir en est la présidente.';
    expect(leads(text)).not.toContain('Claire Lenoir -> Brindille');
  });
});
