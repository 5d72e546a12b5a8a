import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleReadError, listArticleFiles, readArticleFile } from '../../../ingest/read';

describe('reading article files', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-read-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  it('takes the repeated short line as the headline of a text file and the "Publié le" date', async () => {
    const file = write(
      'a.txt',
      'Le magazine du secteur, en ligne.\n\nLa grande bascule\n\nPublié le 05 mars 2021 à 10:00 par La Rédaction\nLa grande bascule\n\nLe groupe Maviel a racheté Quintor.',
    );
    const a = await readArticleFile(file);
    expect(a.title).toBe('La grande bascule');
    expect(a.published).toBe('2021-03-05');
    expect(a.text).toContain('Maviel');
  });

  it('reads English dates and Markdown headlines', async () => {
    const a = await readArticleFile(
      write('b.md', '# Orion buys Brightline\n\nPublished on March 3, 2022\n\nOrion Inc bought Brightline.'),
    );
    expect(a).toMatchObject({ title: 'Orion buys Brightline', published: '2022-03-03' });
  });

  it('strips HTML and reads title and published time from the page', async () => {
    const html =
      '<html><head><title>Site | Deal</title><meta property="article:published_time" content="2023-06-01T08:00:00Z"></head>' +
      '<body><h1>Orion buys Brightline</h1><p>Orion Inc bought Brightline &amp; Co.</p><script>var x = 1;</script></body></html>';
    const a = await readArticleFile(write('c.html', html));
    expect(a.title).toBe('Orion buys Brightline');
    expect(a.published).toBe('2023-06-01');
    expect(a.text).toContain('Orion Inc bought Brightline & Co.');
    expect(a.text).not.toContain('var x');
  });

  it('reads gold-format JSON with a text_file relative to it', async () => {
    write('sub/body.txt', 'Orion Inc bought Brightline.');
    const file = write(
      'sub/doc.json',
      JSON.stringify({ title: 'T', url: 'http://x', published: '2020', text_file: 'body.txt' }),
    );
    expect(await readArticleFile(file)).toMatchObject({
      text: 'Orion Inc bought Brightline.',
      title: 'T',
      url: 'http://x',
      published: '2020',
    });
  });

  it('fails with BAD_INPUT naming the file for missing, empty and non-UTF-8 files', async () => {
    const cases = [
      path.join(dir, 'nope.txt'),
      write('empty.txt', '  \n'),
      write('latin.txt', Buffer.from([0x63, 0x61, 0xe9, 0x0a])),
    ];
    for (const file of cases) {
      await expect(readArticleFile(file)).rejects.toMatchObject({ code: 'BAD_INPUT', file });
      await expect(readArticleFile(file)).rejects.toBeInstanceOf(ArticleReadError);
    }
  });

  it('lists article files under directories, sorted and recursive, skipping other extensions', async () => {
    write('z/x.htm', '<p>x</p>');
    write('z/skip.pdf', 'x');
    const files = await listArticleFiles([dir]);
    expect(files).toEqual([...files].sort());
    expect(files.some((f) => f.endsWith('x.htm'))).toBe(true);
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(false);
    expect(files.some((f) => f.endsWith(path.join('sub', 'doc.json')))).toBe(true);
  });
});
