import { detokenizeEnglish } from '../../../eval/fire-detokenize';
import { isNamedMention, splitMention, withoutHonorific } from '../../../eval/fire-names';
import { isTopRole } from '../../../eval/fire-roles';

describe('detokenizeEnglish', () => {
  it('writes punctuation, quotes, currency and possessives as a reader sees them', () => {
    const tokens = [
      'Orro',
      'Ltd.',
      '(',
      '"',
      'Orro',
      '"',
      ')',
      'paid',
      '$',
      '5',
      'million',
      ',',
      'or',
      '12',
      '%',
    ];
    const more = [',', 'for', 'Zeta', "'s", 'unit', ';', 'it', 'did', "n't", 'say', 'more', '.'];
    const { text } = detokenizeEnglish([...tokens, ...more]);
    expect(text).toBe('Orro Ltd. ("Orro") paid $5 million, or 12%, for Zeta\'s unit; it didn\'t say more.');
  });

  it('keeps every token at its offsets', () => {
    const tokens = ['Baker', '-', 'Hughes', '(', 'the', '"', 'Buyer', '"', ')', 'agreed', ':', 'yes', '.'];
    const { text, offsets } = detokenizeEnglish(tokens);
    expect(offsets).toHaveLength(tokens.length);
    tokens.forEach((token, i) => expect(text.slice(offsets[i].start, offsets[i].end)).toBe(token));
  });

  it('joins hyphenated words and codes but leaves heading and page dashes spaced', () => {
    expect(detokenizeEnglish(['a', 'wholly', '-', 'owned', 'unit']).text).toBe('a wholly-owned unit');
    expect(detokenizeEnglish(['Form', '10', '-', 'Q', 'and', 'Asia', '/', 'Pacific']).text).toBe(
      'Form 10-Q and Asia/Pacific',
    );
    expect(detokenizeEnglish(['NOTES', '-', 'Continued']).text).toBe('NOTES - Continued');
    expect(detokenizeEnglish(['-', '14', '-', 'Ruth', 'Amsel']).text).toBe('- 14 - Ruth Amsel');
  });

  it('gives empty and blank tokens a zero-width offset without adding text', () => {
    const { text, offsets } = detokenizeEnglish(['Alpha', '', 'Beta', '\n', 'Gamma']);
    expect(text).toBe('Alpha Beta Gamma');
    expect(offsets[1].start).toBe(offsets[1].end);
    expect(text.slice(offsets[4].start, offsets[4].end)).toBe('Gamma');
  });
});

describe('isNamedMention', () => {
  it.each([
    'we',
    'our',
    'it',
    'the Company',
    'the Bank',
    'Holdings',
    'Nordic companies',
    'March 2014',
    'its parent',
  ])('drops %p: it names nobody', (surface) => expect(isNamedMention(surface)).toBe(false));

  it.each([
    'Bank of Nowhere',
    'The Harbour Group',
    'inVenture',
    'Mr. Pell',
    'Kestrel & Finch',
    'QX3',
    'U.S. Trust',
    'Orro plc',
  ])('keeps %p: a proper name', (surface) => expect(isNamedMention(surface)).toBe(true));
});

describe('splitMention', () => {
  it('separates a defined short name in quotes and a possessive', () => {
    expect(splitMention('Halvard Mining, LLC\'s ("Halvard")')).toEqual({
      name: 'Halvard Mining, LLC',
      alias: 'Halvard',
    });
  });

  it('ignores tickers and generic defined terms as aliases', () => {
    expect(splitMention('Quill Media Inc. (NYSE: QML)')).toEqual({ name: 'Quill Media Inc.', alias: null });
    expect(splitMention('Plainfield Savings Bank (the Bank)')).toEqual({
      name: 'Plainfield Savings Bank',
      alias: null,
    });
  });

  it('keeps a parenthesis inside the name and strips trailing punctuation', () => {
    expect(splitMention('Orro (UK) Limited (Orro)')).toEqual({ name: 'Orro (UK) Limited', alias: 'Orro' });
    expect(splitMention('Tamsin Foods;')).toEqual({ name: 'Tamsin Foods', alias: null });
  });

  it('takes courtesy titles off person names', () => {
    expect(withoutHonorific('Mrs. Adeyemi')).toBe('Adeyemi');
    expect(withoutHonorific('Nora Adeyemi')).toBe('Nora Adeyemi');
  });
});

describe('isTopRole', () => {
  it.each([
    'Chief Executive Officer',
    'CEO',
    'President',
    'Chairman of the Board',
    'Managing Director',
    'head of',
  ])('%p leads the company', (title) => expect(isTopRole(title)).toBe(true));

  it.each([
    'Senior Vice President',
    'Executive Vice President',
    'Vice Chairman',
    'Chief Financial Officer',
    'director',
    'Deputy CEO',
    'chairman of the Audit Committee',
    'tech CEOs',
  ])('%p does not', (title) => expect(isTopRole(title)).toBe(false));

  it('keeps a top title listed next to a lesser one', () => {
    expect(isTopRole('Executive Vice President and Chief Executive Officer')).toBe(true);
  });
});
