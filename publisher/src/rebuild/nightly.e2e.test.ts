// The nightly run of the real rebuild service against a real seeded Strapi (@mops/cms/testing):
// the service's clock is a manual one moved to 00:05 Warsaw time. Each release keeps the date
// state read from the CMS; a night with no change builds nothing, and after an editor publishes a
// news post for Kutno (no notification reaches the service) the next night builds Kutno alone,
// saying why. The builds themselves are the tiny site build (test-support/tiny-site-build.ts).
// The CI's nightly plan (ci.ts plan with NIGHTLY_STATES) runs against the same CMS.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { createWorkspace, type Workspace } from "../../test-support/workspace.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { type RebuildService, startRebuildService } from "./service.ts";

const OFFICES = ["kalisz", "krasnik", "kutno"];
/** Noon on 2 December 2026; the nights are 00:05 Warsaw time (23:05 UTC the day before). */
const START = Date.parse("2026-12-02T12:00:00Z");
const nightOf = (date: string) => Date.parse(`${date}T00:05:00+01:00`);
const patience = { timeout: 60_000, interval: 100 };

type Line = { event: string; office?: string; reasons?: string[]; offices?: string[] };

describe("nightly run (real Strapi, real rebuild service)", () => {
  let cms: StrapiProcess;
  let ws: Workspace;
  let service: RebuildService;
  const clock = new ManualClock(START);
  const lines: Line[] = [];

  /** Moves the service's clock to `at` and waits until that night's run has decided and built. */
  async function night(at: number): Promise<Line[]> {
    const from = lines.length;
    clock.advance(at - clock.now());
    await expect
      .poll(() => lines.slice(from).some((line) => line.event === "rebuild.daily"), patience)
      .toBe(true);
    await service.idle();
    return lines.slice(from);
  }

  beforeAll(async () => {
    cms = await startStrapi({ timeoutMs: 600_000 });
    ws = createWorkspace("mops-nightly-e2e-");
    const config = parseConfig(
      ws.env({
        REBUILD_OFFICES: OFFICES.join(","),
        STRAPI_URL: cms.url,
        STRAPI_TOKEN: cms.readToken,
        REBUILD_RECONCILE_MS: "0",
        REBUILD_CMS_PROBE_MS: "0",
      }),
    );
    service = await startRebuildService(config, {
      clock,
      log: createLogger({ clock, write: (line) => lines.push(JSON.parse(line)) }),
    });
    await service.idle();
  }, 700_000);

  afterAll(async () => {
    await service?.stop();
    await cms?.stop();
    ws?.remove();
  });

  it("keeps the date state read from the CMS with each office's first release", async () => {
    expect(ws.builds().map((build) => build.offices)).toEqual([OFFICES]);
    for (const office of OFFICES) {
      const live = await service.releases.liveDateState(office);
      expect(live?.state?.content).toMatch(/^[0-9a-f]{64}$/);
      expect(live?.state?.code).toMatch(/^[0-9a-f]{16}$/);
      expect(live?.state?.states["holiday year"]).toBe("2026");
    }
  });

  it("builds nothing on a night with no content change and no state flip", async () => {
    const logged = await night(nightOf("2026-12-03"));
    expect(ws.builds()).toHaveLength(1);
    expect(logged.filter((line) => line.event === "nightly.build")).toEqual([]);
    expect(
      logged.filter((line) => line.event === "nightly.skip").map((line) => line.office),
    ).toEqual(OFFICES);
  });

  it("builds only the office whose content changed, with the reasons", async () => {
    const reader = contentApi(cms.url, cms.readToken);
    const kutno = (await reader.all("offices")).find((office: Entry) => office.slug === "kutno");
    const login = cms.logins.editor("kutno");
    const editor = contentManager(cms.url, await cms.adminLogin(login.email, login.password));
    const created = await editor.createAndPublish("api::news-post.news-post", {
      office: kutno?.documentId,
      title: "Dyżur w sobotę",
      slug: "dyzur-w-sobote",
      date: "2026-12-03T10:00:00+01:00",
      lead: "Informacja dla mieszkańców.",
      body: "Ośrodek przyjmuje w sobotę od 9:00 do 13:00.",
    });
    expect(created.status).toBe(200);
    const liveBefore = await service.releases.live("kutno");

    const logged = await night(nightOf("2026-12-04"));
    expect(ws.builds().at(-1)?.offices).toEqual(["kutno"]);
    expect(ws.builds()).toHaveLength(2);
    const built = logged.filter((line) => line.event === "nightly.build");
    expect(built.map((line) => line.office)).toEqual(["kutno"]);
    expect(built[0]?.reasons).toEqual([
      "content changed",
      'news "Dyżur w sobotę" came onto the home page',
    ]);
    expect(await service.releases.live("kutno")).not.toBe(liveBefore);
    const after = await service.releases.liveDateState("kutno");
    expect(JSON.parse(after?.state?.states["home news"] ?? "[]")).toContain("Dyżur w sobotę");
  });

  it("plans the CI's nightly run the same way: everything without a record, then nothing", async () => {
    const statesPath = join(ws.root, "nightly-states.json");
    const plan = async (runners = "") => {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [join(import.meta.dirname, "ci.ts"), "plan"],
        {
          env: {
            PATH: process.env.PATH,
            STRAPI_URL: cms.url,
            STRAPI_TOKEN: cms.readToken,
            NIGHTLY_STATES: statesPath,
            REBUILD_RUNNERS: runners,
          },
        },
      );
      const output = Object.fromEntries(
        stdout
          .trim()
          .split("\n")
          .map((line) => line.split("=")),
      );
      const events = stderr
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Line);
      return {
        offices: JSON.parse(output.offices ?? "null"),
        count: output.count,
        shards: JSON.parse(output.shards ?? "null") as { name: string; offices: string[] }[],
        events,
      };
    };
    // Two runners: the offices go into two shards, each office in exactly one.
    const first = await plan("2");
    expect(first.shards.map((shard) => shard.name)).toEqual(["shard-1-of-2", "shard-2-of-2"]);
    expect(first.shards.flatMap((shard) => shard.offices).sort()).toEqual(
      [...first.offices].sort(),
    );
    expect(first.count).toBe(String(first.offices.length));
    expect(first.offices).toEqual(expect.arrayContaining(OFFICES));
    const reasons = first.events.filter((line) => line.event === "nightly.build");
    expect(new Set(reasons.flatMap((line) => line.reasons))).toEqual(new Set(["no release yet"]));
    expect(existsSync(statesPath)).toBe(true);

    const second = await plan();
    expect(second).toMatchObject({ offices: [], count: "0", shards: [] });
    expect(second.events.filter((line) => line.event === "nightly.skip")).toHaveLength(
      first.offices.length,
    );
  });
});
