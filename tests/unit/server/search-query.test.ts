import { escapeLucene, luceneQueryFor } from '../../../graph/read/search';

describe('luceneQueryFor', () => {
  it('makes exact, prefix and fuzzy clauses from folded and accented spellings', () => {
    const q = luceneQueryFor('Téléperformance') as string;
    expect(q).toContain('teleperformance*');
    expect(q).toContain('teleperformance~');
    expect(q).toContain('téléperformance*');
  });

  it('gives short words no fuzzy clause', () => {
    expect(luceneQueryFor('ab')).not.toContain('~');
  });

  it('never lets Lucene syntax through from the user', () => {
    const q = luceneQueryFor('name:foo* OR (bar) "baz" \\ AND -x') as string;
    expect(q).not.toMatch(/name:/);
    expect(q).not.toContain('"');
    expect(q).not.toContain('(bar)');
    expect(q).not.toMatch(/ AND /);
  });

  it('returns null when nothing searchable is left', () => {
    expect(luceneQueryFor('  ?!* ')).toBeNull();
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&|!(){}[]^"~*?:\\/')).toBe(
      'a\\+b\\-c\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
  });
});
