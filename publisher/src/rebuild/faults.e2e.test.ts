// The fault suite: a real seeded Strapi whose outbox notifies the rebuild service, the service as
// its own process (main.ts, so it can be SIGKILLed) building with the site's warm build server,
// and faults injected while editors publish. Each case ends with the same check: every change
// published before the fault is live afterwards. The suite prints how many faults it injected,
// how many changes were lost (the assertions make that 0) and the median recovery time.
// FAULTS_CMS_DOWN_MS sets the outage of the storm case (default two minutes).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { setTimeout as sleep } from "node:timers/promises";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Forwarder, startForwarder } from "../../test-support/forwarder.ts";
import { waitUntil } from "../../test-support/wait-until.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const mainScript = resolve(import.meta.dirname, "main.ts");
const secret = randomBytes(24).toString("hex");
const readToken = randomBytes(32).toString("hex");
const newsPost = "api::news-post.news-post";
const office = "api::office.office";
const offices = ["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"];
const outageMs = Number(process.env.FAULTS_CMS_DOWN_MS ?? 120_000);
const settle = { timeout: 600_000, interval: 250 };

const root = mkdtempSync(join(tmpdir(), "mops-faults-"));
const dataDir = join(root, "data");
const cmsDatabase = { client: "sqlite" as const, filename: join(root, "cms.db") };
const publicDir = join(root, "public");

let cms: StrapiProcess | undefined;
/** Where the service reaches the CMS, and the CMS the service: stable across restarts. */
let cmsAddress: Forwarder;
let serviceAddress: Forwarder;
let service: { child: ChildProcess; output: () => string } | undefined;
let officeIds: Record<string, string> = {};

/** Every change published, with the office whose site must show it. */
const published: { office: string; slug: string }[] = [];
let faults = 0;
const recoveries: { kind: string; seconds: number }[] = [];

// A seeded generator: the random kill points are the same on every run.
let seed = 20_261_202;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

