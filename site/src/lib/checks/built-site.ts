// Reads a built office directory: every file, and every HTML page with the resources it
// references, its links and its element ids. Shared by the budget and link checkers.
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { Parser } from "htmlparser2";

export interface PageResource {
  kind: "script" | "stylesheet" | "image" | "media" | "frame" | "preload";
  /** Absent for inline scripts and styles. */
  url?: string;
  inline?: string;
  attributes: Record<string, string>;
}

export interface BuiltPage {
  /** Path of the file inside the site directory, with forward slashes, e.g. "kontakt/index.html". */
  file: string;
  /** The URL path the page is served at, e.g. "/kontakt/". */
  urlPath: string;
  html: string;
  resources: PageResource[];
  /** Every href of an <a> or <area>, as written. */
  links: string[];
  ids: Set<string>;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url.length > 0);
}

export function parsePage(file: string, html: string): BuiltPage {
  const resources: PageResource[] = [];
  const links: string[] = [];
  const ids = new Set<string>();
  let inlineTarget: PageResource | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (name === "a" && attributes.name) ids.add(attributes.name);
        if ((name === "a" || name === "area") && attributes.href !== undefined) {
          links.push(attributes.href);
        }
        if (name === "script") {
          const type = attributes.type ?? "";
          if (type === "" || type === "module" || /javascript/.test(type)) {
            const resource: PageResource = { kind: "script", attributes };
            if (attributes.src) resource.url = attributes.src;
            else inlineTarget = resource;
            resources.push(resource);
          }
        } else if (name === "style") {
          inlineTarget = { kind: "stylesheet", attributes, inline: "" };
          resources.push(inlineTarget);
        } else if (name === "link" && attributes.href) {
          const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
          if (rel.includes("stylesheet")) {
            resources.push({ kind: "stylesheet", url: attributes.href, attributes });
          } else if (
            rel.some((r) => ["preload", "modulepreload", "icon", "prefetch"].includes(r))
          ) {
            resources.push({ kind: "preload", url: attributes.href, attributes });
          }
        } else if (name === "img" || name === "source") {
          for (const url of [
            ...(attributes.src ? [attributes.src] : []),
            ...srcsetUrls(attributes.srcset ?? ""),
          ]) {
            resources.push({ kind: name === "img" ? "image" : "media", url, attributes });
          }
        } else if (["iframe", "embed", "object", "video", "audio", "track"].includes(name)) {
          const url = attributes.src ?? attributes.data;
          resources.push({ kind: "frame", attributes, ...(url ? { url } : {}) });
        }
      },
      ontext(text) {
        if (inlineTarget) inlineTarget.inline = (inlineTarget.inline ?? "") + text;
      },
      onclosetag(name) {
        if (name === "script" || name === "style") inlineTarget = undefined;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { file, urlPath: urlPathOf(file), html, resources, links, ids };
}

export async function readBuiltPages(dir: string): Promise<BuiltPage[]> {
  const files = (await listFiles(dir)).filter((file) => file.endsWith(".html"));
  return Promise.all(
    files.map(async (file) => parsePage(file, await readFile(join(dir, file), "utf8"))),
  );
}

/**
 * Resolves a reference found on a page to a path inside the site, or undefined when it points
 * elsewhere (another origin, mailto:, tel:, …). `siteOrigin` is the office's own origin.
 */
export function resolveInternal(
  reference: string,
  pageUrlPath: string,
  siteOrigin: string,
): { path: string; fragment: string } | undefined {
  const base = new URL(pageUrlPath, siteOrigin);
  let url: URL;
  try {
    url = new URL(reference, base);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  return {
    path: posix.normalize(decodeURIComponent(url.pathname)),
    fragment: decodeURIComponent(url.hash.replace(/^#/, "")),
  };
}

/** The file a URL path is served from, among the site's files, if any. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const bare = path.replace(/^\/+/, "");
  const candidates = path.endsWith("/")
    ? [`${bare}index.html`]
    : [bare, `${bare}/index.html`, `${bare}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
