// The publishing pipeline end to end: a real seeded Strapi (@mops/cms/testing) whose notifier
// calls the rebuild service, real Astro builds by the site's driver, and the static server that
// serves each office at its own origin. An office editor works through the admin API, as the
// admin panel does. The build command is the site's driver behind a gate (held-build.ts), so a
// test can stop the CMS or restart the service while a build is under way.
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { siteBuildCommand } from "@mops/site/driver";
import { getFromHost } from "@mops/static-server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Forwarder, startForwarder } from "../../test-support/forwarder.ts";
import { waitUntil } from "../../test-support/wait-until.ts";
import {
  fingerprint,
  notification,
  postSigned,
  tinyBuildScript,
} from "../../test-support/workspace.ts";
import { type Publishing, startPublishing } from "../pipeline.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { type RebuildService, startRebuildService } from "./service.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const heldBuild = resolve(import.meta.dirname, "../../test-support/held-build.ts");
const secret = randomBytes(24).toString("hex");
const readToken = randomBytes(32).toString("hex");
const newsPost = "api::news-post.news-post";
const offices = ["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"];

const root = mkdtempSync(join(tmpdir(), "mops-publish-e2e-"));
const dataDir = join(root, "data");
const holdFile = join(root, "hold");
const logFile = join(root, "rebuild.log");

type LogEvent = { event: string; offices?: string[]; office?: string; [key: string]: unknown };
const events: LogEvent[] = [];
const log = createLogger({
  clock: { now: Date.now },
  level: "debug",
  write: (line) => {
    appendFileSync(logFile, line);
    events.push(JSON.parse(line));
  },
});

let cms: StrapiProcess;
/** The CMS's address for everything started before the CMS (it is started last). */
let cmsAddress: Forwarder;
let pipeline: Publishing;
/** The rebuild service's port, kept across its restart: the CMS notifies that address. */
let rebuildPort = 0;
/** A second service, started before the CMS, that builds with the tiny build: see its test. */
let early: RebuildService;
const earlyEvents: LogEvent[] = [];
const earlyContent = join(root, "early-content");
let officeIds: Record<string, string> = {};

/** The CMS outbox's last line in the CMS's log ("… accepted (…)", "… not accepted (…); retry …"). */
function lastNotifyLine(): string {
  return (
    cms
      .log()
      .split("\n")
      .filter((line) => line.includes("rebuild notify:"))
      .at(-1) ?? ""
  );
}

function startPipeline(): Promise<Publishing> {
  const command = [
    process.execPath,
    heldBuild,
    holdFile,
    process.execPath,
    ...siteBuildCommand.slice(1),
  ];
  return startPublishing({
    repoRoot,
    dataDir,
    strapiUrl: cmsAddress.url,
    strapiToken: readToken,
    secret,
    rebuildPort,
    servePort: 0,
    log,
    settings: {
      // The gate needs a command per build; warm-builder.e2e.test.ts covers the warm server.
      REBUILD_BUILDER: "command",
      REBUILD_BUILD_COMMAND: JSON.stringify(command),
      REBUILD_RETRY_FAILED_MS: "0",
    },
  });
}

const page = (office: string, path: string) =>
  getFromHost(pipeline.servePort, `${office}.localhost`, path);
const mark = () => events.length;
const buildsSince = (from: number, office: string) =>
  events.slice(from).filter((e) => e.event === "build.started" && e.offices?.includes(office));
const live = (office: string) => pipeline.service.releases.live(office);

async function editorOf(office: string) {
  const login = cms.logins.editor(office);
  return contentManager(cms.url, await cms.adminLogin(login.email, login.password));
}

function post(office: string, slug: string, title: string) {
  return {
    office: officeIds[office],
    title,
    slug,
    date: "2026-11-23T10:00:00+01:00",
    lead: "Informacja dla mieszkańców.",
    body: "Szczegóły w siedzibie ośrodka, pon.–pt. 8:00–15:00.",
  };
}

/** Waits (without asserting any timing) until the office's live site answers `path` as told. */
async function untilPage(office: string, path: string, status: number, timeout = 180_000) {
  await expect
    .poll(async () => (await page(office, path)).status, { timeout, interval: 100 })
    .toBe(status);
}

async function otherOfficesSnapshot(except: string) {
  const snapshot: Record<string, { release?: string; files: Record<string, string> }> = {};
  for (const office of offices.filter((slug) => slug !== except)) {
    snapshot[office] = {
      release: await live(office),
      files: fingerprint(join(dataDir, "live", office)),
    };
  }
  return snapshot;
}

