// Precompressed siblings: the site build writes `<file>.br` and `<file>.gz` next to every file
// of these types (when compression makes it smaller), and the static server sends one of them
// when the request's Accept-Encoding allows. Any static host that serves such siblings can use
// the same output.

/** Extensions (lower case, with the dot) of the text files a build precompresses. */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".map",
  ".webmanifest",
  ".xml",
  ".rss",
  ".xsl",
  ".txt",
  ".ics",
  ".svg",
  ".ico",
]);

/** The encodings written, in the server's order of preference, with their file suffixes. */
export const PRECOMPRESSED_ENCODINGS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

export type PrecompressedEncoding = (typeof PRECOMPRESSED_ENCODINGS)[number]["encoding"];

/** Whether a file of this path's type gets precompressed siblings. */
export function isPrecompressible(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  return dot > 0 && PRECOMPRESSED_EXTENSIONS.has(name.slice(dot));
}
