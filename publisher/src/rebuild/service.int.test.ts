// The rebuild service in-process with its real HTTP server, real child-process builds (the tiny
// site build) and real release directories.
import { once } from "node:events";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { officeStatusToken, operatorStatusToken } from "@mops/shared/protocol/signature";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import {
  createWorkspace,
  fingerprint,
  notification,
  postSigned,
  testSecret,
  type Workspace,
} from "../../test-support/workspace.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { type RebuildService, startRebuildService } from "./service.ts";

let workspace: Workspace | undefined;
let service: RebuildService | undefined;

afterEach(async () => {
  await service?.stop();
  workspace?.remove();
  service = undefined;
  workspace = undefined;
});

async function start(env: Record<string, string> = {}, clock?: ManualClock) {
  workspace = createWorkspace();
  const ws = workspace;
  const config = parseConfig(ws.env(env));
  service = await startRebuildService(config, {
    log: createLogger({ clock: { now: Date.now }, write: ws.log, level: "debug" }),
    ...(clock ? { clock } : {}),
  });
  await service.idle();
  return { ws, service };
}

const officeStatus = async (svc: RebuildService, slug: string) =>
  ((await svc.status()) as { offices: Record<string, Record<string, unknown>> }).offices[slug];

describe("rebuild service", () => {
  it("builds every office on first start, then only the notified one, swapped in atomically", async () => {
    const { ws, service } = await start();
    expect(ws.builds().map((b) => b.offices)).toEqual([["kalisz", "krasnik", "kutno"]]);
    const before = {
      kalisz: fingerprint(join(ws.dataDir, "releases", "kalisz")),
      kutno: fingerprint(join(ws.dataDir, "releases", "kutno")),
      kaliszLive: await service.releases.live("kalisz"),
      kutnoLive: await service.releases.live("kutno"),
    };
    const krasnikBefore = await service.releases.live("krasnik");

    ws.addPost("krasnik", "Dodatek osłonowy – nabór wniosków");
    const response = await postSigned(service.url, notification(["krasnik"]));
    expect(response).toEqual({ status: 202, json: { accepted: ["krasnik"], unknown: [] } });
    await service.idle();

    expect(ws.liveHtml("krasnik")).toContain("<li>Dodatek osłonowy – nabór wniosków</li>");
    expect(await service.releases.live("krasnik")).not.toBe(krasnikBefore);
    expect(await service.releases.list("krasnik")).toHaveLength(2);
    expect({
      kalisz: fingerprint(join(ws.dataDir, "releases", "kalisz")),
      kutno: fingerprint(join(ws.dataDir, "releases", "kutno")),
      kaliszLive: await service.releases.live("kalisz"),
      kutnoLive: await service.releases.live("kutno"),
    }).toEqual(before);
    expect(ws.builds().map((b) => b.offices)).toEqual([
      ["kalisz", "krasnik", "kutno"],
      ["krasnik"],
    ]);
  });

  it("rebuilds every office for a change shared by all", async () => {
    const { ws, service } = await start();
    expect(await postSigned(service.url, notification("*"))).toEqual({
      status: 202,
      json: { accepted: ["kalisz", "krasnik", "kutno"], unknown: [] },
    });
    await service.idle();
    expect(ws.builds().map((b) => b.offices)).toEqual([
      ["kalisz", "krasnik", "kutno"],
      ["kalisz", "krasnik", "kutno"],
    ]);
  });

  const body = notification(["krasnik"]);
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    [
      "a wrong secret",
      () => ({ body, options: { secret: "not-the-shared-secret" } }),
      401,
      "signature does not match",
    ],
    [
      "no signature",
      () => ({ body, options: { headers: { "x-mops-signature": "" } } }),
      401,
      "missing x-mops-signature or x-mops-timestamp header",
    ],
    [
      "a stale timestamp",
      () => ({ body, options: { timestamp: now() - 301 } }),
      401,
      "timestamp is more than 300 s away from now",
    ],
    [
      "a timestamp from the future",
      () => ({ body, options: { timestamp: now() + 301 } }),
      401,
      "timestamp is more than 300 s away from now",
    ],
    [
      "an oversized body",
      () => ({
        body: JSON.stringify({ offices: ["krasnik"], pad: "x".repeat(20_000) }),
        options: {},
      }),
      413,
      "body is larger than 16384 bytes",
    ],
    ["malformed JSON", () => ({ body: '{"offices":', options: {} }), 400, "body is not JSON: "],
    [
      "a body of another shape",
      () => ({ body: '{"office":"krasnik"}', options: {} }),
      400,
      "body does not match the schema: offices ",
    ],
    [
      "a body that is not application/json",
      () => ({ body, options: { headers: { "content-type": "text/plain" } } }),
      415,
      "the body must be application/json",
    ],
    [
      "a body without a content type",
      () => ({ body, options: { headers: { "content-type": "" } } }),
      415,
      "the body must be application/json",
    ],
  ])("rejects %s and builds nothing", async (_name, request, status, message) => {
    const { ws, service } = await start();
    const { body: sent, options } = request();
    const response = await postSigned(service.url, sent, options);
    expect(response.status).toBe(status);
    expect((response.json as { error: string }).error).toContain(message);
    expect((await service.status()) as object).toMatchObject({ pending: [] });
    await service.idle();
    expect(ws.builds()).toHaveLength(1);
  });

  it("builds the known offices of a notification and reports the unknown ones", async () => {
    const { ws, service } = await start();
    ws.addPost("krasnik", "Nowy nabór");
    expect(
      await postSigned(service.url, notification(["gdansk", "krasnik", "orzesze-test"])),
    ).toEqual({
      status: 202,
      json: { accepted: ["krasnik"], unknown: ["gdansk", "orzesze-test"] },
    });
    await service.idle();
    expect(ws.builds().map((b) => b.offices)).toEqual([
      ["kalisz", "krasnik", "kutno"],
      ["krasnik"],
    ]);
    expect(ws.liveHtml("krasnik")).toContain("<li>Nowy nabór</li>");
    expect(await postSigned(service.url, notification(["gdansk"]))).toEqual({
      status: 202,
      json: { accepted: [], unknown: ["gdansk"] },
    });
  });

  it("answers 202 only once the notified offices are in the state file", async () => {
    const { ws, service } = await start({
      REBUILD_BUILD_ON_START: "false",
      REBUILD_LEADING_EDGE: "false",
      REBUILD_DEBOUNCE_MS: "600000",
      REBUILD_MAX_WAIT_MS: "600000",
    });
    expect((await postSigned(service.url, notification(["kutno"]))).status).toBe(202);
    const saved = JSON.parse(readFileSync(join(ws.dataDir, "state.json"), "utf8"));
    expect(saved.pending).toEqual(["kutno"]);
  });

  it("refuses a replayed request", async () => {
    const { ws, service } = await start();
    const timestamp = now();
    expect((await postSigned(service.url, body, { timestamp })).status).toBe(202);
    expect(await postSigned(service.url, body, { timestamp })).toEqual({
      status: 409,
      json: { error: "this request was already received" },
    });
    await service.idle();
    expect(ws.builds()).toHaveLength(2);
  });

  it("runs exactly one follow-up build for the 40 publishes that arrive during a build", async () => {
    const { ws, service } = await start({ REBUILD_DEBOUNCE_MS: "20" });
    ws.hold();
    for (let i = 1; i <= 10; i += 1) {
      ws.addPost("kutno", `Komunikat ${i}`);
      expect((await postSigned(service.url, notification(["kutno"]))).status).toBe(202);
    }
    await expect.poll(() => ws.builds().length).toBe(2);
    for (let i = 11; i <= 50; i += 1) {
      ws.addPost("kutno", `Komunikat ${i}`);
      expect((await postSigned(service.url, notification(["kutno"]))).status).toBe(202);
    }
    ws.release();
    await service.idle();
    expect(ws.builds().map((b) => b.offices)).toEqual([
      ["kalisz", "krasnik", "kutno"],
      ["kutno"],
      ["kutno"],
    ]);
    const html = ws.liveHtml("kutno");
    for (let i = 1; i <= 50; i += 1) expect(html).toContain(`<li>Komunikat ${i}</li>`);
  });

  it("needs two builds for 50 publishes spread over two seconds: the first, and one follow-up", async () => {
    // The service's timers run on a clock the test moves: 40 ms between publishes however fast
    // the machine answers them.
    const clock = new ManualClock(Date.now());
    const { ws, service } = await start(
      { REBUILD_DEBOUNCE_MS: "400", REBUILD_MAX_WAIT_MS: "4000" },
      clock,
    );
    const from = ws.builds().length;
    clock.advance(1_000); // a quiet spell since the first start's build
    for (let i = 1; i <= 50; i += 1) {
      ws.addPost("krasnik", `Ogłoszenie ${i}`);
      expect((await postSigned(service.url, notification(["krasnik"]))).status).toBe(202);
      clock.advance(40);
    }
    // The first publish built at once; the rest waits for 400 ms without a change.
    await expect.poll(async () => (await officeStatus(service, "krasnik"))?.phase).toBe("waiting");
    clock.advance(400);
    await service.idle();
    expect(ws.builds().slice(from)).toEqual([
      expect.objectContaining({ offices: ["krasnik"] }),
      expect.objectContaining({ offices: ["krasnik"] }),
    ]);
    expect(ws.liveHtml("krasnik")).toContain("<li>Ogłoszenie 50</li>");
  });

  it("keeps the last good release live, byte for byte, when a build fails, and records why", async () => {
    const { ws, service } = await start();
    const liveBefore = await service.releases.live("kalisz");
    const bytesBefore = fingerprint(join(ws.dataDir, "live", "kalisz"));
    const lastSuccess = (await officeStatus(service, "kalisz"))?.lastSuccess;

    ws.breakCms();
    ws.addPost("kalisz", "Nie powinno się pojawić");
    expect((await postSigned(service.url, notification(["kalisz"]))).status).toBe(202);
    await service.idle();

    expect(await service.releases.live("kalisz")).toBe(liveBefore);
    expect(fingerprint(join(ws.dataDir, "live", "kalisz"))).toEqual(bytesBefore);
    expect(await service.releases.list("kalisz")).toEqual([liveBefore]);
    expect(readdirSync(join(ws.dataDir, "staging"))).toEqual([]);
    const status = await officeStatus(service, "kalisz");
    expect(status).toMatchObject({
      phase: "failed",
      liveRelease: liveBefore,
      consecutiveFailures: 1,
      lastSuccess,
      lastBuild: {
        result: "failure",
        offices: ["kalisz"],
        error: expect.stringMatching(
          /^BuildError: .+ exited with code 1: tiny build: cannot reach the CMS for kalisz \(ECONNREFUSED\)$/,
        ),
        cause: expect.stringContaining("cannot reach the CMS"),
      },
    });

    ws.fixCms();
    expect((await postSigned(service.url, notification(["kalisz"]))).status).toBe(202);
    await service.idle();
    expect(ws.liveHtml("kalisz")).toContain("<li>Nie powinno się pojawić</li>");
    expect(await officeStatus(service, "kalisz")).toMatchObject({ consecutiveFailures: 0 });
  });

  it("takes the offices a batch built even when another office of it failed", async () => {
    workspace = createWorkspace();
    const ws = workspace;
    writeFileSync(join(ws.contentDir, "fail-krasnik"), "");
    const config = parseConfig(ws.env());
    service = await startRebuildService(config, {
      log: createLogger({ clock: { now: Date.now }, write: ws.log }),
    });
    await service.idle();
    expect(ws.builds().map((b) => b.offices)).toEqual([["kalisz", "krasnik", "kutno"]]);
    expect(await service.releases.live("kalisz")).toBeDefined();
    expect(await service.releases.live("kutno")).toBeDefined();
    expect(await service.releases.live("krasnik")).toBeUndefined();
    expect(await officeStatus(service, "krasnik")).toMatchObject({
      lastBuild: {
        result: "failure",
        error:
          "BuildError: the build of krasnik failed: OfficeDataError: krasnik has a broken schedule",
      },
    });
  });

  it("refuses a build that leaves no index.html and keeps the office off the air until one does", async () => {
    const { ws, service } = await start({
      REBUILD_OFFICES: "kutno",
      REBUILD_BUILD_COMMAND: JSON.stringify([process.execPath, "-e", "0"]),
    });
    expect(ws.builds()).toEqual([]);
    expect(await service.releases.live("kutno")).toBeUndefined();
    expect(await officeStatus(service, "kutno")).toMatchObject({
      liveRelease: null,
      lastBuild: {
        result: "failure",
        error: expect.stringMatching(/^ReleaseError: the build left no index.html for kutno/),
      },
    });
  });

  it("keeps the live release and the configured number of earlier ones", async () => {
    const { ws, service } = await start({ REBUILD_KEEP_RELEASES: "2", REBUILD_OFFICES: "krasnik" });
    const lives: (string | undefined)[] = [await service.releases.live("krasnik")];
    for (let i = 1; i <= 4; i += 1) {
      ws.addPost("krasnik", `Wpis ${i}`);
      await postSigned(service.url, notification(["krasnik"]));
      await service.idle();
      lives.push(await service.releases.live("krasnik"));
    }
    expect(await service.releases.list("krasnik")).toEqual(lives.slice(-3));
    expect(await service.releases.rollback("krasnik")).toBe(lives.at(-2));
    expect(ws.liveHtml("krasnik")).not.toContain("Wpis 4");
  });

  it("answers /health and /status, 404 and 405", async () => {
    const { service } = await start();
    const get = async (path: string, method = "GET", authorization?: string) => {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const response = await fetch(`${service.url}${path}`, { method, headers });
      return { status: response.status, json: await response.json() };
    };
    expect(await get("/health")).toEqual({ status: 200, json: { status: "ok" } });
    const refused = { status: 401, json: { error: "missing or wrong operator bearer token" } };
    expect(await get("/status")).toEqual(refused);
    expect(await get("/status", "GET", `Bearer ${officeStatusToken(testSecret, "kutno")}`)).toEqual(
      refused,
    );
    const status = await get("/status", "GET", `Bearer ${operatorStatusToken(testSecret)}`);
    expect(status.status).toBe(200);
    expect(status.json).toMatchObject({
      mode: "local",
      pending: [],
      offices: {
        kutno: {
          phase: "idle",
          liveRelease: expect.any(String),
          lastBuild: { result: "success", durationMs: expect.any(Number) },
        },
      },
    });
    expect(await get("/nowhere")).toEqual({
      status: 404,
      json: { error: "no such path: /nowhere" },
    });
    expect(await get("/hooks/rebuild")).toEqual({
      status: 405,
      json: { error: "GET is not allowed on /hooks/rebuild" },
    });
  });
});

