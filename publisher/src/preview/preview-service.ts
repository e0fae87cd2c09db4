// The preview service: turns a signed link from the CMS (shared/src/protocol/preview-signature.ts)
// into the office's site built from its drafts, with the site's own driver and warm build server,
// into a private directory, and serves it under a per-session path:
//
//   GET /open?office&type&document&path&expires&sig   checks the link, builds the office from
//       drafts (a draft-read grant for that office only), 303 → /s/<session>/<path>
//   GET /s/<session>/<file>                            the session's built site
//   GET /<anything else>                               the site's own absolute links and assets:
//       302 → the same path in the session the browser last opened (cookie), else 404
//
// Every answer carries X-Robots-Tag: noindex, Cache-Control: no-store and a CSP whose
// frame-ancestors names only the CMS, so a preview is shown in the admin's edit view and nowhere
// else. Sessions live in `<dataDir>/sessions/`, never in the releases or the live sites, and
// are deleted after `sessionTtlMs` (and when the service starts or stops).
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { signDraftGrant, verifyPreviewLink } from "@mops/shared/protocol/preview-signature";
import type { Clock } from "../rebuild/clock.ts";
import type { Builder } from "../rebuild/command-builder.ts";
import { errorFields, type Logger } from "../rebuild/log.ts";
import { contentTypeOf, resolveSiteFile } from "./preview-files.ts";
import { notInPreviewText, previewMessagePage, refusalText } from "./preview-pages.ts";

export interface PreviewServiceOptions {
  secret: string;
  /** Origins allowed to frame the previews: the CMS's admin panel. */
  frameAncestors: readonly string[];
  /** Where sessions are built; private to the service. */
  dataDir: string;
  builder: Builder;
  clock: Pick<Clock, "now">;
  log: Logger;
  host?: string;
  port?: number;
  /** How long a built session is served (default 30 minutes). */
  sessionTtlMs?: number;
  /** How long the build's draft-read grant is valid (default 5 minutes). */
  grantTtlSeconds?: number;
}

interface Session {
  office: string;
  root: string;
  expiresMs: number;
}

export const sessionCookie = "mops_preview";

const removeTree = (dir: string) =>
  rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
const SESSION_ID = /^[0-9a-f]{32}$/;

