// The bench report as Markdown tables, to paste into docs/benchmarks.md.
import type { BenchReport, DatabaseResult, PortalResult } from "./report-schema.ts";

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

const n = (value: number, digits = 0) =>
  value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sec = (value: number) => n(value, 2);
const mib = (bytes: number) => n(bytes / 1024 ** 2);
const kib = (bytes: number) => n(bytes / 1024, 1);

type Section = (report: BenchReport) => string | undefined;

/** "Where the time goes" of the one-job full builds (their phases summed over the batches). */
function fullBuildProfiles(r: BenchReport): string {
  const rows = r.databases.flatMap((d) =>
    d.fullBuilds.flatMap((b) => {
      const p = b.profile;
      if (!p) return [];
      return [
        [
          d.kind,
          n(p.builds),
          sec(p.astroSeconds),
          sec(p.cmsReadSeconds),
          sec(p.bundleSeconds),
          sec(p.renderSeconds),
          sec(p.splitSeconds),
          sec(p.pagefindSeconds),
          sec(p.precompressSeconds),
          sec(p.otherSeconds),
        ],
      ];
    }),
  );
  if (rows.length === 0) return "";
  return `\n\nWhere the full build's time goes (one Astro build at a time; each phase summed over the batches, from Astro's log and the site integrations' own timings; the CMS reads overlap the bundling):\n\n${table(
    [
      "DB",
      "Batches",
      "Astro s",
      "CMS reads s",
      "Bundle s",
      "Render + write s",
      "Split per office s",
      "Pagefind s",
      "Precompress s",
      "Other s",
    ],
    rows,
  )}`;
}

