// Where one office's build spends its time, read from Astro's own log (the driver run without
// --quiet): setup (config, types), bundling, rendering the pages (which starts with reading the
// content from the CMS), and what follows (the office-sites integration splitting the output into
// one site per office, with its sitemap, then Pagefind indexing each office). Astro and the
// site's integrations print these durations themselves; nothing is timed here. The post phase is
// what remains of Astro's total, so it needs no line of its own.

import type { FullBuildProfile } from "./report-schema.ts";

export interface AstroProfile {
  /** `N page(s) built in …`: the whole `astro build`. */
  astroSeconds: number;
  /** `Collecting build info… ✓ Completed in …`: config, types. */
  setupSeconds: number;
  /** Static entrypoints (Vite) before rendering. */
  bundleSeconds: number;
  /** `generating static routes … ✓ Completed in …`: the content read from the CMS, then the pages. */
  renderSeconds: number;
  /** After rendering: the split per office (`split into N office site(s)`), Pagefind. */
  postSeconds: number;
  pages: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
const ansi = /\u001b\[[0-9;]*m/g;
const duration = "([\\d.]+)(ms|s)";

const seconds = (match: RegExpExecArray | null, at = 1): number | undefined => {
  if (!match) return undefined;
  const value = Number(match[at]);
  return match[at + 1] === "ms" ? value / 1000 : value;
};

/** The profile of the first office build in `log`, or undefined when a figure is missing. */
export function parseAstroProfile(log: string): AstroProfile | undefined {
  const text = log.replace(ansi, "");
  const setup = seconds(
    new RegExp(`Collecting build info\\.\\.\\.\\s*\\n[^\\n]*✓ Completed in ${duration}`).exec(text),
  );
  const render = seconds(
    new RegExp(`generating static routes[\\s\\S]*?\\n[^\\n[]*✓ Completed in ${duration}`).exec(
      text,
    ),
  );
  const staticBuild = seconds(
    new RegExp(
      `generating static routes[\\s\\S]*?\\n[^\\n]*\\[build\\] ✓ Completed in ${duration}`,
    ).exec(text),
  );
  const totalMatch = new RegExp(`(\\d+) page\\(s\\) built in ${duration}`).exec(text);
  const total = seconds(totalMatch, 2);
  if (
    setup === undefined ||
    render === undefined ||
    staticBuild === undefined ||
    total === undefined
  ) {
    return undefined;
  }
  return {
    astroSeconds: total,
    setupSeconds: setup,
    bundleSeconds: Math.max(0, staticBuild - render),
    renderSeconds: render,
    postSeconds: Math.max(0, total - setup - staticBuild),
    pages: Number(totalMatch?.[1]),
  };
}

// A full build's profile (FullBuildProfile, report-schema.ts): each phase summed over the
// driver's `astro build`s (its batches), read from their logs one after another (a driver with
// one job, without --quiet): Astro's figures (bundling, rendering) and the site integrations' own
// (`… in 0.842 s`).

const sum = (text: string, pattern: RegExp, at = 1): number => {
  let total = 0;
  for (const match of text.matchAll(pattern)) total += seconds(match, at) ?? 0;
  return total;
};

/** The profile of every build in `log`, or undefined when it holds none. */
export function parseFullBuildProfile(log: string): FullBuildProfile | undefined {
  const text = log.replace(ansi, "");
  const builds = [...text.matchAll(new RegExp(`\\d+ page\\(s\\) built in ${duration}`, "g"))];
  if (builds.length === 0) return undefined;
  const step = (integration: string) =>
    sum(text, new RegExp(`\\[mops:${integration}\\] [^\\n]* in ([\\d.]+) (s)\\b`, "g"));
  const astroSeconds = builds.reduce((total, match) => total + (seconds(match) ?? 0), 0);
  const bundleSeconds = sum(text, new RegExp(`\\[vite\\] ✓ built in ${duration}`, "g"));
  const renderSeconds = sum(
    text,
    new RegExp(`generating static routes[\\s\\S]*?\\n[^\\n[]*✓ Completed in ${duration}`, "g"),
  );
  const splitSeconds = step("office-sites");
  const pagefindSeconds = step("pagefind");
  const precompressSeconds = step("precompress");
  return {
    builds: builds.length,
    astroSeconds,
    bundleSeconds,
    renderSeconds,
    cmsReadSeconds: step("content-prefetch"),
    splitSeconds,
    pagefindSeconds,
    precompressSeconds,
    otherSeconds: Math.max(
      0,
      astroSeconds -
        bundleSeconds -
        renderSeconds -
        splitSeconds -
        pagefindSeconds -
        precompressSeconds,
    ),
  };
}
