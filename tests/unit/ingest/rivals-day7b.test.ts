import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the seventh day's third round: a wire dateline before the subject of a "buy Danish rival Y"
 * clause, a company ranked behind one firm and ahead of another (the two are rivals too), and a firm going after
 * the same market as the story's company.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a wire dateline before the clause subject', () => {
  it.each([
    'OSLO, May 4 (Reuters) - Norwegian brewer Tarvik Group said on Monday it had agreed to buy Danish rival Brenholt A/S for $200 million.',
    'LYON, 12 mars (AFP) — Tarvik Group a annoncé lundi avoir racheté son concurrent Brenholt pour 200 millions.',
    'OSLO, May 4 (Reuters) - Tarvik Group, the Bergen-based brewer, said on Monday it had completed its acquisition of Swedish rival Brenholt A/S.',
  ])('%s', (text) => {
    const tarvik = text.includes('Brenholt A/S') ? 'Brenholt A/S' : 'Brenholt';
    expect(has(text, 'Tarvik Group', tarvik)).toBe(true);
  });

  it('does not make the agency in the bracket a rival', () => {
    const text =
      'OSLO, May 4 (Reuters) - Norwegian brewer Tarvik Group said on Monday it had agreed to buy Danish rival Brenholt A/S.';
    expect(rivals(text).some((p) => p.includes('Reuters'))).toBe(false);
  });
});

describe('ranked behind one firm and ahead of another', () => {
  it.each([
    'The merger makes Tarvik the second-largest brewer in Norway behind Brenholt and ahead of Kolstad, according to the company.',
    "The deal leaves Tarvik the third-biggest supplier of cans behind Sweden's Brenholt and ahead of Finland's Kolstad.",
  ])('%s', (text) => {
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(true);
  });

  it('keeps firms behind which a company stands together, but not a partner named after the ranking', () => {
    const text = 'Tarvik is now the second-largest brewer behind Brenholt and has hired Kolstad as adviser.';
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(false);
  });
});

describe('a firm going after the same market as the story company', () => {
  const LEAD = 'Tarvik, a maker of warehouse robots, said on Tuesday it had raised $20 million. ';
  const FR = "Tarvik, fabricant de robots d'entrepôt, a levé 20 millions d'euros. ";

  it.each([
    `${LEAD}The round comes as Brenholt, the Boston robotics group, pushes into the same segment.`,
    `${LEAD}Brenholt is also targeting the same customers with a cheaper robot.`,
    `${LEAD}Other startups chasing the same customers include Brenholt and Kolstad.`,
    `${FR}Le groupe Brenholt vise lui aussi le même marché.`,
  ])('%s', (text) => {
    expect(has(text, 'Tarvik', 'Brenholt')).toBe(true);
  });

  it.each([
    // the same day, the same period: no market
    `${LEAD}Brenholt reported its results on the same day.`,
    // the comparison names its own parties: Brenholt and Kolstad, not the story company
    `${LEAD}Brenholt targets the same customers as Kolstad.`,
    // customers of the story company, not a market someone chases
    `${LEAD}Brenholt signed a supply deal covering the same warehouses.`,
  ])('%s', (text) => {
    expect(has(text, 'Tarvik', 'Brenholt')).toBe(false);
  });
});
