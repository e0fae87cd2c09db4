// Named errors of the Strapi loader. Each message names the content type and, where there is
// one, the entry's documentId and the field, so a failed build says what to fix.

/** The CMS could not be reached or answered with an error, after the retries. */
export class StrapiFetchError extends Error {
  override name = "StrapiFetchError";
  readonly contentType: string;
  readonly status: number | undefined;
  constructor(
    contentType: string,
    message: string,
    options?: { status?: number; cause?: unknown },
  ) {
    super(`${contentType}: ${message}`, { cause: options?.cause });
    this.contentType = contentType;
    this.status = options?.status;
  }
}

/** The CMS answered, but not with the REST shape of a collection. */
export class StrapiResponseError extends Error {
  override name = "StrapiResponseError";
  readonly contentType: string;
  constructor(contentType: string, message: string) {
    super(`${contentType}: ${message}`);
    this.contentType = contentType;
  }
}

/** An entry failed the shared schema of its content type. */
export class StrapiValidationError extends Error {
  override name = "StrapiValidationError";
  readonly contentType: string;
  readonly documentId: string;
  readonly field: string;
  constructor(contentType: string, documentId: string, field: string, problem: string) {
    super(`${contentType} ${documentId}: field "${field}": ${problem}`);
    this.contentType = contentType;
    this.documentId = documentId;
    this.field = field;
  }
}
