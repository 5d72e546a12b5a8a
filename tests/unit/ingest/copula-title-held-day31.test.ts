/**
 * Day thirty-one, pointers (second round): a post taken and still held, told with a pointer naming the company
 * ("P became its chief executive in 2022", "P has been its managing director since 2016", "P est devenue sa
 * directrice générale"), in a clause of its own or opened by "since / when / depuis que" after the main clause
 * (frames/leads-copula-title.ts). Near misses: a past post ("was its chief executive"), a title with no pointer after
 * a becoming verb, a non-leader title. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text, null)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS'));
}

describe('a post taken and held, with a pointer', () => {
  it('English: "since P became its chief executive in 2022" after the main clause', () => {
    const found = leads(
      'Tarrow Mills agreed to buy Pennock Bakeries. Tarrow has been on a buying spree since Ingrid Solberg became its chief executive in 2022.',
    );
    expect(found).toContain('LEADS Ingrid Solberg -> Tarrow Mills');
    expect(found).not.toContain('LEADS Ingrid Solberg -> Pennock Bakeries');
  });

  it('English: the possessive after "since" is the main clause\'s subject, "The buyer", not the company it bought', () => {
    const found = leads(
      'Tarrow Mills completed its purchase of Pennock Bakeries from Holm Capital. Holm had bought Pennock in 2019 from its founders. The buyer has been on a buying spree since Ingrid Solberg became its chief executive in 2021.',
    );
    expect(found).toContain('LEADS Ingrid Solberg -> Tarrow Mills');
    expect(found).not.toContain('LEADS Ingrid Solberg -> Pennock Bakeries');
  });

  it('English: "P has been its managing director since 2016" as a clause of its own', () => {
    const found = leads(
      'Corrib Ropes makes mooring lines in Galway. Niamh Doyle has been its managing director since 2016.',
    );
    expect(found).toContain('LEADS Niamh Doyle -> Corrib Ropes');
  });

  it('French: "depuis que P est devenue sa directrice générale en 2021"', () => {
    const found = leads(
      'Le groupe Valmorel rachète la biscuiterie Tanguy. Valmorel multiplie les acquisitions depuis que Claire Dumas est devenue sa directrice générale en 2021.',
    );
    expect(found).toContain('LEADS Claire Dumas -> Valmorel');
    expect(found).not.toContain('LEADS Claire Dumas -> Tanguy');
  });

  it('French: "P devient son président" as a clause of its own', () => {
    const found = leads(
      'Le chocolatier Bernachon ouvre une usine à Lyon. Marc Verdier devient son président.',
    );
    expect(found).toContain('LEADS Marc Verdier -> Bernachon');
  });
});

describe('near misses', () => {
  it('a past post ("was its chief executive") gives nothing', () => {
    const found = leads(
      'Corrib Ropes makes mooring lines in Galway. Niamh Doyle was its managing director until 2016.',
    );
    expect(found).not.toContain('LEADS Niamh Doyle -> Corrib Ropes');
  });

  it("a becoming verb with no pointer is not given the article's company", () => {
    const found = leads(
      'Corrib Ropes makes mooring lines in Galway. Sales rose after Niamh Doyle became a partner in 2019.',
    );
    expect(found).not.toContain('LEADS Niamh Doyle -> Corrib Ropes');
  });

  it('a title that is no leader\'s ("its sales manager") gives nothing', () => {
    const found = leads(
      'Tarrow Mills agreed to buy Pennock Bakeries. Tarrow has grown since Ingrid Solberg became its sales manager in 2022.',
    );
    expect(found).not.toContain('LEADS Ingrid Solberg -> Tarrow Mills');
  });
});