const sections: readonly Section[] = [
  (r) => {
    const m = r.machine;
    const load = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(", ");
    return [
      `Run ${r.startedAt} – ${r.finishedAt}: ${m.cpus} × ${m.cpuModel}, ${n(m.memoryBytes / 1024 ** 3)} GiB RAM, ${m.os}, Node ${m.node}.`,
      `Load average at start ${load(m.loadAverageStart)}, at end ${load(m.loadAverageEnd)}; 1-minute load during the run (bench included) median ${m.loadAverage1m.median.toFixed(2)}, max ${m.loadAverage1m.max.toFixed(2)}.`,
      "",
      `Command: \`${r.command}\``,
      ...r.skipped.map((skip) => `\n${skip.kind} not measured: ${skip.reason}.`),
    ].join("\n");
  },
  (r) =>
    `### Goals\n\n${table(
      ["Goal", "DB", "Measured", "Result"],
      r.goals.map((g) => [g.goal, g.database, g.measured, g.pass ? "pass" : "**FAIL**"]),
    )}`,
  (r) =>
    `### Import into Strapi (Document Service, all content rules)\n\n${table(
      ["DB", "Offices before → after", "Entries created", "Import s", "Entries/s", "Peak RSS MiB"],
      r.databases.flatMap((d) =>
        d.import.steps.map((step) => [
          d.kind,
          `${n(step.fromOffices)} → ${n(step.toOffices)}`,
          n(step.created),
          sec(step.importSeconds),
          n(step.entriesPerSecond, 1),
          mib(step.memory.treeRssBytes),
        ]),
      ),
    )}\n\n${r.databases
      .map(
        (d) =>
          `${d.kind}: fresh import of ${n(d.import.offices)} offices, ${n(d.import.entries)} entries in ${sec(d.import.seconds)} s = **${n(d.import.entriesPerSecond, 1)} entries/s**.`,
      )
      .join("\n")}`,
  (r) =>
    `### Full build of all offices (one driver; jobs: Astro builds at once)\n\n${table(
      [
        "DB",
        "Jobs",
        "Offices",
        "Batches (≤ offices each)",
        "Pages",
        "Wall s",
        "Pages/s",
        "Per batch median / max s",
        "Peak RSS MiB (tree)",
        "Largest process MiB",
      ],
      r.databases.flatMap((d) =>
        d.fullBuilds.map((b) => [
          d.kind,
          String(b.jobs),
          n(b.offices),
          `${n(b.batches)} (≤ ${n(b.batch)})`,
          n(b.pages),
          sec(b.seconds),
          n(b.pagesPerSecond, 1),
          `${sec(b.batchSeconds.median)} / ${sec(b.batchSeconds.max)}`,
          mib(b.memory.treeRssBytes),
          mib(b.memory.processHwmBytes),
        ]),
      ),
    )}${fullBuildProfiles(r)}`,
  (r) =>
    `### Single-office rebuild after one publish\n\n${table(
      [
        "DB",
        "Offices in CMS",
        "Warm server median s",
        "Warm samples s",
        "Driver process median s",
        "Driver samples s",
        "Pages",
        "Office listing s",
      ],
      r.databases.flatMap((d) =>
        d.rebuild.sizes.map((size) => [
          d.kind,
          n(size.offices),
          sec(size.warmMedianSeconds),
          size.warmSeconds.map(sec).join(", "),
          sec(size.medianSeconds),
          size.seconds.map(sec).join(", "),
          n(size.pages),
          sec(size.listOfficesSeconds),
        ]),
      ),
    )}\n\n${r.databases
      .map(
        (d) =>
          `${d.kind}: office \`${d.rebuild.office}\`, largest N / smallest N = ×${d.rebuild.warmGrowth.toFixed(2)} (warm server), ×${d.rebuild.growth.toFixed(2)} (driver process).`,
      )
      .join("\n")}\n\nWhere the time goes (medians; Astro's own phase timings):\n\n${table(
      [
        "DB",
        "Offices in CMS",
        "Driver s",
        "Astro start s",
        "Setup s",
        "Bundle s",
        "Content + render s",
        "Split per office + Pagefind s",
      ],
      r.databases.flatMap((d) =>
        d.rebuild.sizes.flatMap((size) =>
          size.profile
            ? [
                [
                  d.kind,
                  n(size.offices),
                  sec(size.profile.driverSeconds),
                  sec(size.profile.startupSeconds),
                  sec(size.profile.setupSeconds),
                  sec(size.profile.bundleSeconds),
                  sec(size.profile.renderSeconds),
                  sec(size.profile.postSeconds),
                ],
              ]
            : [],
        ),
      ),
    )}`,
  (r) =>
    r.databases.some((d) => d.preview)
      ? `### Preview of a draft (CMS link, build from drafts, page)\n\n${table(
          ["DB", "Type", "Previews", "Median s", "p95 s", "Min s", "Max s"],
          r.databases.flatMap((d) =>
            (d.preview?.types ?? []).map((t) => [
              d.kind,
              t.type,
              String(t.summary.count),
              sec(t.summary.median),
              sec(t.summary.p95),
              sec(t.summary.min),
              sec(t.summary.max),
            ]),
          ),
        )}`
      : undefined,
  (r) =>
    r.databases.some((d) => d.nightly)
      ? `### Nightly run: offices rebuilt (no content change between nights)\n\n${table(
          ["DB", "Night", "Offices", "Rebuilt", "Decision s", "Why (offices)"],
          r.databases.flatMap((d) =>
            (d.nightly?.nights ?? []).map((night) => [
              d.kind,
              night.date,
              String(d.nightly?.offices ?? 0),
              String(night.rebuilt),
              sec(night.seconds),
              night.reasons.map((x) => `${x.reason} (${x.offices})`).join("; ") || "–",
            ]),
          ),
        )}`
      : undefined,
  (r) =>
    `### Publish to live (rebuild service, static server)\n\n${table(
      [
        "DB",
        "Builder",
        "Publishes",
        "Median s",
        "p95 s",
        "Min s",
        "Max s",
        "Admin status after build p95 s",
      ],
      r.databases.flatMap((d) =>
        (
          [
            ["warm build server", d.publish.summary, d.publish.adminStatus.summary],
            [
              "driver process per build",
              d.publishCommand.summary,
              d.publishCommand.adminStatus.summary,
            ],
          ] as const
        ).map(([builder, p, status]) => [
          d.kind,
          builder,
          String(p.count),
          sec(p.median),
          sec(p.p95),
          sec(p.min),
          sec(p.max),
          sec(status.p95),
        ]),
      ),
    )}`,
  (r) => {
    const streams = r.databases.flatMap((d) =>
      d.stream ? [{ kind: d.kind, stream: d.stream }] : [],
    );
    if (streams.length === 0) return undefined;
    const load = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(", ");
    return `### Publish stream (Poisson arrivals of random offices; rebuild service, static server)\n\n${table(
      [
        "DB",
        "Offices",
        "Rate /min",
        "Build servers",
        "Minutes",
        "Publishes (live / timed out)",
        "p50 s",
        "p95 s",
        "p99 s",
        "Max s",
        "Builds",
        "Offices per build mean / max",
        "Queue max",
        "Queue first → last third",
        "CPU %",
        "Peak RSS MiB",
        "Load at start → end",
      ],
      streams.flatMap(({ kind, stream }) =>
        stream.rates.map((rate) => [
          kind,
          n(stream.offices),
          n(rate.ratePerMinute, rate.ratePerMinute % 1 === 0 ? 0 : 1),
          n(rate.servers),
          n(rate.minutes, rate.minutes % 1 === 0 ? 0 : 1),
          `${n(rate.arrivals)} (${n(rate.live)} / ${n(rate.timedOut)})`,
          sec(rate.summary.median),
          sec(rate.summary.p95),
          sec(rate.summary.p99),
          sec(rate.summary.max),
          n(rate.builds.started),
          `${n(rate.builds.officesPerBuildMean, 1)} / ${n(rate.builds.officesPerBuildMax)}`,
          n(rate.queue.max),
          `${n(rate.queue.firstThirdMean, 1)} → ${n(rate.queue.lastThirdMean, 1)}${rate.queue.growing ? " **growing**" : ""}`,
          n(rate.cpuPercent),
          mib(rate.memory.treeRssBytes),
          `${load(rate.loadAverageStart)} → ${load(rate.loadAverageEnd)}`,
        ]),
      ),
    )}\n\nQueue: offices waiting for a build, largest count in each minute of the window.\n\n${streams
      .flatMap(({ kind, stream }) =>
        stream.rates.map(
          (rate) =>
            `- ${kind}, ${n(rate.ratePerMinute)}/min, ${n(rate.servers)} build server(s): ${rate.queue.perMinuteMax.join(" ")}`,
        ),
      )
      .join("\n")}`;
  },
  (r) =>
    r.databases
      .map(
        (d: DatabaseResult) =>
          `### Page weight by type (${d.kind}; ${d.weighedOffices.length} offices weighed)\n\n${table(
            [
              "Page type",
              "Pages",
              "HTML+CSS gzip KiB median / max",
              "JS gzip KiB max",
              "Requests median / max",
              "Transfer KiB median / max",
              "Budget",
            ],
            d.pageTypes.map((t) => [
              t.type,
              n(t.pages),
              `${kib(t.htmlCssGzip.median)} / ${kib(t.htmlCssGzip.max)}`,
              kib(t.scriptGzip.max),
              `${n(t.requests.median)} / ${n(t.requests.max)}`,
              `${kib(t.transferBytes.median)} / ${kib(t.transferBytes.max)}`,
              t.withinBudget ? "within" : "**over**",
            ]),
          )}\n\nBudget check violations: ${d.budgetViolations.length === 0 ? "none" : d.budgetViolations.length}.`,
      )
      .join("\n\n"),
  (r) => {
    const built = r.databases.filter((d) => d.portal);
    return built.length === 0
      ? undefined
      : `### Regional portal\n\n${built.map((d) => `${d.kind}: ${portalMarkdown(d.portal!)}`).join("\n")}`;
  },
  (r) =>
    `### pa11y-ci over a random sample\n\n${r.databases
      .map((d) =>
        d.a11y.status === "ok"
          ? `${d.kind}: ${d.a11y.pages} pages in ${sec(d.a11y.seconds)} s, ${d.a11y.errors} errors on ${d.a11y.pagesWithErrors} pages${
              d.a11y.codes.length > 0
                ? ` (${d.a11y.codes
                    .slice(0, 5)
                    .map((c) => `${c.code} ×${c.count}`)
                    .join(", ")})`
                : ""
            }.`
          : `${d.kind}: not run (${d.a11y.reason}).`,
      )
      .join("\n")}`,
];

const kibText = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The portal's rows as Markdown: build time, then each page type's weights. */
export function portalMarkdown(result: PortalResult): string {
  const lines = [
    `Portal of ${result.offices} offices: ${result.pages} pages built in ${result.seconds.toFixed(1)} s, budget violations: ${result.budgetViolations.length}`,
    "",
    "| page type | pages | HTML+CSS gzip median | HTML+CSS gzip max | JS gzip max | within budget |",
    "| --- | --- | --- | --- | --- | --- |",
    ...result.pageTypes.map(
      (t) =>
        `| ${t.type} | ${t.pages} | ${kibText(t.htmlCssGzip.median)} | ${kibText(t.htmlCssGzip.max)} | ${kibText(t.scriptGzip.max)} | ${t.withinBudget ? "yes" : "no"} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export function reportMarkdown(report: BenchReport): string {
  return `${sections
    .map((section) => section(report))
    .filter((text): text is string => text !== undefined)
    .join("\n\n")}\n`;
}
