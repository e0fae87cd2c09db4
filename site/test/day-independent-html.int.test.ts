// The built HTML does not depend on the build day (docs/decisions.md, the nightly run): the same
// content built at two instants on different weekdays, one while the offices are open and one
// after hours, gives byte-identical home pages (Polish, Ukrainian, English) and department pages.
// Nothing in between changes the state the nightly run compares (no alert, programme, service
// status or holiday starts or ends; no news post ages out), so a page it does not rebuild shows
// what a rebuild would. Real driver, real seeded CMS, real Astro builds.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const cms = inject("cms")!;
const work = mkdtempSync(join(tmpdir(), "mops-day-independent-"));
/** A Monday at 10:00 (open) and the Thursday after at 19:15 (closed), Warsaw time. */
const INSTANTS = ["2026-11-23T10:00:00+01:00", "2026-11-26T19:15:00+01:00"] as const;
const OFFICES = ["kutno", "krasnik"];

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function buildAt(now: string, out: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "scripts/build-offices.ts",
        ...["--out", out, "--cache", join(work, "cache"), "--strapi-url", cms.url],
        ...["--now", now, "--quiet", ...OFFICES],
      ],
      { env: { ...process.env, STRAPI_TOKEN: cms.readToken }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (code) => resolve({ code: code ?? 1, stderr }));
  });
}

const outs = INSTANTS.map((_, index) => join(work, `out-${index}`));

beforeAll(async () => {
  for (const [index, now] of INSTANTS.entries()) {
    const { code, stderr } = await buildAt(now, outs[index]!);
    expect(code, stderr).toBe(0);
  }
}, 300_000);

const read = (out: string, office: string, page: string) =>
  readFileSync(join(out, office, page, "index.html"), "utf8");
const departments = (office: string) =>
  readdirSync(join(outs[0]!, office, "dzialy"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `dzialy/${entry.name}`);
/** Where two texts first differ, with some context, or undefined when they are the same. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  return `at ${at}: …${a.slice(at - 80, at + 80)}… vs …${b.slice(at - 80, at + 80)}…`;
}
/** The markup without the island's data (its phrase table holds the words "Dziś ({date})"). */
const markupOf = (html: string) =>
  html.replace(/<script type="application\/json" id="open-now-data">[\s\S]*?<\/script>/, "");

describe.each([
  { office: "kutno", languages: [] },
  { office: "krasnik", languages: ["uk", "en"] },
])("$office built on a Monday morning and a Thursday evening", ({ office, languages }) => {
  const pages = () => ["", ...languages, ...departments(office)];

  it("has the home pages and department pages byte for byte the same", () => {
    expect(departments(office).length).toBeGreaterThan(0);
    for (const page of pages()) {
      const difference = firstDifference(
        read(outs[0]!, office, page),
        read(outs[1]!, office, page),
      );
      expect(difference, `${office}/${page}`).toBeUndefined();
    }
  });

  it("says nothing about today: the status is empty and hidden for the island, no row marked", () => {
    for (const page of pages()) {
      const markup = markupOf(read(outs[0]!, office, page));
      expect(markup, `${office}/${page}`).toMatch(
        /<span data-open-now="0" hidden><strong><\/strong><span><\/span><span class="today-line"><\/span><\/span>/,
      );
      expect(/Dziś|Сьогодні|Today|aria-current="date"|class="status-/.exec(markup)?.[0]).toBe(
        undefined,
      );
    }
  });
});
