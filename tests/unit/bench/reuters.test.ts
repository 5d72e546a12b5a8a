import {
  countWords,
  isAcquisitionStory,
  parseReutersDate,
  parseReutersSgml,
  storyToArticle,
} from '../../../bench/reuters';

const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="41">
<DATE> 3-MAR-1987 09:12:44.10</DATE>
<TOPICS><D>acq</D><D>earn</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<TEXT>&#2;
<TITLE>ALPHAWIDGET &lt;AWG> TO BUY BETAGEAR</TITLE>
<DATELINE>    BOSTON, March 3 - </DATELINE><BODY>Alphawidget Inc said it agreed to buy
Betagear Co for 12 mln dlrs &amp; stock.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="42">
<DATE>4-APR-1987 10:00:00.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="UNPROC">&#2;
Raw wire text with no inner tags.
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="43">
<DATE>garbled</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>ONLY A HEADLINE</TITLE>
&#3;</TEXT>
</REUTERS>`;

describe('parseReutersSgml', () => {
  const stories = parseReutersSgml(SGML);

  it('reads every story with its NEWID', () => {
    expect(stories.map((s) => s.id)).toEqual([41, 42, 43]);
  });

  it('extracts title, dateline, body and topics with entities decoded', () => {
    const [first] = stories;
    expect(first.title).toBe('ALPHAWIDGET <AWG> TO BUY BETAGEAR');
    expect(first.dateline).toBe('BOSTON, March 3 -');
    expect(first.body).toContain('Betagear Co for 12 mln dlrs & stock.');
    expect(first.body).not.toMatch(/&#\d+;/);
    expect(first.body.includes(String.fromCharCode(3))).toBe(false);
    expect(first.topics).toEqual(['acq', 'earn']);
    expect(isAcquisitionStory(first)).toBe(true);
    expect(first.date).toBe('1987-03-03T09:12:44Z');
  });

  it('takes the whole TEXT of an unprocessed story as its body', () => {
    expect(stories[1].body).toBe('Raw wire text with no inner tags.');
    expect(stories[1].title).toBeNull();
    expect(stories[1].topics).toEqual([]);
    expect(isAcquisitionStory(stories[1])).toBe(false);
  });

  it('keeps a headline-only story with an empty body and a null date when the date is garbled', () => {
    expect(stories[2].title).toBe('ONLY A HEADLINE');
    expect(stories[2].body).toBe('');
    expect(stories[2].date).toBeNull();
  });

  it('rejects a story without NEWID with a stable code', () => {
    expect(() => parseReutersSgml('<REUTERS TOPICS="NO"><TEXT>x</TEXT></REUTERS>')).toThrow(
      expect.objectContaining({ code: 'BENCH_REUTERS_FORMAT' }),
    );
  });
});

describe('storyToArticle', () => {
  it('puts the title first and the dateline before the body, keeping the publication date', () => {
    const article = storyToArticle(parseReutersSgml(SGML)[0]);
    expect(
      article.text.startsWith('ALPHAWIDGET <AWG> TO BUY BETAGEAR\n\nBOSTON, March 3 - Alphawidget'),
    ).toBe(true);
    expect(article.published).toBe('1987-03-03');
    expect(article.file).toBe('reuters21578#41');
  });
});

describe('parseReutersDate and countWords', () => {
  it('parses the wire date format and refuses unknown months', () => {
    expect(parseReutersDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26T15:01:01Z');
    expect(parseReutersDate('26-FOO-1987 15:01:01.79')).toBeNull();
  });

  it('counts whitespace-separated words', () => {
    expect(countWords('  one two\n three\tfour ')).toBe(4);
    expect(countWords('   ')).toBe(0);
  });
});
