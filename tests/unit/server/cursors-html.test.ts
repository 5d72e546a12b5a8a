import { connection, decodeCursor, encodeCursor } from '../../../server/resolvers/args';
import { htmlToArticleText } from '../../../server/html';

describe('cursors', () => {
  it('round-trips an offset: the page after cursor N starts at N + 1', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(null)).toBe(0);
  });

  it('rejects cursors it did not make', () => {
    expect(() => decodeCursor('bm9wZQ==')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });

  it('reports whether more pages exist', () => {
    const c = connection(['a', 'b'], 5, 2);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(c.pageInfo.endCursor)).toBe(4);
    expect(connection(['a'], 3, 2).pageInfo.hasNextPage).toBe(false);
  });
});

describe('htmlToArticleText', () => {
  it('keeps the prose, drops scripts, styles and link targets, keeps paragraph breaks', () => {
    const text = htmlToArticleText(
      '<html><head><style>p{}</style><script>var x=1</script></head><body><h1>Rachat</h1><p>Webhelp rachète <a href="http://x">Sitel</a>.</p><p>Fin.</p></body></html>',
    );
    expect(text).toContain('Rachat');
    expect(text).toContain('Webhelp rachète Sitel.');
    expect(text).not.toContain('var x');
    expect(text).not.toContain('http://x');
    expect(text).not.toContain('p{}');
    expect(text).toMatch(/Sitel\.\n+Fin\./);
  });
});
