// Preview of a draft, as an editor's edit view asks for it: the CMS's preview handler signs a
// link (GET /content-manager/preview/url/…), the preview service builds the office from drafts
// with its warm build server and redirects to the page, which answers with its HTML. Each sample
// is the time from asking the CMS for the link to the page's last byte, for one entry of each
// content type of one office (the office itself, a department, a schedule, a programme, a news
// post), at the bench's N offices.
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { contentApi } from "@mops/cms/testing";
import { createLogger, reservePort, startPreview } from "@mops/publisher";
import type { BenchCms } from "./bench-cms.ts";
import { repoRoot } from "./site-driver.ts";

export class PreviewBenchError extends Error {
  override name = "PreviewBenchError";
}

/** The content types previewed, by REST endpoint, and their uid. */
export const previewedTypes = [
  { type: "office", endpoint: "offices", uid: "api::office.office" },
  { type: "department", endpoint: "departments", uid: "api::department.department" },
  { type: "schedule", endpoint: "schedules", uid: "api::schedule.schedule" },
  { type: "programme", endpoint: "programmes", uid: "api::programme.programme" },
  { type: "news-post", endpoint: "news-posts", uid: "api::news-post.news-post" },
] as const;

export type PreviewedType = (typeof previewedTypes)[number]["type"];

export interface PreviewOptions {
  cms: BenchCms;
  office: string;
  /** Timed previews of each type (one untimed warm-up preview goes first). */
  samples: number;
  workDir: string;
  now: string;
}

async function firstEntry(url: string, token: string, endpoint: string, office: string) {
  const filter = endpoint === "offices" ? "filters[slug][$eq]" : "filters[office][slug][$eq]";
  const reply = await contentApi(url, token).get<{ data: { documentId: string }[] }>(
    `${endpoint}?${filter}=${office}&pagination[pageSize]=1&locale=pl`,
  );
  const entry = reply.body?.data?.[0];
  if (reply.status !== 200 || !entry) {
    throw new PreviewBenchError(`no ${endpoint} entry of ${office} (HTTP ${reply.status})`);
  }
  return entry.documentId;
}

/** One preview, timed: the link from the CMS, the build, the page. */
async function previewOnce(cmsUrl: string, adminToken: string, uid: string, documentId: string) {
  const started = performance.now();
  const reply = await fetch(
    `${cmsUrl}/content-manager/preview/url/${uid}?documentId=${documentId}&locale=pl&status=draft`,
    { headers: { Authorization: `Bearer ${adminToken}` } },
  );
  const link = reply.ok ? ((await reply.json()) as { data: { url?: string } }).data.url : undefined;
  if (!link) throw new PreviewBenchError(`no preview link for ${uid} (HTTP ${reply.status})`);
  const page = await fetch(link);
  const html = await page.text();
  if (page.status !== 200 || !html.includes("<html")) {
    // The preview service's own pages say what went wrong in their title and paragraph.
    const said = [...html.matchAll(/<(?:h1|p)>([^<]*)<\/(?:h1|p)>/g)].map((m) => m[1]).join(" ");
    throw new PreviewBenchError(
      `the preview of ${uid} answered ${page.status}: ${said || html.slice(0, 200)}`,
    );
  }
  return (performance.now() - started) / 1000;
}

/** Seconds of each timed preview, by content type. */
export async function measurePreview(
  options: PreviewOptions,
): Promise<Record<PreviewedType, number[]>> {
  const secret = randomBytes(24).toString("hex");
  const previewPort = await reservePort(0, "127.0.0.1");
  const running = await options.cms
    .start({ PREVIEW_URL: `http://127.0.0.1:${previewPort.port}`, PREVIEW_SECRET: secret })
    .finally(() => previewPort.release());
  const logFile = join(options.workDir, "preview-service.log");
  const log = createLogger({ clock: { now: Date.now }, write: (l) => appendFileSync(logFile, l) });
  try {
    const { url, readToken, adminToken } = running.strapi;
    const preview = await startPreview({
      repoRoot,
      dataDir: join(options.workDir, "preview"),
      strapiUrl: url,
      strapiToken: readToken,
      secret,
      frameAncestors: [url],
      port: previewPort.port,
      log,
      warmDriverArgs: ["--now", options.now],
    });
    try {
      const seconds = {} as Record<PreviewedType, number[]>;
      for (const { type, endpoint, uid } of previewedTypes) {
        const documentId = await firstEntry(url, readToken, endpoint, options.office);
        seconds[type] = [];
        for (let n = 0; n <= options.samples; n++) {
          const taken = await previewOnce(url, adminToken, uid, documentId);
          if (n > 0) seconds[type].push(taken);
        }
      }
      return seconds;
    } finally {
      await preview.stop();
    }
  } finally {
    await running.stop();
  }
}