describe("rebuild service health", () => {
  it("reports degraded while an office keeps failing, and ok once it builds again", async () => {
    const { ws, service } = await start();
    ws.breakCms();
    for (let i = 0; i < 3; i += 1) {
      expect((await postSigned(service.url, notification(["kalisz"]))).status).toBe(202);
      await service.idle();
    }
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: "degraded",
      problems: ["offices failing: kalisz (3 failed builds in a row)"],
    });
    expect(await officeStatus(service, "kalisz")).toMatchObject({ phase: "failed", failures: 3 });
    ws.fixCms();
    expect((await postSigned(service.url, notification(["kalisz"]))).status).toBe(202);
    await service.idle();
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
  });
});

describe("rebuild service in relay mode", () => {
  it("dispatches one repository_dispatch per office to GitHub's API and records refusals", async () => {
    const received: { url?: string; headers: IncomingHttpHeaders; body: unknown }[] = [];
    const github = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString());
      received.push({ url: request.url, headers: request.headers, body });
      const refused = body.client_payload.office === "kalisz";
      response.writeHead(refused ? 422 : 204).end(refused ? '{"message":"Validation Failed"}' : "");
    });
    github.listen(0, "127.0.0.1");
    await once(github, "listening");
    const githubPort = (github.address() as AddressInfo).port;
    try {
      const { ws, service } = await start({
        REBUILD_MODE: "relay",
        GITHUB_REPOSITORY: "mops/sites",
        GITHUB_TOKEN: "test-token",
        GITHUB_API_URL: `http://127.0.0.1:${githubPort}`,
      });
      expect(await postSigned(service.url, notification(["kalisz", "kutno"]))).toMatchObject({
        status: 202,
      });
      await service.idle();

      expect(ws.builds()).toEqual([]);
      expect(received.map((r) => [r.url, r.headers.authorization, r.body])).toEqual([
        [
          "/repos/mops/sites/dispatches",
          "Bearer test-token",
          { event_type: "rebuild-office", client_payload: { office: "kalisz" } },
        ],
        [
          "/repos/mops/sites/dispatches",
          "Bearer test-token",
          { event_type: "rebuild-office", client_payload: { office: "kutno" } },
        ],
      ]);
      expect(await officeStatus(service, "kutno")).toMatchObject({
        lastBuild: { result: "success" },
      });
      expect(await officeStatus(service, "kalisz")).toMatchObject({
        lastBuild: {
          result: "failure",
          error: 'RelayError: dispatch of kalisz answered 422: {"message":"Validation Failed"}',
        },
      });
    } finally {
      github.close();
    }
  });
});
