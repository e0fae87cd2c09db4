// Where one office's build spends its time, read from Astro's own log (the driver run without
// --quiet): setup (config, types), bundling, rendering the pages (which starts with reading the
// content from the CMS), and what follows (the office-sites integration splitting the output into
// one site per office, with its sitemap, then Pagefind indexing each office). Astro prints these durations itself; nothing
// is timed here. The post phase is what remains of Astro's total, so it needs no line of its own.

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
