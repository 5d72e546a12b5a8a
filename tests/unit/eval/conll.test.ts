import { charSpanToTokens, detokenize, parseConll, spansOfLabel } from '../../../eval/conll';

describe('parseConll', () => {
  it('splits sentences on blank lines and keeps token and tag columns', () => {
    const text = '0\tNintendo\tB-ORG\n1\tsort\tO\n\n\n0\tLa\tO\n1\tBanque\tB-ORG\n';
    expect(parseConll(text)).toEqual([
      { tokens: ['Nintendo', 'sort'], tags: ['B-ORG', 'O'] },
      { tokens: ['La', 'Banque'], tags: ['O', 'B-ORG'] },
    ]);
  });

  it('rejects a line with fewer than three columns', () => {
    expect(() => parseConll('0\tNintendo\n')).toThrow(/EVAL_CONLL_INVALID/);
  });
});

describe('spansOfLabel', () => {
  it('reads B/I runs of one label and ignores the others', () => {
    const tags = ['B-ORG', 'I-ORG', 'O', 'B-PER', 'B-ORG', 'B-ORG', 'I-ORG'];
    expect(spansOfLabel(tags, 'ORG')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 5 },
      { start: 5, end: 7 },
    ]);
  });

  it('opens a span on an I- tag that continues nothing', () => {
    expect(spansOfLabel(['O', 'I-ORG', 'I-ORG', 'B-LOC', 'I-ORG'], 'ORG')).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 5 },
    ]);
  });
});

describe('detokenize', () => {
  const tokens = [
    'Nintendo',
    ',',
    'dans',
    "l'",
    'installation',
    '(',
    'Démo',
    ')',
    'de',
    '"',
    'Mario',
    'Kart',
    '"',
    '.',
  ];

  it('writes French text with natural spacing', () => {
    expect(detokenize(tokens).text).toBe('Nintendo, dans l\'installation (Démo) de "Mario Kart".');
  });

  it('records offsets that point at each token', () => {
    const { text, offsets } = detokenize(tokens);
    expect(offsets).toHaveLength(tokens.length);
    offsets.forEach((o, i) => expect(text.slice(o.start, o.end)).toBe(tokens[i]));
  });

  it('keeps spaces around guillemets and before a colon', () => {
    expect(detokenize(['«', 'Orange', '»', ':', 'oui']).text).toBe('« Orange » : oui');
  });
});

describe('charSpanToTokens', () => {
  const { text, offsets } = detokenize(['La', 'Société', 'Générale', 'prête']);
  const start = text.indexOf('Société');
  const end = text.indexOf(' prête');

  it('maps a span on token boundaries to tokens', () => {
    expect(charSpanToTokens(offsets, start, end)).toEqual({ start: 1, end: 3 });
    expect(charSpanToTokens(offsets, 0, 2)).toEqual({ start: 0, end: 1 });
  });

  it('gives null for a span that cuts a token', () => {
    expect(charSpanToTokens(offsets, start + 1, end)).toBeNull();
    expect(charSpanToTokens(offsets, start, end - 1)).toBeNull();
    expect(charSpanToTokens(offsets, start - 1, end)).toBeNull();
  });
});
