/**
 * Day thirty, pointers (second round): "L'opération a été saluée par la CCI de la Sarthe. Son président, P, …": the
 * place inside the body's name ("Sarthe"), which the text never types, is no second organisation, so the sentence
 * still named one organisation alone and "Son président" is its head (relations/anaphora-lone-named-owner.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function leaders(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-29' })
    .relations.filter((r) => r.type === 'LEADS')
    .map((r) => `${r.source} -> ${r.target}`);
}

const DEAL_FR = "Le groupe Moravel a racheté la société Lisaine pour 4 millions d'euros.";

describe('the head of the one body a subjectless sentence named', () => {
  it('gives "Son président, P" after "saluée par la CCI de la Sarthe" to the chamber, not the buyer', () => {
    const text = `${DEAL_FR} L'opération a été saluée par la CCI de la Sarthe. Son président, Paul Gendron, parle d'une bonne nouvelle pour le bassin.`;
    const found = leaders(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Paul Gendron -> CCI/);
  });

  it('gives "Its president, P" after "welcomed by the Chamber of Commerce of Ohio" to the chamber', () => {
    const text =
      'Moravel Group has bought Lisaine for 4 million euros. The deal was welcomed by the Chamber of Commerce of ' +
      'Ohio. Its president, Paul Gendron, called it good news for the region.';
    expect(leaders(text)).toEqual(['Paul Gendron -> Chamber of Commerce of Ohio']);
  });

  it('leaves the possessive to the nearer readings when two typed organisations were named', () => {
    const text = `${DEAL_FR} L'opération a été saluée par la CCI de la Sarthe et par Bpifrance. Son président, Paul Gendron, parle d'une bonne nouvelle pour le bassin.`;
    expect(leaders(text)).toEqual(['Paul Gendron -> Moravel']);
  });
});