beforeAll(async () => {
  mkdirSync(earlyContent);
  cmsAddress = await startForwarder();
  early = await startRebuildService(
    parseConfig({
      REBUILD_SECRET: secret,
      REBUILD_PORT: "0",
      REBUILD_DATA_DIR: join(root, "early"),
      REBUILD_OFFICES: "strapi",
      STRAPI_URL: cmsAddress.url,
      STRAPI_TOKEN: readToken,
      REBUILD_BUILD_COMMAND: JSON.stringify([
        process.execPath,
        tinyBuildScript,
        earlyContent,
        "{outRoot}",
        "{offices...}",
      ]),
    }),
    {
      log: createLogger({
        clock: { now: Date.now },
        write: (line) => earlyEvents.push(JSON.parse(line)),
      }),
    },
  );
  // The pipeline before the CMS, so that it receives the notifications the seeding sends.
  pipeline = await startPipeline();
  rebuildPort = pipeline.service.port;
  cms = await startStrapi({
    env: {
      STRAPI_READ_TOKEN: readToken,
      REBUILD_URL: pipeline.hookUrl,
      REBUILD_SECRET: secret,
    },
  });
  cmsAddress.forwardTo(cms.url);
  const reader = contentApi(cms.url, cms.readToken);
  officeIds = Object.fromEntries(
    (await reader.all("offices")).map((office: Entry) => [String(office.slug), office.documentId]),
  );
  await waitUntil(
    "every office live",
    async () => (await Promise.all(offices.map(live))).every(Boolean),
    {
      timeout: 480_000,
      interval: 500,
    },
  );
  await waitUntil(
    "the early service built every office",
    async () => (await Promise.all(offices.map((o) => early.releases.live(o)))).every(Boolean),
    { timeout: 60_000, interval: 200 },
  );
  // The seeding's notifications may have been refused (503) while the CMS was not reachable yet;
  // once the outbox says the service accepted its last request, nothing more is on the way.
  await waitUntil(
    "the CMS delivered its notifications",
    () => / accepted \(/.test(lastNotifyLine()) && !lastNotifyLine().includes("not accepted"),
    {
      timeout: 120_000,
    },
  );
  await pipeline.service.idle();
});

afterAll(async () => {
  await early?.stop();
  await pipeline?.stop();
  await cms?.stop();
  await cmsAddress?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("publishing pipeline (real Strapi, real Astro builds)", () => {
  it("serves every seeded office at the root of its own origin", async () => {
    for (const office of offices) {
      const home = await page(office, "/");
      expect(home.status).toBe(200);
      expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(home.body).toMatch(/<html[^>]* lang="pl"/);
    }
  });

  it("builds every office on its own once the CMS it was started before is up", async () => {
    await early.idle();
    expect(earlyEvents.some((e) => e.event === "rebuild.initial_deferred")).toBe(true);
    for (const office of offices) expect(await early.releases.live(office)).toBeDefined();
    // Whichever comes first once the CMS answers, the deferred start-up pass or the
    // reconciliation the CMS's return triggers, between them they queue every office.
    const queued = earlyEvents
      .filter((e) => e.event === "rebuild.initial" || e.event === "reconcile.behind")
      .flatMap((e) => e.offices ?? []);
    expect([...new Set(queued)].sort()).toEqual(offices);
  });

  it("shows a news post an editor publishes for Kraśnik on Kraśnik's site only, and removes it when unpublished", async () => {
    const others = await otherOfficesSnapshot("krasnik");
    const from = mark();
    const editor = await editorOf("krasnik");
    const title = "Dodatek osłonowy – nabór wniosków do 30 kwietnia";
    const started = performance.now();
    const created = await editor.createAndPublish<{ data: Entry }>(
      newsPost,
      post("krasnik", "dodatek-oslonowy-nabor", title),
    );
    expect(created.status).toBe(200);
    await untilPage("krasnik", "/aktualnosci/dodatek-oslonowy-nabor/", 200);
    console.info(
      `publish → live (Kraśnik): ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    expect((await page("krasnik", "/aktualnosci/dodatek-oslonowy-nabor/")).body).toContain(title);
    expect((await page("krasnik", "/aktualnosci/")).body).toContain(title);
    await pipeline.service.idle();
    expect(await otherOfficesSnapshot("krasnik")).toEqual(others);
    for (const office of offices.filter((slug) => slug !== "krasnik")) {
      expect(buildsSince(from, office)).toEqual([]);
    }

    expect((await editor.unpublish(newsPost, created.body.data.documentId)).status).toBe(200);
    await untilPage("krasnik", "/aktualnosci/dodatek-oslonowy-nabor/", 404);
    expect((await page("krasnik", "/aktualnosci/")).body).not.toContain(title);
    await pipeline.service.idle();
    expect(await otherOfficesSnapshot("krasnik")).toEqual(others);
  });

  it("takes a deleted post off the office's site", async () => {
    const editor = await editorOf("pruszkow");
    const created = await editor.createAndPublish<{ data: Entry }>(
      newsPost,
      post("pruszkow", "do-usuniecia", "Ogłoszenie do usunięcia"),
    );
    expect(created.status).toBe(200);
    await untilPage("pruszkow", "/aktualnosci/do-usuniecia/", 200);
    expect((await editor.delete(newsPost, created.body.data.documentId)).status).toBe(200);
    await untilPage("pruszkow", "/aktualnosci/do-usuniecia/", 404);
    expect((await page("pruszkow", "/aktualnosci/")).body).not.toContain("Ogłoszenie do usunięcia");
  });

  it("needs at most two builds for 50 publishes in a row, and the live site holds all 50", async () => {
    const from = mark();
    const editor = await editorOf("kutno");
    // The first publish starts a build at once; it waits at the gate while the other 49 arrive,
    // however long the CMS takes to answer them, so they all fall into one follow-up build.
    writeFileSync(holdFile, "");
    const started = performance.now();
    let last = "";
    for (let i = 1; i <= 50; i += 1) {
      const reply = await editor.createAndPublish<{ data: Entry }>(
        newsPost,
        post("kutno", `komunikat-${i}`, `Komunikat nr ${i}`),
      );
      expect(reply.status).toBe(200);
      last = reply.body.data.documentId;
    }
    console.info(`50 publishes took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await waitUntil(
      "the service has the notification of the 50th publish",
      () =>
        events
          .slice(from)
          .some(
            (e) =>
              e.event === "notification.accepted" &&
              (e.events as { documentId?: string }[] | undefined)?.some(
                (change) => change.documentId === last,
              ),
          ),
      { timeout: 120_000 },
    );
    rmSync(holdFile);
    await untilPage("kutno", "/aktualnosci/komunikat-50/", 200);
    await pipeline.service.idle();
    for (let i = 1; i <= 50; i += 1) {
      const reply = await page("kutno", `/aktualnosci/komunikat-${i}/`);
      expect([i, reply.status]).toEqual([i, 200]);
      expect(reply.body).toContain(`Komunikat nr ${i}`);
    }
    expect(buildsSince(from, "kutno").length).toBeLessThanOrEqual(2);
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    [
      "a bad signature",
      () =>
        postSigned(pipeline.service.url, notification(["kutno"]), {
          secret: "wrong-secret-0123456789",
        }),
      401,
    ],
    [
      "a stale timestamp",
      () =>
        postSigned(pipeline.service.url, notification(["kutno"]), {
          secret,
          timestamp: now() - 600,
        }),
      401,
    ],
    [
      "an oversized body",
      () =>
        postSigned(
          pipeline.service.url,
          JSON.stringify({ offices: ["kutno"], pad: "x".repeat(20_000) }),
          { secret },
        ),
      413,
    ],
  ])("rejects %s from anyone but the CMS, and builds nothing", async (_name, send, status) => {
    const from = mark();
    expect((await send()).status).toBe(status);
    expect(await pipeline.service.status()).toMatchObject({ pending: [] });
    expect(events.slice(from).filter((e) => e.event === "build.started")).toEqual([]);
  });

  it("accepts a signed notification naming only an unknown office, and builds nothing", async () => {
    const from = mark();
    expect(await postSigned(pipeline.service.url, notification(["gdansk"]), { secret })).toEqual({
      status: 202,
      json: { accepted: [], unknown: ["gdansk"] },
    });
    expect(await pipeline.service.status()).toMatchObject({ pending: [] });
    expect(events.slice(from).filter((e) => e.event === "build.started")).toEqual([]);
  });

  it("does the pending work after the rebuild service restarts", async () => {
    const editor = await editorOf("orzesze");
    writeFileSync(holdFile, "");
    const from = mark();
    const reply = await editor.createAndPublish(
      newsPost,
      post("orzesze", "po-restarcie", "Wpis sprzed restartu"),
    );
    expect(reply.status).toBe(200);
    await expect.poll(() => buildsSince(from, "orzesze").length, { timeout: 30_000 }).toBe(1);
    await pipeline.stop();
    rmSync(holdFile);

    pipeline = await startPipeline();
    await untilPage("orzesze", "/aktualnosci/po-restarcie/", 200);
    expect((await page("orzesze", "/aktualnosci/po-restarcie/")).body).toContain(
      "Wpis sprzed restartu",
    );
  });

  it("keeps the live site byte for byte and records the error when Strapi stops during a build", async () => {
    await pipeline.service.idle();
    const before = {
      release: await live("kalisz"),
      files: fingerprint(join(dataDir, "live", "kalisz")),
    };
    const editor = await editorOf("kalisz");
    writeFileSync(holdFile, "");
    const from = mark();
    const reply = await editor.createAndPublish(
      newsPost,
      post("kalisz", "niewidoczny", "Nie zdąży się pokazać"),
    );
    expect(reply.status).toBe(200);
    await expect.poll(() => buildsSince(from, "kalisz").length, { timeout: 30_000 }).toBe(1);

    await cms.stop();
    rmSync(holdFile);
    await pipeline.service.idle();

    expect({
      release: await live("kalisz"),
      files: fingerprint(join(dataDir, "live", "kalisz")),
    }).toEqual(before);
    expect((await page("kalisz", "/aktualnosci/niewidoczny/")).status).toBe(404);
    const status = (await pipeline.service.status()) as {
      offices: Record<string, Record<string, unknown>>;
    };
    expect(status.offices.kalisz).toMatchObject({
      liveRelease: before.release,
      lastBuild: { result: "failure", error: expect.stringMatching(/\S/) },
    });
    console.info(
      `recorded: ${JSON.stringify((status.offices.kalisz as { lastBuild: unknown }).lastBuild)}`,
    );
  });
});
