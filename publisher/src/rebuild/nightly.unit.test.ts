// The nightly decision end to end on real releases and the seed offices' content: the daily run
// at 00:05 Warsaw time (a manual clock) compares tonight's date state of each office with the
// state its live release was built at, the night before, and rebuilds exactly the office whose
// output changed, with the reason.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type OfficeVersions, officeDateState } from "@mops/site/date-state";
import { fixtureContent } from "@mops/site/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { scheduleDailyRebuild } from "./daily-rebuild.ts";
import { createLogger } from "./log.ts";
import { decideNightly, planNightly } from "./nightly.ts";
import { createReleases, newReleaseId } from "./releases.ts";

type Content = ReturnType<typeof fixtureContent>;
const OFFICES = ["kutno", "krasnik", "kalisz"] as const;
/** The night the live releases were built, and tonight (both 00:05 Warsaw time). */
const LAST_NIGHT = Date.parse("2026-12-03T00:05:00+01:00");
const TONIGHT = Date.parse("2026-12-04T00:05:00+01:00");

/** A change to kalisz's content, applied on both nights (a date flip) or only tonight (an edit). */
interface Scenario {
  name: string;
  both?: (content: Content) => void;
  tonightOnly?: (content: Content) => void;
  noRelease?: boolean;
  built: string[];
  reasons: string[];
}

const scenarios: Scenario[] = [
  { name: "nothing changes", built: [], reasons: [] },
  {
    name: "an alert expires",
    both: (c) => {
      c.office.alerts.push({
        title: "Kasa nieczynna",
        body: "Kasa nieczynna do 3 grudnia.",
        level: "warning",
        validTo: "2026-12-03T23:59:59+01:00",
      });
    },
    built: ["kalisz"],
    reasons: ['alert "Kasa nieczynna" expired'],
  },
  {
    name: "a programme starts",
    both: (c) => {
      const programme = c.programmes[0];
      if (programme)
        Object.assign(programme, {
          title: "Asystent rodziny",
          startsOn: "2026-12-04",
          endsOn: undefined,
        });
    },
    built: ["kalisz"],
    reasons: ['programme "Asystent rodziny" opened'],
  },
  {
    name: "a department's service status ends",
    both: (c) => {
      const department = c.departments[0];
      if (department) {
        Object.assign(department, {
          name: "Dział Świadczeń",
          serviceStatus: "limited",
          serviceStatusUntil: "2026-12-03",
        });
      }
    },
    built: ["kalisz"],
    reasons: ['service status "Dział Świadczeń" ended'],
  },
  {
    name: "a news post ages off the home page",
    both: (c) => {
      const post = c.newsPosts[0];
      if (post)
        c.newsPosts.unshift({ ...post, title: "Zebranie", date: "2025-12-03T12:00:00+01:00" });
    },
    built: ["kalisz"],
    reasons: ['news "Zebranie" left the home page'],
  },
  {
    name: "the content changes",
    tonightOnly: (c) => {
      c.office.name = `${c.office.name} (nowa nazwa)`;
    },
    built: ["kalisz"],
    reasons: ["content changed"],
  },
  {
    name: "an office has no release",
    noRelease: true,
    built: ["kalisz"],
    reasons: ["no release yet"],
  },
];

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "mops-nightly-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function contentOf(slug: string, scenario: Scenario, night: "last" | "tonight"): OfficeVersions {
  const content = fixtureContent(slug as (typeof OFFICES)[number]);
  if (slug === "kalisz") {
    scenario.both?.(content);
    if (night === "tonight") scenario.tonightOnly?.(content);
  }
  return { pl: content };
}

describe.each(scenarios)("the nightly run when $name", (scenario) => {
  it(`builds ${scenario.built.join(", ") || "nothing"}, saying why`, async () => {
    const releases = createReleases(dataDir);
    for (const slug of OFFICES) {
      if (scenario.noRelease && slug === "kalisz") continue;
      const id = newReleaseId(LAST_NIGHT, "aa");
      const built = join(dataDir, "staging", id, slug);
      mkdirSync(built, { recursive: true });
      await releases.adopt(slug, built, id);
      const state = officeDateState(contentOf(slug, scenario, "last"), new Date(LAST_NIGHT));
      await releases.writeDateState(slug, id, state);
      await releases.activate(slug, id);
    }

    const clock = new ManualClock(TONIGHT - 60_000);
    const lines: Array<Record<string, unknown>> = [];
    let decided = () => {};
    const done = new Promise<void>((resolve) => {
      decided = resolve;
    });
    const log = createLogger({
      clock,
      write: (text) => {
        const line = JSON.parse(text);
        lines.push(line);
        if (line.event === "rebuild.daily") decided();
      },
    });
    const rebuilt: string[][] = [];
    const daily = scheduleDailyRebuild({
      clock,
      log,
      minutes: 5,
      offices: async () => OFFICES,
      select: async (offices) =>
        (
          await planNightly(
            {
              log,
              tonight: async (slugs) =>
                new Map(
                  slugs.map((slug) => [
                    slug,
                    officeDateState(contentOf(slug, scenario, "tonight"), new Date(clock.now())),
                  ]),
                ),
              live: (slug) => releases.liveDateState(slug),
            },
            offices,
          )
        ).build,
      rebuild: (offices) => rebuilt.push([...offices]),
    });
    clock.advance(60_000);
    await done;
    daily.stop();

    expect(rebuilt).toEqual(scenario.built.length > 0 ? [scenario.built] : []);
    const built = lines.filter((line) => line.event === "nightly.build");
    expect(built.map((line) => [line.office, line.reasons])).toEqual(
      scenario.built.map((office) => [office, scenario.reasons]),
    );
    const skipped = lines.filter((line) => line.event === "nightly.skip").map((l) => l.office);
    expect(skipped).toEqual(OFFICES.filter((slug) => !scenario.built.includes(slug)));
  });
});

describe("decideNightly", () => {
  it("builds every office after a deploy of new rendering code, and only then", () => {
    const state = officeDateState({ pl: fixtureContent("kutno") }, new Date(TONIGHT));
    const built = { ...state, code: "1111" };
    expect(decideNightly("kutno", { state: built }, { ...state, code: "2222" })).toEqual({
      office: "kutno",
      build: true,
      reasons: ["site code changed"],
    });
    expect(decideNightly("kutno", { state: built }, { ...state, code: "1111" }).build).toBe(false);
  });

  it("builds an office whose live release has no recorded state", () => {
    const state = officeDateState({ pl: fixtureContent("kutno") }, new Date(TONIGHT));
    expect(decideNightly("kutno", { state: undefined }, state)).toEqual({
      office: "kutno",
      build: true,
      reasons: ["no date state recorded for the live release"],
    });
  });
});
