// The site's warm build server (@mops/site/driver) through its client (warm-builder.ts), with
// a real seeded Strapi and real Astro builds: the same site as the CLI driver, byte for byte;
// per-office failures reported, not thrown; a recycled, aborted or stale server replaced by a
// fresh one; and the rebuild service building with it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  contentManager,
  type Entry,
  type StrapiProcess,
  single,
  startStrapi,
} from "@mops/cms/testing";
import { buildOfficesScript } from "@mops/site/driver";
import { startTestServer, unnamedServiceOf, writeTestFixtures, XSS_POST } from "@mops/site/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startForwarder } from "../../test-support/forwarder.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { startRebuildService } from "./service.ts";
import { createWarmBuilder } from "./warm-builder.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const root = mkdtempSync(join(tmpdir(), "mops-warm-e2e-"));
const BUILD_NOW = "2026-11-23T10:00:00+01:00";
type LogEvent = { event: string; [key: string]: unknown };
const events: LogEvent[] = [];
const log = createLogger({
  clock: { now: Date.now },
  level: "info",
  write: (line) => events.push(JSON.parse(line)),
});

let cms: StrapiProcess;
// As the rebuild service runs them: without what vitest adds to the environment (NODE_ENV,
// MODE, DEV, …), which would decide how Astro builds.
const VITEST_VARS = new Set(["NODE_ENV", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "TEST"]);
const serviceEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_VARS.has(key) && !key.startsWith("VITEST")),
);
const env = () => ({
  ...serviceEnv,
  STRAPI_URL: cms.url,
  STRAPI_TOKEN: cms.readToken,
  BUILD_NOW,
});
const builders: Array<{ close(): Promise<void> }> = [];
const warm = (recycleMib = 4096, envOverride?: NodeJS.ProcessEnv, servers = 1) => {
  const builder = createWarmBuilder({
    cwd: repoRoot,
    env: envOverride ?? env(),
    timeoutMs: 240_000,
    recycleMib,
    servers,
    log,
  });
  builders.push(builder);
  return builder;
};
const never = new AbortController().signal;
const read = (dir: string, file = "index.html") => readFileSync(join(dir, file), "utf8");
/** Every file under `dir` with a digest of its bytes. */
const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const digest = createHash("sha256").update(readFileSync(path)).digest("hex");
        return [path.slice(dir.length + 1), digest];
      }),
  );

beforeAll(async () => {
  // The site's test content: the seeds and, in Kutno, a news post with a cover image.
  cms = await startStrapi({ fixturesDir: writeTestFixtures(join(root, "fixtures")) });
});

