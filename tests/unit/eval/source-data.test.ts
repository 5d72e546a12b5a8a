import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReutersSgml, storyToArticle } from '../../../bench/reuters';
import { detokenize, parseConll } from '../../../eval/conll';
import { fileSourceData, sharedSourceData } from '../../../eval/source-data';

/** A two-story SGML file in the collection's layout and a two-sentence CoNLL file, written to a temp folder. */
const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="11">
<DATE>26-FEB-1987 15:01:01.79</DATE><TOPICS><D>acq</D></TOPICS>
<TEXT>&#2;
<TITLE>ORVANE TO BUY QUILLET</TITLE>
<DATELINE>    LYON, Feb 26 - </DATELINE><BODY>Orvane SA said it agreed to buy Quillet &amp; Co.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="12">
<DATE>27-FEB-1987 09:00:00.00</DATE><TOPICS></TOPICS>
<TEXT TYPE="UNPROC">&#2;
Markets were quiet.
&#3;</TEXT>
</REUTERS>
`;
const CONLL = [
  '0\tOrvane\tB-ORG',
  '1\t,\tO',
  '2\tà\tO',
  '3\tLyon\tB-LOC',
  '4\t.\tO',
  '',
  '0\tElle\tO',
  '1\tvend\tO',
  '2\t.\tO',
  '',
].join('\n');

function fixture(): { shared: string; reutersDir: string; conll: string } {
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'source-data-'));
  const reutersDir = path.join(shared, 'data', 'reuters21578');
  const conll = path.join(shared, 'data', 'wikineural-fr', 'val.conllu');
  fs.mkdirSync(reutersDir, { recursive: true });
  fs.mkdirSync(path.dirname(conll), { recursive: true });
  fs.writeFileSync(path.join(reutersDir, 'reut2-000.sgm'), SGML, 'latin1');
  fs.writeFileSync(conll, CONLL);
  return { shared, reutersDir, conll };
}

describe('fileSourceData', () => {
  it('resolves a NEWID to the text and day the bench builds for that story', () => {
    const { shared, reutersDir, conll } = fixture();
    const data = fileSourceData(reutersDir, conll);
    const expected = storyToArticle(parseReutersSgml(SGML)[0]);
    expect(data.reutersStory(11)).toEqual({ text: expected.text, published: '1987-02-26' });
    expect(data.reutersStory(11)?.text).toMatch(/^ORVANE TO BUY QUILLET\n\nLYON, Feb 26 - Orvane SA/);
    expect(data.reutersStory(12)?.text).toBe('Markets were quiet.');
    expect(data.reutersStory(13)).toBeUndefined();
    fs.rmSync(shared, { recursive: true });
  });

  it('gives the WikiNEuRal sentences detokenised as the ORG scorer does, in file order', () => {
    const { shared, reutersDir, conll } = fixture();
    const sentences = fileSourceData(reutersDir, conll).wikineuralSentences();
    expect(sentences).toEqual(parseConll(CONLL).map((s) => detokenize(s.tokens).text));
    expect(sentences).toEqual(['Orvane, à Lyon.', 'Elle vend.']);
    fs.rmSync(shared, { recursive: true });
  });

  it('reads each data set once: later look-ups do not go back to the files', () => {
    const { shared, reutersDir, conll } = fixture();
    const data = fileSourceData(reutersDir, conll);
    const first = data.reutersStory(11);
    const sentences = data.wikineuralSentences();
    fs.rmSync(shared, { recursive: true });
    expect(data.reutersStory(11)).toBe(first);
    expect(data.wikineuralSentences()).toBe(sentences);
  });

  it('reports a missing data folder with EVAL_DATA_MISSING, only when a pointer needs it', () => {
    const { shared } = fixture();
    const data = fileSourceData(path.join(shared, 'absent'), path.join(shared, 'absent.conllu'));
    expect(() => data.reutersStory(11)).toThrow(/^EVAL_DATA_MISSING: Reuters-21578/);
    expect(() => data.wikineuralSentences()).toThrow(/^EVAL_DATA_MISSING: WikiNEuRal-fr/);
    const empty = path.join(shared, 'empty', 'reuters21578');
    fs.mkdirSync(empty, { recursive: true });
    expect(() => fileSourceData(empty, path.join(shared, 'x')).reutersStory(11)).toThrow(
      /^EVAL_DATA_MISSING/,
    );
    fs.rmSync(shared, { recursive: true });
  });
});

describe('sharedSourceData', () => {
  it('reads from DEALGRAPH_SHARED_DIR and keeps one instance per location for the run', () => {
    const { shared } = fixture();
    const env = { DEALGRAPH_SHARED_DIR: shared };
    const data = sharedSourceData(env);
    expect(sharedSourceData({ ...env })).toBe(data);
    expect(sharedSourceData({ DEALGRAPH_SHARED_DIR: path.join(shared, 'other') })).not.toBe(data);
    expect(data.wikineuralSentences()).toEqual(['Orvane, à Lyon.', 'Elle vend.']);
    fs.rmSync(shared, { recursive: true });
  });
});
