/** Stable codes of input errors; callers branch on `code`, people read `message`. */
export type ReadErrorCode = 'BAD_INPUT';

export class ArticleReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleReadError';
    this.code = 'BAD_INPUT';
    this.file = file;
  }
}
