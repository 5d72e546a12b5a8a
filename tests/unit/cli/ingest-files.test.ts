import { isFolderNote } from '../../../cli/ingest-files';

describe('isFolderNote', () => {
  it('treats README files of any extension as notes, not articles', () => {
    expect(isFolderNote('/x/seeds/README.md')).toBe(true);
    expect(isFolderNote('readme.txt')).toBe(true);
    expect(isFolderNote('/x/seeds/README')).toBe(true);
  });
  it('keeps articles, including ones whose name merely contains readme', () => {
    expect(isFolderNote('/x/seeds/000_e505d30ca79f8aab.txt')).toBe(false);
    expect(isFolderNote('/x/readme-industry-news.txt')).toBe(false);
  });
});
