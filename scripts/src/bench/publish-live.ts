// Publish to live through the real pipeline: an editor's publish in the admin content manager →
// the CMS's signed notification → the rebuild service (debounce, build with the site driver,
// atomic swap) → the static server answering with the new page. Each sample is the time from
// sending the publish to the first response that shows the new title.
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { contentApi, contentManager } from "@mops/cms/testing";
import { createLogger, type Publishing, reservePort, startPublishing } from "@mops/publisher";
import { BUSY_STATUS_POLL_MS } from "@mops/shared/protocol/office-status";
import { secondsUntilAdminShowsPublished } from "./admin-status.ts";
import type { BenchCms, RunningCms } from "./bench-cms.ts";
import { driverScript, repoRoot } from "./site-driver.ts";

export class PublishError extends Error {
  override name = "PublishError";
  /** The CMS's HTTP status, when it answered. */
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    if (status !== undefined) this.status = status;
  }
}

export const newsPostUid = "api::news-post.news-post";

interface PostRef {
  documentId: string;
  slug: string;
  title: string;
}

/** The newest news post of an office, from the content API. */
export async function newestPost(url: string, token: string, office: string): Promise<PostRef> {
  const query = `filters[office][slug][$eq]=${office}&sort=date:desc&pagination[pageSize]=1&locale=pl`;
  const reply = await contentApi(url, token).get<{ data: Record<string, unknown>[] }>(
    `news-posts?${query}`,
  );
  const post = reply.body?.data?.[0];
  if (reply.status !== 200 || !post) {
    throw new PublishError(`no news post of ${office} in the CMS (HTTP ${reply.status})`);
  }
  return {
    documentId: String(post.documentId),
    slug: String(post.slug),
    title: String(post.title),
  };
}

/** Publishes a new title for a post through the admin content manager, as an editor's save does. */
export async function publishTitle(
  url: string,
  adminToken: string,
  documentId: string,
  title: string,
): Promise<void> {
  const reply = await contentManager(url, adminToken).publish(newsPostUid, documentId, { title });
  if (reply.status !== 200 && reply.status !== 201) {
    throw new PublishError(
      `publishing ${documentId} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`,
      reply.status,
    );
  }
}

/**
 * `publishTitle` with an admin session that outlives Strapi's admin token: on a 401 it logs in
 * again once and retries (a stream runs for longer than one token lasts).
 */
export function adminPublisher(
  url: string,
  firstToken: string,
  login: () => Promise<string>,
): (documentId: string, title: string) => Promise<void> {
  let token = firstToken;
  return async (documentId, title) => {
    try {
      await publishTitle(url, token, documentId, title);
    } catch (error) {
      if (!(error instanceof PublishError && error.status === 401)) throw error;
      token = await login();
      await publishTitle(url, token, documentId, title);
    }
  };
}

/** GET a page of an office from the static server, with the office's Host header. */
export function getPage(port: number, office: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, headers: { host: `${office}.localhost:${port}` } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () => resolve(response.statusCode === 200 ? body : ""));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

async function waitForText(
  port: number,
  office: string,
  path: string,
  text: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await getPage(port, office, path)).includes(text)) return;
    await sleep(50);
  }
  throw new PublishError(`${office}${path} did not show "${text}" within ${timeoutMs / 1000} s`);
}

export interface PublishOptions {
  cms: BenchCms;
  office: string;
  /** Timed publishes (one untimed warm-up publish goes first). */
  publishes: number;
  workDir: string;
  cacheRoot: string;
  now: string;
  /** `warm-site`: the pipeline's default; `command`: one driver process per build. */
  builder: "warm-site" | "command";
  timeoutMs?: number;
}

export interface BenchPipelineOptions {
  cms: BenchCms;
  workDir: string;
  cacheRoot: string;
  now: string;
  /** `warm-site`: the pipeline's default; `command`: one driver process per build. */
  builder: "warm-site" | "command";
  /** Further REBUILD_* settings over the bench's. */
  settings?: Readonly<Record<string, string>>;
  /** Sees every line of the rebuild service's log (also written to rebuild-service.log). */
  onLogLine?: (line: string) => void;
}

