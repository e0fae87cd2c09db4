import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { createLogger } from "./log.ts";
import { createReconciler, type OfficeView, planReconcile } from "./reconcile.ts";

const current: OfficeView = { live: true, builtVersion: 10, idle: true };

interface Row {
  why: string;
  view: OfficeView;
  versions: Record<string, number>;
  rebuild: string[];
}

describe("planReconcile", () => {
  it.each<Row>([
    { why: "up to date", view: current, versions: { kutno: 10 }, rebuild: [] },
    { why: "a newer version", view: current, versions: { kutno: 11 }, rebuild: ["kutno"] },
    {
      why: "a newer change to every office",
      view: current,
      versions: { "*": 12 },
      rebuild: ["kutno"],
    },
    {
      why: "an older change to every office",
      view: current,
      versions: { "*": 3, kutno: 10 },
      rebuild: [],
    },
    { why: "no live site", view: { ...current, live: false }, versions: {}, rebuild: ["kutno"] },
    {
      why: "unknown built version",
      view: { ...current, builtVersion: undefined },
      versions: {},
      rebuild: ["kutno"],
    },
    {
      why: "behind but retrying",
      view: { ...current, idle: false },
      versions: { kutno: 11 },
      rebuild: [],
    },
    {
      why: "missing but building",
      view: { ...current, live: false, idle: false },
      versions: {},
      rebuild: [],
    },
  ])("$why → rebuild $rebuild", ({ view, versions, rebuild }) => {
    const plan = planReconcile({
      cmsOffices: ["kutno"],
      versions,
      held: ["kutno"],
      view: () => view,
    });
    expect(plan).toEqual({ rebuild, retire: [] });
  });

  it("retires what the CMS no longer publishes (a rename: old slug out, new slug built)", () => {
    const plan = planReconcile({
      cmsOffices: ["kutno", "orzesze-test"],
      versions: {},
      held: ["kutno", "orzesze", "orzesze"],
      view: (slug) => (slug === "orzesze-test" ? { ...current, live: false } : current),
    });
    expect(plan).toEqual({ rebuild: ["orzesze-test"], retire: ["orzesze"] });
  });

  it("retires nothing while the CMS holds an office with an invalid slug", () => {
    const plan = planReconcile({
      cmsOffices: ["kutno"],
      incomplete: true,
      versions: {},
      held: ["kutno", "orzesze"],
      view: () => current,
    });
    expect(plan.retire).toEqual([]);
  });

  it("retires nothing when the CMS lists no office at all", () => {
    const plan = planReconcile({
      cmsOffices: [],
      versions: {},
      held: ["kutno"],
      view: () => current,
    });
    expect(plan).toEqual({ rebuild: [], retire: [] });
  });
});

describe("createReconciler", () => {
  function harness(
    read: () => Promise<{ cmsOffices: string[]; versions: Record<string, number> }>,
  ) {
    const clock = new ManualClock();
    const lines: string[] = [];
    const rebuilt: string[][] = [];
    const retired: string[] = [];
    const reconciler = createReconciler({
      clock,
      log: createLogger({ clock, write: (line) => lines.push(line) }),
      intervalMs: 60_000,
      read,
      held: async () => ["kutno", "gone"],
      view: async () => ({ live: true, builtVersion: 1, idle: true }),
      rebuild: (slugs) => rebuilt.push([...slugs]),
      retire: async (slug) => {
        retired.push(slug);
      },
    });
    return { clock, lines, rebuilt, retired, reconciler };
  }

  it("rebuilds what is behind and retires what is gone", async () => {
    const { reconciler, rebuilt, retired } = harness(async () => ({
      cmsOffices: ["kutno"],
      versions: { kutno: 2 },
    }));
    await reconciler.run();
    expect(rebuilt).toEqual([["kutno"]]);
    expect(retired).toEqual(["gone"]);
  });

  it("does nothing, and says why, while the CMS cannot be read", async () => {
    const { reconciler, rebuilt, retired, lines } = harness(async () => {
      throw new Error("ECONNREFUSED");
    });
    expect(await reconciler.run()).toBeUndefined();
    expect(rebuilt).toEqual([]);
    expect(retired).toEqual([]);
    expect(lines.join("")).toContain('"event":"reconcile.skipped"');
  });

  it("runs again every interval once started", async () => {
    let reads = 0;
    const { reconciler, clock } = harness(async () => {
      reads += 1;
      return { cmsOffices: ["kutno"], versions: {} };
    });
    reconciler.start();
    await reconciler.run();
    expect(reads).toBe(1);
    clock.advance(60_000);
    await reconciler.run();
    expect(reads).toBe(2);
    await reconciler.stop();
  });
});
