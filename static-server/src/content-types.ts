// Media types by file extension, for what an Astro build with Pagefind, RSS and iCalendar writes.
import { extname } from "node:path";

const byExtension: ReadonlyMap<string, string> = new Map([
  [".html", "text/html; charset=utf-8"],
  [".css", "text/css; charset=utf-8"],
  [".js", "text/javascript; charset=utf-8"],
  [".mjs", "text/javascript; charset=utf-8"],
  [".json", "application/json; charset=utf-8"],
  [".webmanifest", "application/manifest+json; charset=utf-8"],
  [".xml", "application/xml; charset=utf-8"],
  [".rss", "application/rss+xml; charset=utf-8"],
  [".xsl", "application/xslt+xml; charset=utf-8"],
  [".txt", "text/plain; charset=utf-8"],
  [".ics", "text/calendar; charset=utf-8"],
  [".svg", "image/svg+xml"],
  [".png", "image/png"],
  [".jpg", "image/jpeg"],
  [".jpeg", "image/jpeg"],
  [".gif", "image/gif"],
  [".webp", "image/webp"],
  [".avif", "image/avif"],
  [".ico", "image/x-icon"],
  [".woff", "font/woff"],
  [".woff2", "font/woff2"],
  [".pdf", "application/pdf"],
  [".wasm", "application/wasm"],
  [".map", "application/json; charset=utf-8"],
]);

export function contentTypeOf(path: string): string {
  return byExtension.get(extname(path).toLowerCase()) ?? "application/octet-stream";
}
