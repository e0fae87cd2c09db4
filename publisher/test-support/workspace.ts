// Test helpers for the rebuild service: a scratch workspace whose "CMS" is a folder of JSON files
// read by the tiny site build, signed requests, and fingerprints of directory trees.
import { createHash, randomUUID } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { sign, signatureHeader, timestampHeader } from "@mops/shared/protocol/signature";

export const tinyBuildScript = resolve(import.meta.dirname, "tiny-site-build.ts");
export const testSecret = "rebuild-service-test-secret";

export function createWorkspace(prefix = "mops-rebuild-") {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const contentDir = join(root, "content");
  const dataDir = join(root, "data");
  mkdirSync(contentDir);
  const control = (name: string) => join(contentDir, name);
  return {
    root,
    contentDir,
    dataDir,
    /** The env of a service that builds with the tiny site build, on a free port. */
    env(overrides: Record<string, string> = {}): Record<string, string> {
      return {
        REBUILD_SECRET: testSecret,
        REBUILD_PORT: "0",
        REBUILD_DATA_DIR: dataDir,
        REBUILD_OFFICES: "kalisz,krasnik,kutno",
        REBUILD_BUILD_COMMAND: JSON.stringify([
          process.execPath,
          tinyBuildScript,
          contentDir,
          "{outRoot}",
          "{offices...}",
        ]),
        REBUILD_DEBOUNCE_MS: "50",
        REBUILD_MAX_WAIT_MS: "2000",
        REBUILD_RETRY_FAILED_MS: "0",
        ...overrides,
      };
    },
    setPosts(slug: string, posts: string[]) {
      writeFileSync(join(contentDir, `${slug}.json`), JSON.stringify({ posts }));
    },
    addPost(slug: string, title: string) {
      const file = join(contentDir, `${slug}.json`);
      const posts: string[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).posts : [];
      this.setPosts(slug, [...posts, title]);
    },
    builds(): { offices: string[]; pid: number }[] {
      const file = control("builds.jsonl");
      if (!existsSync(file)) return [];
      return readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
    },
    hold: () => writeFileSync(control("hold"), ""),
    release: () => rmSync(control("hold"), { force: true }),
    breakCms: () => writeFileSync(control("fail"), ""),
    fixCms: () => rmSync(control("fail"), { force: true }),
    liveHtml(slug: string): string {
      return readFileSync(join(dataDir, "live", slug, "index.html"), "utf8");
    },
    log: (line: string) => appendFileSync(join(root, "service.log"), line),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;

/** A notification body as the CMS sends it, with a fresh id. */
export const notification = (offices: string[] | "*") =>
  JSON.stringify({ id: randomUUID(), offices });

/** POSTs a notification signed like the CMS does (or as told otherwise). */
export async function postSigned(
  url: string,
  body: string,
  options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: unknown }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${url}/hooks/rebuild`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [timestampHeader]: String(timestamp),
      [signatureHeader]: sign(options.secret ?? testSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, json: await response.json() };
}

/** Every file under `dir` (following the live symlink) with the SHA-256 of its bytes. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        result[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return result;
}
