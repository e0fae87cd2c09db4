// The kinds of file an office publishes, as their contents identify them (file-type's magic-byte
// detection), with the extensions each may carry and whether a browser may show it inline. Every
// other content (HTML, SVG, scripts, archives, executables…) is refused, whatever its name.

export interface AcceptedType {
  /** The MIME type stored and served. */
  mime: string;
  /** Accepted extensions, the first one used when a name carries none of them. */
  extensions: readonly string[];
  /** Images and PDF open in the browser; everything else downloads. */
  inline: boolean;
}

const type = (mime: string, extensions: string[], inline = false): AcceptedType => ({
  mime,
  extensions,
  inline,
});

/** By the MIME type file-type detects. */
export const acceptedByDetectedMime: Readonly<Record<string, AcceptedType>> = {
  "image/jpeg": type("image/jpeg", ["jpg", "jpeg"], true),
  "image/png": type("image/png", ["png"], true),
  "image/gif": type("image/gif", ["gif"], true),
  "image/webp": type("image/webp", ["webp"], true),
  "image/avif": type("image/avif", ["avif"], true),
  "application/pdf": type("application/pdf", ["pdf"], true),
  "application/rtf": type("application/rtf", ["rtf"]),
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": type(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ["docx"],
  ),
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": type(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ["xlsx"],
  ),
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": type(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ["pptx"],
  ),
  "application/vnd.oasis.opendocument.text": type("application/vnd.oasis.opendocument.text", [
    "odt",
  ]),
  "application/vnd.oasis.opendocument.spreadsheet": type(
    "application/vnd.oasis.opendocument.spreadsheet",
    ["ods"],
  ),
  "application/vnd.oasis.opendocument.presentation": type(
    "application/vnd.oasis.opendocument.presentation",
    ["odp"],
  ),
};

/**
 * Old Microsoft Office files are OLE compound files (`application/x-cfb` to file-type), a
 * container other programs use too: accepted only under one of these extensions.
 */
export const acceptedCompoundFiles: Readonly<Record<string, AcceptedType>> = {
  doc: type("application/msword", ["doc"]),
  xls: type("application/vnd.ms-excel", ["xls"]),
  ppt: type("application/vnd.ms-powerpoint", ["ppt"]),
};

/** Files without magic bytes: plain text that is not markup, under these extensions. */
export const acceptedTextFiles: Readonly<Record<string, AcceptedType>> = {
  txt: type("text/plain", ["txt"]),
  csv: type("text/csv", ["csv"]),
};

/** The MIME types a browser may show inline from the uploads folder (everything else downloads). */
export const inlineMimes: ReadonlySet<string> = new Set(
  Object.values(acceptedByDetectedMime)
    .filter((accepted) => accepted.inline)
    .map((accepted) => accepted.mime),
);

/** What the refusal message offers instead, in Polish. */
export const acceptedSummary =
  "Można przesyłać zdjęcia (JPG, PNG, GIF, WebP, AVIF), pliki PDF, dokumenty (DOC, DOCX, ODT, RTF, XLS, XLSX, ODS, PPT, PPTX, ODP) i pliki tekstowe (TXT, CSV).";
