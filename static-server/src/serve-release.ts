// Serves one request from one release directory with `send` (the file server under Express's
// serve-static): the file or its directory's index.html, ETag and Last-Modified with 304s,
// byte ranges (206, 416), HEAD; a directory without its trailing slash is redirected (keeping
// the query), a missing file answers the release's own 404.html with status 404. A file's
// precompressed sibling (`.br`, `.gz`) is sent instead when Accept-Encoding allows and the request
// asks for no range (`precompressed.ts`). The returned promise settles once the response is over:
// sent, or cut short by the client.
import { once } from "node:events";
import { readFile, realpath } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, sep } from "node:path";
import send from "send";
import { contentTypeOf } from "./content-types.ts";
import { page, sendPage } from "./pages.ts";
import { encodingHeaders, precompressedSibling } from "./precompressed.ts";

/** Astro's content-hashed assets: cached for a year; everything else is revalidated. */
const immutablePrefix = "_astro/";

const titles: Readonly<Record<number, string>> = {
  412: "Warunek niespełniony",
  416: "Zakres poza plikiem",
};

/** The path below the root as `send` takes it: percent-encoded again, with a leading slash. */
const encodedPath = (path: string) => `/${path.split("/").map(encodeURIComponent).join("/")}`;

async function isInside(root: string, path: string): Promise<boolean> {
  const real = await realpath(join(root, path)).catch(() => undefined);
  return real === undefined || real === root || real.startsWith(root + sep);
}

/** The release's 404.html with status 404, or a short page when it has none. */
async function sendNotFound(request: IncomingMessage, response: ServerResponse, root: string) {
  const sibling = await precompressedSibling(request, root, "404.html");
  const html = await readFile(join(root, sibling?.file ?? "404.html")).catch(() => undefined);
  if (!html) {
    sendPage(request, response, 404, page("Nie znaleziono strony", ""));
    return;
  }
  response.writeHead(404, {
    "content-type": "text/html; charset=utf-8",
    "content-length": html.length,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    ...encodingHeaders("404.html", sibling),
  });
  response.end(request.method === "HEAD" ? undefined : html);
}

/**
 * Answers `request` with the file at `path` (decoded, normalised, no leading slash; see
 * `sitePath`) inside `root` (a real path: the live symlink resolved once for the request).
 */
export async function serveRelease(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  path: string,
): Promise<void> {
  const closed = once(response, "close");
  if (!(await isInside(root, path))) {
    await sendNotFound(request, response, root);
    await closed;
    return;
  }
  // The file a path names: a directory's (trailing slash) is its index.html.
  const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
  const sibling = await precompressedSibling(request, root, file);
  const stream = send(request, encodedPath(sibling?.file ?? path), {
    root,
    index: ["index.html"],
    dotfiles: "allow",
    cacheControl: false,
  });
  stream.on("headers", (res: ServerResponse, sent: string) => {
    res.setHeader("content-type", contentTypeOf(sibling ? file : sent));
    for (const [name, value] of Object.entries(encodingHeaders(sent, sibling))) {
      res.setHeader(name, value);
    }
    res.setHeader(
      "cache-control",
      path.startsWith(immutablePrefix) ? "public, max-age=31536000, immutable" : "no-cache",
    );
    res.setHeader("x-content-type-options", "nosniff");
  });
  stream.on("directory", () => {
    const query = (request.url ?? "").includes("?") ? `?${request.url?.split("?")[1]}` : "";
    sendPage(request, response, 301, page("Przeniesiono", ""), { location: `/${path}/${query}` });
  });
  stream.on("error", (error: { status?: number; headers?: Record<string, string> }) => {
    const status = error.status ?? 500;
    if (response.headersSent) response.destroy();
    else if (status === 404) void sendNotFound(request, response, root);
    else
      sendPage(
        request,
        response,
        status,
        page(titles[status] ?? "Błąd serwera", ""),
        error.headers,
      );
  });
  stream.pipe(response);
  await closed;
}
