// The regional portal follows publishes: a real seeded Strapi notifies the pipeline, the office is
// rebuilt with real Astro builds, and the portal is rebuilt after it (publisher/src/portal.ts).
// The portal's periodic build is off here, so only a publish can have brought the change.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { getFromHost } from "@mops/static-server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Forwarder, startForwarder } from "../test-support/forwarder.ts";
import { waitUntil } from "../test-support/wait-until.ts";
import { type Publishing, startPublishing } from "./pipeline.ts";
import { createLogger } from "./rebuild/log.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const secret = randomBytes(24).toString("hex");
const readToken = randomBytes(32).toString("hex");
const offices = ["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"];
const root = mkdtempSync(join(tmpdir(), "mops-portal-e2e-"));
const events: Array<{ event: string; [key: string]: unknown }> = [];
const log = createLogger({
  clock: { now: Date.now },
  write: (line) => events.push(JSON.parse(line)),
});

let cms: StrapiProcess;
let cmsAddress: Forwarder;
let pipeline: Publishing;

const portalPage = (path: string) => getFromHost(pipeline.servePort, "region.localhost", path);

beforeAll(async () => {
  cmsAddress = await startForwarder();
  pipeline = await startPublishing({
    repoRoot,
    dataDir: join(root, "data"),
    strapiUrl: cmsAddress.url,
    strapiToken: readToken,
    secret,
    rebuildPort: 0,
    servePort: 0,
    log,
    portalDir: join(root, "portal"),
    portal: { delayMs: 200, everyMs: 0 },
  });
  cms = await startStrapi({
    env: { STRAPI_READ_TOKEN: readToken, REBUILD_URL: pipeline.hookUrl, REBUILD_SECRET: secret },
  });
  cmsAddress.forwardTo(cms.url);
  await waitUntil(
    "every office live and on the portal",
    async () => {
      const home = await portalPage("/");
      return home.status === 200 && offices.every((slug) => home.body.includes(`urzad-${slug}`));
    },
    { timeout: 540_000, interval: 500 },
  );
  await pipeline.service.idle();
  await pipeline.portal?.idle();
});

afterAll(async () => {
  await pipeline?.stop();
  await cms?.stop();
  await cmsAddress?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the portal after a publish (real Strapi, real Astro builds)", () => {
  it("lists Kalisz under food aid once Kalisz's editor publishes a food-aid department", async () => {
    const foodAid = "/uslugi/pomoc-zywnosciowa/";
    expect((await portalPage(foodAid)).body).not.toContain('id="urzad-kalisz"');
    const buildsBefore = pipeline.portal?.builds() ?? 0;
    const kalisz = (await contentApi(cms.url, cms.readToken).all("offices")).find(
      (office: Entry) => office.slug === "kalisz",
    );
    const login = cms.logins.editor("kalisz");
    const editor = contentManager(cms.url, await cms.adminLogin(login.email, login.password));
    const reply = await editor.createAndPublish("api::department.department", {
      office: kalisz?.documentId,
      name: "Dział Pomocy Żywnościowej",
      slug: "dzial-pomocy-zywnosciowej",
    });
    expect(reply.status).toBe(200);

    await expect
      .poll(async () => (await portalPage(foodAid)).body, { timeout: 300_000, interval: 500 })
      .toContain('id="urzad-kalisz"');
    expect(pipeline.portal?.builds()).toBeGreaterThan(buildsBefore);
    expect(events.filter((e) => e.event === "portal.built").length).toBeGreaterThan(0);
  });
});
