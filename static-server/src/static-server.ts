// Serves built office sites. `createStaticServer` serves each office's live release at the root
// of its own origin, chosen by the Host header: http://krasnik.localhost:4321/ →
// <liveDir>/krasnik/. The live symlink is resolved once per request, so a release swapped in
// mid-request never mixes with the old one. The bare host (http://localhost:4321/) lists the
// offices and answers /health. `createSiteServer` serves one built site at the root for any host
// (the site's browser tests and pa11y-ci). GET and HEAD only; files through `serveRelease`.
import { readdir, realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { escapeHtml, page, sendPage } from "./pages.ts";
import { PathError, sitePath, targetOfHost } from "./request-target.ts";
import { serveRelease } from "./serve-release.ts";

export interface ResponseEntry {
  host: string;
  path: string;
  status: number;
  /** The client went away before the whole response was sent. */
  aborted: boolean;
}

export interface StaticServerOptions {
  liveDir: string;
  baseDomain: string;
  /**
   * Sites served beside the offices at `http://<name>.<baseDomain>/`, by name, e.g. the regional
   * portal `{ region: "<dir>" }`; a name here shadows an office of the same slug.
   */
  sites?: Readonly<Record<string, string>>;
  /** Called once per response, once it is over (sent or cut short), for the access log. */
  onResponse?: (entry: ResponseEntry) => void;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** GET and HEAD only; a malformed path is a 400; the entry is logged once the response is over. */
function guarded(handle: Handler, onResponse?: (entry: ResponseEntry) => void): Handler {
  return async (request, response) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") {
        sendPage(request, response, 405, page("Niedozwolona metoda", ""), { allow: "GET, HEAD" });
      } else {
        await handle(request, response);
      }
    } catch (error) {
      const status = error instanceof PathError ? 400 : 500;
      if (response.headersSent) response.destroy();
      else
        sendPage(
          request,
          response,
          status,
          page(status === 400 ? "Błędny adres" : "Błąd serwera", ""),
        );
    }
    onResponse?.({
      host: request.headers.host ?? "",
      path: request.url ?? "",
      status: response.statusCode,
      aborted: !response.writableFinished,
    });
  };
}

export function createStaticHandler(options: StaticServerOptions): Handler {
  async function offices(): Promise<string[]> {
    const entries = await readdir(options.liveDir).catch(() => [] as string[]);
    return entries.filter((name) => !name.startsWith(".")).sort();
  }

  async function serveIndex(request: IncomingMessage, response: ServerResponse) {
    const port = /:(\d+)$/.exec(request.headers.host ?? "")?.[1];
    const named = Object.keys(options.sites ?? {});
    const items = [...new Set([...named, ...(await offices())])]
      .map((slug) => {
        const href = `http://${slug}.${options.baseDomain}${port ? `:${port}` : ""}/`;
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(slug)}</a></li>`;
      })
      .join("");
    const body = items ? `<ul>${items}</ul>` : "<p>Żaden serwis nie jest jeszcze zbudowany.</p>";
    sendPage(request, response, 200, page("Serwisy ośrodków pomocy społecznej", body));
  }

  async function serveOffice(request: IncomingMessage, response: ServerResponse, slug: string) {
    const dir = options.sites?.[slug] ?? join(options.liveDir, slug);
    const root = await realpath(dir).catch(() => undefined);
    if (!root) {
      const body = `<p>Serwis „${escapeHtml(slug)}” nie jest opublikowany na tym serwerze.</p>`;
      sendPage(request, response, 404, page("Nie ma takiego serwisu", body));
      return;
    }
    await serveRelease(request, response, root, sitePath(request.url));
  }

  return guarded(async (request, response) => {
    const target = targetOfHost(request.headers.host, options.baseDomain);
    if (target.kind === "office") {
      await serveOffice(request, response, target.slug);
    } else if (target.kind === "index" && sitePath(request.url) === "") {
      await serveIndex(request, response);
    } else if (target.kind === "index" && sitePath(request.url) === "health") {
      const body = JSON.stringify({ status: "ok", offices: await offices() });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(body);
    } else {
      sendPage(request, response, 404, page("Nie ma takiego serwisu", ""));
    }
  }, options.onResponse);
}

export function createStaticServer(options: StaticServerOptions): Server {
  const handle = createStaticHandler(options);
  return createServer((request, response) => {
    void handle(request, response);
  });
}

/** One built site (`dir`, with its index.html and 404.html) at the root of every host. */
export function createSiteServer(dir: string): Server {
  const handle = guarded(async (request, response) => {
    await serveRelease(request, response, await realpath(dir), sitePath(request.url));
  });
  return createServer((request, response) => {
    void handle(request, response);
  });
}
