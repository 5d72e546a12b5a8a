import { COMPACT_CACHE_MAX, compactCypher, compactCypherCached } from '../../../graph/read/compact-cypher';

describe('compactCypher (layout whitespace out of read queries)', () => {
  it('turns indentation and newlines into one space between words', () => {
    expect(compactCypher('MATCH (e:Entity)\n     WHERE e.id IN $ids\n     RETURN e')).toBe(
      'MATCH(e:Entity)WHERE e.id IN $ids RETURN e',
    );
  });

  it('drops the space next to brackets, braces and commas only', () => {
    expect(compactCypher('RETURN collect({role: p.role, id: o.id}) AS deals, [x IN xs | x] AS l')).toBe(
      'RETURN collect({role: p.role,id: o.id})AS deals,[x IN xs | x]AS l',
    );
    expect(compactCypher('WHERE d.date <= $asOf AND a <> b')).toBe('WHERE d.date <= $asOf AND a <> b');
  });

  it('copies string literals as they are, quotes and escapes included', () => {
    expect(compactCypher('WHERE c.verdict = \'RE  JECTED\' AND n.x = "a ,  b"  RETURN `odd  name`')).toBe(
      'WHERE c.verdict = \'RE  JECTED\' AND n.x = "a ,  b" RETURN `odd  name`',
    );
    expect(compactCypher("RETURN 'it\\'s  (x)'  AS s")).toBe("RETURN 'it\\'s  (x)' AS s");
  });

  it('leaves a text with a comment or an unclosed literal unchanged', () => {
    const commented = 'MATCH (n) // every node\nRETURN n';
    expect(compactCypher(commented)).toBe(commented);
    const block = 'MATCH (n) /* all */ RETURN n';
    expect(compactCypher(block)).toBe(block);
    const open = "RETURN 'never closed   ";
    expect(compactCypher(open)).toBe(open);
    // Slashes inside a literal are not comments.
    expect(compactCypher("RETURN  'http://x'  AS u")).toBe("RETURN 'http://x' AS u");
  });

  it('answers the same text from its cache, bounded', () => {
    const text = '  RETURN   1  ';
    expect(compactCypherCached(text)).toBe('RETURN 1');
    expect(compactCypherCached(text)).toBe('RETURN 1');
    for (let i = 0; i < COMPACT_CACHE_MAX + 5; i++) {
      expect(compactCypherCached(`RETURN   ${i}`)).toBe(`RETURN ${i}`);
    }
  });
});
