import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';
import { isHeadingBreak } from '../../../ingest/entities/heading-lines';
import { ofPlaceBeforeForm } from '../../../ingest/entities/of-place-form';

/**
 * Names of hard-wrapped wire copy on day 17: names cut by a line break, posts written "Post of Portfolio" before the
 * holder, thrifts named "Savings and Loan", "X of <Place> Inc". Every sentence is written for this file; the
 * invented names stand for classes of naming.
 */
function read(text: string) {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const cands = collectCandidates(tokens, text);
  return { cands, index: clusterEntities(cands, tokens, text) };
}

/** Candidate surface (line breaks read as spaces) → settled kind. */
function kinds(text: string): Map<string, string> {
  return new Map(read(text).cands.map((c) => [c.text.replace(/\s+/g, ' '), c.kind]));
}

/** Public entities: name → type. */
function types(text: string): Map<string, string> {
  return new Map(toEntities(read(text).index, new Set()).map((e) => [e.name, e.type]));
}

/** A dateline story wrapped at about 60 characters a line, as the wires send it. */
const wrap = (lines: string[]) => lines.join('\n');

describe('a name wrapped over two lines of wire copy', () => {
  it('runs a person on after a short line that ends an unfinished sentence', () => {
    const k = kinds(
      wrap([
        'WASHINGTON, Oct 20 - The United States and India have',
        'not yet agreed on a food aid package to help the',
        'drought-stricken Asian country, Agriculture Secretary Richard',
        'Lyng said on Tuesday after the talks in the capital.',
      ]),
    );
    expect(k.get('Richard Lyng')).toBe('person');
    expect(k.has('Richard')).toBe(false);
  });

  it('runs on after a short line that is a clause, not a label', () => {
    const text = wrap([
      'ROME, March 25 - Veteran politician Giulio Andreotti',
      'abandoned his attempts to form a government, putting Italy on',
      'course for early elections, political sources said.',
      '    Christian Democrat Andreotti told President Francesco',
      'Cossiga he was unable to rebuild the five-party coalition.',
      '    Later the Trade Minister met Governor Luis',
      'Montero of the central bank to discuss the lira.',
    ]);
    const k = kinds(text);
    expect(k.get('Francesco Cossiga')).toBe('person');
    expect(k.has('Francesco')).toBe(false);
    expect(k.get('Luis Montero')).toBe('person');
  });

  it('still reads a short heading in its own block as a heading', () => {
    const text =
      'The fund closed its round on Monday.\n\nAbout Kestrelvane\nKestrelvane makes valves in Ohio.';
    const tokens = tokenize(text, 0);
    const at = tokens.findIndex(
      (t, i) => t.text === 'Kestrelvane' && i > 0 && tokens[i - 1].text === 'Kestrelvane',
    );
    expect(isHeadingBreak(tokens, at, text)).toBe(true);
    const k = kinds(text);
    expect(k.has('Kestrelvane Kestrelvane')).toBe(false);
  });
});

describe('a post written "Post of Portfolio" before its holder', () => {
  it('leaves the portfolio out and keeps the holder', () => {
    const k = kinds('WASHINGTON - Chief of Staff Howard Baker noted the invitation was still on the table.');
    expect(k.get('Howard Baker')).toBe('person');
    expect(k.has('Staff Howard Baker')).toBe(false);
    const s = kinds(
      'A decision could come from Secretary of State George Shultz and his Soviet counterpart.',
    );
    expect(s.get('George Shultz')).toBe('person');
    const d = kinds('Director of Central Intelligence William Webster testified before the panel.');
    expect(d.get('William Webster')).toBe('person');
    expect(d.has('Central Intelligence William Webster')).toBe(false);
  });

  it('keeps the employer written before the post as a name of its own', () => {
    const k = kinds(
      'Halvorsen Totalizator Inc Vice President of Finance Joel Graff said the quarter looks better.',
    );
    expect(k.get('Halvorsen Totalizator Inc')).toBe('org');
    expect(k.get('Joel Graff')).toBe('person');
    expect(k.has('Finance Joel Graff')).toBe(false);
  });

  it('does not take a company for a portfolio', () => {
    const k = kinds('He met the President of Banque Vendeenne Pierre Durand on Monday.');
    expect([...k.keys()].some((n) => n.includes('Banque Vendeenne'))).toBe(true);
  });

  it('cuts a hyphenated rank off the body it follows', () => {
    const k = kinds('Bundesbank Vice-President Helmut Schlesinger said today that rates would stay.');
    expect(k.get('Helmut Schlesinger')).toBe('person');
    expect(k.has('Bundesbank Vice-President Helmut Schlesinger')).toBe(false);
    const c = kinds('Orlev Shipping Corp Vice-Chairman John Doyle said freight rates rose.');
    expect(c.get('John Doyle')).toBe('person');
  });
});

