import { describe, expect, it } from "vitest";
import { parseAstroProfile } from "./astro-profile.ts";

// Astro 7.3's output for one office, as the driver prints it without --quiet (captured from the
// bench smoke run, shortened). Pages render four at a time, so route lines run into each other.
const log = `12:12:10 [content] Syncing content
12:12:10 [strapi:news-post] news-post: 5 entries, 1 changed, 4 unchanged, 0 removed
12:12:10 [content] Synced content
12:12:10 [types] Generated 2.11s
12:12:10 [build] output: "static"
12:12:10 [build] mode: "static"
12:12:10 [build] directory: /work/main/site/.tmp/staging/18986-1/
12:12:10 [build] Collecting build info...
12:12:10 [build] ✓ Completed in 2.14s.
12:12:10 [build] Building static entrypoints...
12:12:12 [vite] ✓ built in 1.31s
12:12:12 [vite] ✓ built in 44ms
12:12:12 [build] Rearranging server assets...

 generating static routes 
12:12:12   ├─ /brzezowo/404/index.html12:12:12   ├─ /brzezowo/aktualnosci/index.html (+38ms) 
12:12:12   ├─ /brzezowo/kontakt/index.html (+52ms) 
12:12:12   ├─ /brzezowo/index.html (+24ms) 
 (+25ms) 
12:12:12 ✓ Completed in 449ms.

12:12:12 [build] ✓ Completed in 1.90s.
12:12:12 [mops:office-sites] split into 1 office site(s)
12:12:12 [mops:pagefind] indexed 22 pages of 1 office(s)
12:12:12 [build] 22 page(s) built in 4.15s
12:12:12 [build] Complete!
{"results":[{"office":"brzezowo","ok":true,"dir":"/tmp/out/brzezowo","seconds":5.59}]}
`;

describe("parseAstroProfile", () => {
  it("splits the build into setup, bundle, render and post (split per office, Pagefind)", () => {
    const profile = parseAstroProfile(log);
    expect(profile?.pages).toBe(22);
    expect(profile?.astroSeconds).toBe(4.15);
    expect(profile?.setupSeconds).toBe(2.14);
    expect(profile?.renderSeconds).toBe(0.449);
    expect(profile?.bundleSeconds).toBeCloseTo(1.451, 6);
    expect(profile?.postSeconds).toBeCloseTo(0.11, 6);
  });

  it("ignores terminal colours", () => {
    const coloured = log.replace(
      "[build] ✓ Completed in 2.14s.",
      "[build] \u001b[32m✓ Completed in 2.14s.\u001b[39m",
    );
    expect(coloured).not.toBe(log);
    expect(parseAstroProfile(coloured)).toEqual(parseAstroProfile(log));
  });

  it("reads seconds", () => {
    const slow = log.replace("Completed in 449ms.", "Completed in 1.16s.");
    expect(parseAstroProfile(slow)?.renderSeconds).toBe(1.16);
  });

  it("reads milliseconds", () => {
    const fast = log.replace("[build] ✓ Completed in 2.14s.", "[build] ✓ Completed in 980ms.");
    expect(parseAstroProfile(fast)?.setupSeconds).toBe(0.98);
  });

  it.each(["Collecting build info...", "generating static routes", "page(s) built in"])(
    "gives up when %s is missing",
    (line) => {
      expect(parseAstroProfile(log.replace(line, "something else"))).toBeUndefined();
    },
  );
});