export interface BenchPipeline {
  strapi: RunningCms["strapi"];
  cmsPid: number | undefined;
  publishing: Publishing;
  stop(): Promise<void>;
}

/**
 * The CMS started with notifications to a rebuild service, the service itself (builds into
 * `workDir`/rebuild) and the static server, as in production.
 */
export async function startBenchPipeline(options: BenchPipelineOptions): Promise<BenchPipeline> {
  const secret = randomBytes(24).toString("hex");
  // The CMS is told the service's address before the service starts (it needs the CMS's).
  const rebuildPort = await reservePort(0, "127.0.0.1");
  const running = await options.cms
    .start({
      REBUILD_URL: `http://127.0.0.1:${rebuildPort.port}/hooks/rebuild`,
      REBUILD_SECRET: secret,
    })
    .finally(() => rebuildPort.release());
  const logFile = join(options.workDir, "rebuild-service.log");
  const log = createLogger({
    clock: { now: Date.now },
    write: (line) => {
      appendFileSync(logFile, line);
      options.onLogLine?.(line);
    },
  });
  try {
    const { url, readToken } = running.strapi;
    const publishing = await startPublishing({
      repoRoot,
      dataDir: join(options.workDir, "rebuild"),
      strapiUrl: url,
      strapiToken: readToken,
      secret,
      rebuildPort: rebuildPort.port,
      servePort: 0,
      log,
      warmDriverArgs: ["--quiet", "--cache", options.cacheRoot, "--now", options.now],
      settings: {
        REBUILD_BUILDER: options.builder,
        REBUILD_BUILD_COMMAND: JSON.stringify([
          "node",
          driverScript,
          "--quiet",
          "--json",
          "--out",
          "{outRoot}",
          "--cache",
          options.cacheRoot,
          "--now",
          options.now,
          "{offices...}",
        ]),
        REBUILD_BUILD_ON_START: "false",
        REBUILD_RETRY_FAILED_MS: "0",
        ...options.settings,
      },
    });
    return {
      strapi: running.strapi,
      cmsPid: running.pid,
      publishing,
      async stop() {
        try {
          await publishing.stop();
        } finally {
          await running.stop();
        }
      },
    };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

export interface PublishTimes {
  /** Seconds from each publish to the new title being live. */
  seconds: number[];
  /** Seconds from the end of each publish's build to the admin's status showing it. */
  statusSeconds: number[];
}

/**
 * Times each publish to live and, alongside, how soon the admin's build status shows the build
 * (polled as the edit view's panel polls after a publish).
 */
export async function measurePublishToLive(options: PublishOptions): Promise<PublishTimes> {
  const pipeline = await startBenchPipeline(options);
  try {
    const { url, readToken, adminToken } = pipeline.strapi;
    const { publishing } = pipeline;
    // The service's reconciliation at start builds every office its fresh data folder has no
    // site of (all N at once): the publishes are timed on a settled service, not behind that.
    await publishing.service.reconcile();
    await publishing.service.idle();
    const post = await newestPost(url, readToken, options.office);
    const path = `/aktualnosci/${post.slug}/`;
    const base = post.title.replace(/ \(wersja \d+\)$/, "");
    const timeoutMs = options.timeoutMs ?? 180_000;
    const times: PublishTimes = { seconds: [], statusSeconds: [] };
    for (let n = 0; n <= options.publishes; n++) {
      const marker = `(wersja ${n + 1})`;
      const title = `${base} ${marker}`;
      const started = performance.now();
      const sinceMs = Date.now();
      await publishTitle(url, adminToken, post.documentId, title);
      const [, statusSeconds] = await Promise.all([
        waitForText(publishing.servePort, options.office, path, marker, timeoutMs).then(() => {
          if (n > 0) times.seconds.push((performance.now() - started) / 1000);
        }),
        secondsUntilAdminShowsPublished({
          url,
          adminToken,
          office: options.office,
          sinceMs,
          pollMs: BUSY_STATUS_POLL_MS,
          timeoutMs,
          now: Date.now,
        }),
      ]);
      if (n > 0) times.statusSeconds.push(statusSeconds);
      await publishing.service.idle();
    }
    return times;
  } finally {
    await pipeline.stop();
  }
}