describe('company names of US wire copy', () => {
  it('reads "Savings and Loan" as the end of a thrift name', () => {
    const t = types('PHOENIX - Sun Mesa Savings and Loan expects to report higher earnings this year.');
    expect(t.get('Sun Mesa Savings and Loan')).toBe('Organization');
    expect(t.has('Loan')).toBe(false);
    const a = kinds('Prairie Savings and Loan Association said it agreed to be acquired.');
    expect(a.has('Prairie Savings and Loan Association')).toBe(true);
  });

  it('keeps "of <place>" before a legal form inside the name', () => {
    const k = kinds('FOUNTAIN VALLEY - Kawabe Motor Sales of America Inc said sales rose 12 pct.');
    expect(k.get('Kawabe Motor Sales of America Inc')).toBe('org');
    expect(k.has('America Inc')).toBe(false);
    const n = kinds('The charge follows the bankruptcy of customer T.C. of New York Inc last month.');
    expect(n.has('T.C. of New York Inc')).toBe(true);
    const c = kinds('Nordvik Trading of Canada Ltd said it would close two mills.');
    expect(c.has('Nordvik Trading of Canada Ltd')).toBe(true);
  });

  it('leaves a town after a closing legal form, and a lone place, alone', () => {
    const tokens = tokenize('Hollis Inc of Salem Corp said', 0);
    expect(ofPlaceBeforeForm(tokens, 0, 2)).toBe(0);
    const k = kinds('Sales of America rose 12 pct, the Commerce Department said.');
    expect(k.has('Sales of America')).toBe(false);
  });
});

describe('paragraphs and datelines of wire copy', () => {
  it('runs no name into an indented line', () => {
    const text = wrap([
      'LUXEMBOURG, March 16 - The bank said the issue had been placed',
      'in full and that the borrower is an affiliate of',
      "West Germany's Halmstedt Landesbank Girozentral",
      ' REUTER',
    ]);
    const k = kinds(text);
    expect(k.has('Halmstedt Landesbank Girozentral REUTER')).toBe(false);
    const p = kinds(
      wrap([
        'BONN, March 2 - The ministry said its talks with Orvane Kredit',
        '    Bergmann Werke said on Tuesday it would cut its dividend.',
      ]),
    );
    expect(p.has('Orvane Kredit Bergmann Werke')).toBe(false);
  });

  it('reads the word after a dated dateline as a sentence opener', () => {
    const opener = (text: string, word: string) => read(text).cands.find((c) => c.text === word)?.initial;
    expect(
      opener('ROME, March 25 - Veteran politician Giulio Andreotti abandoned his attempts.', 'Veteran'),
    ).toBe(true);
    expect(opener('OSLO, Oct 20 - Seasoned banker Arne Lyse said rates would fall.', 'Seasoned')).toBe(true);
    // a dash inside a sentence opens nothing ("the 1986 - Fidelity deal")
    expect(opener('The March 1986 - Harlow Trust deal closed later.', 'Harlow Trust')).toBe(false);
  });
});