async function startService(): Promise<void> {
  const child = spawn(process.execPath, [mainScript], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      REBUILD_SECRET: secret,
      REBUILD_PORT: "0",
      REBUILD_DATA_DIR: dataDir,
      REBUILD_OFFICES: "strapi",
      REBUILD_BUILDER: "warm-site",
      REBUILD_RETRY_FAILED_MS: "30000",
      STRAPI_URL: cmsAddress.url,
      STRAPI_TOKEN: readToken,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  service = { child, output: () => output };
  await waitUntil("the service listens", () => output.includes('"event":"rebuild.listening"'), {
    timeout: 60_000,
    interval: 50,
  });
  const line = output.split("\n").find((entry) => entry.includes('"rebuild.listening"'));
  serviceAddress.forwardTo((JSON.parse(line ?? "{}") as { url: string }).url);
}

async function killService(): Promise<void> {
  const running = service?.child;
  service = undefined;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  running.kill("SIGKILL");
  await once(running, "exit");
}

async function startCms(seed: boolean): Promise<void> {
  cms = await startStrapi({
    existingDatabase: cmsDatabase,
    publicDir,
    seed,
    env: {
      STRAPI_READ_TOKEN: readToken,
      REBUILD_URL: `${serviceAddress.url}/hooks/rebuild`,
      REBUILD_SECRET: secret,
    },
  });
  cmsAddress.forwardTo(cms.url);
}

const livePage = (slug: string, path: string) => join(dataDir, "live", slug, path, "index.html");
const isLive = (change: { office: string; slug: string }) =>
  existsSync(livePage(change.office, `aktualnosci/${change.slug}`));
const missing = () => published.filter((change) => !isLive(change));

async function editorOf(slug: string) {
  const login = cms!.logins.editor(slug);
  return contentManager(cms!.url, await cms!.adminLogin(login.email, login.password));
}

let counter = 0;
/** Publishes a news post for the office as its editor and records it. */
async function publish(slug: string): Promise<void> {
  counter += 1;
  const postSlug = `zmiana-${counter}`;
  const editor = await editorOf(slug);
  const reply = await editor.createAndPublish(newsPost, {
    office: officeIds[slug],
    title: `Zmiana nr ${counter}`,
    slug: postSlug,
    date: "2026-12-02T10:00:00+01:00",
    lead: "Informacja dla mieszkańców.",
    body: "Szczegóły w siedzibie ośrodka.",
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  published.push({ office: slug, slug: postSlug });
}

/** Waits until every published change is live; records the time from `since`. */
async function recovered(kind: string, since: number): Promise<void> {
  await expect.poll(() => missing(), settle).toEqual([]);
  recoveries.push({ kind, seconds: (performance.now() - since) / 1000 });
}

const serviceEvents = () =>
  (service?.output() ?? "")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { event: string; offices?: string[] });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

beforeAll(async () => {
  mkdirSync(join(publicDir, "uploads"), { recursive: true });
  cmsAddress = await startForwarder();
  serviceAddress = await startForwarder();
  await startService();
  await startCms(true);
  officeIds = Object.fromEntries(
    (await contentApi(cms!.url, readToken).all("offices")).map((entry: Entry) => [
      String(entry.slug),
      entry.documentId,
    ]),
  );
  await waitUntil(
    "every office live",
    () => offices.every((slug) => existsSync(livePage(slug, ""))),
    settle,
  );
});

afterAll(async () => {
  await killService();
  await cms?.stop();
  await cmsAddress?.close();
  await serviceAddress?.close();
  const total = published.length;
  const lost = missing().length;
  const fromCms = recoveries.filter((r) => r.kind === "cms-return").map((r) => r.seconds);
  console.info(
    `faults: ${faults} faults injected, ${lost} changes lost (of ${total} published); ` +
      `median recovery ${median(recoveries.map((r) => r.seconds)).toFixed(1)} s; ` +
      `CMS return → last office live: median ${fromCms.length ? median(fromCms).toFixed(1) : "–"} s`,
  );
  rmSync(root, { recursive: true, force: true });
});

describe("faults while publishing (real Strapi, service process, warm Astro builds)", () => {
  it("loses nothing when the service is SIGKILLed right after a 202 or during a build, 20 times", async () => {
    for (let round = 0; round < 20; round += 1) {
      const slug = offices[round % offices.length]!;
      const from = serviceEvents().length;
      await publish(slug);
      const point = round % 2 === 0 ? "notification.accepted" : "build.started";
      await expect
        .poll(
          () =>
            serviceEvents()
              .slice(from)
              .some((e) => e.event === point && e.offices?.includes(slug)),
          { timeout: 120_000, interval: 20 },
        )
        .toBe(true);
      // Somewhere in the build: at once, or up to three seconds into it.
      if (point === "build.started") await sleep(Math.floor(random() * 3_000));
      await killService();
      faults += 1;
      const since = performance.now();
      await startService();
      if (round % 5 === 4) await recovered("service-kill", since);
    }
    await recovered("service-kill", performance.now());
  });

  it("loses nothing when the CMS is SIGKILLed and restarted while the service is down", async () => {
    await killService();
    await publish("kalisz");
    await publish("pruszkow");
    await cms!.kill();
    faults += 1;
    await startCms(false);
    const since = performance.now();
    await startService();
    await recovered("cms-restart", since);
  });

  it("builds a renamed office under its new slug and retires the old one, both ways", async () => {
    const admin = () => contentManager(cms!.url, cms!.adminToken);
    const rename = async (to: string) => {
      const reply = await admin().publish(office, officeIds.orzesze!, { slug: to });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    };
    const since = performance.now();
    await rename("orzesze-test");
    faults += 1;
    await expect.poll(() => existsSync(livePage("orzesze-test", "")), settle).toBe(true);
    await expect.poll(() => existsSync(livePage("orzesze", "")), settle).toBe(false);
    recoveries.push({ kind: "rename", seconds: (performance.now() - since) / 1000 });
    for (const change of published) if (change.office === "orzesze") change.office = "orzesze-test";

    // Renamed back while the service is down, with a Kutno post in the same outage.
    await killService();
    await publish("kutno");
    await rename("orzesze");
    faults += 1;
    for (const change of published) if (change.office === "orzesze-test") change.office = "orzesze";
    const back = performance.now();
    await startService();
    await expect.poll(() => existsSync(livePage("orzesze", "")), settle).toBe(true);
    await expect.poll(() => existsSync(livePage("orzesze-test", "")), settle).toBe(false);
    await recovered("rename", back);
  });

  it("fails only the office whose own record is bad, in a batch of four, and heals it when fixed", async () => {
    const db = new DatabaseSync(cmsDatabase.filename);
    db.exec("PRAGMA busy_timeout = 10000");
    const setSiteUrl = (slug: string, url: string) =>
      db.prepare("UPDATE offices SET site_url = ? WHERE slug = ?").run(url, slug);
    const before = readFileSync(livePage("orzesze", ""), "utf8");
    const goodUrl = String(
      (
        db.prepare("SELECT site_url FROM offices WHERE slug = 'orzesze'").get() as {
          site_url: string;
        }
      ).site_url,
    );
    setSiteUrl("orzesze", "to nie jest adres");
    faults += 1;
    const from = serviceEvents().length;
    for (const slug of ["kalisz", "krasnik", "kutno", "orzesze"]) await publish(slug);
    const healthy = () => published.filter((c) => c.office !== "orzesze" && !isLive(c));
    await expect.poll(healthy, settle).toEqual([]);
    await expect
      .poll(
        () =>
          serviceEvents()
            .slice(from)
            .filter((e) => e.event === "build.failed")
            .map((e) => (e as { office?: string }).office),
        settle,
      )
      .toContain("orzesze");
    const failedOthers = serviceEvents()
      .slice(from)
      .filter((e) => e.event === "build.failed" && (e as { office?: string }).office !== "orzesze");
    expect(failedOthers).toEqual([]);
    expect(readFileSync(livePage("orzesze", ""), "utf8")).toBe(before);

    const since = performance.now();
    setSiteUrl("orzesze", goodUrl);
    db.close();
    await recovered("bad-record", since);
  });

  it("loses nothing and recovers within seconds when the CMS is down for minutes during a storm", async () => {
    const from = serviceEvents().length;
    for (let i = 0; i < 10; i += 1) await publish(offices[i % offices.length]!);
    await expect
      .poll(
        () =>
          serviceEvents()
            .slice(from)
            .some((e) => e.event === "build.started"),
        settle,
      )
      .toBe(true);
    await cms!.kill();
    faults += 1;
    // The outage: the service keeps running, its builds fail and wait for a retry.
    await sleep(outageMs);
    await startCms(false);
    const since = performance.now();
    await recovered("cms-return", since);
  });
});
