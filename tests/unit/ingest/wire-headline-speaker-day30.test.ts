/**
 * Day thirty, real wire copy: the shouted headline names the story's company (relations/shouted-title-names.ts: the
 * name case-folded, or its first words before a ticker, "TIME <TL> SEES …"; a text given without its headline that
 * opens on an all-caps line reads that line as one), and a bare-title speaker whose reported clause names the
 * story's other companies is the story's own company's leader ("P, president and chief operating officer, said Y
 * will …", frames/leads-speaker-title.ts `frame.leads.speaker-before-reported-clause`). Near misses: a vice
 * president, a speaker after a company named before the verb, an ordinary-case first line, a person in the
 * headline, no known company of the story. French press writes no all-caps headline; its "P, président du
 * directoire, a déclaré que Y …" is read when the headline is given. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { splitSentences } from '../../../ingest/sentences';
import { shoutedOpeningHeadline, shoutedTitlePosition } from '../../../ingest/relations/shouted-title-names';
import { facts, typedPair } from './helpers';

const LEAD =
  'CHICAGO, March 3 - Dickson Tool Corp said the purchase of Harlan Gear Co last year will cut earnings by about 10 cts a share in 1987.\n    Harlan Gear, a maker of gearboxes, will add more than 40 mln dlrs to sales this year, Dickson said.\n';

function leads(text: string, title: string | null = null): string[] {
  return facts(extractArticle({ file: 'test', text, title, published: '1987-03-03' }), 'LEADS').map(
    typedPair,
  );
}

describe('shouted wire headlines', () => {
  it('finds a name before its ticker, shortened and case-folded', () => {
    const title = 'DICKSON TOOL <DKT> SEES LOWER PROFIT';
    expect(shoutedTitlePosition(title, 'Dickson Tool Corp')).toBe(0);
    expect(shoutedTitlePosition('MCGRAW HILL <MHP> BUYS PUBLISHER', 'McGraw-Hill Inc')).toBe(0);
  });

  it('finds a whole name case-folded with no ticker', () => {
    const title = 'CBC BANCORP TO BE ACQUIRED BY UNION PLANTERS';
    expect(shoutedTitlePosition(title, 'Union Planters')).toBe(title.indexOf('UNION'));
  });

  it('near miss: an ordinary-case headline is left to the written match', () => {
    expect(shoutedTitlePosition('Dickson Tool sees lower profit', 'Dickson Tool Corp')).toBe(-1);
  });

  it('near miss: a name that stands nowhere before a ticker nor whole is not found', () => {
    expect(shoutedTitlePosition('DICKSON TOOL <DKT> SEES LOWER PROFIT', 'Harlan Gear Co')).toBe(-1);
  });

  it('reads an all-caps first line alone in its paragraph as the headline', () => {
    const text = `DICKSON TOOL <DKT> SEES LOWER PROFIT\n\n${LEAD}`;
    expect(shoutedOpeningHeadline(splitSentences(text))).toBe('DICKSON TOOL <DKT> SEES LOWER PROFIT');
  });

  it('near miss: an ordinary-case first line is no headline read this way', () => {
    const text = `Dickson Tool sees lower profit\n\n${LEAD}`;
    expect(shoutedOpeningHeadline(splitSentences(text))).toBeNull();
  });
});

describe('a bare-title speaker whose reported clause names other companies', () => {
  const speaker =
    '    Martin Eberly, president and chief executive officer, said Harlan Gear will post record revenue.';

  it('leads the story company a shouted headline names, the text given without its headline', () => {
    const text = `DICKSON TOOL <DKT> SEES LOWER PROFIT\n\n${LEAD}${speaker}`;
    expect(leads(text)).toEqual(['LEADS Martin Eberly -> Dickson Tool Corp']);
  });

  it('leads the story company when the headline is handed over', () => {
    const title = 'DICKSON TOOL <DKT> SEES LOWER PROFIT';
    expect(leads(`${title}\n\n${LEAD}${speaker}`, title)).toEqual([
      'LEADS Martin Eberly -> Dickson Tool Corp',
    ]);
  });

  it('near miss: with no company of the story known, the company said to post revenue is not taken', () => {
    expect(leads(`Dickson Tool sees lower profit\n\n${LEAD}${speaker}`)).toEqual([]);
  });

  it('near miss: a vice president leads nothing', () => {
    const text = `DICKSON TOOL <DKT> SEES LOWER PROFIT\n\n${LEAD}    Martin Eberly, vice president, said Harlan Gear will post record revenue.`;
    expect(leads(text)).toEqual([]);
  });

  it('near miss: a company named before the verb of saying is not skipped', () => {
    const text = `DICKSON TOOL <DKT> SEES LOWER PROFIT\n\n${LEAD}    At Harlan Gear, Martin Eberly, president, said sales will rise.`;
    expect(leads(text)).not.toContain('LEADS Martin Eberly -> Dickson Tool Corp');
  });

  it('near miss: a person in a shouted headline is no company of the story', () => {
    const text =
      'REAGAN SAYS TRADE DEFICIT TOO HIGH\n\nWASHINGTON, March 3 - President Reagan said the trade deficit was too high.';
    expect(leads(text)).toEqual([]);
  });

  it('French: "P, président du directoire, a déclaré que Y …" under a headline naming the buyer', () => {
    const title = 'Gravelle Outillage rachète Ferronnerie Duclos';
    const text = `${title}\n\nGravelle Outillage a racheté l'an dernier Ferronnerie Duclos, un fabricant de serrures.\n\nFerronnerie Duclos apportera 40 millions d'euros de chiffre d'affaires, selon Gravelle Outillage.\n\nRachid Benali, président du directoire, a déclaré que Ferronnerie Duclos restera autonome.`;
    expect(leads(text, title)).toEqual(['LEADS Rachid Benali -> Gravelle Outillage']);
    expect(leads(text)).toEqual([]);
  });
});
