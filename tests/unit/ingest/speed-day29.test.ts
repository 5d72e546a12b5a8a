import { fundsOutlet } from '../../../ingest/relations/frames/funded-told-outlet';
import { escapeRegExp } from '../../../ingest/escape-regexp';
import { extractArticle } from '../../../ingest/extract';
import { findDateMentions } from '../../../ingest/values/date-mentions';
import type { ExtractedRelation } from '../../../ingest/types';

/** The outlet cue fundsOutlet reads, copied here as the oracle's: the test pins the old per-fact patterns' answer. */
const CUE =
  "(?:told|tells|telling|selon|d'après|according to|interview with|entretien (?:à|au)|cité par|(?:confié|confie|indiqué|déclaré|précisé|expliqué|affirmé|assuré|raconté)\\s+(?:\\S+\\s+)?(?:à|au|aux))";

/** What fundsOutlet answered before day 29, when it compiled two patterns per fact. */
function plainFundsOutlet(target: string, sentence: string): boolean {
  if (!new RegExp(CUE, 'iu').test(sentence) || !sentence.includes(target)) return false;
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(target)}(?![\\p{L}\\p{N}])`, 'gu');
  const asOutlet = new RegExp(
    `${CUE}\\s+(?:l'|les?\\s+|la\\s+|the\\s+)?${escapeRegExp(target)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return (sentence.match(named)?.length ?? 0) === 1 && asOutlet.test(sentence);
}

function funded(target: string, sentence: string): ExtractedRelation {
  return {
    type: 'FUNDED',
    source: 'Some Fund',
    target,
    evidence: { sentence, start: 0, end: sentence.length },
    rule: 'test',
    confidence: 1,
  } as ExtractedRelation;
}

describe('fundsOutlet with one pattern for every name (day 29)', () => {
  const cases: [string, string, boolean][] = [
    ['TechCrunch', 'The company told TechCrunch it has raised $12 million from Some Fund.', true],
    ['Sifted', 'According to Sifted, the start-up raised €8m.', true],
    ['Les Echos', 'La société a confié aux Les Echos avoir levé 5 M€.', true],
    ['Echos', 'La société a indiqué mardi à la Echos avoir levé 5 M€.', true],
    // the outlet is read whatever its case, the name counted as written
    ['Kelto', 'A Kelto founder told KELTO News it raised $3 million.', true],
    ['Kelto', 'The company told KELTO it raised $3 million.', false],
    // the company also named as itself, or never as the outlet: a real party
    ['Kelto', 'Kelto told TechCrunch that Kelto raised $5 million.', false],
    ['Kelto', 'The founder told Kelto staff the round closed; Kelto raised $5 million.', false],
    ['Kelto', 'Kelto raised $5 million, the founder told reporters.', false],
    ['Kelto', 'The founder told Keltonia it raised $5 million.', false],
    ['A.B. (Data)', 'The chief executive told A.B. (Data) that it raised $2 million.', true],
    ['A.B. (Data)', 'The chief executive told AxBx (Data) that it raised $2 million.', false],
    ['Nul\u0000Co', 'The company told Nul\u0000Co it raised $2 million.', true],
  ];
  it.each(cases)('%j in %j: %s, as the per-fact patterns answered', (target, sentence, expected) => {
    expect(fundsOutlet(funded(target, sentence))).toBe(expected);
    expect(plainFundsOutlet(target, sentence)).toBe(expected);
  });

  it('reads only FUNDED facts', () => {
    const r = { ...funded('TechCrunch', 'The company told TechCrunch it was bought.'), type: 'ACQUIRED' };
    expect(fundsOutlet(r as ExtractedRelation)).toBe(false);
  });
});

/** The ACQUIRED facts of a text as "buyer > target (rule)". */
function purchases(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-29' })
    .relations.filter((r) => r.type === 'ACQUIRED')
    .map((r) => `${r.source} > ${r.target}`)
    .sort();
}

describe('a purchase through a unit, screened by its connector (day 29)', () => {
  it('still lets the unit named after "through its subsidiary" buy too, in English', () => {
    const text =
      'Halvard Group agreed to acquire Brenmoor Foods through its subsidiary Halvard Nordic on Monday.';
    expect(purchases(text)).toContain('Halvard Nordic > Brenmoor Foods');
  });

  it('still reads the French connector "par l\'intermédiaire de sa filiale"', () => {
    const text =
      "Axelune a racheté Qorvel Santé par l'intermédiaire de sa filiale Axelune Médical, a annoncé le groupe.";
    expect(purchases(text)).toContain('Axelune Médical > Qorvel Santé');
  });

  it('adds no unit when no connector stands in the sentence', () => {
    const text =
      'Halvard Group agreed to acquire Brenmoor Foods with its subsidiary Halvard Nordic on Monday.';
    expect(purchases(text)).not.toContain('Halvard Nordic > Brenmoor Foods');
  });
});

describe('date readers kept per publication date (day 29)', () => {
  it('reads relative dates from the date asked, whatever date the last call had', () => {
    const en = 'The deal was signed yesterday and talks began last month.';
    const fr = "L'accord a été signé hier, après des discussions entamées le mois dernier.";
    expect(findDateMentions(en, '2026-03-02').map((m) => m.date)).toEqual(['2026-03-01', '2026-02']);
    expect(findDateMentions(fr, '2025-01-10').map((m) => m.date)).toEqual(['2025-01-09', '2024-12']);
    expect(findDateMentions(en, '2026-03-02').map((m) => m.date)).toEqual(['2026-03-01', '2026-02']);
  });

  it('reads no relative date without a publication date, and only a month-precise one without a day', () => {
    const text = 'Kelto bought Brio yesterday, in March 2024.';
    expect(findDateMentions(text, null).map((m) => m.date)).toEqual(['2024-03']);
    expect(findDateMentions(text, '2026-05').map((m) => m.date)).toEqual(['2024-03']);
    expect(findDateMentions(text, '2026-05-20').map((m) => m.date)).toEqual(['2026-05-19', '2024-03']);
  });
});
