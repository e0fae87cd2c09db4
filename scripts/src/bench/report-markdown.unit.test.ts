import { describe, expect, it } from "vitest";
import { exampleDatabase, exampleReport, goodFigures } from "../../test-support/report-example.ts";
import { reportMarkdown } from "./report-markdown.ts";

describe("reportMarkdown", () => {
  const report = exampleReport([
    exampleDatabase({ ...goodFigures, pagesPerSecond: 120.5 }, "sqlite"),
    exampleDatabase(goodFigures, "postgres"),
  ]);
  const markdown = reportMarkdown(report);

  it.each([
    "### Goals",
    "### Import into Strapi (Document Service, all content rules)",
    "### Full build of all offices (one driver; jobs: Astro builds at once)",
    "### Single-office rebuild after one publish",
    "### Publish to live (rebuild service, static server)",
    "### Publish stream (Poisson arrivals of random offices; rebuild service, static server)",
    "### Page weight by type (sqlite; 1 offices weighed)",
    "### pa11y-ci over a random sample",
  ])("has the section %s", (heading) => {
    expect(markdown).toContain(`${heading}\n`);
  });

  it("has one goal row per goal, failures in bold", () => {
    const rows = markdown
      .split("\n")
      .filter((line) => /^\| .* \| (pass|\*\*FAIL\*\*) \|$/.test(line));
    expect(rows).toHaveLength(report.goals.length);
    expect(rows).toContain(
      "| Full build ≥ 600 pages/s (one Astro build at a time) | sqlite | 120.5 pages/s (25000 pages in 207.47 s) | **FAIL** |",
    );
  });

  it("writes tables with a header separator of as many columns as the header", () => {
    const lines = markdown.split("\n");
    lines.forEach((line, i) => {
      if (!/^\| (---( \| )?)+/.test(line)) return;
      const header = lines[i - 1]!;
      expect(line.split("|").length).toBe(header.split("|").length);
    });
  });

  it("gives the figures with units the headers name", () => {
    expect(markdown).toContain("| sqlite | 0 → 100 | 21,300 | 200.00 | 106.5 | 600 |");
    expect(markdown).toContain(
      "sqlite: fresh import of 100 offices, 21,300 entries in 200.00 s = **106.5 entries/s**.",
    );
    expect(markdown).toContain(
      "| postgres | 1 | 100 | 4 (≤ 25) | 25,000 | 41.67 | 600.0 | 41.50 / 43.00 | 1,024 | 1,024 |",
    );
    expect(markdown).toContain("| home | 10 | 6.6 / 8.8 | 2.0 | 2 / 2 | 9.8 / 10.7 | within |");
    expect(markdown).toContain("Command: `pnpm bench`");
    expect(markdown).toContain("| sqlite | 500 | 0.30 | 1.00 | 0.30 | 0.50 | 0.60 | 0.20 |");
    expect(markdown).toContain("median 1.50, max 2.50");
    expect(markdown).toContain(
      "| sqlite | 500 | 60 | 1 | 10 | 5 (5 / 0) | 4.00 | 9.00 | 9.00 | 9.00 | 5 | 1.0 / 1 | 2 | 1.5 → 1.5 | 98 | 3,072 | 1.00, 1.00, 1.00 → 2.00, 1.50, 1.00 |",
    );
    expect(markdown).toContain("- postgres, 6/min, 1 build server(s): 0");
    expect(markdown).toContain(
      "| postgres | 4 | 160.00 | 12.00 | 8.00 | 90.00 | 6.00 | 20.00 | 30.00 | 6.00 |",
    );
  });
});

describe("reportMarkdown's nightly run", () => {
  const nightly = {
    offices: 5,
    nights: [
      { date: "2026-12-31", rebuilt: 0, seconds: 0.12, reasons: [] },
      {
        date: "2027-01-01",
        rebuilt: 5,
        seconds: 0.3,
        reasons: [
          { reason: "dated items … changed", offices: 5 },
          { reason: "holiday year became 2027", offices: 5 },
        ],
      },
    ],
  };

  it("has a row per night with the offices rebuilt and why, when the run measured it", () => {
    const markdown = reportMarkdown(
      exampleReport([{ ...exampleDatabase(goodFigures, "sqlite"), nightly }]),
    );
    expect(markdown).toContain(
      "### Nightly run: offices rebuilt (no content change between nights)\n",
    );
    expect(markdown).toContain("| sqlite | 2026-12-31 | 5 | 0 | 0.12 | – |");
    expect(markdown).toContain(
      "| sqlite | 2027-01-01 | 5 | 5 | 0.30 | dated items … changed (5); holiday year became 2027 (5) |",
    );
  });

  it("has no such section in a report made before it", () => {
    const markdown = reportMarkdown(exampleReport([exampleDatabase(goodFigures, "sqlite")]));
    expect(markdown).not.toContain("### Nightly run");
  });
});
