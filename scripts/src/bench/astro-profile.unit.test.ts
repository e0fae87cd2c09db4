import { describe, expect, it } from "vitest";
import { parseAstroProfile } from "./astro-profile.ts";

// Astro 7.3's output for one office, as the driver prints it without --quiet (shortened).
const log = `09:35:20 [content] Syncing content
09:35:20 [strapi:news-post] news-post: 200 entries, 0 changed, 200 unchanged, 0 removed
09:35:20 [content] Synced content
09:35:20 [types] Generated 2.93s
09:35:20 [build] output: "static"
09:35:20 [build] Collecting build info...
09:35:20 [build] \u001b[32m✓ Completed in 2.96s.\u001b[39m
09:35:20 [build] Building static entrypoints...
09:35:21 [vite] ✓ built in 717ms
09:35:21 [build] Rearranging server assets...

 generating static routes 
09:35:22   ├─ /index.html (+4ms) 
09:35:22 ✓ Completed in 1.16s.

09:35:22 [build] ✓ Completed in 2.00s.
09:35:23 [mops:pagefind] indexed 236 pages
09:35:23 [build] 236 page(s) built in 5.63s
09:35:23 [build] Complete!
 build-offices: built  brzezowo in 6.6 s → /tmp/out/brzezowo
`;

describe("parseAstroProfile", () => {
  it("splits the build into setup, bundle, render and post phases", () => {
    const profile = parseAstroProfile(log);
    expect(profile?.pages).toBe(236);
    expect(profile?.astroSeconds).toBe(5.63);
    expect(profile?.setupSeconds).toBe(2.96);
    expect(profile?.renderSeconds).toBe(1.16);
    expect(profile?.bundleSeconds).toBeCloseTo(0.84, 6);
    expect(profile?.postSeconds).toBeCloseTo(0.67, 6);
  });

  it("reads milliseconds", () => {
    const fast = log.replace("Completed in 1.16s.", "Completed in 980ms.");
    expect(parseAstroProfile(fast)?.renderSeconds).toBe(0.98);
  });

  it.each(["Collecting build info...", "generating static routes", "page(s) built in"])(
    "gives up when %s is missing",
    (line) => {
      expect(parseAstroProfile(log.replace(line, "something else"))).toBeUndefined();
    },
  );
});