export async function startPreviewService(options: PreviewServiceOptions) {
  const dataDir = resolve(options.dataDir);
  const sessionsDir = join(dataDir, "sessions");
  const ttlMs = options.sessionTtlMs ?? 30 * 60_000;
  const grantSeconds = options.grantTtlSeconds ?? 300;
  const sessions = new Map<string, Session>();
  const inFlight = new Set<AbortController>();
  await removeTree(sessionsDir);
  await mkdir(sessionsDir, { recursive: true });

  const baseHeaders = {
    "x-robots-tag": "noindex, nofollow, noarchive",
    "cache-control": "no-store",
    "content-security-policy": `frame-ancestors ${options.frameAncestors.join(" ") || "'none'"}`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };

  function message(res: ServerResponse, status: number, title: string, detail: string) {
    res.writeHead(status, { ...baseHeaders, "content-type": "text/html; charset=utf-8" });
    res.end(previewMessagePage(title, detail));
  }

  async function prune(): Promise<void> {
    const now = options.clock.now();
    for (const [id, session] of sessions) {
      if (session.expiresMs > now) continue;
      sessions.delete(id);
      await removeTree(join(sessionsDir, id));
    }
  }

  async function open(url: URL, res: ServerResponse): Promise<void> {
    const nowMs = options.clock.now();
    const { verdict, link } = verifyPreviewLink(
      options.secret,
      url.searchParams,
      Math.floor(nowMs / 1000),
    );
    if (verdict !== "valid" || !link) {
      options.log.warn("preview.refused", { verdict });
      return message(
        res,
        403,
        "Podgląd niedostępny",
        refusalText[verdict as keyof typeof refusalText],
      );
    }
    await prune();
    const id = randomBytes(16).toString("hex");
    const outRoot = join(sessionsDir, id);
    const started = performance.now();
    const abort = new AbortController();
    inFlight.add(abort);
    try {
      const grant = signDraftGrant(
        options.secret,
        link.office,
        Math.floor(nowMs / 1000) + grantSeconds,
      );
      const report = await options.builder.build({
        offices: [link.office],
        outRoot,
        signal: abort.signal,
        draftGrant: grant,
        previewPath: link.path,
      });
      const result = report?.results.find((r) => r.office === link.office);
      if (report && !result?.ok) throw new Error(result?.error ?? "the office was not built");
      sessions.set(id, {
        office: link.office,
        root: join(outRoot, link.office),
        expiresMs: options.clock.now() + ttlMs,
      });
      options.log.info("preview.built", {
        office: link.office,
        type: link.type,
        seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      });
      // A translation's page where the draft build has one in its language, else the Polish page.
      const translated = link.language ? `/${link.language}${link.path}` : undefined;
      const page =
        translated && (await resolveSiteFile(join(outRoot, link.office), translated))
          ? translated
          : link.path;
      res.writeHead(303, {
        ...baseHeaders,
        location: `/s/${id}${page}`,
        "set-cookie": `${sessionCookie}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(ttlMs / 1000)}`,
      });
      res.end();
    } catch (error) {
      await removeTree(outRoot);
      options.log.error("preview.failed", { office: link.office, ...errorFields(error) });
      message(
        res,
        502,
        "Nie udało się przygotować podglądu",
        `Strona ośrodka nie zbudowała się z wersji roboczych: ${errorFields(error).error}. Opublikowana strona się nie zmieniła.`,
      );
    } finally {
      inFlight.delete(abort);
    }
  }

  async function serveSession(id: string, rest: string, req: IncomingMessage, res: ServerResponse) {
    const session = sessions.get(id);
    if (!session || session.expiresMs <= options.clock.now()) {
      return message(res, 404, "Podgląd wygasł", refusalText.expired);
    }
    const file = await resolveSiteFile(session.root, rest);
    if (!file) return message(res, 404, "Nie ma takiej strony", notInPreviewText);
    res.writeHead(200, { ...baseHeaders, "content-type": contentTypeOf(file) });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
  }

  const cookieSession = (req: IncomingMessage): string | undefined => {
    const match = (req.headers.cookie ?? "").match(
      new RegExp(`(?:^|;\\s*)${sessionCookie}=([0-9a-f]{32})`),
    );
    return match?.[1] && sessions.has(match[1]) ? match[1] : undefined;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...baseHeaders, allow: "GET, HEAD" });
      return void res.end();
    }
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    if (url.pathname === "/health") {
      res.writeHead(200, { ...baseHeaders, "content-type": "text/plain" });
      return void res.end("ok\n");
    }
    if (url.pathname === "/robots.txt") {
      res.writeHead(200, { ...baseHeaders, "content-type": "text/plain" });
      return void res.end("User-agent: *\nDisallow: /\n");
    }
    if (url.pathname === "/open") return open(url, res);
    const inSession = url.pathname.match(/^\/s\/([^/]+)(\/.*)?$/);
    if (inSession) {
      const [, id = "", rest = "/"] = inSession;
      if (!SESSION_ID.test(id)) return message(res, 404, "Podgląd wygasł", refusalText.expired);
      return serveSession(id, rest, req, res);
    }
    const id = cookieSession(req);
    if (!id)
      return message(res, 404, "Nie ma takiej strony", "Otwórz podgląd z panelu edycji wpisu.");
    res.writeHead(302, { ...baseHeaders, location: `/s/${id}${url.pathname}${url.search}` });
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error("preview.error", errorFields(error));
      if (!res.headersSent) message(res, 500, "Błąd podglądu", "Spróbuj ponownie za chwilę.");
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  options.log.info("preview.listening", { url });

  return {
    url,
    port,
    /** Sessions being served, for tests. */
    sessionCount: () => sessions.size,
    async stop(): Promise<void> {
      for (const abort of inFlight) abort.abort();
      server.close();
      server.closeAllConnections();
      await options.builder.close?.();
      await removeTree(sessionsDir);
    },
  };
}

export type PreviewService = Awaited<ReturnType<typeof startPreviewService>>;
