import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createReleases, newReleaseId, ReleaseError } from "./releases.ts";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "mops-releases-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A finished build of `slug` saying `text`, adopted as release `id`. */
async function release(slug: string, id: string, text = id) {
  const releases = createReleases(dataDir);
  const built = join(dataDir, "staging", id, slug);
  mkdirSync(built, { recursive: true });
  writeFileSync(join(built, "index.html"), text);
  await releases.adopt(slug, built, id);
  return releases;
}

const id = (minute: number) => newReleaseId(Date.UTC(2026, 10, 23, 9, minute), "aa");

describe("newReleaseId", () => {
  it("sorts in time order and reads as the UTC start time", () => {
    const ids = [59, 0, 10, 9].map((minute) =>
      newReleaseId(Date.UTC(2026, 10, 23, 9, minute), "ff"),
    );
    expect([...ids].sort()).toEqual([ids[1], ids[3], ids[2], ids[0]]);
    expect(ids[1]).toBe("2026-11-23T09-00-00-000Z-ff");
  });
});

describe("releases", () => {
  it("points live at the activated release and switches it on the next activation", async () => {
    const releases = await release("krasnik", id(1), "one");
    await release("krasnik", id(2), "two");
    expect(await releases.live("krasnik")).toBeUndefined();
    await releases.activate("krasnik", id(1));
    expect(readFileSync(join(releases.livePath("krasnik"), "index.html"), "utf8")).toBe("one");
    await releases.activate("krasnik", id(2));
    expect(await releases.live("krasnik")).toBe(id(2));
    expect(readFileSync(join(releases.livePath("krasnik"), "index.html"), "utf8")).toBe("two");
    expect(readdirSync(join(dataDir, "live"))).toEqual(["krasnik"]);
  });

  it("never lets a reader see a missing or partial site while it switches", async () => {
    const releases = await release("kutno", id(1), "one");
    await release("kutno", id(2), "two");
    await releases.activate("kutno", id(1));
    const seen = new Set<string>();
    let switching = true;
    const reader = (async () => {
      while (switching) {
        seen.add(readFileSync(join(releases.livePath("kutno"), "index.html"), "utf8"));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let i = 0; i < 200; i += 1) await releases.activate("kutno", id(1 + (i % 2)));
    switching = false;
    await reader;
    // A read during a swap would have thrown (ENOENT) or returned something else.
    expect(seen.size).toBeGreaterThan(0);
    for (const text of seen) expect(["one", "two"]).toContain(text);
  });

  it("refuses to activate a release that does not exist", async () => {
    const releases = createReleases(dataDir);
    await expect(releases.activate("kalisz", id(1))).rejects.toThrow(
      new ReleaseError(`release kalisz/${id(1)} does not exist`),
    );
  });

  it.each([
    { keep: 1, live: 5, left: [4, 5] },
    { keep: 1, live: 3, left: [3, 5] },
    { keep: 2, live: 3, left: [3, 4, 5] },
    { keep: 5, live: 1, left: [1, 2, 3, 4, 5] },
  ])("keeps the live release ($live) and the $keep newest others", async ({ keep, live, left }) => {
    let releases = createReleases(dataDir);
    for (const minute of [1, 2, 3, 4, 5]) releases = await release("orzesze", id(minute));
    await releases.activate("orzesze", id(live));
    await releases.prune("orzesze", keep);
    expect(await releases.list("orzesze")).toEqual(left.map(id));
    expect(await releases.live("orzesze")).toBe(id(live));
  });

  it("keeps each release's date state beside it: followed by a rollback, pruned with it", async () => {
    const releases = await release("kutno", id(1));
    for (const minute of [2, 3]) await release("kutno", id(minute));
    const stateOf = (minute: number) => ({
      content: `c${minute}`,
      states: { "holiday year": "2026" },
    });
    for (const minute of [1, 2, 3])
      await releases.writeDateState("kutno", id(minute), stateOf(minute));
    expect(await releases.liveDateState("kutno")).toBeUndefined();
    await releases.activate("kutno", id(3));
    expect(await releases.liveDateState("kutno")).toEqual({ state: stateOf(3) });
    await releases.rollback("kutno");
    expect(await releases.liveDateState("kutno")).toEqual({ state: stateOf(2) });
    await releases.prune("kutno", 0);
    expect(readdirSync(join(dataDir, "releases", "kutno")).sort()).toEqual([
      id(2),
      `${id(2)}.date-state.json`,
    ]);
    expect(await releases.list("kutno")).toEqual([id(2)]);
  });

  it("reads a missing or damaged date state as none recorded", async () => {
    const releases = await release("kalisz", id(1));
    await releases.activate("kalisz", id(1));
    expect(await releases.liveDateState("kalisz")).toEqual({ state: undefined });
    writeFileSync(join(dataDir, "releases", "kalisz", `${id(1)}.date-state.json`), "{");
    expect(await releases.liveDateState("kalisz")).toEqual({ state: undefined });
  });

  it("rolls back to the release before the live one, and says when there is none", async () => {
    const releases = await release("pruszkow", id(1), "one");
    await release("pruszkow", id(2), "two");
    await releases.activate("pruszkow", id(2));
    expect(await releases.rollback("pruszkow")).toBe(id(1));
    expect(readFileSync(join(releases.livePath("pruszkow"), "index.html"), "utf8")).toBe("one");
    await expect(releases.rollback("pruszkow")).rejects.toThrow("pruszkow has no earlier release");
    expect(await releases.rollback("pruszkow", id(2))).toBe(id(2));
  });

  it("clears what an interrupted build left in staging", async () => {
    const releases = createReleases(dataDir);
    mkdirSync(join(releases.stagingDir("x"), "kutno"), { recursive: true });
    await releases.clearStaging();
    expect(readdirSync(dataDir)).toEqual([]);
  });
});

describe("retiring an office", () => {
  it("takes its site offline, keeps its releases, and can bring it back", async () => {
    const releases = await release("orzesze", id(1));
    await releases.activate("orzesze", id(1));
    await (await release("kutno", id(2))).activate("kutno", id(2));
    expect(await releases.liveSlugs()).toEqual(["kutno", "orzesze"]);
    await releases.retire("orzesze");
    expect(await releases.liveSlugs()).toEqual(["kutno"]);
    expect(await releases.live("orzesze")).toBeUndefined();
    expect(await releases.list("orzesze")).toEqual([id(1)]);
    await releases.activate("orzesze", id(1));
    expect(readFileSync(join(releases.livePath("orzesze"), "index.html"), "utf8")).toBe(id(1));
  });

  it("lists no live office before the first release", async () => {
    expect(await createReleases(dataDir).liveSlugs()).toEqual([]);
  });
});