afterAll(async () => {
  for (const builder of builders) await builder.close();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Kutno as the CLI driver builds it (the first test makes it). */
let expected: Record<string, string> = {};

describe("warm build server", () => {
  it("builds the same sites as the CLI driver, byte for byte, office after office on one warm server", async () => {
    // Kutno's news post has a cover: Astro's image markup differs when a build runs as in dev.
    const cliSite = (office: string) => {
      const cli = spawnSync(
        process.execPath,
        [buildOfficesScript, "--quiet", "--out", join(root, "cli"), office],
        { cwd: repoRoot, env: env(), encoding: "utf8" },
      );
      expect(cli.status, cli.stderr).toBe(0);
      return tree(join(root, "cli", office));
    };
    expected = cliSite("kutno");
    expect(Object.keys(expected)).toContain(`aktualnosci/${XSS_POST.slug}/index.html`);
    const sites: Record<string, Record<string, string>> = {
      kutno: expected,
      krasnik: cliSite("krasnik"),
    };
    const builder = warm();
    const since = events.length;
    // The second and third builds run on page modules kept from the first (site/scripts/lib/
    // kept-bundle.ts) and skip bundling (site/scripts/lib/bundle-reuse.ts): nothing of Kraśnik's
    // build may show in Kutno's, nor the other way round. Kutno second: its post with a cover
    // renders (no page of its own to reuse yet) on a bundle Astro did not build this time.
    for (const [run, office] of [
      ["first", "krasnik"],
      ["second", "kutno"],
      ["third", "krasnik"],
    ] as const) {
      const outRoot = join(root, run);
      const report = await builder.build({ offices: [office], outRoot, signal: never });
      expect(report).toEqual({ results: [{ office, ok: true }] });
      expect(tree(join(outRoot, office))).toEqual(sites[office]);
    }
    expect(events.filter((e) => e.event === "build.server_exited")).toEqual([]);
    // Kept, not loaded again: the bundle is the same bytes build after build, its entry too (the
    // server builds in fixed folders with one key: site/scripts/lib/kept-folders.ts). Fails when
    // Astro's bundle layout changes.
    const modules = events.slice(since).filter((e) => e.event === "build.bundle_modules");
    expect(modules).toHaveLength(3);
    type Counts = { reused: number; loaded: number; skipped: number };
    const [first, second, third] = modules as unknown as Counts[];
    expect(first).toMatchObject({ reused: 0, skipped: 0 });
    expect(first!.loaded).toBeGreaterThan(10);
    // The later builds skip bundling: nothing the bundle is made from changed, so each one takes
    // the bundle the build before it kept (site/scripts/lib/bundle-reuse.ts, patches/). Kutno's
    // cover loads the image service's chunk, which Kraśnik's pages never import.
    for (const build of [second!, third!]) {
      expect(build.reused).toBeGreaterThan(10);
      expect(build.loaded).toBeLessThan(build.reused / 10);
      expect(build.skipped).toBe(1);
    }
    expect(third!.loaded).toBe(0);
  });

  it("builds two batches side by side on a pool of two servers, each with its own cache", async () => {
    const builder = warm(4096, undefined, 2);
    const from = events.length;
    const [krasnik, kutno] = await Promise.all(
      ["krasnik", "kutno"].map((office) =>
        builder.build({ offices: [office], outRoot: join(root, "pool"), signal: never }),
      ),
    );
    // The second batch went to the second server while the first was still building.
    expect(
      events
        .slice(from)
        .filter((e) => e.event === "build.assigned")
        .map((e) => [e.slot, e.offices]),
    ).toEqual([
      [0, ["krasnik"]],
      [1, ["kutno"]],
    ]);
    expect(krasnik).toEqual({ results: [{ office: "krasnik", ok: true }] });
    expect(kutno).toEqual({ results: [{ office: "kutno", ok: true }] });
    expect(read(join(root, "pool", "krasnik"))).toContain("Kraśnik");
    expect(tree(join(root, "pool", "kutno"))).toEqual(expected);
    // The second server built Kutno in a cache of its own (the driver locks one per cache root).
    expect(readdirSync(join(repoRoot, "site", ".cache", "offices", ".server-1"))).toContain(
      "kutno",
    );
  });

  it("reports one office's bad data in the batch and builds the other", async () => {
    const proxy = await startTestServer([{ proxyTo: cms.url, rewrite: unnamedServiceOf("kutno") }]);
    try {
      const builder = warm(4096, { ...env(), STRAPI_URL: proxy.url });
      // Where the first test's second build put Kutno's site.
      const outRoot = join(root, "second");
      const before = read(join(outRoot, "kutno"));
      const report = await builder.build({
        offices: ["kutno", "krasnik"],
        outRoot,
        signal: never,
      });
      expect(report?.results.map((r) => [r.office, r.ok])).toEqual([
        ["kutno", false],
        ["krasnik", true],
      ]);
      expect(report?.results[0]?.error).toMatch(
        /^StrapiValidationError: department [a-z0-9]+: field "services\.0\.name": /,
      );
      expect(read(join(outRoot, "kutno"))).toBe(before);
      expect(read(join(outRoot, "krasnik"))).toContain("Kraśnik");
    } finally {
      await proxy.close();
    }
  });

  it("reports an unknown office as that office's failure, with the driver's message", async () => {
    const builder = warm();
    const report = await builder.build({
      offices: ["nieznane"],
      outRoot: join(root, "x"),
      signal: never,
    });
    expect(report?.results).toEqual([
      {
        office: "nieznane",
        ok: false,
        error: expect.stringMatching(/^OfficeSelectionError: no office "nieznane" in the CMS/),
      },
    ]);
  });

  it("reports why the server cannot start, without restarting it in a loop", async () => {
    const from = events.length;
    const builder = warm(4096, { ...env(), BUILD_NOW: "jutro" });
    for (const attempt of [1, 2]) {
      const failure = builder.build({
        offices: ["kutno"],
        outRoot: join(root, "x"),
        signal: never,
      });
      await expect(failure, `attempt ${attempt}`).rejects.toThrow(
        /the build server exited with code 2 before it was ready: build-server: BuildDriverError: --now \/ BUILD_NOW "jutro"/,
      );
    }
    // A crashed server is not started again on its own (a restart would start within its exit
    // handler, before the build's failure reaches this test): one per build, two in all.
    const since = events.slice(from).map((e) => e.event);
    expect(since.filter((event) => event === "build.server_started")).toHaveLength(2);
    expect(since.filter((event) => event === "build.server_exited")).toHaveLength(2);
  });

  it("recycles the server past its memory limit and builds on a fresh one", async () => {
    const from = events.length;
    const builder = warm(1);
    for (const office of ["orzesze", "orzesze"]) {
      const report = await builder.build({
        offices: [office],
        outRoot: join(root, "recycled"),
        signal: never,
      });
      expect(report?.results[0]?.ok).toBe(true);
    }
    await expect
      .poll(() => events.slice(from).filter((e) => e.event === "build.server_exited").length)
      .toBeGreaterThanOrEqual(2);
    expect(read(join(root, "recycled", "orzesze"))).toContain("Orzesze");
  });

  it("stops the server on abort, keeps the live site, and builds again afterwards", async () => {
    // The CMS behind a gate: held, the build waits on it for as long as the test needs.
    const cmsGate = await startForwarder();
    cmsGate.forwardTo(cms.url);
    try {
      const builder = warm(4096, { ...env(), STRAPI_URL: cmsGate.url });
      const outRoot = join(root, "first");
      const build = (signal = never) => builder.build({ offices: ["krasnik"], outRoot, signal });
      expect((await build())?.results[0]?.ok).toBe(true);
      const before = read(join(outRoot, "krasnik"));
      cmsGate.hold();
      const controller = new AbortController();
      const failure = build(controller.signal);
      await cmsGate.held(); // the build is under way: it waits for the CMS
      controller.abort();
      await expect(failure).rejects.toThrow(/aborted/);
      cmsGate.resume();
      expect(read(join(outRoot, "krasnik"))).toBe(before);
      expect((await build())?.results[0]?.ok).toBe(true);
    } finally {
      await cmsGate.close();
    }
  });

  it("is what the rebuild service builds with when REBUILD_BUILDER is warm-site", async () => {
    const dataDir = join(root, "service");
    const service = await startRebuildService(
      parseConfig({
        REBUILD_SECRET: "a-secret-of-at-least-16",
        REBUILD_PORT: "0",
        REBUILD_DATA_DIR: dataDir,
        REBUILD_OFFICES: "kalisz",
        REBUILD_BUILDER: "warm-site",
      }),
      { log, buildCwd: repoRoot, buildEnv: env() },
    );
    try {
      await service.idle();
      const release = await service.releases.live("kalisz");
      expect(release).toBeDefined();
      expect(read(join(dataDir, "live", "kalisz"))).toContain("Kalisz");
    } finally {
      await service.stop();
    }
  });
  it("renders what was published between two builds of one office on one server", async () => {
    // The second build runs on the first's page bundle, its entry too (Astro's app and route
    // cache): nothing of the first build's content may show in the second.
    const builder = warm();
    const since = events.length;
    const built = async (run: string) => {
      const outRoot = join(root, `republished-${run}`);
      const report = await builder.build({ offices: ["krasnik"], outRoot, signal: never });
      expect(report).toEqual({ results: [{ office: "krasnik", ok: true }] });
      return join(outRoot, "krasnik");
    };
    const before = await built("before");
    const slug = readdirSync(join(before, "aktualnosci")).find((name) => name !== "strona")!;
    const admin = contentManager(cms.url, cms.adminToken);
    const uid = "api::news-post.news-post";
    const listed = await admin.list<{ results: Entry[] }>(uid, `filters[slug][$eq]=${slug}`);
    const post = single(listed.body.results);
    const title = "Zmieniony tytuł: nowe godziny przyjęć w punkcie konsultacyjnym";
    const publish = async (data: object) => {
      const reply = await admin.publish(uid, post.documentId, data);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    };
    await publish({ title });
    try {
      const after = await built("after");
      expect(read(join(before, "aktualnosci", slug))).not.toContain(title);
      expect(read(join(after, "aktualnosci", slug))).toContain(title);
      expect(read(join(after, "aktualnosci"))).toContain(title);
      const modules = events.slice(since).filter((e) => e.event === "build.bundle_modules");
      // The content changed, not the code: the second build reuses the first's bundle.
      expect(modules.at(-1)).toMatchObject({ loaded: 0, skipped: 1 });
    } finally {
      await publish({ title: post.title });
    }
  });
});
