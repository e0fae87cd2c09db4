import { describe, expect, it } from "vitest";
import { parseAstroProfile, parseFullBuildProfile } from "./astro-profile.ts";

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

// Two batches of a full build as a driver with one job prints them (shortened): the site
// integrations end their lines with their own durations.
const batch = (n: number) => `12:20:0${n} [build] Collecting build info...
12:20:0${n} [build] ✓ Completed in 80ms.
12:20:0${n} [build] Building static entrypoints...
12:20:0${n} [mops:content-prefetch] read 25 office(s) in 3 language(s) in 1.2${n} s
12:20:0${n} [vite] ✓ built in 1.0${n}s
12:20:0${n} [vite] ✓ built in 30ms

 generating static routes 
12:20:0${n}   ├─ /a${n}/index.html (+12ms) 
12:20:0${n} ✓ Completed in 2.${n}s.

12:20:0${n} [build] ✓ Completed in 3.${n}s.
12:20:0${n} [mops:office-sites] split into 25 office site(s) in 0.00${n} s
12:20:0${n} [mops:pagefind] indexed 559 pages of 25 office(s) in 0.8${n} s
12:20:0${n} [mops:precompress] wrote 2821 precompressed file(s) for 25 office(s) in 1.9${n} s
12:20:0${n} [build] 1073 page(s) built in 7.${n}s
12:20:0${n} [build] Complete!
`;

describe("parseFullBuildProfile", () => {
  it("sums each phase over the builds of the log", () => {
    const profile = parseFullBuildProfile(`${batch(1)}${batch(2)}`);
    expect(profile?.builds).toBe(2);
    expect(profile?.astroSeconds).toBeCloseTo(7.1 + 7.2, 6);
    expect(profile?.bundleSeconds).toBeCloseTo(1.01 + 0.03 + 1.02 + 0.03, 6);
    expect(profile?.renderSeconds).toBeCloseTo(2.1 + 2.2, 6);
    expect(profile?.cmsReadSeconds).toBeCloseTo(1.21 + 1.22, 6);
    expect(profile?.splitSeconds).toBeCloseTo(0.001 + 0.002, 6);
    expect(profile?.pagefindSeconds).toBeCloseTo(0.81 + 0.82, 6);
    expect(profile?.precompressSeconds).toBeCloseTo(1.91 + 1.92, 6);
    const named = 2.09 + 4.3 + 0.003 + 1.63 + 3.83;
    expect(profile?.otherSeconds).toBeCloseTo(14.3 - named, 6);
  });

  it("ignores terminal colours", () => {
    const coloured = batch(1)
      .replace("[vite] ✓ built in 1.01s", "\u001b[32m[vite]\u001b[39m ✓ built in 1.01s")
      .replace("[mops:pagefind]", "\u001b[34m[mops:pagefind]\u001b[39m");
    expect(coloured).not.toBe(batch(1));
    expect(parseFullBuildProfile(coloured)).toEqual(parseFullBuildProfile(batch(1)));
  });

  it("counts a step without its line as no time (a build without Pagefind: previews)", () => {
    const profile = parseFullBuildProfile(batch(1).replace(/^.*\[mops:pagefind\].*\n/m, ""));
    expect(profile?.pagefindSeconds).toBe(0);
    expect(profile?.precompressSeconds).toBeCloseTo(1.91, 6);
  });

  it("gives nothing for a log without a finished build", () => {
    expect(parseFullBuildProfile(batch(1).replace("page(s) built in", "failed"))).toBeUndefined();
  });
});
