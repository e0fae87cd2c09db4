import type { Language } from "@mops/shared";
import { afterEach, describe, expect, it } from "vitest";
import type { OfficeBuild } from "../build/build-env";
import { clearPrefetch, startPrefetch, takePrefetched } from "./content-prefetch";
import type { OfficeContent } from "./office-content";

const build = (overrides: Partial<OfficeBuild> = {}): OfficeBuild => ({
  offices: [
    { slug: "kutno", siteUrl: "https://mops.kutno.pl/" },
    { slug: "kalisz", siteUrl: "https://mops.kalisz.pl/" },
  ],
  strapiUrl: "http://127.0.0.1:1337",
  strapiToken: "read-token",
  ...overrides,
});

/** A load that records each language asked for and gives a distinct map for each. */
function recordingLoad() {
  const asked: Language[] = [];
  const load = (language: Language) => {
    asked.push(language);
    return Promise.resolve(new Map<string, OfficeContent>([[language, {} as OfficeContent]]));
  };
  return { asked, load };
}

afterEach(() => clearPrefetch());

describe("takePrefetched", () => {
  it.each<[string, OfficeBuild, boolean]>([
    ["the same build", build(), true],
    ["another token of the same build", build({ strapiToken: "other-token" }), true],
    ["another CMS", build({ strapiUrl: "http://127.0.0.1:1338" }), false],
    ["a draft build of the same offices", build({ draftGrant: "grant" }), false],
    ["fewer offices", build({ offices: [build().offices[0]!] }), false],
    ["the offices in another order", build({ offices: [...build().offices].reverse() }), false],
  ])("%s: taken %s", async (_name, asker, taken) => {
    const { load } = recordingLoad();
    startPrefetch(build(), ["pl"], load);
    const content = takePrefetched(asker, "pl");
    expect(content !== undefined).toBe(taken);
    if (content) expect([...(await content).keys()]).toEqual(["pl"]);
  });

  it("gives each language once, and only the languages started", async () => {
    const { asked, load } = recordingLoad();
    const read = startPrefetch(build(), ["pl", "uk"], load);
    expect(await read).toBe(true);
    expect(asked).toEqual(["pl", "uk"]);
    expect(takePrefetched(build(), "en")).toBeUndefined();
    expect([...(await takePrefetched(build(), "uk")!).keys()]).toEqual(["uk"]);
    expect(takePrefetched(build(), "uk")).toBeUndefined();
  });

  it("gives nothing after a clear, and a later start replaces an earlier one", async () => {
    const first = recordingLoad();
    startPrefetch(build(), ["pl"], first.load);
    clearPrefetch();
    expect(takePrefetched(build(), "pl")).toBeUndefined();
    startPrefetch(build({ strapiUrl: "http://127.0.0.1:1338" }), ["pl"], first.load);
    startPrefetch(build(), ["pl"], recordingLoad().load);
    expect(takePrefetched(build({ strapiUrl: "http://127.0.0.1:1338" }), "pl")).toBeUndefined();
    expect(takePrefetched(build(), "pl")).toBeDefined();
  });

  it("hands a failed read to the loader that takes it, and leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const refused = () => Promise.reject(new Error("StrapiFetchError: HTTP 401"));
      const read = startPrefetch(build(), ["pl", "uk"], refused);
      await expect(takePrefetched(build(), "pl")!).rejects.toThrow(/HTTP 401/);
      clearPrefetch(); // "uk" is never taken
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      expect(await read).toBe(false);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
