/** Stable codes for curation failures; server/ maps them onto GraphQL error codes. */
export type CurationErrorCode = 'CURATION_NOT_FOUND' | 'CURATION_BAD_INPUT' | 'CURATION_CONFLICT';

export class CurationError extends Error {
  readonly code: CurationErrorCode;

  constructor(code: CurationErrorCode, message: string) {
    super(message);
    this.name = 'CurationError';
    this.code = code;
  }
}
