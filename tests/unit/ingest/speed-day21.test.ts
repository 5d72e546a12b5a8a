import { wholeNameEnds } from '../../../ingest/relations/whole-name-ends';
import { withMergerVehiclesAsBuyouts } from '../../../ingest/relations/merger-vehicle';
import type { ExtractedRelation } from '../../../ingest/types';
import { findMoney } from '../../../ingest/values/money';
import { isLinkLine } from '../../../ingest/relations/anaphora-link-line';
import { tokenize } from '../../../ingest/tokens';

/** What the regex the merger-vehicle reader used to build finds: the end of each whole-word match. */
function regexEnds(text: string, name: string): number[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu');
  const ends: number[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}

describe('wholeNameEnds', () => {
  it('finds a name standing whole, in English and French', () => {
    const en = 'GGFH Inc, a company formed by its officers, will merge with Reliance.';
    expect(wholeNameEnds(en, 'GGFH Inc')).toEqual([8]);
    const fr = 'Vexa fusionne avec Sodral, une société créée par ses cadres; Sodral paiera.';
    expect(wholeNameEnds(fr, 'Sodral')).toEqual([25, 67]);
  });

  it('skips a name glued to a letter or a digit on either side', () => {
    expect(wholeNameEnds('Acme3 and BigAcme and Acmeé merged', 'Acme')).toEqual([]);
    expect(wholeNameEnds('l’Acme, filiale de Vexa', 'Acme')).toEqual([6]);
    expect(wholeNameEnds('Acme-Vexa and (Acme)', 'Acme')).toEqual([4, 19]);
  });

  it('is case-sensitive, as the regex was', () => {
    expect(wholeNameEnds('ACME and acme', 'Acme')).toEqual([]);
  });

  it('resumes after a match, so overlapping occurrences are counted once', () => {
    expect(wholeNameEnds('aa aa aa', 'aa aa')).toEqual([5]);
    expect(wholeNameEnds('aa aa aa', 'aa aa')).toEqual(regexEnds('aa aa aa', 'aa aa'));
  });

  it('reads letters outside the basic plane as letters', () => {
    const text = '𝐀Vexa Vexa𝐁 Vexa';
    expect(wholeNameEnds(text, 'Vexa')).toEqual(regexEnds(text, 'Vexa'));
    expect(wholeNameEnds(text, 'Vexa')).toEqual([text.length]);
  });

  it('agrees with the regex on names with regex characters and on misses', () => {
    const text = 'A.B. Holdings (U.K.) plc and A.B. Holdings, A+B Co, AxB Co';
    for (const name of ['A.B. Holdings', 'A+B Co', 'A.B', '(U.K.)', 'Zeta'])
      expect(wholeNameEnds(text, name)).toEqual(regexEnds(text, name));
  });
});

describe('merger vehicle with names found without a regex', () => {
  const merger = (sentence: string, source: string, target: string): ExtractedRelation => ({
    type: 'MERGED_WITH',
    source,
    target,
    status: 'announced',
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    seller: null,
    evidence: { sentence, start: 0, end: sentence.length },
    rule: 'en.merged.with',
    confidence: 0.8,
  });
  const read = (r: ExtractedRelation) =>
    withMergerVehiclesAsBuyouts([r], (name) => [name]).map((x) => `${x.type} ${x.source} > ${x.target}`);

  it('reads the described vehicle as the buyer (English and French)', () => {
    const en =
      'Reliance agreed to merge with GGFH Inc, a Florida-based company formed by its four top officers.';
    expect(read(merger(en, 'Reliance', 'GGFH Inc'))).toEqual(['ACQUIRED GGFH Inc > Reliance']);
    const fr = 'Vexa va fusionner avec Sodral, une société créée par ses dirigeants.';
    expect(read(merger(fr, 'Vexa', 'Sodral'))).toEqual(['ACQUIRED Sodral > Vexa']);
  });

  it('leaves the merger when the description follows only a longer word holding the name', () => {
    const en =
      'Reliance agreed to merge with GGFH Inc and GGFH Incorporated, a company formed by its officers.';
    expect(read(merger(en, 'Reliance', 'GGFH Inc'))).toEqual(['MERGED_WITH Reliance > GGFH Inc']);
    const fr = 'Vexa va fusionner avec Sodral et Sodralis, une société créée par ses dirigeants.';
    expect(read(merger(fr, 'Vexa', 'Sodral'))).toEqual(['MERGED_WITH Vexa > Sodral']);
  });
});

describe('money readers skipped on sentences that cannot hold their match', () => {
  const money = (sentence: string, lang: 'fr' | 'en') =>
    findMoney(sentence, 0, lang).map((m) => `${m.amount} ${m.currency} ${m.text}`);

  it('still reads a bare total after each of its lead-ins, in any case (English only)', () => {
    expect(money('The group paid a total of 7.4 billion, the company said.', 'en')).toEqual([
      '7400000000 null 7.4 billion',
    ]);
    expect(money('It was Valued at 12 mln, analysts said.', 'en')).toEqual(['12000000 null 12 mln']);
    expect(money('Acme said the deal is WORTH 3.5 mln and closes today.', 'en')).toEqual([
      '3500000 null 3.5 mln',
    ]);
    expect(money('Le groupe a payé un total of 7.4 billion, selon la société.', 'fr')).toEqual([]);
  });

  it('reads no bare figure without a lead-in', () => {
    expect(money('He sold 7.4 billion shares, the company said.', 'en')).toEqual([]);
  });

  it('still reads compact euros and ISO codes before a figure (French and English)', () => {
    expect(money('Vexa a levé 12m€ et EUR 180 millions.', 'fr')).toEqual([
      '12000000 EUR 12m€',
      '180000000 EUR EUR 180 millions',
    ]);
    expect(money('Acme paid CHF 180 million for Beta.', 'en')).toEqual(['180000000 CHF CHF 180 million']);
    expect(money('Acme paid EUR for Beta.', 'en')).toEqual([]);
  });
});

describe('link lines read from the head of a sentence', () => {
  const line = (text: string) => isLinkLine(tokenize(text));

  it('finds a cue of up to three words before its separator (French and English)', () => {
    expect(line('À lire également : Vexa rachète Sodral')).toBe(true);
    expect(line('Read more: Acme buys Beta')).toBe(true);
    expect(line('Related - Acme buys Beta')).toBe(true);
  });

  it('finds no cue later in the sentence or without a separator', () => {
    expect(line('Vexa rachète Sodral. Lire aussi : Acme')).toBe(false);
    expect(line('Acme and Beta, see also: the filing')).toBe(false);
    expect(line('Read more about Acme buying Beta')).toBe(false);
  });
});
