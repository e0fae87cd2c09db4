// Serves each office's live release at the root of its own origin, chosen by the Host header:
// http://krasnik.localhost:4321/ → <liveDir>/krasnik/. The live symlink is resolved once per
// request, so a release swapped in mid-request never mixes with the old one. The bare host
// (http://localhost:4321/) lists the offices. GET and HEAD only; ETag and 304; long caching only
// for Astro's content-hashed assets.
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, sep } from "node:path";
import { contentTypeOf } from "./content-types.ts";
import { PathError, sitePath, targetOfHost } from "./request-target.ts";

export interface StaticServerOptions {
  liveDir: string;
  baseDomain: string;
  /** Called once per response, for the access log. */
  onResponse?: (entry: { host: string; path: string; status: number }) => void;
}

const immutablePrefix = "_astro/";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createStaticHandler(options: StaticServerOptions) {
  async function offices(): Promise<string[]> {
    const entries = await readdir(options.liveDir).catch(() => [] as string[]);
    return entries.filter((name) => !name.startsWith(".")).sort();
  }

  function sendText(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    html: string,
    headers: Record<string, string> = {},
  ) {
    response.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    });
    response.end(request.method === "HEAD" ? undefined : html);
  }

  async function serveIndex(request: IncomingMessage, response: ServerResponse) {
    const host = request.headers.host ?? "localhost";
    const port = /:(\d+)$/.exec(host)?.[1];
    const items = (await offices())
      .map((slug) => {
        const href = `http://${slug}.${options.baseDomain}${port ? `:${port}` : ""}/`;
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(slug)}</a></li>`;
      })
      .join("");
    const body = items ? `<ul>${items}</ul>` : "<p>Żaden serwis nie jest jeszcze zbudowany.</p>";
    sendText(request, response, 200, page("Serwisy ośrodków pomocy społecznej", body));
  }

  async function serveFile(
    request: IncomingMessage,
    response: ServerResponse,
    root: string,
    path: string,
    status = 200,
  ) {
    const file = join(root, path);
    const info = await stat(file);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      "content-type": contentTypeOf(file),
      "last-modified": info.mtime.toUTCString(),
      etag,
      "cache-control": path.startsWith(immutablePrefix)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
      "x-content-type-options": "nosniff",
    };
    if (status === 200 && request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return 304;
    }
    response.writeHead(status, { ...headers, "content-length": info.size });
    if (request.method === "HEAD") {
      response.end();
      return status;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on("error", reject).pipe(response).on("finish", resolve);
    });
    return status;
  }

  /** The file a path names inside the release: itself, or its directory's index.html. */
  async function locate(root: string, path: string): Promise<"file" | "directory" | undefined> {
    const info = await stat(join(root, path)).catch(() => undefined);
    if (info?.isFile()) return "file";
    if (info?.isDirectory()) {
      const index = await stat(join(root, path, "index.html")).catch(() => undefined);
      return index?.isFile() ? "directory" : undefined;
    }
    return undefined;
  }

  async function serveOffice(
    request: IncomingMessage,
    response: ServerResponse,
    slug: string,
  ): Promise<number> {
    const root = await realpath(join(options.liveDir, slug)).catch(() => undefined);
    if (!root) {
      const body = `<p>Serwis „${escapeHtml(slug)}” nie jest opublikowany na tym serwerze.</p>`;
      sendText(request, response, 404, page("Nie ma takiego serwisu", body));
      return 404;
    }
    const path = sitePath(request.url);
    const found = await locate(root, path);
    if (found === "directory" && path !== "" && !(request.url ?? "").split("?")[0]?.endsWith("/")) {
      const query = (request.url ?? "").includes("?") ? `?${request.url?.split("?")[1]}` : "";
      sendText(request, response, 301, page("Przeniesiono", ""), {
        location: `/${path}/${query}`,
      });
      return 301;
    }
    const real = found ? await realpath(join(root, path)) : undefined;
    if (found && real && (real === root || real.startsWith(root + sep))) {
      return serveFile(
        request,
        response,
        root,
        found === "directory" ? join(path, "index.html") : path,
      );
    }
    if ((await locate(root, "404.html")) === "file") {
      return serveFile(request, response, root, "404.html", 404);
    }
    sendText(request, response, 404, page("Nie znaleziono strony", ""));
    return 404;
  }

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    const target = targetOfHost(request.headers.host, options.baseDomain);
    let status = 500;
    try {
      if (request.method !== "GET" && request.method !== "HEAD") {
        status = 405;
        sendText(request, response, 405, page("Niedozwolona metoda", ""), { allow: "GET, HEAD" });
      } else if (target.kind === "office") {
        status = await serveOffice(request, response, target.slug);
      } else if (target.kind === "index" && sitePath(request.url) === "") {
        status = 200;
        await serveIndex(request, response);
      } else if (target.kind === "index" && sitePath(request.url) === "health") {
        status = 200;
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ status: "ok", offices: await offices() }));
      } else {
        status = 404;
        sendText(request, response, 404, page("Nie ma takiego serwisu", ""));
      }
    } catch (error) {
      status = error instanceof PathError ? 400 : 500;
      if (!response.headersSent) {
        sendText(
          request,
          response,
          status,
          page(status === 400 ? "Błędny adres" : "Błąd serwera", ""),
        );
      } else {
        response.destroy();
      }
    }
    options.onResponse?.({ host: request.headers.host ?? "", path: request.url ?? "", status });
  };
}

export function createStaticServer(options: StaticServerOptions) {
  const handle = createStaticHandler(options);
  return createServer((request, response) => {
    void handle(request, response);
  });
}
